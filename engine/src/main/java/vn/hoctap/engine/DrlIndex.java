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
 * Where each rule is written (DRL file and line) and which parameters its conditions name, read from the DRL sources
 * the kjar carries. The executable model does not keep rule resources, so the engine reads them here.
 */
final class DrlIndex {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern PARAMETER = Pattern.compile("Parameter\\s*\\(\\s*name\\s*==\\s*\"([^\"]+)\"");

    private final Map<String, Location> rules = new HashMap<>();

    DrlIndex(KjarContent content) {
        for (String path : content.paths("", ".drl")) {
            index(path, content.text(path).orElse(""));
        }
    }

    /** The location of rule {@code name} of DRL package {@code packageName}. */
    Optional<Location> locate(String packageName, String name) {
        return Optional.ofNullable(rules.get(packageName + "/" + name));
    }

    private void index(String path, String text) {
        String packageName = "";
        Location open = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher pkg = PACKAGE.matcher(lines[i]);
            if (pkg.find()) {
                packageName = pkg.group(1);
            }
            Matcher rule = RULE.matcher(lines[i]);
            if (rule.find()) {
                open = new Location(path, i + 1, new ArrayList<>());
                rules.put(packageName + "/" + rule.group(1), open);
            } else if (open != null && END.matcher(lines[i]).find()) {
                open = null;
            } else if (open != null) {
                Matcher parameter = PARAMETER.matcher(lines[i]);
                while (parameter.find()) {
                    open.parameters().add(parameter.group(1));
                }
            }
        }
    }

    /** A rule's DRL file, 1-based line, and the parameter names its conditions mention. */
    record Location(String file, int line, List<String> parameters) {

        String resource() {
            return file + ":" + line;
        }

        List<String> distinctParameters() {
            return List.copyOf(new LinkedHashSet<>(parameters));
        }
    }
}
