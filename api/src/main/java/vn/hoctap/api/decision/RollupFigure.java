package vn.hoctap.api.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Số liệu tổng hợp — one input figure of a decision that the service counted from the recognition decisions stored
 * below the subject (or that the submitter declared), with everything an auditor needs to recount it: the titles and
 * lowest level counted, the relation, the counting date, when it was counted, and the set of decisions counted
 * ({@code GET /api/v1/decisions/{id}/rollups/{field}} lists them). Part of the sealed decision.
 *
 * @param mode             COUNTED; DECLARED (this service holds no decision to count, the submitter's figure is used);
 *                         DECLARED_OVER_COUNTED (the submitter's figure replaces the count, for {@code reason});
 *                         NOT_COUNTABLE (nothing to count in, e.g. no child area of that tier on the counting date)
 * @param count            the count used (null for a date, or when not countable)
 * @param date             the date used (earliest decision date roll-ups), or null
 * @param counted          what the store counted (also when a declared figure was used instead)
 * @param countedDate      the date the store found (date roll-ups)
 * @param declared         the figure the submitter declared, or null
 * @param declaredBy       who declared it
 * @param reason           why a declared figure replaces the count ({@code rollupOverrides})
 * @param of               the titles whose current decisions were counted
 * @param minLevel         the lowest level counted, or null
 * @param relation         CHILD_AREAS, WITHIN_AREA, MEMBERS or SAME_SUBJECT
 * @param scope            what the relation is taken from: an area version ({@code code@validFrom}) or a subject id
 * @param countingDate     the date on which a counted recognition had to be valid
 * @param window           the query window in words
 * @param countedAt        when the store was read
 * @param decisionsCounted how many decisions were counted
 * @param decisionSetId    content id of the list of counted decision ids ({@code rollup_sets}), or null when none
 * @param denominatorField the input field holding the whole, or null
 * @param denominator      the whole used
 * @param denominatorFrom  CHILD_AREAS, AREA_COUNT (area registry) or DECLARED
 * @param registryDenominator the whole according to the area registry, when it has one
 * @param previous         on re-evaluation: the figure in the superseded decision ({@code count} or {@code date} as text)
 * @param changed          on re-evaluation: whether the figure differs from the superseded decision's
 * @param source           legal basis of the roll-up
 * @param notes            caveats (the reading of the counting date, a reform, a declared figure)
 */
public record RollupFigure(String field, String label, String mode, Long count, LocalDate date, Long counted,
        LocalDate countedDate, Long declared, String declaredBy, String reason, List<String> of, Integer minLevel,
        String relation, String scope, LocalDate countingDate, String window, Instant countedAt, int decisionsCounted,
        String decisionSetId, String denominatorField, Long denominator, String denominatorFrom,
        Long registryDenominator, String previous, Boolean changed, String source, List<String> notes) {

    /** The figure as text, for comparing two decisions. */
    public String valueText() {
        return count != null ? count.toString() : date != null ? date.toString() : "";
    }

    /** The same figure, compared with the one in the decision it supersedes. */
    public RollupFigure comparedWith(RollupFigure before) {
        String was = before == null ? null : before.valueText();
        return new RollupFigure(field, label, mode, count, date, counted, countedDate, declared, declaredBy, reason, of,
                minLevel, relation, scope, countingDate, window, countedAt, decisionsCounted, decisionSetId,
                denominatorField, denominator, denominatorFrom, registryDenominator, was,
                before == null ? null : !was.equals(valueText()), source, notes);
    }
}
