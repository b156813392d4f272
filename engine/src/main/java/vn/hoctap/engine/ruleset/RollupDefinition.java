package vn.hoctap.engine.ruleset;

import java.util.List;

/**
 * Số liệu tổng hợp từ cấp dưới — an input field of a generation whose value is not typed in by the submitter but
 * counted from the recognition decisions already stored for lower-level subjects (or, for {@link Measure#EARLIEST_DECISION_DATE},
 * from the subject's own earlier decisions). The engine only reads and checks the declaration; the service that stores
 * decisions computes the value and the rules decide on it like on any other fact.
 *
 * @param field            the input field filled by the roll-up (an optional component: null when it cannot be counted)
 * @param label            what is counted, in Vietnamese
 * @param measure          what is computed over the matching decisions
 * @param of               the titles whose decisions are counted
 * @param minLevel         lowest level a counted recognition must have (titles with levels), or null for any
 * @param relation         which lower-level subjects belong to the subject assessed
 * @param childTier        for {@link Relation#CHILD_AREAS}: the tier of the child areas (COMMUNE, DISTRICT…)
 * @param validOn          the date on which a counted recognition must be valid
 * @param declarable       whether the submitter may declare the figure where this system holds no decision to count
 * @param denominatorField the input field holding the whole the count is a share of, or null
 * @param denominatorFrom  where the whole comes from
 * @param denominatorCount for {@link Denominator#AREA_COUNT}: which population of the area registry (households,
 *                         clans, villages, units, members, citizens)
 * @param source           the legal basis of the roll-up (and of its counting date)
 * @param note             a caveat for the auditor, or null
 */
public record RollupDefinition(String field, String label, Measure measure, List<String> of, Integer minLevel,
        Relation relation, String childTier, CountingDate validOn, boolean declarable, String denominatorField,
        Denominator denominatorFrom, String denominatorCount, String source, String note) {

    public RollupDefinition {
        of = List.copyOf(of);
    }

    /** What a roll-up computes. */
    public enum Measure {
        /** Số chủ thể được công nhận: distinct subjects (or child areas) holding a valid recognition. */
        COUNT,
        /** Ngày quyết định công nhận sớm nhất: of a recognition still valid (e.g. the Level-1 decision). */
        EARLIEST_DECISION_DATE
    }

    /** Which lower-level subjects belong to the subject assessed. */
    public enum Relation {
        /** The child areas of the subject's area of {@code childTier}, on the counting date (district → communes). */
        CHILD_AREAS,
        /** Every subject whose area lies within the subject's area (commune → its citizens). */
        WITHIN_AREA,
        /** Subjects that declare themselves members of the subject assessed ({@code subject.memberOf}). */
        MEMBERS,
        /** The subject itself, in other chains (earlier assessment years) of the counted titles. */
        SAME_SUBJECT
    }

    /** The date on which a counted recognition must be valid. */
    public enum CountingDate {
        /** 31 December of the assessment year (Thông tư 25/2023/TT-BGDĐT, Điều 9, 14, 19: số liệu tính đến 31/12). */
        END_OF_ASSESSMENT_YEAR,
        /** The reference date of the assessment (the dossier's date). */
        REFERENCE_DATE
    }

    /** Where the whole of a share comes from. */
    public enum Denominator {
        /** The number of child areas of {@code childTier} in the area registry on the counting date. */
        CHILD_AREAS,
        /** A population recorded for the subject's area in the area registry. */
        AREA_COUNT,
        /** Declared by the submitter (e.g. a unit's staff). */
        DECLARED
    }
}
