package vn.hoctap.rules.district;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoctap.rules.support.Facts;

/** Test data for "Cộng đồng học tập" cấp huyện: a district that meets every target of both levels of TT 25/2023. */
final class DistrictCommunities {

    private DistrictCommunities() {
    }

    /** 30 communes, all recognised, 27 of them (90 %) at Level 2; recognised at Level 1 on 20/04/2024. */
    static Facts aLevel2DistrictUnderTt25() {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (String target : new String[] {"awarenessRaising", "programmesIssuedAndImplemented", "lifelongLearningWeek",
                "stateBudgetSufficient", "socialResourcesMobilised", "lifelongLearningPoliciesImplemented",
                "unitsDigitallyEquipped", "schoolsDigitalEnvironment", "libraryLifelongLearningServices",
                "culturalCentreActivities"}) {
            facts.put(target, true);
        }
        facts.put("communes", 30);
        facts.put("communesRecognisedLevel1OrHigher", 30);
        facts.put("communesRecognisedLevel2", 27);
        facts.put("incomePerCapita", new BigDecimal("62.4"));
        facts.put("incomePerCapitaPreviousYear", new BigDecimal("58.1"));
        facts.put("employmentRate", new BigDecimal("97.6"));
        facts.put("employmentRatePreviousYear", new BigDecimal("97.2"));
        facts.put("level1DecisionDate", "2024-04-20");
        return Facts.of(facts);
    }
}
