/**
 * The hoctap rules engine: {@link vn.hoctap.engine.RuleEngine} loads a kjar into a {@link vn.hoctap.engine.Ruleset},
 * gates it on its bundled scenarios, and evaluates subjects with a full per-criterion explanation. Plain Java on the
 * KIE API: no Spring, no MongoDB, no compile-time knowledge of any title.
 */
package vn.hoctap.engine;
