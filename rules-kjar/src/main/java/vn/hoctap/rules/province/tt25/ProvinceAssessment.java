package vn.hoctap.rules.province.tt25;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ tự đánh giá "Cộng đồng học tập" cấp tỉnh theo Thông tư 25/2023/TT-BGDĐT (Điều 16 mức độ 1, Điều 17 mức độ 2):
 * 4 criteria, 16 targets. The counts of recognised districts come from stored district decisions.
 */
public record ProvinceAssessment(
        @Field(label = "Làm tốt công tác tuyên truyền về học tập suốt đời, xây dựng xã hội học tập",
                description = "true khi tỉnh đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 1 điểm a; Điều 17.") boolean awarenessRaising,
        @Field(label = "Ban hành chương trình, kế hoạch, văn bản chỉ đạo theo thẩm quyền và tổ chức thực hiện đầy đủ, kịp thời",
                description = "true khi tỉnh đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 1 điểm b; Điều 17.")
        boolean programmesIssuedAndImplemented,
        @Field(label = "Tổ chức phong trào thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời",
                description = "true khi tỉnh đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 1 điểm c; Điều 17.") boolean emulationMovement,
        @Field(label = "Bố trí đủ kinh phí ngân sách nhà nước hằng năm cho xây dựng xã hội học tập",
                description = "true khi tỉnh đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 2 điểm a; Điều 17.") boolean stateBudgetSufficient,
        @Field(label = "Thực hiện đầy đủ chính sách về học tập suốt đời của Trung ương",
                description = "true khi tỉnh đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 2 điểm b; Điều 17.") boolean centralPoliciesImplemented,
        @Field(label = "Ban hành chính sách riêng phù hợp điều kiện địa phương",
                description = "true khi tỉnh đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 2 điểm c; Điều 17.") boolean ownPoliciesIssued,
        @Field(label = "Có hoạt động, mô hình hợp tác quốc tế về giáo dục người lớn, học tập suốt đời, xã hội học tập",
                description = "true khi tỉnh đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 2 điểm d; Điều 17.")
        boolean internationalCooperation,
        @Field(label = "Các đơn vị cấp tỉnh được trang bị dịch vụ, công cụ số phục vụ làm việc, học tập của thành viên",
                description = "true khi tỉnh đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 2 điểm đ; Điều 17.")
        boolean unitsDigitallyEquipped,
        @Field(label = "Số cơ sở giáo dục đại học thuộc tỉnh", unit = "cơ sở", min = 0,
                description = "Số nguyên từ 0; đơn vị: cơ sở; ví dụ 2; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 19 khoản 1 điểm b). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 3 điểm a; Điều 17. Lưu ý: Cách hiểu của hệ thống: văn bản không quy định trường hợp tỉnh không có trường đại học.") long provincialUniversities,
        @Field(label = "Các trường đại học thuộc tỉnh thực hiện chuyển đổi số và xây dựng học liệu số", optional = true,
                description = "true khi tỉnh đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng; bỏ trống khi chưa khai báo (không bao giờ được hiểu là false). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 3 điểm a; Điều 17.")
        Boolean universitiesDigitalTransformation,
        @Field(label = "Cơ sở giáo dục cấp tỉnh thực hiện quản lý, dạy và học trong môi trường số",
                description = "true khi tỉnh đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 3 điểm b; Điều 17.") boolean schoolsDigitalEnvironment,
        @Field(label = "Thư viện tỉnh cung cấp dịch vụ học tập suốt đời, ứng dụng công nghệ thông tin, chuyển đổi số",
                description = "true khi tỉnh đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 3 điểm c; Điều 17.")
        boolean libraryLifelongLearningServices,
        @Field(label = "Số chương trình giáo dục lịch sử, văn hóa, khoa học, nghệ thuật của bảo tàng tỉnh trong năm",
                unit = "chương trình", min = 0,
                description = "Số nguyên từ 0; đơn vị: chương trình; ví dụ 3; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 19 khoản 1 điểm b). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 3 điểm d; Điều 17.")
        long museumEducationProgrammes,
        @Field(label = "Số chương trình giáo dục phát sóng của Đài Phát thanh và Truyền hình tỉnh trong năm", unit = "chương trình",
                min = 0,
                description = "Số nguyên từ 0; đơn vị: chương trình; ví dụ 12; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 19 khoản 1 điểm b). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 3 điểm đ; Điều 17.")
        long broadcastEducationProgrammes,
        @Field(label = "Đài Phát thanh và Truyền hình tỉnh xây dựng nội dung học tập, đóng góp học liệu số, học liệu mở",
                description = "true khi tỉnh đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 3 điểm đ; Điều 17.")
        boolean broadcasterContributesLearningResources,
        @Field(label = "Số đơn vị cấp huyện trực thuộc", unit = "huyện", min = 0, optional = true,
                description = "Số huyện trên địa bàn tỉnh, mẫu số của chỉ tiêu 4.1; đơn vị: huyện; ví dụ 13; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 19 khoản 1 điểm b); bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 4 điểm a; Thông tư 25/2023/TT-BGDĐT, Điều 17 khoản 4 điểm a. Lưu ý: Cấp huyện chấm dứt hoạt động từ 01/07/2025; chưa xác nhận văn bản sửa đổi chỉ tiêu này.") Long districts,
        @Field(label = "Số huyện được công nhận \"Cộng đồng học tập\" cấp huyện từ mức độ 1 trở lên (còn hiệu lực)", unit = "huyện",
                min = 0, notAbove = "districts", optional = true,
                description = "Số huyện của tỉnh được công nhận \"Cộng đồng học tập\" cấp huyện từ mức độ 1 trở lên; dịch vụ hiểu là các huyện có quyết định công nhận còn hiệu lực ngày 31/12 của năm đánh giá (cách hiểu chưa được xác nhận); đơn vị: huyện; ví dụ 13; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 19 khoản 1 điểm b); bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 4 điểm a. Lưu ý: Cấp huyện chấm dứt hoạt động từ 01/07/2025; chưa xác nhận văn bản sửa đổi chỉ tiêu này.")
        Long districtsRecognisedLevel1OrHigher,
        @Field(label = "Số huyện được công nhận \"Cộng đồng học tập\" cấp huyện mức độ 2 (còn hiệu lực)", unit = "huyện", min = 0,
                notAbove = "districtsRecognisedLevel1OrHigher", optional = true,
                description = "Số huyện của tỉnh được công nhận \"Cộng đồng học tập\" cấp huyện mức độ 2; là một phần của số huyện từ mức độ 1 trở lên; dịch vụ hiểu là các huyện có quyết định công nhận còn hiệu lực ngày 31/12 của năm đánh giá (cách hiểu chưa được xác nhận); đơn vị: huyện; ví dụ 12; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 19 khoản 1 điểm b); bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 17 khoản 4 điểm a. Lưu ý: Cấp huyện chấm dứt hoạt động từ 01/07/2025; chưa xác nhận văn bản sửa đổi chỉ tiêu này.")
        Long districtsRecognisedLevel2,
        @Field(label = "Tỷ lệ hộ nghèo đa chiều năm đánh giá", unit = "%", min = 0, max = 100,
                description = "Giá trị số; đơn vị: %; ví dụ 1,8; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 19 khoản 1 điểm b). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 4 điểm b; Điều 17.") BigDecimal povertyRate,
        @Field(label = "Tỷ lệ hộ nghèo đa chiều năm trước", unit = "%", min = 0, max = 100,
                description = "Giá trị số; đơn vị: %; ví dụ 2,3; số liệu của năm trước năm đánh giá. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 4 điểm b; Điều 17.") BigDecimal povertyRatePreviousYear,
        @Field(label = "Tổng sản phẩm trên địa bàn (GRDP) năm đánh giá", unit = "tỷ đồng", min = 0,
                description = "Giá trị số; đơn vị: tỷ đồng; ví dụ 162500; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 19 khoản 1 điểm b). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 4 điểm c; Điều 17.") BigDecimal grdp,
        @Field(label = "Tổng sản phẩm trên địa bàn (GRDP) năm trước", unit = "tỷ đồng", min = 0,
                description = "Giá trị số; đơn vị: tỷ đồng; ví dụ 151200; số liệu của năm trước năm đánh giá. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 16 khoản 4 điểm c; Điều 17.") BigDecimal grdpPreviousYear,
        @Field(label = "Ngày quyết định công nhận \"Cộng đồng học tập\" cấp tỉnh mức độ 1", optional = true, notAfterReferenceDate = true,
                description = "Cần cho đề nghị công nhận mức độ 2")
        LocalDate level1DecisionDate) {
}
