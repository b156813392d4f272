package vn.hoctap.engine.schema;

/** Kinds of input values, as published in the schema. */
public enum FieldType {
    TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, CODE, LIST, OBJECT
}
