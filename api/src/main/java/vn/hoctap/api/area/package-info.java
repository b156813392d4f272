/**
 * Đơn vị hành chính — the registry of provinces, districts, communes and villages with their validity periods (the
 * 2025 reform removed the district tier and reused codes) and the counts that roll-ups divide by.
 */
package vn.hoctap.api.area;
