package vn.hoctap.rules.family.qd448;

import vn.hoctap.rules.common.Labelled;

/** Trường hợp được miễn — the exceptions QĐ 448 names for the learning of children and adults. */
public enum Exemption implements Labelled {
    NONE("Không"),
    ILLNESS("Ốm đau"),
    DISABILITY("Bệnh tật, khuyết tật"),
    UNABLE_TO_LEARN("Không có khả năng học tập");

    private final String label;

    Exemption(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
