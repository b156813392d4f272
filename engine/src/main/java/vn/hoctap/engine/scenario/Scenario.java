package vn.hoctap.engine.scenario;

import java.time.LocalDate;
import java.util.Map;

/**
 * One bundled scenario.
 *
 * @param file the kjar entry it was read from
 */
public record Scenario(String name, String description, String file, String titleCode, String subjectId,
        LocalDate referenceDate, int assessmentYear, String provinceCode, Map<String, Object> input,
        Expectation expect) {
}
