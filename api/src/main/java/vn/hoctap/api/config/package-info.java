/** Spring configuration: properties, the embedded MongoDB server, JSON settings and OpenAPI. */
package vn.hoctap.api.config;
