package vn.hoctap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.engine.ClubRulesets.V1;
import static vn.hoctap.engine.ClubRulesets.club;
import static vn.hoctap.engine.ClubRulesets.request;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.evaluation.OutcomeKind;

class EvaluationTests {

    private static final LocalDate JUNE_2022 = LocalDate.of(2022, 6, 1);

    @Test
    void explainsACriterionWithObservedValueRequirementParameterAndSource() {
        EvaluationResult result = V1.evaluate(request(JUNE_2022, null, club(20, 9, 120)));

        CriterionOutcome readers = result.criterion("RC-01@1").orElseThrow();
        assertThat(readers.status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(readers.observed()).containsEntry("Số thành viên đọc thường xuyên", 9L);
        assertThat(readers.observedNames()).as("a kjar whose CriterionResult predates getObservedNames()").isEmpty();
        assertThat(readers.observedName("Số thành viên đọc thường xuyên")).isNull();
        assertThat(readers.required()).isEqualTo("≥ 10");
        assertThat(readers.inputs()).containsEntry("members", 20L).containsEntry("readers", 9L);
        assertThat(readers.ruleName()).isEqualTo("RC-01 Số thành viên đọc thường xuyên");
        assertThat(readers.name()).isEqualTo("Số thành viên đọc thường xuyên");
        assertThat(readers.resource()).isEqualTo("vn/hoctap/fixture/club/club.drl:7");
        assertThat(readers.legalSource()).isEqualTo("Quy định thử nghiệm 1/2020, Điều 2");
        assertThat(readers.parameters()).singleElement().satisfies(parameter -> {
            assertThat(parameter.name()).isEqualTo("CLUB.minReaders");
            assertThat(parameter.effectiveFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(parameter.source()).isEqualTo("Quy định thử nghiệm 1/2020, Điều 2");
            assertThat(parameter.scope()).isEqualTo("VN");
        });
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
        assertThat(result.ruleset()).isEqualTo(V1.id());
    }

    @Test
    void aCriterionWhoseRuleDidNotFireIsReportedFailedWithTheInputsItReads() {
        EvaluationResult result = V1.evaluate(request(JUNE_2022, null, club(20, 15, 0)));

        CriterionOutcome books = result.criterion("RC-02@1").orElseThrow();
        assertThat(books.fired()).isFalse();
        assertThat(books.status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(books.inputs()).containsEntry("books", 0L);
        assertThat(books.explanation()).contains("Không quy tắc nào");
        assertThat(books.ruleName()).isEqualTo("RC-02 Số đầu sách");
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.NOT_RECOGNISED);
    }

    @Test
    void aCriterionWhoseParameterHasNoValueInForceIsNotEvaluatedAndNamesTheParameter() {
        EvaluationResult result = V1.evaluate(request(JUNE_2022, null, club(20, 15, 120)));

        CriterionOutcome leader = result.criterion("RC-03@1").orElseThrow();
        assertThat(leader.status()).isEqualTo(CriterionStatus.NOT_EVALUATED);
        assertThat(leader.explanation()).contains("CLUB.minLeaders");
        assertThat(leader.unconfirmed()).isTrue();
        assertThat(leader.informative()).isTrue();
        assertThat(result.verdict().outcome()).isEqualTo(OutcomeKind.RECOGNISED);
    }

    @Test
    void theReferenceDateSelectsTheParameterValueInForce() {
        EvaluationResult before = V1.evaluate(request(LocalDate.of(2022, 12, 31), null, club(20, 15, 120)));
        EvaluationResult after = V1.evaluate(request(LocalDate.of(2023, 1, 1), null, club(20, 15, 120)));

        assertThat(before.criterion("RC-02@1").orElseThrow().status()).isEqualTo(CriterionStatus.PASSED);
        assertThat(after.criterion("RC-02@1").orElseThrow().status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(after.criterion("RC-02@1").orElseThrow().parameters().get(0).source())
                .isEqualTo("Quy định thử nghiệm 2/2022, Điều 1");
    }

    @Test
    void aProvinceVariantOverridesANationalParameterFromItsOwnDate() {
        EvaluationResult national = V1.evaluate(request(JUNE_2022, "01", club(20, 11, 120)));
        EvaluationResult bacNinh = V1.evaluate(request(JUNE_2022, "27", club(20, 11, 120)));
        EvaluationResult bacNinh2020 = V1.evaluate(request(LocalDate.of(2020, 6, 1), "27", club(20, 11, 120)));

        assertThat(national.criterion("RC-01@1").orElseThrow().status()).isEqualTo(CriterionStatus.PASSED);
        assertThat(bacNinh.criterion("RC-01@1").orElseThrow().status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(bacNinh.criterion("RC-01@1").orElseThrow().parameters().get(0).scope()).isEqualTo("27");
        assertThat(bacNinh2020.criterion("RC-01@1").orElseThrow().status()).isEqualTo(CriterionStatus.PASSED);
    }

    @Test
    void aProvinceVariantCanReplaceANationalCriterionWithItsOwn() {
        EvaluationResult national = V1.evaluate(request(JUNE_2022, "01", club(20, 15, 120)));
        EvaluationResult hoChiMinhCity = V1.evaluate(request(JUNE_2022, "79", club(20, 15, 120)));

        assertThat(national.criteria()).extracting(CriterionOutcome::criterionId).contains("RC-02").doesNotContain("RC-79");
        assertThat(hoChiMinhCity.criteria()).extracting(CriterionOutcome::criterionId).contains("RC-79").doesNotContain("RC-02");
        assertThat(hoChiMinhCity.criterion("RC-79@1").orElseThrow().status()).isEqualTo(CriterionStatus.PASSED);
    }

    @Test
    void recordsEveryRuleFiringWithTheParametersItMatched() {
        EvaluationResult result = V1.evaluate(request(JUNE_2022, null, club(20, 15, 120)));

        assertThat(result.trace()).extracting(firing -> firing.criterionId()).containsExactlyInAnyOrder("RC-01", "RC-02");
        assertThat(result.trace()).filteredOn(firing -> "RC-02".equals(firing.criterionId())).singleElement()
                .satisfies(firing -> {
                    assertThat(firing.parameters()).containsExactly("CLUB.minBooks");
                    assertThat(firing.facts()).contains("ClubAssessment", "Parameter");
                    assertThat(firing.results()).isEqualTo(1);
                });
    }

    @Test
    void manyThreadsEvaluatingAtOnceGetTheSameResultsAsOneThread() throws Exception {
        List<Long> readers = List.of(5L, 9L, 10L, 11L, 20L);
        List<EvaluationResult> expected = readers.stream().map(n -> V1.evaluate(request(JUNE_2022, "27", club(20, n, 120))))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int pick = i % readers.size();
                tasks.add(() -> V1.evaluate(request(JUNE_2022, "27", club(20, readers.get(pick), 120)))
                        .equals(expected.get(pick)));
            }
            for (Future<Boolean> same : pool.invokeAll(tasks)) {
                assertThat(same.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
