/**
 * Minh chứng — evidence files (GridFS, content-addressed by SHA-256, immutable) and the evidence an assessment cites
 * per input field.
 */
package vn.hoctap.api.evidence;
