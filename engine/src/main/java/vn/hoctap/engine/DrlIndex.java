package vn.hoctap.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule is written (DRL file and line, or decision table and row) and which parameters its conditions name,
 * read from the DRL sources the kjar carries and from the DRL its decision tables compile to. The executable model
 * does not keep rule resources, so the engine reads them here. Comments are ignored; a condition may span lines.
 */
final class DrlIndex {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern PARAMETER = Pattern.compile("Parameter\\s*\\(\\s*name\\s*==\\s*\"([^\"]+)\"");
    /** A pattern on Parameter constrained by its name alone, e.g. {@code Parameter( name == "X" )}. */
    private static final Pattern PARAMETER_BY_NAME_ONLY =
            Pattern.compile("Parameter\\s*\\(\\s*name\\s*==\\s*\"[^\"]+\"\\s*\\)");
    private static final Pattern ANY_PARAMETER = Pattern.compile("\\bParameter\\b");

    private final Map<String, Location> rules = new HashMap<>();

    DrlIndex(KjarContent content) {
        this(content, DecisionTables.read(content));
    }

    DrlIndex(KjarContent content, DecisionTables tables) {
        for (String path : content.paths("", ".drl")) {
            index(path, content.text(path).orElse(""));
        }
        for (DecisionTables.Table table : tables.tables()) {
            index(table.path(), table.drl());
            for (DecisionTables.Row row : table.rows()) {
                String key = table.packageName() + "/" + row.ruleName();
                Location generated = rules.get(key);
                if (generated != null) {
                    rules.put(key, new Location(table.path(), row.row() + 1, generated.parameters(),
                            generated.onlyNamedParameters(), row.first().address(), row.inputs()));
                }
            }
        }
    }

    /** The location of rule {@code name} of DRL package {@code packageName}. */
    Optional<Location> locate(String packageName, String name) {
        return Optional.ofNullable(rules.get(packageName + "/" + name));
    }

    private void index(String path, String text) {
        String packageName = "";
        String open = null;
        int openLine = 0;
        StringBuilder body = new StringBuilder();
        String[] lines = withoutComments(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher pkg = PACKAGE.matcher(lines[i]);
            Matcher rule = RULE.matcher(lines[i]);
            if (open == null && pkg.find()) {
                packageName = pkg.group(1);
            } else if (open == null && rule.find()) {
                open = packageName + "/" + firstNonNull(rule.group(1), rule.group(2), rule.group(3));
                openLine = i + 1;
                body.setLength(0);
            } else if (open != null && END.matcher(lines[i]).find()) {
                rules.put(open, new Location(path, openLine, parameters(body), onlyNamedParameters(body), null,
                        List.of()));
                open = null;
            } else if (open != null) {
                body.append(lines[i]).append('\n');
            }
        }
    }

    private static List<String> parameters(CharSequence body) {
        List<String> names = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(body);
        while (parameter.find()) {
            names.add(parameter.group(1));
        }
        return List.copyOf(new LinkedHashSet<>(names));
    }

    /** Whether every mention of Parameter in the rule is a pattern that selects one parameter by its name alone. */
    private static boolean onlyNamedParameters(CharSequence body) {
        return count(ANY_PARAMETER, body) == count(PARAMETER_BY_NAME_ONLY, body);
    }

    private static int count(Pattern pattern, CharSequence body) {
        int count = 0;
        for (Matcher matcher = pattern.matcher(body); matcher.find(); ) {
            count++;
        }
        return count;
    }

    /** The text with {@code //} and block comments blanked out, keeping line breaks and string literals. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
            if (inString) {
                out.append(c);
                if (c == '\\' && next != '\0') {
                    out.append(next);
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c == '/' && next == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                out.append('\n');
            } else if (c == '/' && next == '*') {
                i += 2;
                while (i < text.length() && !(text.charAt(i) == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    /**
     * A rule's DRL file and 1-based line (or decision table and 1-based row), and the parameter names its conditions
     * mention (each once, in order).
     *
     * @param onlyNamedParameters whether the rule reads parameters only through patterns that select one by name, so
     *                            that {@code parameters} is every parameter it can match
     * @param cell                for a decision-table row, the address of its first cell ({@code Tiêu chí!A12});
     *                            null for DRL
     * @param tableInputs         for a decision-table row, the input fields its filled conditions name
     */
    record Location(String file, int line, List<String> parameters, boolean onlyNamedParameters, String cell,
            List<String> tableInputs) {

        String resource() {
            return cell == null ? file + ":" + line : file + "!" + cell;
        }

        boolean isTableRow() {
            return cell != null;
        }
    }
}
