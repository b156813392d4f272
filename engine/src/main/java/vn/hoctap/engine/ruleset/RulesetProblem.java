package vn.hoctap.engine.ruleset;

/**
 * One reason a ruleset was refused: a compile error, a breach of the kjar contract, a bad parameter or descriptor
 * entry, or a bundled scenario whose expectations were not met.
 *
 * @param kind    what kind of check found it
 * @param file    the kjar entry concerned (e.g. {@code vn/hoctap/rules/commune/tt25/effects.drl}), or null
 * @param line    1-based line in that file, or 0 when unknown
 * @param message what is wrong, in plain words
 */
public record RulesetProblem(Kind kind, String file, int line, String message) {

    /** The check that found the problem. */
    public enum Kind {
        COMPILATION, DESCRIPTOR, CONTRACT, PARAMETER, SCENARIO, FORBIDDEN
    }

    @Override
    public String toString() {
        String where = file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ";
        return kind + " " + where + message;
    }
}
