package vn.hoctap.rules.commune;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoctap.rules.support.Facts;

/** Test data for "Cộng đồng học tập" cấp xã under TT 44/2014: the points awarded on each of the 15 criteria. */
final class CommuneRankings {

    /** Input field of each criterion, by criterion id, in the order of the circular. */
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
}
