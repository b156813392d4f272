package vn.hoctap.bench.baseline;

import static vn.hoctap.bench.baseline.Facts.count;
import static vn.hoctap.bench.baseline.Facts.flag;
import static vn.hoctap.bench.baseline.Findings.all;
import static vn.hoctap.bench.baseline.Findings.levelAtLeast;
import static vn.hoctap.bench.baseline.Findings.rate;
import static vn.hoctap.bench.baseline.Findings.yes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.engine.evaluation.EvaluationRequest;

/**
 * "Cộng đồng học tập" cấp xã — Thông tư 25/2023/TT-BGDĐT (Điều 5, 6, 7) by hand: 5 criteria, 15 targets at levels 1 and
 * 2 (the stricter shares of trained citizens for communes outside difficult areas), the 12-month condition for level 2
 * and the levels decision.
 */
final class CommuneBaseline implements Baseline {

    private final int[][] minLevels = new int[2][3];
    private final BigDecimal[] learningCitizenRates = new BigDecimal[2];
    private final BigDecimal[][] trainedRates = new BigDecimal[2][2];
    private final BigDecimal[][] universityRates = new BigDecimal[2][2];
    private final int minMonths;
    private final int retentionYears;

    CommuneBaseline(Thresholds thresholds) {
        for (int level = 1; level <= 2; level++) {
            minLevels[level - 1][0] = thresholds.integer("CCL25.C4.T2.minPrimaryLevel.L" + level);
            minLevels[level - 1][1] = thresholds.integer("CCL25.C4.T3.minLowerSecondaryLevel.L" + level);
            minLevels[level - 1][2] = thresholds.integer("CCL25.C4.T4.minLiteracyLevel.L" + level);
            learningCitizenRates[level - 1] = thresholds.decimal("CCL25.C5.T1.minLearningCitizenRate.L" + level);
            for (int difficult = 0; difficult <= 1; difficult++) {
                String suffix = ".L" + level + (difficult == 1 ? ".difficultArea" : "");
                trainedRates[level - 1][difficult] = thresholds.decimal("CCL25.C5.T2.minTrainedRate" + suffix);
                universityRates[level - 1][difficult] = thresholds.decimal("CCL25.C5.T2.minUniversityRate" + suffix);
            }
        }
        minMonths = thresholds.integer("CCL25.L2.minMonthsAfterLevel1");
        retentionYears = thresholds.integer("CCL25.retentionYears");
    }

    @Override
    public BaselineResult evaluate(EvaluationRequest request) {
        Map<String, Object> facts = request.facts();
        Finding[] shared = {
            yes("Làm tốt công tác tuyên truyền", flag(facts, "awarenessRaising")),
            all(yes("Ban hành chương trình, kế hoạch hằng năm", flag(facts, "annualPlanIssued")),
                    yes("Thực hiện đầy đủ chương trình, kế hoạch", flag(facts, "annualPlanImplemented"))),
            all(yes("Có kế hoạch và tổ chức Tuần lễ hưởng ứng học tập suốt đời", flag(facts, "lifelongLearningWeekOrganised")),
                    yes("Báo cáo kết quả theo quy định", flag(facts, "lifelongLearningWeekReported"))),
            yes("Bố trí đủ kinh phí ngân sách nhà nước", flag(facts, "stateBudgetSufficient")),
            yes("Huy động nguồn lực xã hội hóa đạt kết quả tích cực", flag(facts, "socialResourcesMobilised")),
            yes("Có cơ chế phối hợp", flag(facts, "coordinationMechanism")),
            all(yes("01 phòng làm việc trang bị đầy đủ bàn, ghế, tủ, giá", flag(facts, "learningCentreOfficeEquipped")),
                    yes("Tủ sách dùng chung", flag(facts, "learningCentreSharedBookcase")),
                    yes("Thiết bị công nghệ thông tin phù hợp", flag(facts, "learningCentreItEquipment"))),
            yes("Thư viện ứng dụng công nghệ thông tin, chuyển đổi số", flag(facts, "libraryDigitalServices")),
            yes("Lớp năng khiếu, câu lạc bộ, hoạt động văn hóa, thể thao thường xuyên", flag(facts, "culturalCentreActivities")),
            yes("Đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi", flag(facts, "preschoolUniversalised"))};
        String[] sharedKeys = {"CCL25-C1.T1", "CCL25-C1.T2", "CCL25-C1.T3", "CCL25-C2.T1", "CCL25-C2.T2", "CCL25-C2.T3",
            "CCL25-C3.T1", "CCL25-C3.T2", "CCL25-C3.T3", "CCL25-C4.T1"};
        long citizens = count(facts, "citizens");
        int difficult = flag(facts, "difficultArea") ? 1 : 0;
        List<Map<String, Finding>> byLevel = new ArrayList<>(2);
        Map<String, Finding> criteria = new LinkedHashMap<>();
        for (int level = 1; level <= 2; level++) {
            int[] minimum = minLevels[level - 1];
            Map<String, Finding> at = new LinkedHashMap<>();
            for (int i = 0; i < shared.length; i++) {
                at.put(sharedKeys[i] + "@" + level, shared[i]);
            }
            at.put("CCL25-C4.T2@" + level, levelAtLeast("Phổ cập giáo dục tiểu học",
                    (int) count(facts, "primaryUniversalisationLevel"), minimum[0]));
            at.put("CCL25-C4.T3@" + level, levelAtLeast("Phổ cập giáo dục trung học cơ sở",
                    (int) count(facts, "lowerSecondaryUniversalisationLevel"), minimum[1]));
            at.put("CCL25-C4.T4@" + level, levelAtLeast("Xóa mù chữ", (int) count(facts, "literacyLevel"), minimum[2]));
            at.put("CCL25-C5.T1@" + level, rate("Tỷ lệ công dân đạt danh hiệu Công dân học tập",
                    count(facts, "citizensWithLearningCitizenTitle"), citizens, learningCitizenRates[level - 1]));
            at.put("CCL25-C5.T2@" + level, all(
                    rate("Tỷ lệ công dân có trình độ chuyên môn kỹ thuật", count(facts, "citizensWithTechnicalTraining"),
                            citizens, trainedRates[level - 1][difficult]),
                    rate("Tỷ lệ công dân có trình độ đại học trở lên", count(facts, "citizensWithUniversityDegree"),
                            citizens, universityRates[level - 1][difficult])));
            if (level == 2) {
                at.put("CCL25-L2-DK@2", Findings.monthsSince("Ngày quyết định công nhận mức độ 1",
                        Facts.date(facts, "level1DecisionDate"), request.referenceDate(), minMonths));
            }
            byLevel.add(at);
            criteria.putAll(at);
        }
        return new BaselineResult(criteria, LevelDecision.decide(byLevel, request.referenceDate(), retentionYears));
    }
}
