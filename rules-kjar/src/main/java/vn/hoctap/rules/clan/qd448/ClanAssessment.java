package vn.hoctap.rules.clan.qd448;

import java.math.BigDecimal;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ "Dòng họ học tập" (Quyết định 448/QĐ-KHVN) — provisional facts only: the national criteria, points and decision
 * rule are UNCONFIRMED (criteria.md §2.2), so the national ruleset holds no criterion and a provincial variant must
 * supply them. The fields are the facts practice reports show clans keep.
 */
public record ClanAssessment(
        @Field(label = "Số hộ gia đình thuộc dòng họ (chi họ)", unit = "hộ", min = 0,
                description = "Số nguyên từ 0; đơn vị: hộ; ví dụ 42. Chưa có chỉ tiêu nào của bộ tiêu chí quốc gia đọc trường này (nội dung tiêu chí chưa được xác nhận); định nghĩa chưa được xác nhận, dịch vụ nhận giá trị theo nhãn.") long memberHouseholds,
        @Field(label = "Số hộ đạt danh hiệu \"Gia đình học tập\" trong năm", unit = "hộ", min = 0, notAbove = "memberHouseholds",
                description = "Số nguyên từ 0; đơn vị: hộ; ví dụ 35. Chưa có chỉ tiêu nào của bộ tiêu chí quốc gia đọc trường này (nội dung tiêu chí chưa được xác nhận); định nghĩa chưa được xác nhận, dịch vụ nhận giá trị theo nhãn.")
        long learningFamilyHouseholds,
        @Field(label = "Có Ban khuyến học dòng họ", optional = true,
                description = "true khi dòng họ đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng; bỏ trống khi chưa khai báo (không bao giờ được hiểu là false). Chưa có chỉ tiêu nào của bộ tiêu chí quốc gia đọc trường này (nội dung tiêu chí chưa được xác nhận); định nghĩa chưa được xác nhận, dịch vụ nhận giá trị theo nhãn.") Boolean studyPromotionBoard,
        @Field(label = "Có Quỹ khuyến học dòng họ", optional = true,
                description = "true khi dòng họ đáp ứng nội dung ghi ở nhãn, false khi chưa đáp ứng; bỏ trống khi chưa khai báo (không bao giờ được hiểu là false). Chưa có chỉ tiêu nào của bộ tiêu chí quốc gia đọc trường này (nội dung tiêu chí chưa được xác nhận); định nghĩa chưa được xác nhận, dịch vụ nhận giá trị theo nhãn.") Boolean studyPromotionFund,
        @Field(label = "Số dư Quỹ khuyến học dòng họ", unit = "đồng", min = 0, optional = true,
                description = "Giá trị số; đơn vị: đồng; ví dụ 120000000; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Chưa có chỉ tiêu nào của bộ tiêu chí quốc gia đọc trường này (nội dung tiêu chí chưa được xác nhận); định nghĩa chưa được xác nhận, dịch vụ nhận giá trị theo nhãn.") BigDecimal studyPromotionFundBalance) {
}
