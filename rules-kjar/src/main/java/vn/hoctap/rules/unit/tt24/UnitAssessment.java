package vn.hoctap.rules.unit.tt24;

import java.time.LocalDate;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ tự đánh giá "Đơn vị học tập" cấp huyện hoặc cấp tỉnh theo Thông tư 24/2023/TT-BGDĐT (Điều 6, 7 cấp huyện;
 * Điều 12, 13 cấp tỉnh) — one unit's facts for one assessment year. "Thành viên" and "người học" as defined in Điều 2.
 */
public record UnitAssessment(
        @Field(label = "Loại đơn vị") UnitType unitType,
        @Field(label = "Cơ sở giáo dục công lập", optional = true,
                description = "Chỉ khai báo với cơ sở giáo dục; cơ sở công lập là đơn vị sự nghiệp công lập")
        Boolean publicInstitution,
        @Field(label = "Ban hành kế hoạch học tập thường xuyên hằng năm cho thành viên") boolean annualLearningPlanIssued,
        @Field(label = "Tổ chức thực hiện kế hoạch học tập hằng năm") boolean annualLearningPlanImplemented,
        @Field(label = "Thực hiện đầy đủ chế độ, chính sách đào tạo, bồi dưỡng đối với thành viên") boolean trainingRegimesApplied,
        @Field(label = "Có quy định nội bộ khuyến khích thành viên học tập") boolean learningEncouragementRules,
        @Field(label = "Hỗ trợ bồi dưỡng giáo viên mầm non ngoài công lập trên địa bàn", optional = true,
                description = "Áp dụng với cơ sở giáo dục mầm non công lập")
        Boolean privatePreschoolTeachersSupported,
        @Field(label = "Bố trí đủ kinh phí ngân sách nhà nước hằng năm cho đào tạo, bồi dưỡng thành viên", optional = true,
                description = "Áp dụng với cơ quan nhà nước, đơn vị sự nghiệp công lập")
        Boolean trainingBudgetSufficient,
        @Field(label = "Đơn vị triển khai chuyển đổi số") boolean digitalTransformationDeployed,
        @Field(label = "Thành viên được trang bị công cụ, thiết bị học tập khi đơn vị chuyển đổi số", optional = true)
        Boolean membersEquippedForDigitalLearning,
        @Field(label = "Tham gia các hoạt động phục vụ học tập suốt đời của người dân") boolean lifelongLearningActivities,
        @Field(label = "Số thành viên của đơn vị", unit = "người", min = 0) long members,
        @Field(label = "Số thành viên chấp hành kỷ luật lao động, nội quy làm việc, đoàn kết, chia sẻ", unit = "người",
                min = 0, notAbove = "members")
        long membersComplyingDiscipline,
        @Field(label = "Số thành viên hoàn thành chương trình học tập, bồi dưỡng bắt buộc", unit = "người", min = 0,
                notAbove = "members")
        long membersCompletingTraining,
        @Field(label = "Số thành viên được đào tạo và tham gia chuyển đổi số của đơn vị", unit = "người", min = 0,
                notAbove = "members")
        long membersInDigitalTransformation,
        @Field(label = "Số thành viên có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu vị trí việc làm",
                unit = "người", min = 0, notAbove = "members")
        long membersWithLanguageCertificate,
        @Field(label = "Số thành viên sử dụng được ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu vị trí việc làm",
                unit = "người", min = 0, notAbove = "members")
        long membersWithLanguageProficiency,
        @Field(label = "Số thành viên đạt danh hiệu \"Lao động tiên tiến\" trở lên", unit = "người", min = 0,
                notAbove = "members")
        long membersWithAdvancedWorkerTitle,
        @Field(label = "Số thành viên đạt danh hiệu \"Công dân học tập\"", unit = "người", min = 0, notAbove = "members", optional = true)
        Long membersWithLearningCitizenTitle,
        @Field(label = "Số người học (cơ sở giáo dục)", unit = "người", min = 0, optional = true,
                description = "Học sinh, học viên, sinh viên; không tính nhà trẻ, mẫu giáo, tiểu học, THCS, PTDTNT huyện")
        Long learners,
        @Field(label = "Số người học đạt danh hiệu \"Công dân học tập\"", unit = "người", min = 0, optional = true,
                notAbove = "learners")
        Long learnersWithLearningCitizenTitle,
        @Field(label = "Tổ chức hoạt động tạo môi trường học tập, chia sẻ tri thức với đơn vị khác") boolean knowledgeSharingActivities,
        @Field(label = "Danh hiệu thi đua tập thể năm đánh giá") CollectiveEmulationTitle collectiveEmulationTitle,
        @Field(label = "Mức độ chuyển đổi số (Quyết định 4725/QĐ-BGDĐT hoặc 4740/QĐ-BGDĐT)", optional = true)
        DigitalTransformationLevel digitalTransformationLevel,
        @Field(label = "Đã được kiểm định chất lượng giáo dục nghề nghiệp", optional = true) Boolean vetAccredited,
        @Field(label = "Ngày quyết định công nhận \"Đơn vị học tập\" mức độ 1", optional = true, notAfterReferenceDate = true,
                description = "Cần cho đề nghị công nhận mức độ 2")
        LocalDate level1DecisionDate) {
}
