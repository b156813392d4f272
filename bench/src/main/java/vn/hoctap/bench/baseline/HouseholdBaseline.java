package vn.hoctap.bench.baseline;

import static vn.hoctap.bench.baseline.Findings.everyone;
import static vn.hoctap.bench.baseline.Findings.scored;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.OutcomeKind;

/**
 * "Gia đình học tập" — the Bộ tiêu chí of Quyết định 448/QĐ-KHVN by hand: the five confirmed items (1.1, 1.2, 1.3, 2.1,
 * 2.2; 10 points each), the three unconfirmed ones (2.3, 3, 4) reported as not evaluated, and the points decision,
 * which is not decidable while the pass mark has no value.
 */
final class HouseholdBaseline implements Baseline {

    private static final String PASS_MARK = "FAM448.passMark";
    private static final String UNDECIDABLE = "Quy tắc công nhận của Quyết định 448/QĐ-KHVN (tổng điểm tối thiểu) "
            + "chưa được xác nhận; tỉnh ban hành biến thể có thể bổ sung.";

    private final List<String> acceptedResults;
    private final List<String> acceptedConducts;
    private final int literacyAgeFrom;
    private final int literacyAgeTo;
    private final int minLiteracyLevel;
    private final int adultAgeFrom;
    private final int minLearningContents;
    private final BigDecimal passMark;

    HouseholdBaseline(Thresholds thresholds) {
        acceptedResults = thresholds.codes("FAM448.C1.2.acceptedAcademicResults");
        acceptedConducts = thresholds.codes("FAM448.C1.2.acceptedConducts");
        literacyAgeFrom = thresholds.integer("FAM448.C2.1.adultAgeFrom");
        literacyAgeTo = thresholds.integer("FAM448.C2.1.adultAgeTo");
        minLiteracyLevel = thresholds.integer("FAM448.C2.1.minLiteracyLevel");
        adultAgeFrom = thresholds.integer("FAM448.C2.2.adultAgeFrom");
        minLearningContents = thresholds.integer("FAM448.C2.2.minLearningContents");
        passMark = thresholds.has(PASS_MARK) ? thresholds.decimal(PASS_MARK) : null;
    }

    @Override
    public BaselineResult evaluate(EvaluationRequest request) {
        LocalDate on = request.referenceDate();
        long inAge = 0, schooled = 0, pupils = 0, goodPupils = 0, literacyScope = 0, literate = 0, adults = 0, learning = 0;
        for (Map<String, Object> member : Facts.list(request.facts(), "members")) {
            String exemption = Facts.code(member, "exemption");
            boolean unable = "UNABLE_TO_LEARN".equals(exemption);
            if (Boolean.TRUE.equals(member.get("inUniversalEducationAge"))) {
                inAge++;
                if (Boolean.TRUE.equals(member.get("attendingOrCompletedUniversalEducation"))
                        || exemption != null && !"NONE".equals(exemption)) {
                    schooled++;
                }
            }
            boolean pupil = Boolean.TRUE.equals(member.get("pupil"));
            if (pupil) {
                pupils++;
                String result = Facts.code(member, "academicResult");
                String conduct = Facts.code(member, "conduct");
                if (result != null && acceptedResults.contains(result) && conduct != null
                        && acceptedConducts.contains(conduct)) {
                    goodPupils++;
                }
            }
            int age = Period.between(Facts.date(member, "birthDate"), on).getYears();
            if (age >= literacyAgeFrom && age <= literacyAgeTo && !unable) {
                literacyScope++;
                Integer level = Facts.optionalInteger(member, "literacyLevel");
                if (level != null && level >= minLiteracyLevel) {
                    literate++;
                }
            }
            if (age >= adultAgeFrom && !pupil && !unable) {
                adults++;
                Integer contents = Facts.optionalInteger(member, "learningContentsThisYear");
                if (contents != null && contents >= minLearningContents) {
                    learning++;
                }
            }
        }
        Map<String, Finding> criteria = new LinkedHashMap<>();
        criteria.put("FAM448-C1.1", scored(everyone("Trẻ em trong độ tuổi phổ cập đến trường, hoàn thành phổ cập",
                schooled, inAge), 10));
        criteria.put("FAM448-C1.2", scored(everyone("Học sinh có kết quả học tập, hạnh kiểm đạt yêu cầu", goodPupils,
                pupils), 10));
        criteria.put("FAM448-C1.3", scored(Findings.yes("Trẻ em thật thà, lễ phép, tích cực tham gia hoạt động chung",
                Facts.flag(request.facts(), "childrenHonestPoliteAndActive")), 10));
        criteria.put("FAM448-C2.1", scored(everyone("Người lớn trong độ tuổi đạt chuẩn biết chữ", literate,
                literacyScope), 10));
        criteria.put("FAM448-C2.2", scored(everyone("Người lớn tham gia học trong năm", learning, adults), 10));
        criteria.put("FAM448-C2.3",
                Findings.notEvaluated("Nội dung 2.3 của Bộ tiêu chí chưa được xác nhận từ văn bản gốc"));
        criteria.put("FAM448-C3", Findings.notEvaluated("Tiêu chí 3 của Bộ tiêu chí chưa được xác nhận từ văn bản gốc"));
        criteria.put("FAM448-C4", Findings.notEvaluated("Tiêu chí 4 của Bộ tiêu chí chưa được xác nhận từ văn bản gốc"));
        return new BaselineResult(criteria, decide(criteria));
    }

    /** Points: the total of the scored items against the pass mark; not decidable while any item or the mark is missing. */
    private Decision decide(Map<String, Finding> criteria) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> unevaluated = new ArrayList<>();
        for (Map.Entry<String, Finding> entry : criteria.entrySet()) {
            if (entry.getValue().points() != null) {
                total = total.add(entry.getValue().points());
            }
            if (entry.getValue().status() == CriterionStatus.NOT_EVALUATED) {
                unevaluated.add(entry.getKey());
            }
        }
        List<String> reasons = new ArrayList<>();
        if (!unevaluated.isEmpty()) {
            reasons.add("Chưa đánh giá được " + unevaluated.size() + " chỉ tiêu (" + String.join(", ", unevaluated)
                    + "), nên tổng điểm chưa đầy đủ");
        }
        if (passMark == null) {
            reasons.add("Thiếu tham số quyết định (chưa có giá trị hiệu lực): " + PASS_MARK);
            reasons.add(UNDECIDABLE);
        }
        if (!reasons.isEmpty()) {
            // items 3 and 4 have no known maximum, so neither has the whole scale
            return new Decision(OutcomeKind.NOT_DECIDABLE, null, null, null, total, null, reasons, null);
        }
        // no ruleset gives the national pass mark a value; a provincial variant with one is outside this baseline
        throw new UnsupportedOperationException("the baseline does not rank households against a pass mark");
    }
}
