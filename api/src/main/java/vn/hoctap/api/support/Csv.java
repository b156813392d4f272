package vn.hoctap.api.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.FieldProblem;

/**
 * CSV as the service reads and writes it: RFC 4180 quoting, comma-separated, UTF-8 with or without a byte order mark,
 * lines starting with '#' ignored on input.
 */
public final class Csv {

    /** The UTF-8 byte order mark, written first so that spreadsheet programs read the file as UTF-8. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /**
     * The data rows of {@code input} under its header row, each as column name → trimmed cell (null when blank or
     * absent). Columns may come in any order.
     *
     * @param required columns the header must name
     * @param expected every column the caller reads (named in the problem when one is missing)
     * @throws ApiException a validation problem on {@code header} when there is no header or it lacks a column
     */
    public static List<Map<String, String>> table(String input, List<String> required, List<String> expected) {
        List<List<String>> records = records(input);
        if (records.isEmpty()) {
            throw ApiException.validation(List.of(new FieldProblem("header", "MISSING", "the CSV has no header row")));
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<String> missing = required.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw ApiException.validation(List.of(new FieldProblem("header", "MISSING", "missing columns " + missing
                    + "; expected " + expected)));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String column : expected) {
                int at = header.indexOf(column);
                row.put(column, at < 0 || at >= record.size() || record.get(at).isBlank() ? null : record.get(at).trim());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The records of {@code input} (a leading byte order mark dropped, blank lines and '#' comment lines skipped). */
    public static List<List<String>> records(String input) {
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atLineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atLineStart && c == '#') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                continue;
            }
            atLineStart = false;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                if (!(record.size() == 1 && record.get(0).isBlank())) {
                    records.add(record);
                }
                record = new ArrayList<>();
                atLineStart = true;
            } else {
                field.append(c);
            }
        }
        record.add(field.toString());
        if (!(record.size() == 1 && record.get(0).isBlank())) {
            records.add(record);
        }
        return records;
    }

    /** One record: the cells joined by commas, each quoted when it holds a comma, a quote or a line break. */
    public static String line(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i).toString();
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.append("\r\n").toString();
    }
}
