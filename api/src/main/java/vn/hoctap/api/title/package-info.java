/** Titles of the active ruleset, their generations of criteria, input schemas and criteria catalogues. */
package vn.hoctap.api.title;
