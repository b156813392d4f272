package vn.hoctap.api.area;

/**
 * The counts roll-ups divide by (each may be unknown): households (hộ gia đình), clans (dòng họ), villages (thôn, tổ
 * dân phố), units (đơn vị), members of units (thành viên), citizens (công dân).
 */
public record AreaCounts(Long households, Long clans, Long villages, Long units, Long members, Long citizens) {
}
