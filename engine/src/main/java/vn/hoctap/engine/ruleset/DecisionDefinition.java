package vn.hoctap.engine.ruleset;

import java.util.List;

/**
 * The decision rule of one generation of criteria.
 *
 * @param levels                   graded levels, lowest first (method LEVELS); a single level for pass/fail titles
 * @param ranks                    ranks, best first (method POINTS)
 * @param failingRank              the rank given when no rank's minimum is reached (e.g. "Không đạt"), or null
 * @param requireNoFailedCriterion whether any failed criterion refuses recognition whatever the total
 * @param retentionYearsParameter  parameter holding how many years after the year of recognition the result is
 *                                 kept, or null
 * @param undecidableReason        when not null, the generation has no confirmed criteria set and every decision
 *                                 is "not decidable" for this reason unless rules supply criteria
 */
public record DecisionDefinition(DecisionMethod method, List<LevelDefinition> levels, List<RankDefinition> ranks,
        RankDefinition failingRank, boolean requireNoFailedCriterion, String retentionYearsParameter,
        String undecidableReason) {

    public DecisionDefinition {
        levels = List.copyOf(levels);
        ranks = List.copyOf(ranks);
    }

    /** The level numbers, lowest first. */
    public List<Integer> levelNumbers() {
        return levels.stream().map(LevelDefinition::level).toList();
    }
}
