/**
 * Quyết định — immutable decisions with their full trace, chained by re-evaluation (a new decision names the one it
 * supersedes), and the queries over current decisions and their history. The current decision of each chain is a
 * derived head ({@code decision_heads}) that {@link vn.hoctap.api.decision.HeadReconciler} rebuilds from the decisions.
 */
package vn.hoctap.api.decision;
