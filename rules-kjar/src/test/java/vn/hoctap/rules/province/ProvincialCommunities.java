package vn.hoctap.rules.province;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoctap.rules.support.Facts;

/** Test data for "Cộng đồng học tập" cấp tỉnh: a province that meets every target of both levels of TT 25/2023. */
final class ProvincialCommunities {

    private ProvincialCommunities() {
    }

    /**
     * 10 districts, all recognised, 9 of them (90 %) at Level 2; 2 provincial universities; 4 museum and 4 broadcast
     * programmes; recognised at Level 1 on 20/07/2024.
     */
    static Facts aLevel2ProvinceUnderTt25() {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (String target : new String[] {"awarenessRaising", "programmesIssuedAndImplemented", "emulationMovement",
                "stateBudgetSufficient", "centralPoliciesImplemented", "ownPoliciesIssued", "internationalCooperation",
                "unitsDigitallyEquipped", "universitiesDigitalTransformation", "schoolsDigitalEnvironment",
                "libraryLifelongLearningServices", "broadcasterContributesLearningResources"}) {
            facts.put(target, true);
        }
        facts.put("provincialUniversities", 2);
        facts.put("museumEducationProgrammes", 4);
        facts.put("broadcastEducationProgrammes", 4);
        facts.put("districts", 10);
        facts.put("districtsRecognisedLevel1OrHigher", 10);
        facts.put("districtsRecognisedLevel2", 9);
        facts.put("povertyRate", new BigDecimal("1.8"));
        facts.put("povertyRatePreviousYear", new BigDecimal("2.3"));
        facts.put("grdp", new BigDecimal("310000"));
        facts.put("grdpPreviousYear", new BigDecimal("285000"));
        facts.put("level1DecisionDate", "2024-07-20");
        return Facts.of(facts);
    }
}
