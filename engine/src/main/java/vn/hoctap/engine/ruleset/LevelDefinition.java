package vn.hoctap.engine.ruleset;

/**
 * One graded level of a title, e.g. level 1 "Mức độ 1".
 *
 * @param code stable exchange code, e.g. {@code MUC_DO_1}
 */
public record LevelDefinition(int level, String code, String label) {
}
