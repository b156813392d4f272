/** Đơn vị học tập ở cơ sở thuộc xã quản lý — provisional input under Quyết định 448/QĐ-KHVN, whose criteria are unconfirmed. */
package vn.hoctap.rules.communeunit.qd448;
