package vn.hoctap.api.area;

/**
 * One row of an area import (CSV columns or JSON fields of the same names), as text so that every bad value can be
 * reported with its row and field rather than failing the parse.
 */
public record AreaRow(String code, String name, String tier, String type, String parentCode, String validFrom,
        String validTo, String households, String clans, String villages, String units, String members,
        String citizens) {
}
