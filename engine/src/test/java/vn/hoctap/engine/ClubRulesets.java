package vn.hoctap.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.fixtures.FixtureKjars;

/** Shared fixture rulesets and requests for engine tests ("Câu lạc bộ đọc sách", a test-only title). */
final class ClubRulesets {

    static final Ruleset V1 = new RuleEngine().load(RulesetSource.bytes(FixtureKjars.club("1.0.0"), "club-1.0.0"));

    private ClubRulesets() {
    }

    static Map<String, Object> club(long members, long readers, long books) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("members", members);
        facts.put("readers", readers);
        facts.put("books", books);
        return facts;
    }

    static EvaluationRequest request(LocalDate date, String province, Map<String, Object> facts) {
        return new EvaluationRequest("READING_CLUB", "clb-doc-sach-phuong-ba-dinh", date, date.getYear(), province, facts);
    }

    /** The gate's report on a kjar; a kjar that passes is closed again. */
    static vn.hoctap.engine.ruleset.GateReport gate(RuleEngine engine, byte[] kjar) {
        RuleEngine.Gated gated = engine.gate(RulesetSource.bytes(kjar, "under-test.jar"));
        gated.passed().ifPresent(Ruleset::close);
        return gated.report();
    }
}
