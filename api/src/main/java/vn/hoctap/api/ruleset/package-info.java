/** The ruleset in service: loading the bundled kjar at start-up, recording every ruleset used, and reporting the active one. */
package vn.hoctap.api.ruleset;
