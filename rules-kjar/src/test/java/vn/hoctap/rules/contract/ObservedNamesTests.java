package vn.hoctap.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.hoctap.engine.evaluation.CriterionOutcome;
import vn.hoctap.engine.evaluation.EvaluationRequest;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.schema.InvalidInputException;
import vn.hoctap.rules.common.CriterionResult;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * Every observed value a shipped rule records has a stable machine name next to its Vietnamese label: the result
 * refuses a value without one, and every criterion that fires in the bundled scenarios names all its values.
 */
class ObservedNamesTests {

    @Test
    void aResultRefusesAnObservedValueWithoutAMachineName() {
        assertThatThrownBy(() -> new CriterionResult(CriterionResult.PASSED, Map.of("Số công dân", 10L), Map.of(),
                "≥ 1", "", null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Số công dân");
    }

    @Test
    void aMachineNameIsCamelCase() {
        assertThatThrownBy(() -> new CriterionResult(CriterionResult.PASSED, Map.of("Số công dân", 10L),
                Map.of("Số công dân", "so_cong_dan"), "≥ 1", "", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoDifferentValuesMayNotShareAName() {
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("Tổng số (a)", 10L);
        observed.put("Tổng số (b)", 11L);
        assertThatThrownBy(() -> new CriterionResult(CriterionResult.PASSED, observed,
                Map.of("Tổng số (a)", "citizens", "Tổng số (b)", "citizens"), "", "", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("citizens");
    }

    @Test
    void oneInputReadByTwoPartsOfACriterionKeepsItsName() {
        Map<String, Object> observed = new LinkedHashMap<>();
        observed.put("Tỷ lệ A — tổng số", 10L);
        observed.put("Tỷ lệ B — tổng số", 10L);
        CriterionResult result = new CriterionResult(CriterionResult.PASSED, observed,
                Map.of("Tỷ lệ A — tổng số", "citizens", "Tỷ lệ B — tổng số", "citizens"), "", "", BigDecimal.ONE);

        assertThat(result.getObservedNames()).containsOnlyKeys("Tỷ lệ A — tổng số", "Tỷ lệ B — tổng số");
    }

    @TestFactory
    Stream<DynamicTest> everyObservedValueOfTheBundledScenariosHasAName() {
        return KjarUnderTest.ruleset().scenarios().stream()
                .map(scenario -> DynamicTest.dynamicTest(scenario.file() + " — " + scenario.name(), () -> {
                    EvaluationResult result;
                    try {
                        result = KjarUnderTest.ruleset().evaluate(new EvaluationRequest(scenario.titleCode(),
                                scenario.subjectId(), scenario.referenceDate(), scenario.assessmentYear(),
                                scenario.provinceCode(), scenario.input()));
                    } catch (InvalidInputException refused) {
                        return;
                    }
                    for (CriterionOutcome outcome : result.criteria()) {
                        Set<String> unnamed = new TreeSet<>(outcome.observed().keySet());
                        unnamed.removeAll(outcome.observedNames().keySet());
                        assertThat(unnamed).as(outcome.key() + " observed values without a name").isEmpty();
                    }
                }));
    }

    @Test
    void theBundledScenariosReachObservedValuesOfEveryTitle() {
        Set<String> titles = new TreeSet<>();
        for (var scenario : KjarUnderTest.ruleset().scenarios()) {
            try {
                EvaluationResult result = KjarUnderTest.ruleset().evaluate(new EvaluationRequest(scenario.titleCode(),
                        scenario.subjectId(), scenario.referenceDate(), scenario.assessmentYear(),
                        scenario.provinceCode(), scenario.input()));
                if (result.criteria().stream().anyMatch(outcome -> !outcome.observedNames().isEmpty())) {
                    titles.add(scenario.titleCode());
                }
            } catch (InvalidInputException refused) {
                // a scenario of refused input records no observed value
            }
        }
        assertThat(titles).hasSizeGreaterThanOrEqualTo(8);
    }
}
