/** Cộng đồng học tập cấp huyện — input of the 4 criteria, 13 targets of Thông tư 25/2023/TT-BGDĐT. */
package vn.hoctap.rules.district.tt25;
