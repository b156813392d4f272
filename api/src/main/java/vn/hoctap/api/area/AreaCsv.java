package vn.hoctap.api.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hoctap.api.web.ApiException;
import vn.hoctap.api.web.FieldProblem;

/**
 * Reads area CSV (RFC 4180 quoting, UTF-8, header row, lines starting with '#' ignored). Columns: code, name, tier,
 * type, parentCode, validFrom, validTo, households, clans, villages, units, members, citizens.
 */
final class AreaCsv {

    static final List<String> COLUMNS = List.of("code", "name", "tier", "type", "parentCode", "validFrom", "validTo",
            "households", "clans", "villages", "units", "members", "citizens");

    private AreaCsv() {
    }

    static List<AreaRow> read(String text) {
        List<List<String>> records = parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            throw ApiException.validation(List.of(new FieldProblem("header", "MISSING", "the CSV has no header row")));
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<String> missing = COLUMNS.subList(0, 6).stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw ApiException.validation(List.of(new FieldProblem("header", "MISSING", "missing columns " + missing
                    + "; expected " + COLUMNS)));
        }
        Map<String, Integer> index = header.stream().collect(Collectors.toMap(Function.identity(), header::indexOf,
                (first, second) -> first));
        List<AreaRow> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Function<String, String> cell = column -> {
                Integer at = index.get(column);
                return at == null || at >= record.size() || record.get(at).isBlank() ? null : record.get(at).trim();
            };
            rows.add(new AreaRow(cell.apply("code"), cell.apply("name"), cell.apply("tier"), cell.apply("type"),
                    cell.apply("parentCode"), cell.apply("validFrom"), cell.apply("validTo"), cell.apply("households"),
                    cell.apply("clans"), cell.apply("villages"), cell.apply("units"), cell.apply("members"),
                    cell.apply("citizens")));
        }
        return rows;
    }

    private static List<List<String>> parse(String text) {
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
}
