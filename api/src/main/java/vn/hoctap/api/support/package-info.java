/** JSON helpers shared by the stores: canonical JSON for input checksums, and exact JSON ↔ BSON trees. */
package vn.hoctap.api.support;
