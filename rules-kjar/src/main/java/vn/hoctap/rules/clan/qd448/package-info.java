/** Dòng họ học tập — provisional input under Quyết định 448/QĐ-KHVN, whose clan criteria are unconfirmed. */
package vn.hoctap.rules.clan.qd448;
