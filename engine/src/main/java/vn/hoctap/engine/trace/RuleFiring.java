package vn.hoctap.engine.trace;

import java.util.List;

/**
 * One rule firing in an evaluation.
 *
 * @param criterionId the criterion the rule judges, or null for a helper rule
 * @param resource    DRL file and line of the rule in the kjar, e.g. {@code vn/hoctap/rules/x/y.drl:12}
 * @param facts       simple type names of the facts the rule matched, in pattern order
 * @param parameters  names of the parameters the rule matched
 * @param results     number of criterion results the rule inserted
 */
public record RuleFiring(String ruleName, String criterionId, String resource, List<String> facts,
        List<String> parameters, int results) {

    public RuleFiring {
        facts = List.copyOf(facts);
        parameters = List.copyOf(parameters);
    }
}
