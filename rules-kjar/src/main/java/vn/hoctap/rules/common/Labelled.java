package vn.hoctap.rules.common;

/**
 * Implemented by the kjar's enumerations of allowed values, so that the engine can publish the official
 * Vietnamese wording of each code (part of the kjar contract).
 */
public interface Labelled {

    /** Official Vietnamese wording of the value, never null. */
    String label();
}
