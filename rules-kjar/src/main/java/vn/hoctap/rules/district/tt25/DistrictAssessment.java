package vn.hoctap.rules.district.tt25;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ tự đánh giá "Cộng đồng học tập" cấp huyện theo Thông tư 25/2023/TT-BGDĐT (Điều 11 mức độ 1, Điều 12 mức độ 2):
 * 4 criteria, 13 targets. The counts of recognised communes come from stored commune decisions.
 */
public record DistrictAssessment(
        @Field(label = "Làm tốt công tác tuyên truyền về học tập suốt đời, xây dựng xã hội học tập") boolean awarenessRaising,
        @Field(label = "Ban hành chương trình, kế hoạch, văn bản chỉ đạo theo thẩm quyền và tổ chức thực hiện đầy đủ, kịp thời")
        boolean programmesIssuedAndImplemented,
        @Field(label = "Có kế hoạch, tổ chức và báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời") boolean lifelongLearningWeek,
        @Field(label = "Bố trí đủ kinh phí ngân sách nhà nước hằng năm cho xây dựng xã hội học tập") boolean stateBudgetSufficient,
        @Field(label = "Huy động nguồn lực xã hội hóa đạt kết quả tích cực") boolean socialResourcesMobilised,
        @Field(label = "Thực hiện đầy đủ chính sách về học tập suốt đời của Trung ương và của tỉnh") boolean lifelongLearningPoliciesImplemented,
        @Field(label = "Các đơn vị cấp huyện được trang bị dịch vụ, công cụ số phục vụ làm việc, học tập của thành viên")
        boolean unitsDigitallyEquipped,
        @Field(label = "Cơ sở giáo dục cấp huyện thực hiện quản lý, dạy và học trong môi trường số") boolean schoolsDigitalEnvironment,
        @Field(label = "Thư viện cấp huyện cung cấp dịch vụ học tập suốt đời, ứng dụng công nghệ thông tin, chuyển đổi số")
        boolean libraryLifelongLearningServices,
        @Field(label = "Trung tâm văn hóa, thể thao cấp huyện tổ chức nhiều hoạt động gắn kết với cấp xã") boolean culturalCentreActivities,
        @Field(label = "Số xã, phường, thị trấn trực thuộc", unit = "xã", min = 0) long communes,
        @Field(label = "Số xã được công nhận \"Cộng đồng học tập\" cấp xã từ mức độ 1 trở lên (còn hiệu lực)", unit = "xã",
                min = 0, notAbove = "communes", optional = true)
        Long communesRecognisedLevel1OrHigher,
        @Field(label = "Số xã được công nhận \"Cộng đồng học tập\" cấp xã mức độ 2 (còn hiệu lực)", unit = "xã", min = 0,
                notAbove = "communesRecognisedLevel1OrHigher", optional = true)
        Long communesRecognisedLevel2,
        @Field(label = "Thu nhập bình quân đầu người năm đánh giá", unit = "triệu đồng/người/năm", min = 0)
        BigDecimal incomePerCapita,
        @Field(label = "Thu nhập bình quân đầu người năm trước", unit = "triệu đồng/người/năm", min = 0)
        BigDecimal incomePerCapitaPreviousYear,
        @Field(label = "Tỷ lệ lao động có việc làm năm đánh giá", unit = "%", min = 0, max = 100) BigDecimal employmentRate,
        @Field(label = "Tỷ lệ lao động có việc làm năm trước", unit = "%", min = 0, max = 100) BigDecimal employmentRatePreviousYear,
        @Field(label = "Ngày quyết định công nhận \"Cộng đồng học tập\" cấp huyện mức độ 1", optional = true, notAfterReferenceDate = true,
                description = "Cần cho đề nghị công nhận mức độ 2")
        LocalDate level1DecisionDate) {
}
