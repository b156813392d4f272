package vn.hoctap.rules.unit.tt22;

import vn.hoctap.rules.common.Labelled;

/**
 * Loại đơn vị — what kind of unit a Thông tư 22/2020/TT-BGDĐT ranking is for. The circular applies only to the first
 * three kinds (Điều 1 khoản 2, criteria.md §5.2); schools, other public service units and enterprises entered the
 * "Đơn vị học tập" title only with Thông tư 24/2023/TT-BGDĐT, and a TT 22 ranking of one is refused. The labels
 * paraphrase the clause as criteria.md §5.2 summarises it; its exact wording is not quoted there.
 */
public enum UnitType implements Labelled {
    PARTY_ADVISORY_BODY("Cơ quan tham mưu, giúp việc của cấp ủy Đảng cấp tỉnh, cấp huyện", true),
    PEOPLES_COMMITTEE_AGENCY("Cơ quan thuộc Ủy ban nhân dân cấp tỉnh, cấp huyện", true),
    FATHERLAND_FRONT_OR_SOCIO_POLITICAL_ORGANISATION(
            "Mặt trận Tổ quốc Việt Nam, tổ chức chính trị - xã hội cấp tỉnh, cấp huyện", true),
    EDUCATION_INSTITUTION("Cơ sở giáo dục, trường học (ngoài phạm vi Thông tư 22/2020/TT-BGDĐT)", false),
    OTHER_PUBLIC_SERVICE_UNIT("Đơn vị sự nghiệp công lập khác (ngoài phạm vi Thông tư 22/2020/TT-BGDĐT)", false),
    ENTERPRISE("Doanh nghiệp (ngoài phạm vi Thông tư 22/2020/TT-BGDĐT)", false);

    private final String label;
    private final boolean inScope;

    UnitType(String label, boolean inScope) {
        this.label = label;
        this.inScope = inScope;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether Thông tư 22/2020/TT-BGDĐT (Điều 1 khoản 2) applies to this kind of unit. */
    public boolean isInScope() {
        return inScope;
    }
}
