package vn.hoctap.engine.schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * Description of one input field, published so that services can validate and the UI can build forms.
 *
 * @param min           smallest accepted number, or null
 * @param max           largest accepted number, or null
 * @param notAbove      name of a sibling field this value may not exceed, or null
 * @param allowedValues codes accepted by a CODE field (empty otherwise)
 * @param fields        sub-fields of an OBJECT field (empty otherwise)
 * @param items         schema of the items of a LIST field, or null
 * @param notAfterReferenceDate for a DATE field: it may not lie after the assessment's reference date
 */
public record FieldSchema(String name, FieldType type, String label, String description, String unit,
        boolean required, BigDecimal min, BigDecimal max, String notAbove, List<AllowedValue> allowedValues,
        List<FieldSchema> fields, FieldSchema items, boolean notAfterReferenceDate) {

    public FieldSchema {
        allowedValues = List.copyOf(allowedValues);
        fields = List.copyOf(fields);
    }
}
