package vn.hoctap.rules.commune.tt25;

import java.time.LocalDate;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ đánh giá "Cộng đồng học tập" cấp xã theo Thông tư 25/2023/TT-BGDĐT (Điều 6, Điều 7) — the facts a commune
 * People's Committee self-assesses for one assessment year: 5 criteria, 15 targets, two levels.
 */
public record CommuneAssessment(
        @Field(label = "Làm tốt công tác tuyên truyền nâng cao nhận thức về học tập suốt đời, xây dựng xã hội học tập")
        boolean awarenessRaising,
        @Field(label = "Ban hành chương trình, kế hoạch hằng năm về xây dựng xã hội học tập")
        boolean annualPlanIssued,
        @Field(label = "Triển khai thực hiện đầy đủ chương trình, kế hoạch hằng năm")
        boolean annualPlanImplemented,
        @Field(label = "Có kế hoạch và tổ chức các hoạt động Tuần lễ hưởng ứng học tập suốt đời")
        boolean lifelongLearningWeekOrganised,
        @Field(label = "Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời theo quy định")
        boolean lifelongLearningWeekReported,
        @Field(label = "Bố trí đủ kinh phí ngân sách nhà nước hằng năm cho xây dựng xã hội học tập")
        boolean stateBudgetSufficient,
        @Field(label = "Tham mưu, vận động, huy động nguồn lực xã hội hóa đạt kết quả tích cực")
        boolean socialResourcesMobilised,
        @Field(label = "Có cơ chế phối hợp giữa Hội Khuyến học, các tổ chức chính trị - xã hội, cơ sở giáo dục và thiết chế văn hóa")
        boolean coordinationMechanism,
        @Field(label = "Trung tâm học tập cộng đồng có 01 phòng làm việc được trang bị đầy đủ bàn, ghế, tủ, giá")
        boolean learningCentreOfficeEquipped,
        @Field(label = "Trung tâm học tập cộng đồng có tủ sách dùng chung")
        boolean learningCentreSharedBookcase,
        @Field(label = "Trung tâm học tập cộng đồng có thiết bị công nghệ thông tin phù hợp phục vụ học tập suốt đời")
        boolean learningCentreItEquipment,
        @Field(label = "Thư viện công cộng cấp xã ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và phục vụ học tập suốt đời")
        boolean libraryDigitalServices,
        @Field(label = "Trung tâm văn hóa, thể thao cấp xã tổ chức lớp năng khiếu, câu lạc bộ, nhóm sở thích, hoạt động văn hóa, thể thao thường xuyên")
        boolean culturalCentreActivities,
        @Field(label = "Đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi")
        boolean preschoolUniversalised,
        @Field(label = "Mức độ đạt chuẩn phổ cập giáo dục tiểu học", unit = "mức độ", min = 0, max = 3,
                description = "0 khi chưa đạt; theo quyết định công nhận của cấp có thẩm quyền (Nghị định 20/2014/NĐ-CP)")
        int primaryUniversalisationLevel,
        @Field(label = "Mức độ đạt chuẩn phổ cập giáo dục trung học cơ sở", unit = "mức độ", min = 0, max = 3,
                description = "0 khi chưa đạt; theo quyết định công nhận của cấp có thẩm quyền (Nghị định 20/2014/NĐ-CP)")
        int lowerSecondaryUniversalisationLevel,
        @Field(label = "Mức độ đạt chuẩn xóa mù chữ", unit = "mức độ", min = 0, max = 2,
                description = "0 khi chưa đạt; theo quyết định công nhận của cấp có thẩm quyền (Nghị định 20/2014/NĐ-CP)")
        int literacyLevel,
        @Field(label = "Số công dân trong xã", unit = "người", min = 0)
        long citizens,
        @Field(label = "Số công dân đạt danh hiệu \"Công dân học tập\"", unit = "người", min = 0, notAbove = "citizens", optional = true)
        Long citizensWithLearningCitizenTitle,
        @Field(label = "Số công dân có trình độ chuyên môn kỹ thuật", unit = "người", min = 0, notAbove = "citizens")
        long citizensWithTechnicalTraining,
        @Field(label = "Số công dân có trình độ đại học trở lên", unit = "người", min = 0,
                notAbove = "citizensWithTechnicalTraining")
        long citizensWithUniversityDegree,
        @Field(label = "Xã thuộc vùng khó khăn")
        boolean difficultArea,
        @Field(label = "Ngày quyết định công nhận \"Cộng đồng học tập\" cấp xã mức độ 1", optional = true, notAfterReferenceDate = true,
                description = "Cần cho đề nghị công nhận mức độ 2")
        LocalDate level1DecisionDate) {
}
