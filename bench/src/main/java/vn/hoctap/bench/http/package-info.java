/**
 * The service end to end over HTTP ({@link vn.hoctap.bench.http.HttpHarness}): the boot jar in a process of its own on
 * the embedded store, driven by the JDK's HTTP client with the seeded subjects of {@code vn.hoctap.bench.data}.
 */
package vn.hoctap.bench.http;
