package vn.hoctap.api.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies with real Vietnamese data for integration tests. */
public final class Assessments {

    /** The ten indicators of a learning citizen's self-assessment (QĐ 324), each scored out of 10 points. */
    public static final java.util.List<String> CITIZEN_INDICATORS = java.util.List.of("informationUpdatingPoints",
            "learningPlanPoints", "communityLearningPoints", "encouragingOthersPoints", "digitalSkillsPoints",
            "foreignLanguagePoints", "numeracyPoints", "criticalThinkingPoints", "friendlyRelationsPoints",
            "cooperationPoints");

    private Assessments() {
    }

    /** A commune learning community (TT 25/2023) for Phường Ba Đình, Hà Nội (GSO 00004 from 01/07/2025). */
    public static Map<String, Object> communeBaDinh(String subjectId, long learningCitizens) {
        Map<String, Object> facts = communeFacts();
        facts.put("citizens", 10000);
        facts.put("citizensWithLearningCitizenTitle", learningCitizens);
        facts.put("citizensWithTechnicalTraining", 6500);
        facts.put("citizensWithUniversityDegree", 1600);
        facts.put("level1DecisionDate", "2025-01-10");
        return assessment("COMMUNE_LEARNING_COMMUNITY", subjectId, "Phường Ba Đình", "00004", 2025, "2026-02-20", facts);
    }

    /**
     * The facts of a commune (TT 25/2023) that meets every target of both levels except those on its citizens, which
     * the caller adds (or leaves to be counted): every yes/no target, universal education and literacy at the top level,
     * not a disadvantaged area.
     */
    public static Map<String, Object> communeFacts() {
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
        facts.put("difficultArea", false);
        return facts;
    }

    /** A district (TT 25/2023) meeting every target but those on its communes, which are counted. */
    public static Map<String, Object> districtFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (String target : new String[] {"awarenessRaising", "programmesIssuedAndImplemented", "lifelongLearningWeek",
                "stateBudgetSufficient", "socialResourcesMobilised", "lifelongLearningPoliciesImplemented",
                "unitsDigitallyEquipped", "schoolsDigitalEnvironment", "libraryLifelongLearningServices",
                "culturalCentreActivities"}) {
            facts.put(target, true);
        }
        facts.put("incomePerCapita", 62.4);
        facts.put("incomePerCapitaPreviousYear", 58.1);
        facts.put("employmentRate", 97.6);
        facts.put("employmentRatePreviousYear", 97.2);
        return facts;
    }

    /** A province (TT 25/2023) meeting every target but those on its districts, which are counted. */
    public static Map<String, Object> provinceFacts() {
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
        facts.put("povertyRate", 1.8);
        facts.put("povertyRatePreviousYear", 2.3);
        facts.put("grdp", 310000);
        facts.put("grdpPreviousYear", 285000);
        return facts;
    }

    /** A learning family (QĐ 448) in Phường Vũ Ninh, Bắc Ninh (GSO 09163, valid until 30/06/2025). */
    public static Map<String, Object> familyInVuNinh(String subjectId, String headOfHousehold) {
        Map<String, Object> father = new LinkedHashMap<>();
        father.put("fullName", headOfHousehold);
        father.put("birthDate", "1979-05-02");
        father.put("literacyLevel", 2);
        father.put("learningContentsThisYear", 2);
        father.put("inUniversalEducationAge", false);
        father.put("pupil", false);
        Map<String, Object> daughter = new LinkedHashMap<>();
        daughter.put("fullName", "Nguyễn Thị Hương");
        daughter.put("birthDate", "2011-09-14");
        daughter.put("inUniversalEducationAge", true);
        daughter.put("attendingOrCompletedUniversalEducation", true);
        daughter.put("pupil", true);
        daughter.put("academicResult", "GOOD");
        daughter.put("conduct", "GOOD");
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("members", java.util.List.of(father, daughter));
        facts.put("childrenHonestPoliteAndActive", true);
        return assessment("LEARNING_FAMILY", subjectId, "Hộ ông " + headOfHousehold, "09163", 2024, "2024-11-30", facts);
    }

    /** A GNLC readiness application for Hà Nội with the given GDP per capita (any JSON number). */
    public static Map<String, Object> gnlcHanoi(String subjectId, Object gdpPerCapitaCity) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("mayorSignedApplication", true);
        facts.put("commitsToGuidingDocuments", true);
        facts.put("nationalCommissionEndorsed", true);
        facts.put("biennialReportingCommitment", true);
        facts.put("population", 8500000);
        facts.put("areaSquareKm", 3359.8);
        facts.put("gdpPerCapitaCity", gdpPerCapitaCity);
        facts.put("gdpPerCapitaCountry", 4700);
        facts.put("averageSchoolingYearsMale", 11.2);
        facts.put("averageSchoolingYearsFemale", 10.9);
        facts.put("motivation", "Hà Nội chia sẻ kinh nghiệm xây dựng xã hội học tập.");
        facts.put("implementationActions", "Mở rộng trung tâm học tập cộng đồng và thư viện số.");
        return assessment("GNLC_MEMBERSHIP", subjectId, "Thành phố Hà Nội", "01", 2025, "2025-05-30", facts);
    }

    public static Map<String, Object> assessment(String title, String subjectId, String name, String areaCode, int year,
            String referenceDate, Map<String, Object> facts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("titleCode", title);
        body.put("subject", Map.of("id", subjectId, "name", name, "areaCode", areaCode));
        body.put("assessmentYear", year);
        body.put("referenceDate", referenceDate);
        body.put("facts", facts);
        return body;
    }

    /**
     * The self-assessment of a learning citizen (QĐ 324), an intellectual worker, with every one of the ten indicators
     * at {@code pointsEach} (recognised from 8: 80 points, none below 5).
     */
    public static Map<String, Object> citizenFacts(int pointsEach) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("targetGroup", "INTELLECTUAL_WORKER");
        for (String indicator : new String[] {"informationUpdatingPoints", "learningPlanPoints", "communityLearningPoints",
                "encouragingOthersPoints", "digitalSkillsPoints", "foreignLanguagePoints", "numeracyPoints",
                "criticalThinkingPoints", "friendlyRelationsPoints", "cooperationPoints"}) {
            facts.put(indicator, pointsEach);
        }
        return facts;
    }

    /** A learning citizen (QĐ 324) of Phường Vũ Ninh, Bắc Ninh, self-assessed with the ten indicators. */
    public static Map<String, Object> citizenInVuNinh(String subjectId) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("targetGroup", "INTELLECTUAL_WORKER");
        for (int i = 0; i < CITIZEN_INDICATORS.size(); i++) {
            facts.put(CITIZEN_INDICATORS.get(i), 6 + i % 5);
        }
        return assessment("LEARNING_CITIZEN", subjectId, "Trần Thị Hương", "09163", 2024, "2024-12-10", facts);
    }

    /** A district State agency (TT 24/2023) with 40 members meeting every Level-2 target, in Phường Ba Đình. */
    public static Map<String, Object> districtUnitBaDinh(String subjectId) {
        Map<String, Object> facts = unitFacts(40);
        facts.put("membersWithLearningCitizenTitle", 40);
        facts.put("membersWithLanguageCertificate", 30);
        facts.put("membersWithLanguageProficiency", 30);
        facts.put("level1DecisionDate", "2025-01-10");
        return assessment("DISTRICT_LEARNING_UNIT", subjectId, "Văn phòng HĐND và UBND phường Ba Đình", "00004", 2025,
                "2026-01-10", facts);
    }

    /**
     * A State agency (TT 24/2023) whose {@code members} all meet every target, except "Công dân học tập", which the
     * caller adds (or leaves to be counted).
     */
    public static Map<String, Object> unitFacts(int members) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("unitType", "STATE_AGENCY");
        facts.put("publicInstitution", false);
        for (String target : new String[] {"annualLearningPlanIssued", "annualLearningPlanImplemented",
                "trainingRegimesApplied", "learningEncouragementRules", "trainingBudgetSufficient",
                "digitalTransformationDeployed", "membersEquippedForDigitalLearning", "lifelongLearningActivities",
                "knowledgeSharingActivities"}) {
            facts.put(target, true);
        }
        facts.put("members", members);
        for (String count : new String[] {"membersComplyingDiscipline", "membersCompletingTraining",
                "membersInDigitalTransformation", "membersWithAdvancedWorkerTitle", "membersWithLanguageCertificate",
                "membersWithLanguageProficiency"}) {
            facts.put(count, members);
        }
        facts.put("collectiveEmulationTitle", "ADVANCED_LABOUR_COLLECTIVE");
        return facts;
    }
}
