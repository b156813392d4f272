package vn.hoctap.rules.unit.tt24;

import vn.hoctap.rules.common.Labelled;

/**
 * Mức độ chuyển đổi số of an education institution, assessed under Quyết định 4725/QĐ-BGDĐT (schools, continuing
 * education centres) or 4740/QĐ-BGDĐT (higher education), both of 30/12/2022.
 */
public enum DigitalTransformationLevel implements Labelled {
    NOT_MET("Chưa đạt mức đáp ứng cơ bản"),
    BASIC("Mức đáp ứng cơ bản"),
    GOOD("Mức đáp ứng tốt");

    private final String label;

    DigitalTransformationLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
