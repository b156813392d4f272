/**
 * Quyết định — immutable decisions with their full trace, chained by re-evaluation (a new decision names the one it
 * supersedes), and the queries over current decisions and their history.
 */
package vn.hoctap.api.decision;
