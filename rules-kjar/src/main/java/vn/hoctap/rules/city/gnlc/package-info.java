/** Sẵn sàng gia nhập Mạng lưới thành phố học tập toàn cầu UNESCO — the membership checklist and key-feature self-rating. */
package vn.hoctap.rules.city.gnlc;
