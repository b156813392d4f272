package vn.hoctap.bench.baseline;

import static vn.hoctap.bench.baseline.Facts.count;
import static vn.hoctap.bench.baseline.Facts.flag;
import static vn.hoctap.bench.baseline.Facts.optionalFlag;
import static vn.hoctap.bench.baseline.Findings.all;
import static vn.hoctap.bench.baseline.Findings.notApplicable;
import static vn.hoctap.bench.baseline.Findings.rate;
import static vn.hoctap.bench.baseline.Findings.yes;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.engine.evaluation.EvaluationRequest;

/**
 * "Đơn vị học tập" cấp huyện — Thông tư 24/2023/TT-BGDĐT (Điều 5, 6, 7) by hand: criterion 1 (conditions), criterion 2
 * (members' learning results) and criterion 3 (effects, district level) at levels 1 and 2, with the unit-type scoping
 * of each target, the 12-month condition for level 2 and the levels decision.
 */
final class UnitBaseline implements Baseline {

    private static final Map<String, String> TYPE_LABELS = Map.ofEntries(
            Map.entry("STATE_AGENCY", "Cơ quan nhà nước (kể cả Ủy ban nhân dân cấp xã)"),
            Map.entry("PARTY_OR_MASS_ORGANISATION",
                    "Cơ quan Đảng, Mặt trận Tổ quốc, tổ chức chính trị - xã hội, Hội Khuyến học"),
            Map.entry("PUBLIC_SERVICE_UNIT", "Đơn vị sự nghiệp công lập (ngoài cơ sở giáo dục)"),
            Map.entry("ECONOMIC_ORGANISATION", "Tổ chức kinh tế (doanh nghiệp, hợp tác xã)"),
            Map.entry("ARMED_FORCES", "Đơn vị lực lượng vũ trang"),
            Map.entry("PRESCHOOL", "Cơ sở giáo dục mầm non (nhà trẻ, trường mẫu giáo, trường mầm non)"),
            Map.entry("PRIMARY_SCHOOL", "Trường tiểu học"),
            Map.entry("LOWER_SECONDARY_SCHOOL", "Trường trung học cơ sở, trường phổ thông dân tộc nội trú cấp huyện"),
            Map.entry("UPPER_SECONDARY_SCHOOL",
                    "Trường trung học phổ thông, trường phổ thông nhiều cấp học có cấp cao nhất là trung học phổ thông"),
            Map.entry("CONTINUING_EDUCATION_CENTRE",
                    "Trung tâm giáo dục thường xuyên, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"),
            Map.entry("HIGHER_EDUCATION_INSTITUTION", "Cơ sở giáo dục đại học"),
            Map.entry("VET_INSTITUTION", "Cơ sở giáo dục nghề nghiệp"));
    private static final List<String> EDUCATION = List.of("PRESCHOOL", "PRIMARY_SCHOOL", "LOWER_SECONDARY_SCHOOL",
            "UPPER_SECONDARY_SCHOOL", "CONTINUING_EDUCATION_CENTRE", "HIGHER_EDUCATION_INSTITUTION", "VET_INSTITUTION");
    private static final Map<String, String> TITLE_LABELS = Map.of(
            "NONE", "Chưa đạt danh hiệu thi đua tập thể",
            "ADVANCED_LABOUR_COLLECTIVE", "Tập thể lao động tiên tiến",
            "EXCELLENT_LABOUR_COLLECTIVE", "Tập thể lao động xuất sắc");
    private static final Map<String, String> DIGITAL_LABELS = Map.of(
            "NOT_MET", "Chưa đạt mức đáp ứng cơ bản",
            "BASIC", "Mức đáp ứng cơ bản",
            "GOOD", "Mức đáp ứng tốt");
    private static final String DISCIPLINE = "Tỷ lệ thành viên chấp hành kỷ luật lao động, nội quy làm việc, đoàn kết, chia sẻ";
    private static final String TRAINING = "Tỷ lệ thành viên hoàn thành chương trình học tập, bồi dưỡng bắt buộc";
    private static final String DIGITAL = "Tỷ lệ thành viên được đào tạo và tham gia chuyển đổi số của đơn vị";
    private static final String ADVANCED = "Tỷ lệ thành viên đạt danh hiệu Lao động tiên tiến trở lên";
    private static final String CERTIFICATE =
            "Tỷ lệ thành viên có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu vị trí việc làm";
    private static final String PROFICIENCY =
            "Tỷ lệ thành viên sử dụng được ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu vị trí việc làm";
    private static final String SHARING = "Tổ chức hoạt động tạo môi trường học tập, chia sẻ tri thức";

    private final List<String> stateFunded;
    private final List<String> languageExempt;
    private final List<String> withLearners;
    private final List<String> acceptedTitles;
    private final List<String> titleTypesLevel2;
    private final List<String> digitalTypes;
    private final List<List<String>> digitalLevels;
    private final BigDecimal[][] memberRates;
    private final BigDecimal[] citizenRates;
    private final BigDecimal[] learnerRates;
    private final int minMonths;
    private final int retentionYears;

    UnitBaseline(Thresholds thresholds) {
        stateFunded = thresholds.codes("LU24.stateFundedUnitTypes");
        languageExempt = thresholds.codes("LU24.C2.T4.exemptUnitTypes");
        withLearners = thresholds.codes("LU24.learnerUnitTypes");
        acceptedTitles = thresholds.codes("LU24.C3.T3.acceptedTitles");
        titleTypesLevel2 = thresholds.codes("LU24.D.C3.T3.L2.unitTypes");
        digitalTypes = thresholds.codes("LU24.D.C3.T4.unitTypes");
        digitalLevels = List.of(thresholds.codes("LU24.C3.digitalTransformationLevels.L1"),
                thresholds.codes("LU24.C3.digitalTransformationLevels.L2"));
        memberRates = new BigDecimal[2][5];
        citizenRates = new BigDecimal[2];
        learnerRates = new BigDecimal[2];
        for (int level = 1; level <= 2; level++) {
            for (int target = 1; target <= 5; target++) {
                memberRates[level - 1][target - 1] = thresholds.decimal("LU24.C2.T" + target + ".minRate.L" + level);
            }
            citizenRates[level - 1] = thresholds.decimal("LU24.C3.T1.minMemberRate.L" + level);
            learnerRates[level - 1] = thresholds.decimal("LU24.C3.T1.minLearnerRate.L" + level);
        }
        minMonths = thresholds.integer("LU24.L2.minMonthsAfterLevel1");
        retentionYears = thresholds.integer("LU24.retentionYears");
    }

    @Override
    public BaselineResult evaluate(EvaluationRequest request) {
        Map<String, Object> facts = request.facts();
        String type = Facts.code(facts, "unitType");
        String typeLabel = TYPE_LABELS.get(type);
        boolean education = EDUCATION.contains(type);
        Boolean publicInstitution = optionalFlag(facts, "publicInstitution");
        boolean publicPreschool = "PRESCHOOL".equals(type) && Boolean.TRUE.equals(publicInstitution);
        if (education && publicInstitution == null) {
            throw new UnsupportedOperationException("an education unit that does not declare publicInstitution");
        }
        boolean publicEducation = education && publicInstitution;
        long members = count(facts, "members");

        Finding plan = all(yes("Ban hành kế hoạch hằng năm", flag(facts, "annualLearningPlanIssued")),
                yes("Tổ chức thực hiện kế hoạch", flag(facts, "annualLearningPlanImplemented")));
        Finding regimes = publicPreschool
                ? all(yes("Thực hiện đầy đủ chế độ đào tạo, bồi dưỡng", flag(facts, "trainingRegimesApplied")),
                        yes("Có quy định khuyến khích học tập", flag(facts, "learningEncouragementRules")),
                        yes("Hỗ trợ bồi dưỡng giáo viên mầm non ngoài công lập",
                                optionalFlag(facts, "privatePreschoolTeachersSupported")))
                : all(yes("Thực hiện đầy đủ chế độ đào tạo, bồi dưỡng", flag(facts, "trainingRegimesApplied")),
                        yes("Có quy định khuyến khích học tập", flag(facts, "learningEncouragementRules")));
        Finding budget = stateFunded.contains(type) || publicEducation
                ? yes("Bố trí đủ kinh phí ngân sách nhà nước", optionalFlag(facts, "trainingBudgetSufficient"))
                : notApplicable("Chỉ tiêu chỉ áp dụng với cơ quan nhà nước, đơn vị sự nghiệp công lập; đơn vị thuộc loại: "
                        + typeLabel);
        Finding equipment = flag(facts, "digitalTransformationDeployed")
                ? yes("Thành viên được trang bị công cụ, thiết bị học tập",
                        optionalFlag(facts, "membersEquippedForDigitalLearning"))
                : notApplicable("Chỉ tiêu áp dụng khi đơn vị triển khai chuyển đổi số; đơn vị chưa triển khai");
        Finding lifelong = yes("Tham gia hoạt động phục vụ học tập suốt đời", flag(facts, "lifelongLearningActivities"));
        Finding sharing = publicPreschool
                ? all(yes(SHARING, flag(facts, "knowledgeSharingActivities")),
                        yes("Tổ chức, phối hợp bồi dưỡng giáo viên mầm non ngoài công lập",
                                optionalFlag(facts, "privatePreschoolTeachersSupported")))
                : yes(SHARING, flag(facts, "knowledgeSharingActivities"));
        String title = Facts.code(facts, "collectiveEmulationTitle");
        String digitalLevel = Facts.code(facts, "digitalTransformationLevel");
        Finding vet = "VET_INSTITUTION".equals(type)
                ? yes("Đã được kiểm định chất lượng giáo dục nghề nghiệp", optionalFlag(facts, "vetAccredited"))
                : notApplicable("Chỉ tiêu chỉ áp dụng với cơ sở giáo dục nghề nghiệp; đơn vị thuộc loại: " + typeLabel);

        List<Map<String, Finding>> byLevel = new java.util.ArrayList<>(2);
        Map<String, Finding> criteria = new LinkedHashMap<>();
        for (int level = 1; level <= 2; level++) {
            BigDecimal[] rates = memberRates[level - 1];
            Map<String, Finding> at = new LinkedHashMap<>();
            at.put("LU24-C1.T1@" + level, plan);
            at.put("LU24-C1.T2@" + level, regimes);
            at.put("LU24-C1.T3@" + level, budget);
            at.put("LU24-C1.T4@" + level, equipment);
            at.put("LU24-C1.T5@" + level, lifelong);
            at.put("LU24-C2.T1@" + level, rate(DISCIPLINE, count(facts, "membersComplyingDiscipline"), members, rates[0]));
            at.put("LU24-C2.T2@" + level, rate(TRAINING, count(facts, "membersCompletingTraining"), members, rates[1]));
            at.put("LU24-C2.T3@" + level, rate(DIGITAL, count(facts, "membersInDigitalTransformation"), members, rates[2]));
            at.put("LU24-C2.T4@" + level, languageExempt.contains(type)
                    ? notApplicable("Chỉ tiêu không áp dụng đối với tổ chức kinh tế; đơn vị thuộc loại: " + typeLabel)
                    : level == 1 ? rate(CERTIFICATE, count(facts, "membersWithLanguageCertificate"), members, rates[3])
                    : rate(PROFICIENCY, count(facts, "membersWithLanguageProficiency"), members, rates[3]));
            at.put("LU24-C2.T5@" + level, rate(ADVANCED, count(facts, "membersWithAdvancedWorkerTitle"), members, rates[4]));
            at.put("LU24-D-C3.T1@" + level, rate("Tỷ lệ thành viên đạt danh hiệu Công dân học tập",
                    count(facts, "membersWithLearningCitizenTitle"), members, citizenRates[level - 1]));
            at.put("LU24-D-C3.T1b@" + level, withLearners.contains(type)
                    ? rate("Tỷ lệ người học đạt danh hiệu Công dân học tập", count(facts, "learnersWithLearningCitizenTitle"),
                            count(facts, "learners"), learnerRates[level - 1])
                    : notApplicable("Chỉ tiêu về người học chỉ áp dụng với cơ sở giáo dục có người học theo Điều 2; "
                            + "đơn vị thuộc loại: " + typeLabel));
            at.put("LU24-D-C3.T2@" + level, sharing);
            at.put("LU24-D-C3.T3@" + level, level == 1 || titleTypesLevel2.contains(type) || publicEducation
                    ? Findings.oneOf("Danh hiệu thi đua tập thể", title, TITLE_LABELS.get(title), acceptedTitles)
                    : notApplicable("Ở mức độ 2 chỉ tiêu chỉ áp dụng với cơ quan, đơn vị sự nghiệp công lập; "
                            + "đơn vị thuộc loại: " + typeLabel));
            at.put("LU24-D-C3.T4@" + level, digitalTypes.contains(type)
                    ? Findings.oneOf("Mức độ chuyển đổi số", digitalLevel, digitalLevel == null ? null : DIGITAL_LABELS.get(digitalLevel),
                            digitalLevels.get(level - 1))
                    : notApplicable("Chỉ tiêu chỉ áp dụng với " + digitalTypes + "; đơn vị thuộc loại: " + typeLabel));
            at.put("LU24-D-C3.T5@" + level, vet);
            if (level == 2) {
                at.put("LU24-L2-DK@2", Findings.monthsSince("Ngày quyết định công nhận mức độ 1",
                        Facts.date(facts, "level1DecisionDate"), request.referenceDate(), minMonths));
            }
            byLevel.add(at);
            criteria.putAll(at);
        }
        return new BaselineResult(criteria, LevelDecision.decide(byLevel, request.referenceDate(), retentionYears));
    }
}
