package vn.hoctap.api.title;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.hoctap.engine.ruleset.DecisionMethod;
import vn.hoctap.engine.ruleset.GenerationDefinition;
import vn.hoctap.engine.ruleset.LevelDefinition;
import vn.hoctap.engine.ruleset.RollupDefinition;
import vn.hoctap.engine.ruleset.RulesetId;
import vn.hoctap.engine.ruleset.TitleDefinition;
import vn.hoctap.engine.schema.AllowedValue;
import vn.hoctap.engine.schema.FieldSchema;
import vn.hoctap.engine.schema.InputSchema;

/**
 * The submission of one title for one generation as a JSON Schema (draft 2020-12): the body of
 * {@code POST /api/v1/assessments} with {@code facts} typed by the kjar's input schema — types, ranges, allowed codes
 * with their Vietnamese wording ({@code oneOf} of {@code const} and {@code title}), required fields, nested objects and
 * lists, and what JSON Schema cannot say as annotations: {@code x-unit}, {@code x-notAbove} (a sibling this value may
 * not exceed), {@code x-notAfterReferenceDate}, {@code x-rollup} (counted by the service from stored decisions when left
 * out). It carries one generated example ({@code examples}) that the schema and the service both accept, given a
 * subject area of the title's tier.
 */
final class JsonSchemas {

    static final String MEDIA_TYPE = "application/schema+json";
    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final String ID_PATTERN = "^[\\p{L}\\p{N}._:@/-]+$";
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final ObjectMapper json;

    JsonSchemas(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode submission(RulesetId ruleset, TitleDefinition title, GenerationDefinition generation, InputSchema schema,
            LocalDate referenceDate) {
        ObjectNode root = json.createObjectNode();
        root.put("$schema", DIALECT);
        root.put("$id", "/api/v1/titles/" + title.code() + "/schema?referenceDate=" + referenceDate);
        root.put("title", title.officialName() + " — " + generation.document());
        root.put("description", "Hồ sơ đánh giá \"" + title.officialName() + "\" theo " + generation.document()
                + (generation.documentTitle().isEmpty() ? "" : " (" + generation.documentTitle() + ")")
                + ", áp dụng cho ngày tham chiếu từ " + generation.effectiveFrom()
                + (generation.effectiveTo() == null ? "" : " đến " + generation.effectiveTo())
                + ". Bộ quy tắc " + ruleset.gav() + ".");
        root.put("type", "object");
        root.put("additionalProperties", false);
        ObjectNode properties = root.putObject("properties");
        properties.putObject("titleCode").put("const", title.code()).put("title", "Mã danh hiệu");
        properties.set("subject", subject());
        properties.putObject("assessmentYear").put("type", "integer").put("minimum", 2000).put("maximum", 2100)
                .put("title", "Năm đánh giá").put("description", "Năm dương lịch có số liệu được đánh giá (01/01 – 31/12)");
        properties.set("referenceDate", date("Ngày tham chiếu", "Ngày tự đánh giá hoặc lập hồ sơ; chọn bộ tiêu chí và "
                + "ngưỡng có hiệu lực. Bộ tiêu chí này áp dụng từ " + generation.effectiveFrom()
                + (generation.effectiveTo() == null ? "" : " đến " + generation.effectiveTo()), false));
        properties.set("facts", facts(schema.fields(), generation));
        List<Integer> levels = generation.decision().method() == DecisionMethod.LEVELS
                ? generation.decision().levels().stream().map(LevelDefinition::level).toList() : List.of();
        if (levels.size() > 1) {
            ObjectNode requested = properties.putObject("requestedLevel").put("title", "Mức độ đề nghị công nhận");
            ArrayNode oneOf = requested.putArray("oneOf");
            generation.decision().levels().forEach(level -> oneOf.addObject().put("const", level.level())
                    .put("title", level.label()));
            properties.putObject("acceptLowerLevel").put("type", "boolean")
                    .put("title", "Đề nghị cả mức độ thấp hơn nếu không đạt mức độ đề nghị")
                    .put("description", "Chỉ dùng cùng requestedLevel");
        }
        properties.set("decisionDate", date("Ngày quyết định công nhận", "Từ ngày này tính thời hạn bảo lưu; mặc định là "
                + "ngày ghi nhận quyết định; không trước ngày tham chiếu, không sau hôm nay", false));
        properties.set("filingDate", date("Ngày nộp hồ sơ", "Đối chiếu với hạn nộp hồ sơ của bộ quy tắc; không sau "
                + "ngày quyết định", false));
        ObjectNode overrides = properties.putObject("rollupOverrides").put("type", "object")
                .put("title", "Lý do dùng số liệu khai báo thay cho số liệu đếm từ quyết định đã lưu")
                .put("maxProperties", 20).put("additionalProperties", false);
        ObjectNode overrideFields = overrides.putObject("properties");
        generation.rollups().forEach(rollup -> overrideFields.putObject(rollup.field()).put("type", "string")
                .put("minLength", 1).put("maxLength", 1000).put("title", rollup.label()));
        root.putArray("required").add("titleCode").add("subject").add("assessmentYear").add("referenceDate")
                .add("facts");
        root.putArray("examples").add(example(title, generation, schema, referenceDate, levels));
        return root;
    }

    private ObjectNode subject() {
        ObjectNode subject = json.createObjectNode().put("type", "object").put("additionalProperties", false)
                .put("title", "Chủ thể được đánh giá");
        ObjectNode properties = subject.putObject("properties");
        properties.putObject("id").put("type", "string").put("minLength", 1).put("maxLength", 100)
                .put("pattern", ID_PATTERN).put("title", "Mã chủ thể (do bên gửi đặt, ổn định)");
        properties.putObject("name").put("type", "string").put("minLength", 1).put("maxLength", 300)
                .put("title", "Tên chủ thể");
        properties.putObject("areaCode").put("type", "string").put("minLength", 1).put("maxLength", 32)
                .put("title", "Mã đơn vị hành chính (GSO) trên sổ đăng ký, có hiệu lực vào ngày tham chiếu");
        ObjectNode memberOf = properties.putObject("memberOf").put("type", "array").put("maxItems", 20)
                .put("title", "Là thành viên của (mã chủ thể)");
        memberOf.putObject("items").put("type", "string").put("minLength", 1).put("maxLength", 100)
                .put("pattern", ID_PATTERN);
        subject.putArray("required").add("id").add("name").add("areaCode");
        return subject;
    }

    private ObjectNode facts(List<FieldSchema> fields, GenerationDefinition generation) {
        ObjectNode facts = object(fields, generation, true);
        facts.put("title", "Số liệu và kết quả đánh giá theo từng tiêu chí");
        return facts;
    }

    private ObjectNode object(List<FieldSchema> fields, GenerationDefinition generation, boolean top) {
        ObjectNode object = json.createObjectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode properties = object.putObject("properties");
        ArrayNode required = json.createArrayNode();
        for (FieldSchema field : fields) {
            properties.set(field.name(), field(field, generation, top, !field.required()));
            if (field.required()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            object.set("required", required);
        }
        return object;
    }

    private ObjectNode field(FieldSchema field, GenerationDefinition generation, boolean top, boolean nullable) {
        ObjectNode node = switch (field.type()) {
            case TEXT -> json.createObjectNode().put("type", "string");
            case INTEGER -> range(json.createObjectNode().put("type", "integer"), field);
            case DECIMAL -> range(json.createObjectNode().put("type", "number"), field);
            case BOOLEAN -> json.createObjectNode().put("type", "boolean");
            case DATE -> date(null, null, field.notAfterReferenceDate());
            case CODE -> codes(field.allowedValues());
            case LIST -> {
                ObjectNode list = json.createObjectNode().put("type", "array");
                list.set("items", field(field.items(), generation, false, false));
                yield list;
            }
            case OBJECT -> object(field.fields(), generation, false);
        };
        if (field.label() != null && !field.label().isBlank()) {
            node.put("title", field.label());
        }
        if (field.description() != null && !field.description().isBlank()) {
            node.put("description", field.description());
        }
        if (field.unit() != null && !field.unit().isBlank()) {
            node.put("x-unit", field.unit());
        }
        if (field.notAbove() != null) {
            node.put("x-notAbove", field.notAbove());
        }
        if (top) {
            generation.rollup(field.name()).ifPresent(rollup -> node.set("x-rollup", rollup(rollup)));
        }
        if (nullable) {
            if (node.has("oneOf")) {
                ((ArrayNode) node.get("oneOf")).addObject().put("type", "null");
            } else {
                node.set("type", json.createArrayNode().add(node.get("type").asText()).add("null"));
            }
        }
        return node;
    }

    private static ObjectNode range(ObjectNode node, FieldSchema field) {
        if (field.min() != null) {
            node.put("minimum", field.min());
        }
        if (field.max() != null) {
            node.put("maximum", field.max());
        }
        return node;
    }

    private ObjectNode date(String title, String description, boolean notAfterReferenceDate) {
        ObjectNode node = json.createObjectNode().put("type", "string").put("format", "date")
                .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$").put("x-earliest", EARLIEST.toString());
        if (title != null) {
            node.put("title", title);
        }
        if (description != null) {
            node.put("description", description);
        }
        node.put(notAfterReferenceDate ? "x-notAfterReferenceDate" : "x-notMoreThanAYearAfterReferenceDate", true);
        return node;
    }

    private ObjectNode codes(List<AllowedValue> allowed) {
        ObjectNode node = json.createObjectNode();
        ArrayNode oneOf = node.putArray("oneOf");
        allowed.forEach(value -> oneOf.addObject().put("const", value.code()).put("title", value.label()));
        return node;
    }

    private ObjectNode rollup(RollupDefinition rollup) {
        ObjectNode node = json.createObjectNode().put("label", rollup.label())
                .put("measure", rollup.measure().name()).put("relation", rollup.relation().name())
                .put("validOn", rollup.validOn().name()).put("declarable", rollup.declarable())
                .put("description", "Để trống: dịch vụ đếm từ các quyết định đã lưu; khai báo khác số đếm cần lý do "
                        + "trong rollupOverrides");
        ArrayNode of = node.putArray("of");
        rollup.of().forEach(of::add);
        if (rollup.minLevel() != null) {
            node.put("minLevel", rollup.minLevel());
        }
        return node;
    }

    private ObjectNode example(TitleDefinition title, GenerationDefinition generation, InputSchema schema,
            LocalDate referenceDate, List<Integer> levels) {
        ObjectNode example = json.createObjectNode();
        example.put("titleCode", title.code());
        example.putObject("subject").put("id", "vi-du-" + title.code().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .put("name", "Ví dụ " + title.officialName()).put("areaCode", "<mã đơn vị hành chính>");
        example.put("assessmentYear", Math.max(2000, referenceDate.getYear() - 1));
        example.put("referenceDate", referenceDate.toString());
        example.set("facts", exampleObject(schema.fields(), referenceDate));
        return example;
    }

    private ObjectNode exampleObject(List<FieldSchema> fields, LocalDate referenceDate) {
        ObjectNode object = json.createObjectNode();
        fields.stream().filter(FieldSchema::required)
                .forEach(field -> object.set(field.name(), exampleValue(field, referenceDate)));
        return object;
    }

    private com.fasterxml.jackson.databind.JsonNode exampleValue(FieldSchema field, LocalDate referenceDate) {
        return switch (field.type()) {
            case TEXT -> json.getNodeFactory().textNode("Ví dụ");
            case INTEGER, DECIMAL -> json.getNodeFactory().numberNode(field.min() != null ? field.min()
                    : field.max() != null && field.max().signum() < 0 ? field.max() : BigDecimal.ZERO);
            case BOOLEAN -> json.getNodeFactory().booleanNode(true);
            case DATE -> json.getNodeFactory().textNode(referenceDate.toString());
            case CODE -> json.getNodeFactory().textNode(field.allowedValues().get(0).code());
            case LIST -> json.createArrayNode().add(exampleValue(field.items(), referenceDate));
            case OBJECT -> exampleObject(field.fields(), referenceDate);
        };
    }
}
