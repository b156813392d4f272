package vn.hoctap.engine.schema;

import java.util.List;
import java.util.Optional;

/**
 * The input schema of one generation of a title in the loaded ruleset: the fields an assessment must supply.
 *
 * @param typeName fully qualified name of the input record in the kjar
 */
public record InputSchema(String titleCode, String generationId, String typeName, List<FieldSchema> fields) {

    public InputSchema {
        fields = List.copyOf(fields);
    }

    public Optional<FieldSchema> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }
}
