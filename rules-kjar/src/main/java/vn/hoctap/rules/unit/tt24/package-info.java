/** Đơn vị học tập cấp huyện, cấp tỉnh — input and shared criteria 1–2 of Thông tư 24/2023/TT-BGDĐT (levels 1 and 2). */
package vn.hoctap.rules.unit.tt24;
