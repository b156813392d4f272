package vn.hoctap.rules.unit.tt24;

import vn.hoctap.rules.common.Labelled;

/** Danh hiệu thi đua tập thể — the unit's collective emulation title in the assessment year (Luật Thi đua, khen thưởng). */
public enum CollectiveEmulationTitle implements Labelled {
    NONE("Chưa đạt danh hiệu thi đua tập thể"),
    ADVANCED_LABOUR_COLLECTIVE("Tập thể lao động tiên tiến"),
    EXCELLENT_LABOUR_COLLECTIVE("Tập thể lao động xuất sắc");

    private final String label;

    CollectiveEmulationTitle(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
