/** Cộng đồng học tập cấp tỉnh — input of the 4 criteria, 16 targets of Thông tư 25/2023/TT-BGDĐT. */
package vn.hoctap.rules.province.tt25;
