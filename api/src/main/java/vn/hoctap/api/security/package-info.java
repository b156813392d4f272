/** Access control: HTTP Basic users and API keys from configuration, with the roles SUBMITTER, AUDITOR, POLICY_EDITOR, ADMIN. */
package vn.hoctap.api.security;
