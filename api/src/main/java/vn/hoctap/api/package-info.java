/** The hoctap HTTP service: Spring Boot wiring of the engine, MongoDB and the public API. */
package vn.hoctap.api;
