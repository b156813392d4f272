package vn.hoctap.rules.clan.qd448;

import java.math.BigDecimal;
import vn.hoctap.rules.common.Field;

/**
 * Hồ sơ "Dòng họ học tập" (Quyết định 448/QĐ-KHVN) — provisional facts only: the national criteria, points and decision
 * rule are UNCONFIRMED (criteria.md §2.2), so the national ruleset holds no criterion and a provincial variant must
 * supply them. The fields are the facts practice reports show clans keep.
 */
public record ClanAssessment(
        @Field(label = "Số hộ gia đình thuộc dòng họ (chi họ)", unit = "hộ", min = 0) long memberHouseholds,
        @Field(label = "Số hộ đạt danh hiệu \"Gia đình học tập\" trong năm", unit = "hộ", min = 0, notAbove = "memberHouseholds")
        long learningFamilyHouseholds,
        @Field(label = "Có Ban khuyến học dòng họ", optional = true) Boolean studyPromotionBoard,
        @Field(label = "Có Quỹ khuyến học dòng họ", optional = true) Boolean studyPromotionFund,
        @Field(label = "Số dư Quỹ khuyến học dòng họ", unit = "đồng", min = 0, optional = true) BigDecimal studyPromotionFundBalance) {
}
