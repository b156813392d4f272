/** Cộng đồng học tập cấp xã — points per criterion under Thông tư 44/2014/TT-BGDĐT (to 11/02/2024). */
package vn.hoctap.rules.commune.tt44;
