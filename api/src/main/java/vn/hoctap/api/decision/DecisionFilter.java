package vn.hoctap.api.decision;

import java.time.LocalDate;

/**
 * Filters of a decision query; null fields do not filter.
 *
 * @param areaCode the area or any of its ancestors (a province code finds the decisions of all its communes)
 */
public record DecisionFilter(String titleCode, String areaCode, Integer assessmentYear, String outcome, Integer level,
        String rulesetVersion, LocalDate validOn) {
}
