/**
 * What a kjar declares about itself (titles, generations of criteria, decision rules), the identity of a loaded
 * ruleset, and the problems that make a ruleset unfit for service.
 */
package vn.hoctap.engine.ruleset;
