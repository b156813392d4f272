/**
 * Benchmarks of the engine against a hand-written baseline: seeded generators of realistic subjects ({@code data}),
 * the same criteria in plain Java ({@code baseline}), the agreement check, the JMH benchmarks ({@code jmh}) and a plain
 * harness ({@link vn.hoctap.bench.Harness}). See BENCHMARKS.md at the repository root.
 */
package vn.hoctap.bench;
