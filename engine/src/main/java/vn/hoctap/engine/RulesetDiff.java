package vn.hoctap.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.hoctap.engine.parameter.ParameterDefinition;
import vn.hoctap.engine.parameter.ParameterValue;
import vn.hoctap.engine.ruleset.GenerationDefinition;
import vn.hoctap.engine.ruleset.TitleDefinition;
import vn.hoctap.engine.schema.FieldSchema;

/**
 * What changes from one ruleset to another, for the policy editor who must see it before activating: every file
 * added, removed or changed (text files with their changed lines), every parameter whose dated values changed (old →
 * new), every generation, input field and criterion added or removed. Immutable.
 *
 * @param files      by path: ADDED, REMOVED or CHANGED, with a line diff for text
 * @param parameters parameters whose definitions differ, with the old and new values
 * @param fields     input fields added or removed, per title and generation
 * @param criteria   criteria (id@level) added or removed, per title and generation
 */
public record RulesetDiff(String from, String to, List<FileChange> files, List<ParameterChange> parameters,
        List<Change> generations, List<Change> fields, List<Change> criteria) {

    /** Most changed lines listed per file. */
    static final int MAX_LINES = 400;

    /** A file of the kjar that differs; {@code lines} are "- old" / "+ new" lines with their line numbers. */
    public record FileChange(String path, String change, List<String> lines) {
    }

    /** A parameter that differs: its values (date, value, source) before and after, national and per province. */
    public record ParameterChange(String name, String label, String change, List<String> before, List<String> after) {
    }

    /** Something added or removed, where. */
    public record Change(String where, String change, String name) {
    }

    /** The differences between {@code from} and {@code to}. */
    public static RulesetDiff between(Ruleset from, Ruleset to) {
        return new RulesetDiff(from.id().toString(), to.id().toString(), files(from.content(), to.content()),
                parameters(from, to), generations(from, to), fields(from, to), criteria(from, to));
    }

    private static List<FileChange> files(KjarContent from, KjarContent to) {
        Set<String> paths = new TreeSet<>(from.paths());
        paths.addAll(to.paths());
        List<FileChange> changes = new ArrayList<>();
        for (String path : paths) {
            if (!KjarContent.identifies(path)) {
                continue;
            }
            byte[] before = from.entry(path).orElse(null);
            byte[] after = to.entry(path).orElse(null);
            if (before == null || after == null) {
                changes.add(new FileChange(path, before == null ? "ADDED" : "REMOVED", List.of()));
            } else if (!Arrays.equals(before, after)) {
                changes.add(new FileChange(path, "CHANGED", isText(path) ? lines(before, after) : List.of()));
            }
        }
        return changes;
    }

    private static boolean isText(String path) {
        return path.endsWith(".drl") || path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".xml")
                || path.endsWith(".properties") || path.endsWith(".csv");
    }

    /** A line diff from the longest common subsequence of the two texts' lines. */
    static List<String> lines(byte[] before, byte[] after) {
        String[] a = new String(before, StandardCharsets.UTF_8).split("\n", -1);
        String[] b = new String(after, StandardCharsets.UTF_8).split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while ((i < a.length || j < b.length) && lines.size() < MAX_LINES) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add("-" + (i + 1) + ": " + a[i++]);
            } else {
                lines.add("+" + (j + 1) + ": " + b[j++]);
            }
        }
        return lines;
    }

    private static List<ParameterChange> parameters(Ruleset from, Ruleset to) {
        Map<String, ParameterDefinition> before = byName(from);
        Map<String, ParameterDefinition> after = byName(to);
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<ParameterChange> changes = new ArrayList<>();
        for (String name : names) {
            List<String> old = describe(before.get(name));
            List<String> now = describe(after.get(name));
            if (!old.equals(now)) {
                ParameterDefinition any = after.getOrDefault(name, before.get(name));
                changes.add(new ParameterChange(name, any.label(), !before.containsKey(name) ? "ADDED"
                        : !after.containsKey(name) ? "REMOVED" : "CHANGED", old, now));
            }
        }
        return changes;
    }

    private static Map<String, ParameterDefinition> byName(Ruleset ruleset) {
        Map<String, ParameterDefinition> definitions = new LinkedHashMap<>();
        ruleset.parameters().definitions().forEach(definition -> definitions.put(definition.name(), definition));
        return definitions;
    }

    private static List<String> describe(ParameterDefinition definition) {
        if (definition == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        definition.values().forEach(value -> values.add(describe("", value)));
        definition.provinces().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(province ->
                province.getValue().forEach(value -> values.add(describe("tỉnh " + province.getKey() + ": ", value))));
        return values;
    }

    private static String describe(String scope, ParameterValue value) {
        return scope + "từ " + value.from() + ": " + (value.value() == null ? "(không có giá trị)" : value.value())
                + (value.unconfirmed() ? " (chưa xác nhận)" : "") + " — " + value.source();
    }

    private static List<Change> generations(Ruleset from, Ruleset to) {
        return added(generationKeys(from), generationKeys(to), "");
    }

    private static List<Change> fields(Ruleset from, Ruleset to) {
        List<Change> changes = new ArrayList<>();
        for (String generation : new TreeSet<>(generationKeys(to))) {
            if (generationKeys(from).contains(generation)) {
                String[] at = generation.split("/");
                changes.addAll(added(fieldNames(from.schema(at[0], at[1]).fields(), ""),
                        fieldNames(to.schema(at[0], at[1]).fields(), ""), generation));
            }
        }
        return changes;
    }

    private static List<Change> criteria(Ruleset from, Ruleset to) {
        List<Change> changes = new ArrayList<>();
        Set<String> generations = new TreeSet<>(generationKeys(from));
        generations.addAll(generationKeys(to));
        for (String generation : generations) {
            String[] at = generation.split("/");
            changes.addAll(added(criterionKeys(from, at), criterionKeys(to, at), generation));
        }
        return changes;
    }

    private static Set<String> criterionKeys(Ruleset ruleset, String[] generation) {
        Set<String> keys = new TreeSet<>();
        if (generationKeys(ruleset).contains(generation[0] + "/" + generation[1])) {
            ruleset.criteria(generation[0], generation[1]).stream()
                    .map(criterion -> criterion.key() + (criterion.province() == null ? "" : " (tỉnh "
                            + criterion.province() + ")") + " " + criterion.name())
                    .forEach(keys::add);
        }
        return keys;
    }

    private static Set<String> fieldNames(List<FieldSchema> fields, String prefix) {
        Set<String> names = new TreeSet<>();
        for (FieldSchema field : fields) {
            names.add(prefix + field.name() + " (" + field.type() + (field.required() ? "" : ", không bắt buộc") + ")");
            names.addAll(fieldNames(field.fields(), prefix + field.name() + "."));
            if (field.items() != null) {
                names.addAll(fieldNames(field.items().fields(), prefix + field.name() + "[]."));
            }
        }
        return names;
    }

    private static Set<String> generationKeys(Ruleset ruleset) {
        Set<String> keys = new TreeSet<>();
        for (TitleDefinition title : ruleset.titles()) {
            for (GenerationDefinition generation : title.generations()) {
                keys.add(title.code() + "/" + generation.id());
            }
        }
        return keys;
    }

    private static List<Change> added(Set<String> before, Set<String> after, String where) {
        List<Change> changes = new ArrayList<>();
        after.stream().filter(name -> !before.contains(name)).forEach(name -> changes.add(new Change(where, "ADDED", name)));
        before.stream().filter(name -> !after.contains(name))
                .forEach(name -> changes.add(new Change(where, "REMOVED", name)));
        return changes;
    }
}
