package vn.hoctap.engine;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * The metadata a criterion rule carries ({@code @criterionId}, {@code @levels}, {@code @source}, {@code @maxPoints},
 * {@code @inputs}, {@code @unconfirmed}, {@code @note}, {@code @informative}, {@code @province},
 * {@code @replaces}, {@code @wording}) plus where the rule is written. See {@code docs/kjar-contract.md}. A decision-table
 * row names its criterion in {@code @wording} (its rule name is Drools' {@code "<table>_<row>"}), and its inputs,
 * unless it says {@code @inputs}, are the fields its filled conditions name.
 *
 * @param levels  the levels it judges, or null for "every level of the generation"
 * @param wording the official wording: {@code @wording}, or the rule name without its leading id
 */
record RuleMeta(String ruleName, String packageName, String criterionId, List<Integer> levels, String source,
        BigDecimal maxPoints, boolean unconfirmed, String note, List<String> inputs, boolean informative,
        String province, List<String> replaces, DrlIndex.Location location, String wording) {

    static RuleMeta of(Rule rule, DrlIndex index) {
        Map<String, Object> meta = rule.getMetaData();
        String levels = text(meta, "levels");
        String maxPoints = text(meta, "maxPoints");
        DrlIndex.Location location = index.locate(rule.getPackageName(), rule.getName()).orElse(null);
        List<String> inputs = list(text(meta, "inputs"));
        if (inputs.isEmpty() && meta.get("inputs") == null && location != null && location.isTableRow()) {
            inputs = location.tableInputs();
        }
        String wording = text(meta, "wording");
        return new RuleMeta(rule.getName(), rule.getPackageName(), text(meta, "criterionId"),
                levels == null ? null : Arrays.stream(levels.split(",")).map(String::trim).map(Integer::valueOf).toList(),
                text(meta, "source"), maxPoints == null ? null : new BigDecimal(maxPoints),
                Boolean.parseBoolean(text(meta, "unconfirmed")), text(meta, "note"), inputs,
                Boolean.parseBoolean(text(meta, "informative")), text(meta, "province"), list(text(meta, "replaces")),
                location, wording != null ? wording : nameWithoutId(rule.getName()));
    }

    boolean isCriterion() {
        return criterionId != null;
    }

    private static String nameWithoutId(String ruleName) {
        int space = ruleName.indexOf(' ');
        return space < 0 ? ruleName : ruleName.substring(space + 1);
    }

    String resource() {
        return location == null ? null : location.resource();
    }

    List<String> parameters() {
        return location == null ? List.of() : location.parameters();
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isEmpty() ? null : text;
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
