/** JMH benchmarks of the engine and the baseline; run them as BENCHMARKS.md shows. */
package vn.hoctap.bench.jmh;
