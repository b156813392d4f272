package vn.hoctap.engine.ruleset;

/** How the criteria outcomes of a generation turn into a decision. */
public enum DecisionMethod {
    /**
     * Pass/fail per target, graded levels (Thông tư 24/2023, 25/2023): level N is reached when every criterion
     * judged at level N is passed or not applicable.
     */
    LEVELS,
    /**
     * Points (Quyết định 448/QĐ-KHVN, Thông tư 22/2020, 44/2014, Quyết định 324/QĐ-KHVN): the total of awarded points
     * is placed in ranks whose minimum points are dated parameters.
     */
    POINTS
}
