/**
 * Bundled scenarios (OpenFisca-style tests as data inside the kjar): inputs, a reference date and the expected
 * outcome per criterion and overall. They run in the kjar's build and gate the activation of a ruleset.
 */
package vn.hoctap.engine.scenario;
