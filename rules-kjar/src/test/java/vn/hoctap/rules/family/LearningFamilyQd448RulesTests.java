package vn.hoctap.rules.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoctap.engine.evaluation.CriterionStatus.FAILED;
import static vn.hoctap.engine.evaluation.CriterionStatus.NOT_EVALUATED;
import static vn.hoctap.engine.evaluation.CriterionStatus.PASSED;
import static vn.hoctap.rules.family.Households.aHouseholdMeetingTheConfirmedItems;
import static vn.hoctap.rules.family.Households.aHouseholdWith;
import static vn.hoctap.rules.family.Households.adult;
import static vn.hoctap.rules.family.Households.pupil;
import static vn.hoctap.rules.support.Outcomes.assertStatus;
import static vn.hoctap.rules.support.Outcomes.criterion;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;
import vn.hoctap.engine.evaluation.Verdict;
import vn.hoctap.engine.schema.FieldError;
import vn.hoctap.engine.schema.FieldError.Reason;
import vn.hoctap.engine.schema.InvalidInputException;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * "Gia đình học tập" under the criteria set of Quyết định 448/QĐ-KHVN (criteria.md §2.1, table "Criteria (4 criteria,
 * 100-point scale …)" and "Decision rule"): items 1.1, 1.2, 1.3, 2.1, 2.2 are worth 10 points each; item 2.3 and
 * criteria 3 and 4 were not readable and cannot be evaluated; the pass mark is UNCONFIRMED, so the national ruleset
 * records the points of the confirmed items and never concludes (§4 "Encoding guidance"). Item 2.1 covers every adult
 * aged 19–60 on the reference date, except those unable to learn.
 */
class LearningFamilyQd448RulesTests {

    private static final String TITLE = "LEARNING_FAMILY";
    private static final LocalDate ASSESSED = LocalDate.of(2025, 11, 20);
    private static final String[] CONFIRMED = {"FAM448-C1.1", "FAM448-C1.2", "FAM448-C1.3", "FAM448-C2.1", "FAM448-C2.2"};

    private static EvaluationResult evaluate(Map<String, Object> facts) {
        return KjarUnderTest.evaluate(TITLE, ASSESSED, facts);
    }

    private static void assertNotDecidableWithTotal(EvaluationResult result, int total) {
        Verdict verdict = result.verdict();
        assertThat(verdict.outcome()).isEqualTo(OutcomeKind.NOT_DECIDABLE);
        assertThat(verdict.totalPoints()).isEqualByComparingTo(String.valueOf(total));
        assertThat(verdict.rankCode()).isNull();
        assertThat(verdict.missingParameters()).containsExactly("FAM448.passMark");
    }

    @Test
    void householdMeetingEveryConfirmedItemScoresFiftyPointsButIsNotDecidable() {
        EvaluationResult result = evaluate(aHouseholdMeetingTheConfirmedItems().build());

        assertThat(result.generation().id()).isEqualTo("QD448_2016");
        for (String item : CONFIRMED) {
            assertStatus(result, item, PASSED);
            assertThat(criterion(result, item).maxPoints()).as(item).isEqualByComparingTo("10");
            assertThat(criterion(result, item).pointsAwarded()).as(item).isEqualByComparingTo("10");
        }
        for (String item : new String[] {"FAM448-C2.3", "FAM448-C3", "FAM448-C4"}) {
            assertStatus(result, item, NOT_EVALUATED);
            assertThat(criterion(result, item).pointsAwarded()).as(item).isNull();
        }
        assertNotDecidableWithTotal(result, 50);
        assertThat(result.verdict().restsOnUnconfirmed()).isTrue();
        assertThat(result.verdict().reasons()).anySatisfy(reason -> assertThat(reason).contains("chưa được xác nhận"));
    }

    @DisplayName("FAM448-C2.1 người lớn từ 19 đến 60 tuổi đạt chuẩn biết chữ mức độ 1 — tuổi tính đến ngày tham chiếu 20/11/2025")
    @ParameterizedTest(name = "thành viên chưa biết chữ sinh {0} ({1}) → {2}")
    @CsvSource({"2006-11-21, vừa 18 tuổi, PASSED", "2006-11-20, đúng 19 tuổi, FAILED", "1965-11-20, đúng 60 tuổi, FAILED",
            "1964-11-21, 60 tuổi còn 1 ngày, FAILED", "1964-11-20, đúng 61 tuổi, PASSED"})
    void literacyAgeBandIsComputedOnTheReferenceDate(String birthDate, String age, CriterionStatus expected) {
        EvaluationResult result = evaluate(aHouseholdWith(adult("Trần Văn Tư", birthDate, 0, 1)).build());

        assertStatus(result, "FAM448-C2.1", expected);
        assertThat(criterion(result, "FAM448-C2.1").pointsAwarded()).isEqualByComparingTo(expected == PASSED ? "10" : "0");
        assertNotDecidableWithTotal(result, expected == PASSED ? 50 : 40);
    }

    @DisplayName("FAM448-C2.1 chuẩn biết chữ từ mức độ 1 trở lên, trừ người không có khả năng học tập")
    @ParameterizedTest(name = "người 40 tuổi, mức biết chữ {0}, miễn {1} → {2}")
    @CsvSource({"2, NONE, PASSED", "1, NONE, PASSED", "0, NONE, FAILED", ", NONE, FAILED", "0, UNABLE_TO_LEARN, PASSED",
            "0, ILLNESS, FAILED"})
    void literacyLevel(Integer literacyLevel, String exemption, CriterionStatus expected) {
        Map<String, Object> member = adult("Lê Văn Ba", "1985-05-05", literacyLevel, 1);
        member.put("exemption", exemption);

        assertStatus(evaluate(aHouseholdWith(member).build()), "FAM448-C2.1", expected);
    }

    @DisplayName("FAM448-C1.1 trẻ em trong độ tuổi phổ cập đều đến trường, trừ ốm đau, bệnh tật, không có khả năng học tập")
    @ParameterizedTest(name = "trẻ không đến trường, miễn {0} → {1}")
    @CsvSource({"NONE, FAILED", "ILLNESS, PASSED", "DISABILITY, PASSED", "UNABLE_TO_LEARN, PASSED"})
    void universalEducationOfChildren(String exemption, CriterionStatus expected) {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("birthDate", "2014-03-03");
        child.put("inUniversalEducationAge", true);
        child.put("attendingOrCompletedUniversalEducation", false);
        child.put("pupil", false);
        child.put("exemption", exemption);

        EvaluationResult result = evaluate(aHouseholdWith(child).build());

        assertStatus(result, "FAM448-C1.1", expected);
        assertNotDecidableWithTotal(result, expected == PASSED ? 50 : 40);
    }

    @DisplayName("FAM448-C1.2 kết quả học tập từ trung bình, hạnh kiểm từ khá (tiểu học: đạt yêu cầu)")
    @ParameterizedTest(name = "học lực {0}, hạnh kiểm {1} → {2}")
    @CsvSource({"EXCELLENT, GOOD, PASSED", "AVERAGE, FAIR, PASSED", "WEAK, GOOD, FAILED", "POOR, GOOD, FAILED",
            "GOOD, AVERAGE, FAILED", "GOOD, WEAK, FAILED", "MEETS_REQUIREMENTS, MEETS_REQUIREMENTS, PASSED",
            "BELOW_REQUIREMENTS, MEETS_REQUIREMENTS, FAILED", "MEETS_REQUIREMENTS, BELOW_REQUIREMENTS, FAILED"})
    void academicResultAndConduct(String academicResult, String conduct, CriterionStatus expected) {
        EvaluationResult result = evaluate(aHouseholdWith(pupil("Nguyễn Văn Út", "2012-08-08", academicResult, conduct))
                .build());

        assertStatus(result, "FAM448-C1.2", expected);
    }

    @DisplayName("FAM448-C1.3 trẻ em thật thà, lễ phép, tích cực tham gia hoạt động chung ở địa phương")
    @Test
    void childrenBehaviourIsTheAssessorsJudgement() {
        EvaluationResult result = evaluate(aHouseholdMeetingTheConfirmedItems()
                .with("childrenHonestPoliteAndActive", false).build());

        assertStatus(result, "FAM448-C1.3", FAILED);
        assertThat(criterion(result, "FAM448-C1.3").pointsAwarded()).isEqualByComparingTo("0");
        assertNotDecidableWithTotal(result, 40);
    }

    @DisplayName("FAM448-C2.2 hằng năm người lớn tham gia học ít nhất 01 nội dung")
    @ParameterizedTest(name = "người lớn học {0} nội dung → {1}")
    @CsvSource({"0, FAILED", "1, PASSED", "3, PASSED", ", FAILED"})
    void adultsLearnAtLeastOneContentAYear(Integer contents, CriterionStatus expected) {
        EvaluationResult result = evaluate(aHouseholdWith(adult("Phạm Thị Bốn", "1990-01-01", 2, contents)).build());

        assertStatus(result, "FAM448-C2.2", expected);
        assertThat(criterion(result, "FAM448-C2.2").unconfirmed()).isTrue();
    }

    @Test
    void evenAHouseholdFailingEveryConfirmedItemIsNotDecidable() {
        Map<String, Object> child = pupil("Nguyễn Văn Út", "2012-08-08", "WEAK", "AVERAGE");
        child.put("attendingOrCompletedUniversalEducation", false);

        EvaluationResult result = evaluate(aHouseholdWith(child, adult("Lê Văn Ba", "1985-05-05", 0, 0))
                .with("childrenHonestPoliteAndActive", false).build());

        for (String item : CONFIRMED) {
            assertStatus(result, item, FAILED);
        }
        assertNotDecidableWithTotal(result, 0);
    }

    @DisplayName("Mỗi thành viên phải khai báo có đang là học sinh và có trong độ tuổi phổ cập hay không: bỏ trống không được coi là \"không\"")
    @Test
    void aMemberWhoseSchoolStatusIsLeftOutIsRefusedNotCountedAsNoPupil() {
        Map<String, Object> child = pupil("Nguyễn Văn Út", "2012-08-08", "WEAK", "AVERAGE");
        child.remove("pupil");
        child.remove("inUniversalEducationAge");

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> evaluate(aHouseholdWith(child).build())).errors())
                .extracting(FieldError::field, FieldError::reason).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("facts.members[4].inUniversalEducationAge", Reason.MISSING),
                        org.assertj.core.groups.Tuple.tuple("facts.members[4].pupil", Reason.MISSING));
    }

    @DisplayName("Trẻ trong độ tuổi phổ cập không khai báo việc đi học: không có căn cứ để tính là đạt nội dung 1.1")
    @Test
    void aChildInUniversalEducationAgeWithoutAttendanceDataDoesNotMeetItem11() {
        Map<String, Object> child = pupil("Nguyễn Văn Út", "2012-08-08", "GOOD", "GOOD");
        child.remove("attendingOrCompletedUniversalEducation");

        EvaluationResult result = evaluate(aHouseholdWith(child).build());

        assertStatus(result, "FAM448-C1.1", FAILED);
        assertThat(criterion(result, "FAM448-C1.1").explanation()).contains("2/3 đạt");
    }

    @DisplayName("Ngày sinh không thể sau ngày tham chiếu")
    @ParameterizedTest(name = "ngày sinh {0} → {1}")
    @CsvSource({"2025-11-20, ACCEPTED", "2025-11-21, OUT_OF_RANGE", "2030-01-01, OUT_OF_RANGE", "1899-12-31, OUT_OF_RANGE"})
    void aBirthDateCannotPostdateTheReferenceDate(String birthDate, String expected) {
        Map<String, Object> baby = adult("Nguyễn Văn Bé", birthDate, null, null);

        if (expected.equals("ACCEPTED")) {
            assertThat(evaluate(aHouseholdWith(baby).build()).verdict()).isNotNull();
        } else {
            assertThat(catchThrowableOfType(InvalidInputException.class, () -> evaluate(aHouseholdWith(baby).build()))
                    .errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("facts.members[4].birthDate");
                        assertThat(error.reason().name()).isEqualTo(expected);
                    });
        }
    }
}
