/** Cộng đồng học tập cấp thôn — provisional input under Quyết định 448/QĐ-KHVN, whose village criteria are unconfirmed. */
package vn.hoctap.rules.village.qd448;
