/**
 * Seeded generators of the benchmarked subjects: households for "Gia đình học tập" (Quyết định 448/QĐ-KHVN),
 * district-level units for "Đơn vị học tập" cấp huyện (Thông tư 24/2023/TT-BGDĐT) and communes for "Cộng đồng học tập"
 * cấp xã (Thông tư 25/2023/TT-BGDĐT), each placed in one of the real communes of the map in force from 01/07/2025
 * ({@link vn.hoctap.bench.data.AdminUnits}). The same seed gives the same subjects; the fact maps have exactly the
 * shape of the kjar's input schemas, so the engine accepts every one of them.
 */
package vn.hoctap.bench.data;
