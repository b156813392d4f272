package vn.hoctap.rules.village.qd448;

import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ "Cộng đồng học tập" cấp thôn, tổ dân phố (Quyết định 448/QĐ-KHVN) — provisional facts only: the national
 * criteria, points and decision rule are UNCONFIRMED (criteria.md §2.3); a provincial variant must supply them.
 */
public record VillageAssessment(
        @Field(label = "Số hộ gia đình trong thôn, tổ dân phố", unit = "hộ", min = 0,
                description = "Số nguyên từ 0; đơn vị: hộ; ví dụ 310. Chưa có chỉ tiêu nào của bộ tiêu chí quốc gia đọc trường này (nội dung tiêu chí chưa được xác nhận); định nghĩa chưa được xác nhận, dịch vụ nhận giá trị theo nhãn.") long households,
        @Field(label = "Số hộ đạt danh hiệu \"Gia đình học tập\" trong năm", unit = "hộ", min = 0, notAbove = "households",
                description = "Số nguyên từ 0; đơn vị: hộ; ví dụ 250. Chưa có chỉ tiêu nào của bộ tiêu chí quốc gia đọc trường này (nội dung tiêu chí chưa được xác nhận); định nghĩa chưa được xác nhận, dịch vụ nhận giá trị theo nhãn.")
        long learningFamilyHouseholds,
        @Field(label = "Số dòng họ, chi họ trên địa bàn", unit = "dòng họ", min = 0, optional = true,
                description = "Số nguyên từ 0; đơn vị: dòng họ; ví dụ 6; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Chưa có chỉ tiêu nào của bộ tiêu chí quốc gia đọc trường này (nội dung tiêu chí chưa được xác nhận); định nghĩa chưa được xác nhận, dịch vụ nhận giá trị theo nhãn.") Long clans,
        @Field(label = "Số dòng họ đạt danh hiệu \"Dòng họ học tập\" trong năm", unit = "dòng họ", min = 0, optional = true,
                notAbove = "clans",
                description = "Số nguyên từ 0; đơn vị: dòng họ; ví dụ 5; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Chưa có chỉ tiêu nào của bộ tiêu chí quốc gia đọc trường này (nội dung tiêu chí chưa được xác nhận); định nghĩa chưa được xác nhận, dịch vụ nhận giá trị theo nhãn.")
        Long learningClans,
        @Field(label = "Thôn, tổ dân phố được công nhận danh hiệu \"Khu dân cư văn hóa\"", optional = true,
                description = "true khi thôn, tổ dân phố đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng; bỏ trống khi chưa khai báo (không bao giờ được hiểu là false). Chưa có chỉ tiêu nào của bộ tiêu chí quốc gia đọc trường này (nội dung tiêu chí chưa được xác nhận); định nghĩa chưa được xác nhận, dịch vụ nhận giá trị theo nhãn.")
        Boolean culturalResidentialArea) {
}
