/**
 * Cộng đồng học tập cấp xã — points on the 15 criteria of Thông tư 44/2014/TT-BGDĐT (25/01/2015 to 11/02/2024), ranked
 * Tốt, Khá, Trung bình or Chưa đạt under its Điều 4.
 */
package vn.hoctap.rules.commune.tt44;
