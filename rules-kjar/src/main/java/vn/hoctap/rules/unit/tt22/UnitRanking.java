package vn.hoctap.rules.unit.tt22;

import java.math.BigDecimal;
import vn.hoctap.rules.common.Field;
import vn.hoctap.rules.common.InputRefusedException;

/**
 * Hồ sơ đánh giá, xếp loại "Đơn vị học tập" cấp huyện, cấp tỉnh theo Thông tư 22/2020/TT-BGDĐT (Điều 5) — the points
 * the unit's evaluation team awarded on each of the 10 items (100-point scale: 30 + 30 + 40). The circular applies only
 * to the kinds of unit of Điều 1 khoản 2 ({@link UnitType#isInScope()}); a ranking of any other kind is refused.
 */
public record UnitRanking(
        @Field(label = "Loại đơn vị", description = "Thông tư 22/2020/TT-BGDĐT, Điều 1 khoản 2: chỉ áp dụng đối với cơ"
                + " quan tham mưu, giúp việc của cấp ủy Đảng, cơ quan thuộc Ủy ban nhân dân và Mặt trận Tổ quốc, tổ chức"
                + " chính trị - xã hội cấp tỉnh, cấp huyện; trường học, đơn vị sự nghiệp công lập khác và doanh nghiệp"
                + " được đánh giá theo Thông tư 24/2023/TT-BGDĐT từ 26/01/2024")
        UnitType unitType,
        @Field(label = "1.1 Đơn vị có chủ trương hoặc kế hoạch cho thành viên học tập thường xuyên", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 10. Căn cứ: Thông tư 22/2020/TT-BGDĐT, Điều 5 khoản 1.")
        BigDecimal learningPlanPoints,
        @Field(label = "1.2 Đơn vị có các quy định cụ thể nhằm động viên thành viên học tập", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 10. Căn cứ: Thông tư 22/2020/TT-BGDĐT, Điều 5 khoản 1.")
        BigDecimal encouragementRulesPoints,
        @Field(label = "1.3 Đơn vị quan tâm đầu tư nguồn lực (tài chính, cơ sở vật chất, trang thiết bị) đáp ứng nhu cầu học tập của thành viên", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 10. Căn cứ: Thông tư 22/2020/TT-BGDĐT, Điều 5 khoản 1.")
        BigDecimal resourcesPoints,
        @Field(label = "2.1 100% thành viên có kế hoạch tự học, tự bồi dưỡng hằng năm được lãnh đạo đơn vị phê duyệt", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 10. Căn cứ: Thông tư 22/2020/TT-BGDĐT, Điều 5 khoản 2.")
        BigDecimal selfStudyPlansPoints,
        @Field(label = "2.2 Thành viên tuân thủ kỷ luật lao động, nội quy làm việc, có tinh thần hợp tác, đoàn kết và trao đổi", unit = "điểm", min = 0, max = 5,
                description = "Điểm chấm cho nội dung này, từ 0 đến 5; đơn vị: điểm; ví dụ 5. Căn cứ: Thông tư 22/2020/TT-BGDĐT, Điều 5 khoản 2.")
        BigDecimal labourDisciplinePoints,
        @Field(label = "2.3 Thành viên hoàn thành đầy đủ chương trình học tập, bồi dưỡng bắt buộc theo quy định của nhà nước", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 10. Căn cứ: Thông tư 22/2020/TT-BGDĐT, Điều 5 khoản 2.")
        BigDecimal mandatoryTrainingPoints,
        @Field(label = "2.4 Thành viên đạt từ danh hiệu \"Lao động tiên tiến\" trở lên", unit = "điểm", min = 0, max = 5,
                description = "Điểm chấm cho nội dung này, từ 0 đến 5; đơn vị: điểm; ví dụ 5. Căn cứ: Thông tư 22/2020/TT-BGDĐT, Điều 5 khoản 2.")
        BigDecimal advancedWorkersPoints,
        @Field(label = "3.1 100% thành viên đáp ứng đầy đủ các năng lực và phẩm chất của Công dân học tập", unit = "điểm", min = 0, max = 25,
                description = "Điểm chấm cho nội dung này, từ 0 đến 25; đơn vị: điểm; ví dụ 25. Căn cứ: Thông tư 22/2020/TT-BGDĐT, Điều 5 khoản 3.")
        BigDecimal learningCitizenCompetencesPoints,
        @Field(label = "3.2 Đơn vị đạt từ danh hiệu \"Tập thể lao động tiên tiến\" trở lên", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 10. Căn cứ: Thông tư 22/2020/TT-BGDĐT, Điều 5 khoản 3.")
        BigDecimal collectiveTitlePoints,
        @Field(label = "3.3 Góp phần tạo lập môi trường chia sẻ tri thức với các đơn vị khác", unit = "điểm", min = 0, max = 5,
                description = "Điểm chấm cho nội dung này, từ 0 đến 5; đơn vị: điểm; ví dụ 5. Căn cứ: Thông tư 22/2020/TT-BGDĐT, Điều 5 khoản 3.")
        BigDecimal knowledgeSharingPoints) {

    /** Refuses a kind of unit outside the circular's scope. */
    public UnitRanking {
        if (unitType != null && !unitType.isInScope()) {
            throw InputRefusedException.notAllowed("unitType", unitType.name() + " (" + unitType.label() + ") is outside"
                    + " the scope of Thông tư 22/2020/TT-BGDĐT, Điều 1 khoản 2, which applies only to Party advisory"
                    + " bodies, agencies of the provincial and district People's Committees, and the Fatherland Front and"
                    + " socio-political organisations at provincial and district level; such a unit is assessed under"
                    + " Thông tư 24/2023/TT-BGDĐT from 26/01/2024");
        }
    }
}
