/**
 * Evaluating subjects against the generation of criteria in force on their reference date: requests, the
 * per-criterion outcomes with their evidence, and the decision (level, rank or points) they lead to.
 */
package vn.hoctap.engine.evaluation;
