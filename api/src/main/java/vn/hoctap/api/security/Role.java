package vn.hoctap.api.security;

/** Vai trò — who may do what. ADMIN implies every other role. */
public enum Role {
    /** Services that submit assessments (API keys or HTTP Basic). */
    SUBMITTER,
    /** Auditors who read decisions and their traces. */
    AUDITOR,
    /** Policy staff who manage rulesets and re-evaluate decisions. */
    POLICY_EDITOR,
    /** Administrators: everything, including the area registry. */
    ADMIN
}
