package vn.hoctap.engine;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.csv.CsvParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;
import vn.hoctap.engine.ruleset.RulesetProblem;
import vn.hoctap.engine.ruleset.RulesetProblem.Kind;

/**
 * The decision tables a kjar carries (spreadsheets KIE compiles: {@code .drl.xlsx}, {@code .drl.xls}, {@code .drl.csv};
 * a plain {@code .csv} or {@code .xlsx} is only carried, never compiled), read twice: compiled to
 * DRL the way KIE compiles them, so that the DRL index and the static check see the rules they become; and cell by
 * cell, so that every rule is traced back to its row and every problem names its cell ({@code Tiêu chí!D12}). Drools
 * names the rule of a table row {@code "<table name>_<row number>"}; that name ties each rule to its row. Only the first
 * worksheet of a workbook is read, as Drools compiles only that one. See {@code docs/kjar-contract.md} §4a.
 */
final class DecisionTables {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)_(\\d+)\"");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
    /**
     * A field a condition names: an identifier not preceded by a dot, {@code $} or a letter, not followed by an opening
     * parenthesis ({@code childrenInSchool >= $param}, {@code !pupil}, {@code members.size() >= $param},
     * {@code learned * 100 >= members * $param}).
     */
    private static final Pattern FIELD = Pattern.compile("(?<![\\w.$])([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");
    private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "matches", "contains", "memberOf",
            "soundslike", "in", "not", "str", "excludes", "after", "before", "instanceof", "new");
    /** The key of a metadata column: {@code criterionId("$param")}, {@code @source($param)}. */
    private static final Pattern METADATA_KEY = Pattern.compile("^\\s*@?\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    private static final String CONTEXT = "Context";

    private final List<Table> tables = new ArrayList<>();
    private final List<RulesetProblem> problems = new ArrayList<>();

    private DecisionTables() {
    }

    /** Whether a kjar entry is a decision table KIE compiles (its resource type DTABLE: *.drl.xls, .drl.xlsx, .drl.csv). */
    static boolean isTable(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".drl.xls") || lower.endsWith(".drl.xlsx") || lower.endsWith(".drl.csv");
    }

    /** Every decision table of the kjar; a table that cannot be read or compiled is a problem of its file. */
    static DecisionTables read(KjarContent content) {
        DecisionTables found = new DecisionTables();
        for (String path : content.paths()) {
            if (isTable(path)) {
                content.entry(path).ifPresent(bytes -> found.read(path, bytes));
            }
        }
        return found;
    }

    List<Table> tables() {
        return List.copyOf(tables);
    }

    /** Problems found while reading or compiling the tables. */
    List<RulesetProblem> problems() {
        return List.copyOf(problems);
    }

    /** The row a rule was generated from, by DRL package and rule name. */
    Optional<Row> row(String packageName, String ruleName) {
        for (Table table : tables) {
            if (table.packageName().equals(packageName)) {
                for (Row row : table.rows()) {
                    if (row.ruleName().equals(ruleName)) {
                        return Optional.of(row);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The table compiled from {@code path}, if any. */
    Optional<Table> table(String path) {
        return tables.stream().filter(table -> table.path().equals(path)).findFirst();
    }

    /**
     * A compile error KIE reported on a table, said at the row of the rule whose generated DRL line it names (the
     * table's first cell when no rule contains that line).
     */
    RulesetProblem locate(String path, int drlLine, String message) {
        Optional<Table> table = table(path);
        if (table.isEmpty()) {
            return new RulesetProblem(Kind.COMPILATION, path, drlLine, message);
        }
        Optional<Row> row = table.get().rowAtDrlLine(drlLine);
        Cell cell = row.map(Row::first).orElse(table.get().start());
        return new RulesetProblem(Kind.COMPILATION, path, cell.row() + 1, cell.address() + row.map(r -> " (rule \""
                + r.ruleName() + "\")").orElse("") + ": " + message.strip());
    }

    /**
     * The checks the table's own layout allows, each naming its cell: a condition on a field the pattern's record
     * lacks, a criterion id given twice in a table (for one province), a criterion row without a legal source, and a
     * provincial row whose {@code province} metadata is not the province its Context condition guards on.
     *
     * @param typeOf the class of a pattern type named in a table of a package: {@code (package, type name)}, or empty
     *               when the engine does not know it (then KIE's compilation reports it)
     */
    List<RulesetProblem> check(BiFunction<String, String, Optional<Class<?>>> typeOf) {
        List<RulesetProblem> found = new ArrayList<>();
        for (Table table : tables) {
            unknownFields(table, typeOf, found);
            criterionRows(table, found);
        }
        return found;
    }

    private static void unknownFields(Table table, BiFunction<String, String, Optional<Class<?>>> typeOf,
            List<RulesetProblem> found) {
        for (Column column : table.columns().values()) {
            if (!column.isCondition() || column.patternType().isEmpty()) {
                continue;
            }
            Optional<Class<?>> type = typeOf.apply(table.packageName(), column.patternType());
            if (type.isEmpty()) {
                continue;
            }
            Set<String> fields = fields(type.get());
            if (!column.code().isBlank()) {
                column.fields().stream().filter(field -> !fields.contains(field)).forEach(field -> {
                    List<String> used = table.rows().stream().map(row -> row.cell(column.index()))
                            .flatMap(Optional::stream).map(Cell::address).toList();
                    found.add(problem(table, column.codeCell(), "the condition \"" + column.code().strip()
                            + "\" names field '" + field + "' which " + type.get().getSimpleName()
                            + " does not have (fields: " + String.join(", ", fields) + ")"
                            + (used.isEmpty() ? "" : "; rows using it: " + String.join(", ", used))));
                });
            } else {
                for (Row row : table.rows()) {
                    row.cell(column.index()).ifPresent(cell -> fieldsOf(cell.text()).stream()
                            .filter(field -> !fields.contains(field))
                            .forEach(field -> found.add(problem(table, cell, "the condition \"" + cell.text().strip()
                                    + "\" names field '" + field + "' which " + type.get().getSimpleName()
                                    + " does not have (fields: " + String.join(", ", fields) + ")"))));
                }
            }
        }
    }

    private static void criterionRows(Table table, List<RulesetProblem> found) {
        Optional<Column> id = table.metadata("criterionId");
        if (id.isEmpty()) {
            return;
        }
        Optional<Column> source = table.metadata("source");
        Optional<Column> province = table.metadata("province");
        Map<String, Cell> seen = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            Optional<Cell> idCell = row.cell(id.get().index());
            if (idCell.isEmpty()) {
                continue;
            }
            String criterion = idCell.get().text().strip();
            String provinceCode = province.flatMap(column -> row.cell(column.index())).map(Cell::text).map(String::strip)
                    .orElse("");
            Cell earlier = seen.putIfAbsent(criterion + "\u0000" + provinceCode, idCell.get());
            if (earlier != null) {
                found.add(problem(table, idCell.get(), "criterion id " + criterion + " is already given in "
                        + earlier.address() + (provinceCode.isEmpty() ? "" : " for province " + provinceCode)
                        + ": one row per criterion"));
            }
            if (source.isEmpty()) {
                found.add(problem(table, idCell.get(), "criterion " + criterion + " has no legal source: the table has"
                        + " no source column (METADATA source(\"$param\"))"));
            } else if (row.cell(source.get().index()).isEmpty()) {
                found.add(problem(table, table.cellAt(row.row(), source.get().index()), "criterion " + criterion
                        + " has no legal source (column \"" + source.get().label() + "\" is empty)"));
            }
            if (!provinceCode.isEmpty() && !row.guardedProvinces().contains(provinceCode)) {
                found.add(problem(table, table.cellAt(row.row(), province.get().index()), "criterion " + criterion
                        + " is marked for province " + provinceCode + " but no Context condition of its row guards on "
                        + "provinceCode == \"" + provinceCode + "\""));
            }
        }
    }

    private static RulesetProblem problem(Table table, Cell cell, String message) {
        return new RulesetProblem(Kind.CONTRACT, table.path(), cell.row() + 1, cell.address() + ": " + message);
    }

    /** The fields a pattern on {@code type} may name: a record's components, otherwise its bean properties. */
    static Set<String> fields(Class<?> type) {
        Set<String> fields = new LinkedHashSet<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.add(component.getName());
            }
            return fields;
        }
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            if (name.startsWith("get") && name.length() > 3) {
                fields.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
            } else if (name.startsWith("is") && name.length() > 2) {
                fields.add(Character.toLowerCase(name.charAt(2)) + name.substring(3));
            }
        }
        return fields;
    }

    /** The fields a condition names, in order, each once (string literals and keywords left out). */
    static List<String> fieldsOf(String condition) {
        Set<String> fields = new LinkedHashSet<>();
        Matcher matcher = FIELD.matcher(STRING.matcher(condition).replaceAll("\"\""));
        while (matcher.find()) {
            if (!KEYWORDS.contains(matcher.group(1))) {
                fields.add(matcher.group(1));
            }
        }
        return List.copyOf(fields);
    }

    private void read(String path, byte[] bytes) {
        boolean csv = path.toLowerCase(Locale.ROOT).endsWith(".csv");
        String drl;
        Grid grid;
        try {
            grid = new Grid(csv ? null : firstSheetName(bytes));
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), csv ? InputType.CSV : InputType.XLS);
            if (csv) {
                new CsvParser(grid, new CsvLineParser()).parseFile(new ByteArrayInputStream(bytes));
            } else {
                new ExcelParser(grid).parseFile(new ByteArrayInputStream(bytes));
            }
        } catch (RuntimeException e) {
            problems.add(new RulesetProblem(Kind.COMPILATION, path, 0, "the decision table cannot be read: "
                    + e.getMessage()));
            return;
        }
        String packageName = "";
        for (String line : drl.split("\n")) {
            Matcher pkg = PACKAGE.matcher(line);
            if (pkg.find()) {
                packageName = pkg.group(1);
                break;
            }
        }
        Map<String, List<Integer>> rowsByTable = new LinkedHashMap<>();
        Map<String, Integer> drlLines = new LinkedHashMap<>();
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher rule = RULE.matcher(lines[i]);
            if (rule.find()) {
                rowsByTable.computeIfAbsent(rule.group(1), name -> new ArrayList<>())
                        .add(Integer.parseInt(rule.group(2)) - 1);
                drlLines.put(rule.group(1) + "_" + rule.group(2), i + 1);
            }
        }
        for (Map.Entry<Integer, TreeMap<Integer, String>> line : grid.cells.entrySet()) {
            for (Map.Entry<Integer, String> cell : line.getValue().entrySet()) {
                String text = cell.getValue().strip();
                if (text.regionMatches(true, 0, "RuleTable", 0, "RuleTable".length())) {
                    String name = text.substring("RuleTable".length()).strip();
                    tables.add(Table.of(path, packageName, drl, grid, line.getKey(), cell.getKey(), name,
                            rowsByTable.getOrDefault(name, List.of()), drlLines));
                }
            }
        }
    }

    private static String firstSheetName(byte[] workbook) {
        try (org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new ByteArrayInputStream(workbook))) {
            return book.getNumberOfSheets() == 0 ? "" : book.getSheetName(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The cells of the first worksheet, as the Drools parsers report them. */
    static final class Grid implements DataListener {

        private final TreeMap<Integer, TreeMap<Integer, String>> cells = new TreeMap<>();
        private final String sheet;
        private int sheets;

        Grid(String sheet) {
            this.sheet = sheet;
        }

        @Override
        public void startSheet(String name) {
            sheets++;
        }

        @Override
        public void finishSheet() {
        }

        @Override
        public void newRow(int row, int columns) {
        }

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (sheets <= 1 && value != null && !value.isBlank()) {
                cells.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value);
            }
        }

        String text(int row, int column) {
            TreeMap<Integer, String> line = cells.get(row);
            return line == null ? "" : line.getOrDefault(column, "");
        }
    }

    /** One cell, by 0-based row and column; {@code sheet} is null for a CSV file. */
    record Cell(String sheet, int row, int column, String text) {

        /** The spreadsheet address: {@code Tiêu chí!D12}, or {@code D12} in a CSV file. */
        String address() {
            return (sheet == null || sheet.isEmpty() ? "" : sheet + "!") + letters(column) + (row + 1);
        }

        static String letters(int column) {
            StringBuilder letters = new StringBuilder();
            for (int n = column + 1; n > 0; n = (n - 1) / 26) {
                letters.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return letters.toString();
        }
    }

    /**
     * One column of a rule table: its kind (CONDITION, ACTION, METADATA, …), the pattern it constrains (conditions),
     * its code snippet and the human label under it.
     */
    record Column(int index, String kind, String objectType, String code, String label, Cell codeCell) {

        boolean isCondition() {
            return kind.toUpperCase(Locale.ROOT).startsWith("C");
        }

        boolean isMetadata() {
            return kind.toUpperCase(Locale.ROOT).startsWith("METADATA") || kind.startsWith("@");
        }

        /** The pattern's type: {@code $h : HouseholdAssessment} → {@code HouseholdAssessment}. */
        String patternType() {
            String type = objectType.strip();
            int colon = type.indexOf(':');
            if (colon >= 0) {
                type = type.substring(colon + 1).strip();
            }
            int paren = type.indexOf('(');
            return (paren >= 0 ? type.substring(0, paren) : type).strip();
        }

        List<String> fields() {
            return fieldsOf(code);
        }

        Optional<String> metadataKey() {
            Matcher matcher = METADATA_KEY.matcher(code);
            return isMetadata() && matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
    }

    /** One row of a rule table: the rule Drools generated from it and its filled cells. */
    record Row(Table table, int row, String ruleName, int drlLine) {

        Optional<Cell> cell(int column) {
            String text = table.grid().text(row, column);
            return text.isBlank() ? Optional.empty() : Optional.of(table.cellAt(row, column));
        }

        /** The row's first cell (the rule table's first column). */
        Cell first() {
            return table.cellAt(row, table.start().column());
        }

        /**
         * The input fields the row's conditions read: the leading field of every filled condition cell on a pattern
         * other than the Context and parameters, in column order.
         */
        List<String> inputs() {
            Set<String> inputs = new LinkedHashSet<>();
            for (Column column : table.columns().values()) {
                if (!column.isCondition() || CONTEXT.equals(column.patternType())
                        || "Parameter".equals(column.patternType())) {
                    continue;
                }
                cell(column.index()).ifPresent(cell -> inputs.addAll(column.code().isBlank() ? fieldsOf(cell.text())
                        : column.fields()));
            }
            return List.copyOf(inputs);
        }

        /** The province codes the row's Context conditions guard on ({@code provinceCode == "$param"}). */
        Set<String> guardedProvinces() {
            Set<String> provinces = new LinkedHashSet<>();
            for (Column column : table.columns().values()) {
                if (column.isCondition() && CONTEXT.equals(column.patternType())
                        && column.fields().contains("provinceCode")) {
                    cell(column.index()).map(Cell::text).map(String::strip).map(text -> text.replace("\"", ""))
                            .ifPresent(provinces::add);
                }
            }
            return provinces;
        }
    }

    /**
     * One {@code RuleTable} of a decision table file: where it starts, its columns by index, and the rows Drools made
     * rules of.
     */
    record Table(String path, String packageName, String drl, Cell start, String name, Map<Integer, Column> columns,
            List<Row> rows, Grid grid) {

        static Table of(String path, String packageName, String drl, Grid grid, int row, int column, String name,
                List<Integer> ruleRows, Map<String, Integer> drlLines) {
            Map<Integer, Column> columns = new TreeMap<>();
            TreeMap<Integer, String> kinds = grid.cells.getOrDefault(row + 1, new TreeMap<>());
            for (Map.Entry<Integer, String> kind : kinds.tailMap(column, true).entrySet()) {
                int index = kind.getKey();
                columns.put(index, new Column(index, kind.getValue().strip(), grid.text(row + 2, index),
                        grid.text(row + 3, index), grid.text(row + 4, index),
                        new Cell(grid.sheet, row + 3, index, grid.text(row + 3, index))));
            }
            List<Row> rows = new ArrayList<>();
            Table table = new Table(path, packageName, drl, new Cell(grid.sheet, row, column, grid.text(row, column)),
                    name, columns, rows, grid);
            for (int ruleRow : ruleRows) {
                String ruleName = name + "_" + (ruleRow + 1);
                rows.add(new Row(table, ruleRow, ruleName, drlLines.getOrDefault(ruleName, 0)));
            }
            return table;
        }

        Cell cellAt(int row, int column) {
            return new Cell(grid.sheet, row, column, grid.text(row, column));
        }

        Optional<Column> metadata(String key) {
            return columns.values().stream().filter(column -> column.metadataKey().filter(key::equals).isPresent())
                    .findFirst();
        }

        /** The row whose generated rule contains DRL line {@code line} (1-based). */
        Optional<Row> rowAtDrlLine(int line) {
            Row found = null;
            for (Row row : rows) {
                if (row.drlLine() > 0 && row.drlLine() <= line && (found == null || row.drlLine() > found.drlLine())) {
                    found = row;
                }
            }
            return Optional.ofNullable(found);
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return path + " " + start.address() + " RuleTable " + name;
        }
    }
}
