package vn.hoctap.engine.evaluation;

import java.time.LocalDate;
import java.util.List;
import vn.hoctap.engine.ruleset.GenerationDefinition;

/** The generation of criteria an evaluation applied, as recorded in its result. */
public record AppliedGeneration(String id, String document, String documentTitle, String issuer, LocalDate issuedOn,
        LocalDate effectiveFrom, LocalDate effectiveTo, String decisionMethod, List<String> notes) {

    public AppliedGeneration {
        notes = List.copyOf(notes);
    }

    public static AppliedGeneration of(GenerationDefinition generation) {
        return new AppliedGeneration(generation.id(), generation.document(), generation.documentTitle(),
                generation.issuer(), generation.issuedOn(), generation.effectiveFrom(), generation.effectiveTo(),
                generation.decision().method().name(), generation.notes());
    }
}
