package vn.hoctap.bench.baseline;

import vn.hoctap.bench.data.SubjectKind;
import vn.hoctap.engine.evaluation.EvaluationRequest;

/** The hand-written evaluator of one title. Thread-safe. */
public interface Baseline {

    BaselineResult evaluate(EvaluationRequest request);

    /** The baseline of {@code kind}, reading thresholds from {@code thresholds}. */
    static Baseline of(SubjectKind kind, Thresholds thresholds) {
        return switch (kind) {
            case HOUSEHOLD -> new HouseholdBaseline(thresholds);
            case UNIT -> new UnitBaseline(thresholds);
            case COMMUNE -> new CommuneBaseline(thresholds);
        };
    }
}
