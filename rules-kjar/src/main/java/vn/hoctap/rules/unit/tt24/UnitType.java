package vn.hoctap.rules.unit.tt24;

import vn.hoctap.rules.common.Labelled;

/**
 * Loại đơn vị — the kinds of district- and provincial-level units Thông tư 24/2023/TT-BGDĐT (Điều 2) assesses; several
 * targets apply to some kinds only.
 */
public enum UnitType implements Labelled {
    STATE_AGENCY("Cơ quan nhà nước (kể cả Ủy ban nhân dân cấp xã)", false),
    PARTY_OR_MASS_ORGANISATION("Cơ quan Đảng, Mặt trận Tổ quốc, tổ chức chính trị - xã hội, Hội Khuyến học", false),
    PUBLIC_SERVICE_UNIT("Đơn vị sự nghiệp công lập (ngoài cơ sở giáo dục)", false),
    ECONOMIC_ORGANISATION("Tổ chức kinh tế (doanh nghiệp, hợp tác xã)", false),
    ARMED_FORCES("Đơn vị lực lượng vũ trang", false),
    PRESCHOOL("Cơ sở giáo dục mầm non (nhà trẻ, trường mẫu giáo, trường mầm non)", true),
    PRIMARY_SCHOOL("Trường tiểu học", true),
    LOWER_SECONDARY_SCHOOL("Trường trung học cơ sở, trường phổ thông dân tộc nội trú cấp huyện", true),
    UPPER_SECONDARY_SCHOOL("Trường trung học phổ thông, trường phổ thông nhiều cấp học có cấp cao nhất là trung học phổ thông", true),
    CONTINUING_EDUCATION_CENTRE("Trung tâm giáo dục thường xuyên, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên", true),
    HIGHER_EDUCATION_INSTITUTION("Cơ sở giáo dục đại học", true),
    VET_INSTITUTION("Cơ sở giáo dục nghề nghiệp", true);

    private final String label;
    private final boolean education;

    UnitType(String label, boolean education) {
        this.label = label;
        this.education = education;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the unit is an education institution (cơ sở giáo dục). */
    public boolean isEducation() {
        return education;
    }
}
