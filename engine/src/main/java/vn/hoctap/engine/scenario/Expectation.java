package vn.hoctap.engine.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a scenario expects. Null fields are not checked.
 *
 * @param criteria expected status per criterion key ({@code id} or {@code id@level}), e.g. {@code PASSED}
 * @param errors   expected input errors as {@code field: reason}; when present, no result is expected
 */
public record Expectation(String generation, String outcome, Integer level, String rank, BigDecimal totalPoints,
        Map<String, String> criteria, List<Map.Entry<String, String>> errors) {

    public Expectation {
        criteria = Map.copyOf(criteria);
        errors = List.copyOf(errors);
    }
}
