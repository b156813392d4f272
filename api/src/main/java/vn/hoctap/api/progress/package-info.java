/**
 * Tiến độ thực hiện chỉ tiêu — plan targets (the shares of households, clans, villages, units, communes and citizens
 * that national and provincial plans set out to have recognised by a horizon year) kept as data, and the progress of
 * an area against them: current recognitions counted from the decision heads, eligible subjects from the area
 * registry.
 */
package vn.hoctap.api.progress;
