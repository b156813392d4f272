package vn.hoctap.rules.citizen.qd324;

import java.math.BigDecimal;
import vn.hoctap.rules.common.Field;

/**
 * Phiếu tự đánh giá "Công dân học tập" (Quyết định 324/QĐ-KHVN ngày 25/10/2023, giai đoạn 2021–2030): the points of
 * the 10 indicators in 3 competency groups. Indicator wording follows the 2020 draft that the pilot used (criteria.md
 * §2.7); the final text of QĐ 324 was not read.
 */
public record CitizenSelfAssessment(
        @Field(label = "Nhóm đối tượng", optional = true) TargetGroup targetGroup,
        @Field(label = "1.1 Đọc, cập nhật thông tin qua sách, báo, truyền hình, máy tính, điện thoại", unit = "điểm", min = 0, max = 10)
        BigDecimal informationUpdatingPoints,
        @Field(label = "1.2 Lập kế hoạch học tập gắn với công việc hoặc chương trình bắt buộc", unit = "điểm", min = 0, max = 10)
        BigDecimal learningPlanPoints,
        @Field(label = "1.3 Bố trí thời gian tham gia hoạt động học tập tại nhà văn hóa, câu lạc bộ, thư viện, hội thảo", unit = "điểm", min = 0, max = 10)
        BigDecimal communityLearningPoints,
        @Field(label = "1.4 Động viên người thân, đồng nghiệp học tập", unit = "điểm", min = 0, max = 10)
        BigDecimal encouragingOthersPoints,
        @Field(label = "2.1 Sử dụng công nghệ thông tin phục vụ công việc", unit = "điểm", min = 0, max = 10)
        BigDecimal digitalSkillsPoints,
        @Field(label = "2.2 Sử dụng ngoại ngữ theo yêu cầu công việc", unit = "điểm", min = 0, max = 10)
        BigDecimal foreignLanguagePoints,
        @Field(label = "2.3 Vận dụng kiến thức tính toán để cải tiến công việc", unit = "điểm", min = 0, max = 10)
        BigDecimal numeracyPoints,
        @Field(label = "2.4 Tư duy biện chứng, phản biện", unit = "điểm", min = 0, max = 10)
        BigDecimal criticalThinkingPoints,
        @Field(label = "3.1 Quan hệ thân thiện, tránh xung đột", unit = "điểm", min = 0, max = 10)
        BigDecimal friendlyRelationsPoints,
        @Field(label = "3.2 Hợp tác, chia sẻ", unit = "điểm", min = 0, max = 10)
        BigDecimal cooperationPoints,
        @Field(label = "Có kỹ năng số (theo dõi chỉ tiêu của Quyết định 677/QĐ-TTg)", optional = true)
        Boolean hasDigitalSkills) {
}
