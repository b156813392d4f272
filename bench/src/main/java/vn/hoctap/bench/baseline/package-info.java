/**
 * The baseline: the criteria of the three benchmarked titles hand-written in plain Java, from the same fact map the
 * engine receives to the same per-criterion status, observed counts, explanation and verdict. It shares no code with
 * the kjar's rules or the engine's outcome assembly; it receives only the parameter values (data) of the ruleset.
 */
package vn.hoctap.bench.baseline;
