package vn.hoctap.rules.commune;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoctap.rules.support.Facts;

/** Test data for "Cộng đồng học tập" cấp xã: a commune that meets every target of both levels of TT 25/2023. */
final class CommuneCommunities {

    private CommuneCommunities() {
    }

    static Facts aLevel2CommuneUnderTt25() {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (String target : new String[] {"awarenessRaising", "annualPlanIssued", "annualPlanImplemented",
                "lifelongLearningWeekOrganised", "lifelongLearningWeekReported", "stateBudgetSufficient",
                "socialResourcesMobilised", "coordinationMechanism", "learningCentreOfficeEquipped",
                "learningCentreSharedBookcase", "learningCentreItEquipment", "libraryDigitalServices",
                "culturalCentreActivities", "preschoolUniversalised"}) {
            facts.put(target, true);
        }
        facts.put("primaryUniversalisationLevel", 3);
        facts.put("lowerSecondaryUniversalisationLevel", 3);
        facts.put("literacyLevel", 2);
        facts.put("citizens", 1000);
        facts.put("citizensWithLearningCitizenTitle", 850);
        facts.put("citizensWithTechnicalTraining", 650);
        facts.put("citizensWithUniversityDegree", 160);
        facts.put("difficultArea", false);
        facts.put("level1DecisionDate", "2024-03-15");
        return Facts.of(facts);
    }
}
