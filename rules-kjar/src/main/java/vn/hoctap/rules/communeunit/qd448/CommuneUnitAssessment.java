package vn.hoctap.rules.communeunit.qd448;

import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ "Đơn vị học tập" ở cơ sở thuộc xã quản lý (Quyết định 448/QĐ-KHVN) — provisional facts only: the national
 * criteria are UNCONFIRMED (criteria.md §2.4.1); a provincial variant must supply them.
 */
public record CommuneUnitAssessment(
        @Field(label = "Số thành viên của đơn vị", unit = "người", min = 0) long members,
        @Field(label = "Số thành viên đạt danh hiệu \"Công dân học tập\"", unit = "người", min = 0, notAbove = "members",
                optional = true)
        Long membersWithLearningCitizenTitle) {
}
