/**
 * Long work on stored decisions — impact previews of a ruleset candidate and re-evaluations under the active version —
 * as Spring Batch jobs partitioned by province, shared between instances through leases in MongoDB.
 */
package vn.hoctap.api.job;
