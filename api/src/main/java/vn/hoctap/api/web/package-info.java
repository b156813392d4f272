/** Cross-cutting HTTP pieces: RFC 9457 problem details, request size limits and the problem-type documentation. */
package vn.hoctap.api.web;
