package vn.hoctap.api.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The progress of an area against its plan targets in a year: per title, the figures of the area as a whole and of
 * each child area in the registry.
 *
 * @param areaOn       the date the area's version (and its children and populations) is read on
 * @param countingDate 31/12 of the year: a recognition counts when it is valid on that day
 */
public record ProgressReport(String areaCode, String areaName, String areaVersion, String areaTier, LocalDate areaOn,
        int year, LocalDate countingDate, List<TitleProgress> titles) {

    /** Whether the area's rate reached the applicable target. */
    public enum Status {
        /** The rate is at or above the target (the lower bound of a band). */
        MET,
        /** The rate is below the target. */
        BELOW,
        /** A rate is known, but no plan target applies to the area, its province or the country. */
        NO_TARGET,
        /** No rate: the registry gives no eligible count for the area (or it is 0). */
        NO_POPULATION
    }

    /**
     * One title: what is counted ({@code measure}, the eligible subjects in Vietnamese), the area as a whole and its
     * child areas.
     */
    public record TitleProgress(String titleCode, String title, Measure measure, String eligibleSubjects,
            AreaProgress total, List<AreaProgress> children) {
    }

    /**
     * The figures of one area for one title.
     *
     * @param recognised   subjects of the area whose current decision recognised them (at {@code minLevel} or higher,
     *                     when the target sets a level), valid on the counting date; each subject once
     * @param assessed     subjects of the area with a current decision for an assessment in the year (any outcome)
     * @param eligible     the subjects eligible, from the registry; null when unknown
     * @param eligibleFrom {@code REGISTRY} (the area's own count), {@code CHILDREN_SUM} (the sum of its children's
     *                     counts), {@code REGISTRY_AREAS} (the number of areas of the tier in the registry), or null
     * @param rate         recognised ÷ eligible in percent (2 decimals); null when eligible is unknown or 0
     * @param gap          target − rate, in percentage points (positive: short of the target); null without both
     */
    public record AreaProgress(String areaCode, String areaName, String areaVersion, long recognised, long assessed,
            Long eligible, String eligibleFrom, Integer minLevel, BigDecimal rate, PlanTargetView target,
            BigDecimal gap, Status status, List<String> notes) {
    }
}
