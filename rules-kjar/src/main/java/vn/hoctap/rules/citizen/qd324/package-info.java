/** Công dân học tập — self-assessment input under Quyết định 324/QĐ-KHVN (2021–2030). */
package vn.hoctap.rules.citizen.qd324;
