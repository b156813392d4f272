package vn.hoctap.rules.citizen.qd324;

import java.math.BigDecimal;
import vn.hoctap.rules.common.Field;

/**
 * Phiếu tự đánh giá "Công dân học tập" (Quyết định 324/QĐ-KHVN ngày 25/10/2023, giai đoạn 2021–2030): the points of
 * the 10 indicators in 3 competency groups. Indicator wording follows the 2020 draft that the pilot used (criteria.md
 * §2.7); the final text of QĐ 324 was not read.
 */
public record CitizenSelfAssessment(
        @Field(label = "Nhóm đối tượng", optional = true,
                description = "Nhóm đối tượng của công dân theo Bộ tiêu chí (mã trong danh sách); bỏ trống khi chưa khai báo.") TargetGroup targetGroup,
        @Field(label = "1.1 Đọc, cập nhật thông tin qua sách, báo, truyền hình, máy tính, điện thoại", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 9. Căn cứ: Quyết định 324/QĐ-KHVN ngày 25/10/2023, nhóm năng lực 1 (Năng lực tự học, học tập suốt đời), chỉ số 1.1; Quyết định 324/QĐ-KHVN ngày 25/10/2023, hướng dẫn đánh giá (điểm tối thiểu mỗi chỉ số); mức 5 điểm theo Báo Thái Bình, 17/05/2024. Lưu ý: Chỉ số theo dự thảo 2020; điểm tối đa 10 suy ra từ 10 chỉ số trên thang 100 điểm; Điểm tối thiểu mỗi chỉ số (không chỉ số nào dưới 5 điểm) lấy theo tin Báo Thái Bình ngày 17/05/2024, chưa đối chiếu văn bản Quyết định 324/QĐ-KHVN.")
        BigDecimal informationUpdatingPoints,
        @Field(label = "1.2 Lập kế hoạch học tập gắn với công việc hoặc chương trình bắt buộc", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 9. Căn cứ: Quyết định 324/QĐ-KHVN ngày 25/10/2023, nhóm năng lực 1 (Năng lực tự học, học tập suốt đời), chỉ số 1.2; Quyết định 324/QĐ-KHVN ngày 25/10/2023, hướng dẫn đánh giá (điểm tối thiểu mỗi chỉ số); mức 5 điểm theo Báo Thái Bình, 17/05/2024. Lưu ý: Chỉ số theo dự thảo 2020; điểm tối đa 10 suy ra từ 10 chỉ số trên thang 100 điểm; Điểm tối thiểu mỗi chỉ số (không chỉ số nào dưới 5 điểm) lấy theo tin Báo Thái Bình ngày 17/05/2024, chưa đối chiếu văn bản Quyết định 324/QĐ-KHVN.")
        BigDecimal learningPlanPoints,
        @Field(label = "1.3 Bố trí thời gian tham gia hoạt động học tập tại nhà văn hóa, câu lạc bộ, thư viện, hội thảo", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 9. Căn cứ: Quyết định 324/QĐ-KHVN ngày 25/10/2023, nhóm năng lực 1 (Năng lực tự học, học tập suốt đời), chỉ số 1.3; Quyết định 324/QĐ-KHVN ngày 25/10/2023, hướng dẫn đánh giá (điểm tối thiểu mỗi chỉ số); mức 5 điểm theo Báo Thái Bình, 17/05/2024. Lưu ý: Chỉ số theo dự thảo 2020; điểm tối đa 10 suy ra từ 10 chỉ số trên thang 100 điểm; Điểm tối thiểu mỗi chỉ số (không chỉ số nào dưới 5 điểm) lấy theo tin Báo Thái Bình ngày 17/05/2024, chưa đối chiếu văn bản Quyết định 324/QĐ-KHVN.")
        BigDecimal communityLearningPoints,
        @Field(label = "1.4 Động viên người thân, đồng nghiệp học tập", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 9. Căn cứ: Quyết định 324/QĐ-KHVN ngày 25/10/2023, nhóm năng lực 1 (Năng lực tự học, học tập suốt đời), chỉ số 1.4; Quyết định 324/QĐ-KHVN ngày 25/10/2023, hướng dẫn đánh giá (điểm tối thiểu mỗi chỉ số); mức 5 điểm theo Báo Thái Bình, 17/05/2024. Lưu ý: Chỉ số theo dự thảo 2020; điểm tối đa 10 suy ra từ 10 chỉ số trên thang 100 điểm; Điểm tối thiểu mỗi chỉ số (không chỉ số nào dưới 5 điểm) lấy theo tin Báo Thái Bình ngày 17/05/2024, chưa đối chiếu văn bản Quyết định 324/QĐ-KHVN.")
        BigDecimal encouragingOthersPoints,
        @Field(label = "2.1 Sử dụng công nghệ thông tin phục vụ công việc", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 9. Căn cứ: Quyết định 324/QĐ-KHVN ngày 25/10/2023, nhóm năng lực 2 (Năng lực sử dụng công cụ tương tác), chỉ số 2.1; Quyết định 324/QĐ-KHVN ngày 25/10/2023, hướng dẫn đánh giá (điểm tối thiểu mỗi chỉ số); mức 5 điểm theo Báo Thái Bình, 17/05/2024. Lưu ý: Chỉ số theo dự thảo 2020; điểm tối đa 10 suy ra từ 10 chỉ số trên thang 100 điểm; Điểm tối thiểu mỗi chỉ số (không chỉ số nào dưới 5 điểm) lấy theo tin Báo Thái Bình ngày 17/05/2024, chưa đối chiếu văn bản Quyết định 324/QĐ-KHVN.")
        BigDecimal digitalSkillsPoints,
        @Field(label = "2.2 Sử dụng ngoại ngữ theo yêu cầu công việc", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 5. Căn cứ: Quyết định 324/QĐ-KHVN ngày 25/10/2023, nhóm năng lực 2 (Năng lực sử dụng công cụ tương tác), chỉ số 2.2; Quyết định 324/QĐ-KHVN ngày 25/10/2023, hướng dẫn đánh giá (điểm tối thiểu mỗi chỉ số); mức 5 điểm theo Báo Thái Bình, 17/05/2024. Lưu ý: Chỉ số theo dự thảo 2020; điểm tối đa 10 suy ra từ 10 chỉ số trên thang 100 điểm; Điểm tối thiểu mỗi chỉ số (không chỉ số nào dưới 5 điểm) lấy theo tin Báo Thái Bình ngày 17/05/2024, chưa đối chiếu văn bản Quyết định 324/QĐ-KHVN.")
        BigDecimal foreignLanguagePoints,
        @Field(label = "2.3 Vận dụng kiến thức tính toán để cải tiến công việc", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 9. Căn cứ: Quyết định 324/QĐ-KHVN ngày 25/10/2023, nhóm năng lực 2 (Năng lực sử dụng công cụ tương tác), chỉ số 2.3; Quyết định 324/QĐ-KHVN ngày 25/10/2023, hướng dẫn đánh giá (điểm tối thiểu mỗi chỉ số); mức 5 điểm theo Báo Thái Bình, 17/05/2024. Lưu ý: Chỉ số theo dự thảo 2020; điểm tối đa 10 suy ra từ 10 chỉ số trên thang 100 điểm; Điểm tối thiểu mỗi chỉ số (không chỉ số nào dưới 5 điểm) lấy theo tin Báo Thái Bình ngày 17/05/2024, chưa đối chiếu văn bản Quyết định 324/QĐ-KHVN.")
        BigDecimal numeracyPoints,
        @Field(label = "2.4 Tư duy biện chứng, phản biện", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 9. Căn cứ: Quyết định 324/QĐ-KHVN ngày 25/10/2023, nhóm năng lực 2 (Năng lực sử dụng công cụ tương tác), chỉ số 2.4; Quyết định 324/QĐ-KHVN ngày 25/10/2023, hướng dẫn đánh giá (điểm tối thiểu mỗi chỉ số); mức 5 điểm theo Báo Thái Bình, 17/05/2024. Lưu ý: Chỉ số theo dự thảo 2020; điểm tối đa 10 suy ra từ 10 chỉ số trên thang 100 điểm; Điểm tối thiểu mỗi chỉ số (không chỉ số nào dưới 5 điểm) lấy theo tin Báo Thái Bình ngày 17/05/2024, chưa đối chiếu văn bản Quyết định 324/QĐ-KHVN.")
        BigDecimal criticalThinkingPoints,
        @Field(label = "3.1 Quan hệ thân thiện, tránh xung đột", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 9. Căn cứ: Quyết định 324/QĐ-KHVN ngày 25/10/2023, nhóm năng lực 3 (Năng lực xây dựng và thực hiện các mối quan hệ xã hội), chỉ số 3.1; Quyết định 324/QĐ-KHVN ngày 25/10/2023, hướng dẫn đánh giá (điểm tối thiểu mỗi chỉ số); mức 5 điểm theo Báo Thái Bình, 17/05/2024. Lưu ý: Chỉ số theo dự thảo 2020; điểm tối đa 10 suy ra từ 10 chỉ số trên thang 100 điểm; Điểm tối thiểu mỗi chỉ số (không chỉ số nào dưới 5 điểm) lấy theo tin Báo Thái Bình ngày 17/05/2024, chưa đối chiếu văn bản Quyết định 324/QĐ-KHVN.")
        BigDecimal friendlyRelationsPoints,
        @Field(label = "3.2 Hợp tác, chia sẻ", unit = "điểm", min = 0, max = 10,
                description = "Điểm chấm cho nội dung này, từ 0 đến 10; đơn vị: điểm; ví dụ 9. Căn cứ: Quyết định 324/QĐ-KHVN ngày 25/10/2023, nhóm năng lực 3 (Năng lực xây dựng và thực hiện các mối quan hệ xã hội), chỉ số 3.2; Quyết định 324/QĐ-KHVN ngày 25/10/2023, hướng dẫn đánh giá (điểm tối thiểu mỗi chỉ số); mức 5 điểm theo Báo Thái Bình, 17/05/2024. Lưu ý: Chỉ số theo dự thảo 2020; điểm tối đa 10 suy ra từ 10 chỉ số trên thang 100 điểm; Điểm tối thiểu mỗi chỉ số (không chỉ số nào dưới 5 điểm) lấy theo tin Báo Thái Bình ngày 17/05/2024, chưa đối chiếu văn bản Quyết định 324/QĐ-KHVN.")
        BigDecimal cooperationPoints,
        @Field(label = "Có kỹ năng số (theo dõi chỉ tiêu của Quyết định 677/QĐ-TTg)", optional = true,
                description = "true khi công dân đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng; bỏ trống khi chưa khai báo (không bao giờ được hiểu là false). Chưa có chỉ tiêu nào của bộ tiêu chí quốc gia đọc trường này (nội dung tiêu chí chưa được xác nhận); định nghĩa chưa được xác nhận, dịch vụ nhận giá trị theo nhãn.")
        Boolean hasDigitalSkills) {
}
