/**
 * Đánh giá — submitting assessments (one, or up to 10,000 in a batch), idempotent retries, and re-evaluating a
 * decision's assessment with the ruleset in service. Every accepted assessment is stored before its decision.
 */
package vn.hoctap.api.assessment;
