package vn.hoctap.rules.district.tt25;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ tự đánh giá "Cộng đồng học tập" cấp huyện theo Thông tư 25/2023/TT-BGDĐT (Điều 11 mức độ 1, Điều 12 mức độ 2):
 * 4 criteria, 13 targets. The counts of recognised communes come from stored commune decisions.
 */
public record DistrictAssessment(
        @Field(label = "Làm tốt công tác tuyên truyền về học tập suốt đời, xây dựng xã hội học tập",
                description = "true khi huyện đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 1 điểm a; Điều 12.") boolean awarenessRaising,
        @Field(label = "Ban hành chương trình, kế hoạch, văn bản chỉ đạo theo thẩm quyền và tổ chức thực hiện đầy đủ, kịp thời",
                description = "true khi huyện đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 1 điểm b; Điều 12.")
        boolean programmesIssuedAndImplemented,
        @Field(label = "Có kế hoạch, tổ chức và báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời",
                description = "true khi huyện đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 1 điểm c; Điều 12.") boolean lifelongLearningWeek,
        @Field(label = "Bố trí đủ kinh phí ngân sách nhà nước hằng năm cho xây dựng xã hội học tập",
                description = "true khi huyện đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 2 điểm a; Điều 12.") boolean stateBudgetSufficient,
        @Field(label = "Huy động nguồn lực xã hội hóa đạt kết quả tích cực",
                description = "true khi huyện đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 2 điểm b; Điều 12.") boolean socialResourcesMobilised,
        @Field(label = "Thực hiện đầy đủ chính sách về học tập suốt đời của Trung ương và của tỉnh",
                description = "true khi huyện đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 2 điểm c; Điều 12.") boolean lifelongLearningPoliciesImplemented,
        @Field(label = "Các đơn vị cấp huyện được trang bị dịch vụ, công cụ số phục vụ làm việc, học tập của thành viên",
                description = "true khi huyện đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 2 điểm d; Điều 12.")
        boolean unitsDigitallyEquipped,
        @Field(label = "Cơ sở giáo dục cấp huyện thực hiện quản lý, dạy và học trong môi trường số",
                description = "true khi huyện đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 3 điểm a; Điều 12.") boolean schoolsDigitalEnvironment,
        @Field(label = "Thư viện cấp huyện cung cấp dịch vụ học tập suốt đời, ứng dụng công nghệ thông tin, chuyển đổi số",
                description = "true khi huyện đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 3 điểm b; Điều 12.")
        boolean libraryLifelongLearningServices,
        @Field(label = "Trung tâm văn hóa, thể thao cấp huyện tổ chức nhiều hoạt động gắn kết với cấp xã",
                description = "true khi huyện đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 3 điểm c; Điều 12.") boolean culturalCentreActivities,
        @Field(label = "Số xã, phường, thị trấn trực thuộc", unit = "xã", min = 0,
                description = "Số xã trên địa bàn huyện, mẫu số của chỉ tiêu 4.1; đơn vị: xã; ví dụ 20; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 14 khoản 1 điểm b). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 4 điểm a; Thông tư 25/2023/TT-BGDĐT, Điều 12 khoản 4 điểm a.") long communes,
        @Field(label = "Số xã được công nhận \"Cộng đồng học tập\" cấp xã từ mức độ 1 trở lên (còn hiệu lực)", unit = "xã",
                min = 0, notAbove = "communes", optional = true,
                description = "Số xã của huyện được công nhận \"Cộng đồng học tập\" cấp xã từ mức độ 1 trở lên; dịch vụ hiểu là các xã có quyết định công nhận còn hiệu lực ngày 31/12 của năm đánh giá (cách hiểu chưa được xác nhận); đơn vị: xã; ví dụ 19; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 14 khoản 1 điểm b); bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 4 điểm a.")
        Long communesRecognisedLevel1OrHigher,
        @Field(label = "Số xã được công nhận \"Cộng đồng học tập\" cấp xã mức độ 2 (còn hiệu lực)", unit = "xã", min = 0,
                notAbove = "communesRecognisedLevel1OrHigher", optional = true,
                description = "Số xã của huyện được công nhận \"Cộng đồng học tập\" cấp xã mức độ 2; là một phần của số xã từ mức độ 1 trở lên; dịch vụ hiểu là các xã có quyết định công nhận còn hiệu lực ngày 31/12 của năm đánh giá (cách hiểu chưa được xác nhận); đơn vị: xã; ví dụ 17; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 14 khoản 1 điểm b); bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 12 khoản 4 điểm a.")
        Long communesRecognisedLevel2,
        @Field(label = "Thu nhập bình quân đầu người năm đánh giá", unit = "triệu đồng/người/năm", min = 0,
                description = "Giá trị số; đơn vị: triệu đồng/người/năm; ví dụ 62,5; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 14 khoản 1 điểm b). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 4 điểm b; Điều 12.")
        BigDecimal incomePerCapita,
        @Field(label = "Thu nhập bình quân đầu người năm trước", unit = "triệu đồng/người/năm", min = 0,
                description = "Giá trị số; đơn vị: triệu đồng/người/năm; ví dụ 58,1; số liệu của năm trước năm đánh giá. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 4 điểm b; Điều 12.")
        BigDecimal incomePerCapitaPreviousYear,
        @Field(label = "Tỷ lệ lao động có việc làm năm đánh giá", unit = "%", min = 0, max = 100,
                description = "Giá trị số; đơn vị: %; ví dụ 97,2; số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá (Thông tư 25/2023/TT-BGDĐT, Điều 14 khoản 1 điểm b). Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 4 điểm c; Điều 12.") BigDecimal employmentRate,
        @Field(label = "Tỷ lệ lao động có việc làm năm trước", unit = "%", min = 0, max = 100,
                description = "Giá trị số; đơn vị: %; ví dụ 96,8; số liệu của năm trước năm đánh giá. Căn cứ: Thông tư 25/2023/TT-BGDĐT, Điều 11 khoản 4 điểm c; Điều 12.") BigDecimal employmentRatePreviousYear,
        @Field(label = "Ngày quyết định công nhận \"Cộng đồng học tập\" cấp huyện mức độ 1", optional = true, notAfterReferenceDate = true,
                description = "Cần cho đề nghị công nhận mức độ 2")
        LocalDate level1DecisionDate) {
}
