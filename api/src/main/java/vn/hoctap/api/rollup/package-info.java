/**
 * Số liệu tổng hợp từ cấp dưới — roll-ups: the input figures of a higher-level assessment that the kjar declares as
 * counted from the recognition decisions already stored below the subject (members holding "Công dân học tập", communes
 * recognised in a district, the subject's own Level-1 decision…), how they are counted and listed.
 */
package vn.hoctap.api.rollup;
