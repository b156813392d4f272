/** Gia đình học tập — input of the household criteria of Quyết định 448/QĐ-KHVN (2016–2020). */
package vn.hoctap.rules.family.qd448;
