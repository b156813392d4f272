package vn.hoctap.api.area;

import java.util.List;
import vn.hoctap.api.support.Csv;

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
        return Csv.table(text, COLUMNS.subList(0, 6), COLUMNS).stream().map(cell -> new AreaRow(cell.get("code"),
                cell.get("name"), cell.get("tier"), cell.get("type"), cell.get("parentCode"), cell.get("validFrom"),
                cell.get("validTo"), cell.get("households"), cell.get("clans"), cell.get("villages"), cell.get("units"),
                cell.get("members"), cell.get("citizens"))).toList();
    }
}
