/** Cộng đồng học tập cấp xã — input of the 5 criteria, 15 targets of Thông tư 25/2023/TT-BGDĐT. */
package vn.hoctap.rules.commune.tt25;
