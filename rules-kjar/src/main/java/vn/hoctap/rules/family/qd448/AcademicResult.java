package vn.hoctap.rules.family.qd448;

import vn.hoctap.rules.common.Labelled;

/** Kết quả học tập of a pupil in the school year (trung học: xếp loại; tiểu học: đạt/chưa đạt yêu cầu). */
public enum AcademicResult implements Labelled {
    EXCELLENT("Giỏi"),
    GOOD("Khá"),
    AVERAGE("Trung bình"),
    WEAK("Yếu"),
    POOR("Kém"),
    MEETS_REQUIREMENTS("Đạt yêu cầu (học sinh tiểu học)"),
    BELOW_REQUIREMENTS("Chưa đạt yêu cầu (học sinh tiểu học)");

    private final String label;

    AcademicResult(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
