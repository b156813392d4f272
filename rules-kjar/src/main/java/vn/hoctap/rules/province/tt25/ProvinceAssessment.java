package vn.hoctap.rules.province.tt25;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ tự đánh giá "Cộng đồng học tập" cấp tỉnh theo Thông tư 25/2023/TT-BGDĐT (Điều 16 mức độ 1, Điều 17 mức độ 2):
 * 4 criteria, 16 targets. The counts of recognised districts come from stored district decisions.
 */
public record ProvinceAssessment(
        @Field(label = "Làm tốt công tác tuyên truyền về học tập suốt đời, xây dựng xã hội học tập") boolean awarenessRaising,
        @Field(label = "Ban hành chương trình, kế hoạch, văn bản chỉ đạo theo thẩm quyền và tổ chức thực hiện đầy đủ, kịp thời")
        boolean programmesIssuedAndImplemented,
        @Field(label = "Tổ chức phong trào thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời") boolean emulationMovement,
        @Field(label = "Bố trí đủ kinh phí ngân sách nhà nước hằng năm cho xây dựng xã hội học tập") boolean stateBudgetSufficient,
        @Field(label = "Thực hiện đầy đủ chính sách về học tập suốt đời của Trung ương") boolean centralPoliciesImplemented,
        @Field(label = "Ban hành chính sách riêng phù hợp điều kiện địa phương") boolean ownPoliciesIssued,
        @Field(label = "Có hoạt động, mô hình hợp tác quốc tế về giáo dục người lớn, học tập suốt đời, xã hội học tập")
        boolean internationalCooperation,
        @Field(label = "Các đơn vị cấp tỉnh được trang bị dịch vụ, công cụ số phục vụ làm việc, học tập của thành viên")
        boolean unitsDigitallyEquipped,
        @Field(label = "Số cơ sở giáo dục đại học thuộc tỉnh", unit = "cơ sở", min = 0) long provincialUniversities,
        @Field(label = "Các trường đại học thuộc tỉnh thực hiện chuyển đổi số và xây dựng học liệu số", optional = true)
        Boolean universitiesDigitalTransformation,
        @Field(label = "Cơ sở giáo dục cấp tỉnh thực hiện quản lý, dạy và học trong môi trường số") boolean schoolsDigitalEnvironment,
        @Field(label = "Thư viện tỉnh cung cấp dịch vụ học tập suốt đời, ứng dụng công nghệ thông tin, chuyển đổi số")
        boolean libraryLifelongLearningServices,
        @Field(label = "Số chương trình giáo dục lịch sử, văn hóa, khoa học, nghệ thuật của bảo tàng tỉnh trong năm",
                unit = "chương trình", min = 0)
        long museumEducationProgrammes,
        @Field(label = "Số chương trình giáo dục phát sóng của Đài Phát thanh và Truyền hình tỉnh trong năm", unit = "chương trình",
                min = 0)
        long broadcastEducationProgrammes,
        @Field(label = "Đài Phát thanh và Truyền hình tỉnh xây dựng nội dung học tập, đóng góp học liệu số, học liệu mở")
        boolean broadcasterContributesLearningResources,
        @Field(label = "Số đơn vị cấp huyện trực thuộc", unit = "huyện", min = 0, optional = true) Long districts,
        @Field(label = "Số huyện được công nhận \"Cộng đồng học tập\" cấp huyện từ mức độ 1 trở lên (còn hiệu lực)", unit = "huyện",
                min = 0, notAbove = "districts", optional = true)
        Long districtsRecognisedLevel1OrHigher,
        @Field(label = "Số huyện được công nhận \"Cộng đồng học tập\" cấp huyện mức độ 2 (còn hiệu lực)", unit = "huyện", min = 0,
                notAbove = "districtsRecognisedLevel1OrHigher", optional = true)
        Long districtsRecognisedLevel2,
        @Field(label = "Tỷ lệ hộ nghèo đa chiều năm đánh giá", unit = "%", min = 0, max = 100) BigDecimal povertyRate,
        @Field(label = "Tỷ lệ hộ nghèo đa chiều năm trước", unit = "%", min = 0, max = 100) BigDecimal povertyRatePreviousYear,
        @Field(label = "Tổng sản phẩm trên địa bàn (GRDP) năm đánh giá", unit = "tỷ đồng", min = 0) BigDecimal grdp,
        @Field(label = "Tổng sản phẩm trên địa bàn (GRDP) năm trước", unit = "tỷ đồng", min = 0) BigDecimal grdpPreviousYear,
        @Field(label = "Ngày quyết định công nhận \"Cộng đồng học tập\" cấp tỉnh mức độ 1", optional = true, notAfterReferenceDate = true,
                description = "Cần cho đề nghị công nhận mức độ 2")
        LocalDate level1DecisionDate) {
}
