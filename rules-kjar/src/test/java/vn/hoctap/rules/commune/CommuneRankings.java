package vn.hoctap.rules.commune;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoctap.rules.support.Facts;

/** Test data for "Cộng đồng học tập" cấp xã under TT 44/2014: the points awarded on each of the 15 criteria. */
final class CommuneRankings {

    /** Input field of each criterion, by criterion id, in the order of the circular (Điều 3). */
    static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        String[] fields = {"leadershipPoints", "steeringCommitteePoints", "coordinationPoints", "institutionsPoints",
                "universalEducationPoints", "educationEquityPoints", "officialsLearningPoints", "workersLearningPoints",
                "studiousFamiliesPoints", "culturalResidentialAreasPoints", "povertyReductionPoints",
                "genderEqualityPoints", "hygieneEnvironmentPoints", "communityHealthPoints", "securityOrderPoints"};
        for (int i = 0; i < fields.length; i++) {
            FIELDS.put(String.format("CCL44-%02d", i + 1), fields[i]);
        }
    }

    private CommuneRankings() {
    }

    /** A commune awarded {@code points} on every criterion. */
    static Facts aCommuneScoring(String points) {
        Map<String, Object> facts = new LinkedHashMap<>();
        FIELDS.values().forEach(field -> facts.put(field, new BigDecimal(points)));
        return Facts.of(facts);
    }

    /**
     * A commune whose whole-point total is {@code total}, spread as evenly as possible over the criteria, the first ones
     * taking the remainder; the criterion {@code zero} (an id, or null for none) gets 0 points.
     */
    static Facts aCommuneTotalling(int total, String zero) {
        Facts facts = aCommuneScoring("0");
        int scored = zero == null ? FIELDS.size() : FIELDS.size() - 1;
        int k = 0;
        for (Map.Entry<String, String> criterion : FIELDS.entrySet()) {
            if (criterion.getKey().equals(zero)) {
                continue;
            }
            facts.with(criterion.getValue(), total / scored + (k++ < total % scored ? 1 : 0));
        }
        return facts;
    }
}
