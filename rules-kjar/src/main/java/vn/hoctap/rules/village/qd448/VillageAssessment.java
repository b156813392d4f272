package vn.hoctap.rules.village.qd448;

import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ "Cộng đồng học tập" cấp thôn, tổ dân phố (Quyết định 448/QĐ-KHVN) — provisional facts only: the national
 * criteria, points and decision rule are UNCONFIRMED (criteria.md §2.3); a provincial variant must supply them.
 */
public record VillageAssessment(
        @Field(label = "Số hộ gia đình trong thôn, tổ dân phố", unit = "hộ", min = 0) long households,
        @Field(label = "Số hộ đạt danh hiệu \"Gia đình học tập\" trong năm", unit = "hộ", min = 0, notAbove = "households")
        long learningFamilyHouseholds,
        @Field(label = "Số dòng họ, chi họ trên địa bàn", unit = "dòng họ", min = 0, optional = true) Long clans,
        @Field(label = "Số dòng họ đạt danh hiệu \"Dòng họ học tập\" trong năm", unit = "dòng họ", min = 0, optional = true,
                notAbove = "clans")
        Long learningClans,
        @Field(label = "Thôn, tổ dân phố được công nhận danh hiệu \"Khu dân cư văn hóa\"", optional = true)
        Boolean culturalResidentialArea) {
}
