package vn.hoctap.rules.communeunit.qd448;

import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ "Đơn vị học tập" ở cơ sở thuộc xã quản lý (Quyết định 448/QĐ-KHVN) — provisional facts only: the national
 * criteria are UNCONFIRMED (criteria.md §2.4.1); a provincial variant must supply them.
 */
public record CommuneUnitAssessment(
        @Field(label = "Số thành viên của đơn vị", unit = "người", min = 0,
                description = "Số nguyên từ 0; đơn vị: người; ví dụ 28. Chưa có chỉ tiêu nào của bộ tiêu chí quốc gia đọc trường này (nội dung tiêu chí chưa được xác nhận); định nghĩa chưa được xác nhận, dịch vụ nhận giá trị theo nhãn.") long members,
        @Field(label = "Số thành viên đạt danh hiệu \"Công dân học tập\"", unit = "người", min = 0, notAbove = "members",
                optional = true,
                description = "Số nguyên từ 0; đơn vị: người; ví dụ 20; bỏ trống khi chưa khai báo (không bao giờ được hiểu là 0). Chưa có chỉ tiêu nào của bộ tiêu chí quốc gia đọc trường này (nội dung tiêu chí chưa được xác nhận); định nghĩa chưa được xác nhận, dịch vụ nhận giá trị theo nhãn.")
        Long membersWithLearningCitizenTitle) {
}
