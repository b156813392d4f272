/**
 * The input schema of a loaded ruleset, read from the kjar's input records, and the binding of JSON-like documents
 * to those records with a per-field account of everything wrong with them.
 */
package vn.hoctap.engine.schema;
