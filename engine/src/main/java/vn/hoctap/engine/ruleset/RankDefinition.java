package vn.hoctap.engine.ruleset;

/**
 * One rank of a points-based title, best first, e.g. "Tốt" from the parameter {@code LU22.rank.good.minPoints}.
 *
 * @param minPointsParameter name of the dated parameter holding the rank's minimum total; a rank whose parameter has
 *                           no value in force makes the decision "not decidable"
 */
public record RankDefinition(String code, String label, String minPointsParameter) {
}
