/** Đơn vị học tập cấp huyện, cấp tỉnh — points per item under Thông tư 22/2020/TT-BGDĐT (to 25/01/2024). */
package vn.hoctap.rules.unit.tt22;
