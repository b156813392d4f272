package vn.hoctap.rules.unit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoctap.engine.schema.FieldSchema;
import vn.hoctap.rules.support.Facts;
import vn.hoctap.rules.support.KjarUnderTest;

/** Test data for "Đơn vị học tập" cấp huyện, cấp tỉnh (TT 22/2020 and TT 24/2023). */
final class LearningUnits {

    private LearningUnits() {
    }

    /**
     * A State agency with 40 members that meets every target of Level 2 of TT 24/2023 (95 % = 38/40, 70 % = 28/40),
     * recognised at Level 1 on 10/01/2025.
     */
    static Facts aLevel2StateAgencyUnderTt24() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("unitType", "STATE_AGENCY");
        facts.put("publicInstitution", false);
        for (String target : new String[] {"annualLearningPlanIssued", "annualLearningPlanImplemented",
                "trainingRegimesApplied", "learningEncouragementRules", "trainingBudgetSufficient",
                "digitalTransformationDeployed", "membersEquippedForDigitalLearning", "lifelongLearningActivities",
                "knowledgeSharingActivities"}) {
            facts.put(target, true);
        }
        facts.put("members", 40);
        for (String count : new String[] {"membersComplyingDiscipline", "membersCompletingTraining",
                "membersInDigitalTransformation", "membersWithAdvancedWorkerTitle", "membersWithLearningCitizenTitle"}) {
            facts.put(count, 40);
        }
        facts.put("membersWithLanguageCertificate", 30);
        facts.put("membersWithLanguageProficiency", 30);
        facts.put("collectiveEmulationTitle", "ADVANCED_LABOUR_COLLECTIVE");
        facts.put("level1DecisionDate", "2025-01-10");
        return Facts.of(facts);
    }

    /** A public education institution of the given type meeting every Level-2 target, with 200 learners. */
    static Facts aLevel2PublicInstitution(String unitType) {
        return aLevel2StateAgencyUnderTt24().with("unitType", unitType).with("publicInstitution", true)
                .with("privatePreschoolTeachersSupported", true).with("learners", 200)
                .with("learnersWithLearningCitizenTitle", 200).with("digitalTransformationLevel", "GOOD")
                .with("vetAccredited", true);
    }

    /** TT 22/2020: an agency of a People's Committee (in the circular's scope) with every item at its maximum. */
    static Facts aFullMarksUnitUnderTt22() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("unitType", "PEOPLES_COMMITTEE_AGENCY");
        tt22ItemMaxima().forEach(facts::put);
        return Facts.of(facts);
    }

    /**
     * TT 22/2020: a unit whose total is {@code total}, taking the missing points from the items in form order, each
     * down to zero.
     */
    static Facts aUnitUnderTt22WithTotal(BigDecimal total) {
        Facts facts = aFullMarksUnitUnderTt22();
        BigDecimal toRemove = new BigDecimal(100).subtract(total);
        for (Map.Entry<String, BigDecimal> item : tt22ItemMaxima().entrySet()) {
            BigDecimal removed = toRemove.min(item.getValue());
            facts.with(item.getKey(), item.getValue().subtract(removed));
            toRemove = toRemove.subtract(removed);
        }
        return facts;
    }

    /** The ten items of the TT 22/2020 form with the maximum its input schema accepts, in form order. */
    static Map<String, BigDecimal> tt22ItemMaxima() {
        Map<String, BigDecimal> maxima = new LinkedHashMap<>();
        for (FieldSchema field : KjarUnderTest.ruleset().schema("DISTRICT_LEARNING_UNIT", "TT22_2020").fields()) {
            if (field.unit().equals("điểm")) {
                maxima.put(field.name(), field.max());
            }
        }
        return maxima;
    }
}
