package vn.hoctap.engine.schema;

/** One allowed code of a coded field and its official Vietnamese wording. */
public record AllowedValue(String code, String label) {
}
