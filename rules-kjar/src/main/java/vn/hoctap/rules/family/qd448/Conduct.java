package vn.hoctap.rules.family.qd448;

import vn.hoctap.rules.common.Labelled;

/** Hạnh kiểm of a pupil in the school year (trung học: xếp loại; tiểu học: đạt/chưa đạt yêu cầu). */
public enum Conduct implements Labelled {
    GOOD("Tốt"),
    FAIR("Khá"),
    AVERAGE("Trung bình"),
    WEAK("Yếu"),
    MEETS_REQUIREMENTS("Đạt yêu cầu (học sinh tiểu học)"),
    BELOW_REQUIREMENTS("Chưa đạt yêu cầu (học sinh tiểu học)");

    private final String label;

    Conduct(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
