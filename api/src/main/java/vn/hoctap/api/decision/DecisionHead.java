package vn.hoctap.api.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * The current decision of a chain, with copies of the fields current-decision queries filter on. A derived index
 * kept beside the immutable decisions (one single-document upsert per new decision), not a record of its own: it can
 * be rebuilt from the decisions at any time. Its compound indexes match the filters of {@code GET /api/v1/decisions}
 * (area, title, year, newest first) and of the jobs (province, title, year, in chain order); a real MongoDB uses them,
 * the embedded server ignores non-unique indexes. The roll-up indexes match the four relations a higher level counts
 * its lower-level recognitions by ({@code vn.hoctap.api.rollup}): the subject's own area version, any area version on
 * its path, the subjects it is a member of, and the subject itself. The progress index matches the {@code $match} of
 * {@code GET /api/v1/progress} ({@code vn.hoctap.api.progress}): an area version on the path, the titles, assessment
 * years up to the one reported (equality first, then the range); for the country, {@code title_year_decided} serves.
 *
 * @param subjectKey   {@code areaCode|subjectId}: the subject across its chains (assessment years)
 * @param areaVersion  the version ({@code code@validFrom}) of the subject's own area on its reference date
 * @param areaVersions the versions of that area and its ancestors, province first
 * @param decisionDate the date of the recognition decision, from which {@code validUntil} runs
 */
@org.springframework.data.mongodb.core.mapping.Document("decision_heads")
@CompoundIndex(name = "area_title_year_decided", def = "{'areaPath': 1, 'titleCode': 1, 'assessmentYear': 1, 'decidedAt': -1}")
@CompoundIndex(name = "title_year_decided", def = "{'titleCode': 1, 'assessmentYear': 1, 'decidedAt': -1}")
@CompoundIndex(name = "province_title_year", def = "{'provinceCode': 1, 'titleCode': 1, 'assessmentYear': 1, '_id': 1}")
@CompoundIndex(name = "rollup_child_areas", def = "{'areaVersion': 1, 'titleCode': 1, 'outcome': 1}")
@CompoundIndex(name = "rollup_within_area", def = "{'areaVersions': 1, 'titleCode': 1, 'outcome': 1}")
@CompoundIndex(name = "rollup_members", def = "{'memberOf': 1, 'titleCode': 1, 'outcome': 1}")
@CompoundIndex(name = "rollup_same_subject", def = "{'subjectKey': 1, 'titleCode': 1}")
@CompoundIndex(name = "progress_area", def = "{'areaVersions': 1, 'titleCode': 1, 'assessmentYear': 1}")
public record DecisionHead(@Id String chainKey, String decisionId, int revision, String titleCode,
        @Indexed List<String> areaPath, String provinceCode, int assessmentYear, String outcome, Integer level,
        String rank, String rulesetVersion, String rulesetSha256, Instant decidedAt, String subjectKey,
        List<String> memberOf, String areaVersion, List<String> areaVersions, LocalDate decisionDate,
        LocalDate validUntil) {

    static DecisionHead of(DecisionDocument decision) {
        List<String> versions = decision.areaVersions();
        return new DecisionHead(decision.chainKey(), decision.id(), decision.revision(), decision.titleCode(),
                decision.areaPath(), decision.provinceCode(), decision.assessmentYear(), decision.outcome(),
                decision.level(), decision.rank(), decision.ruleset().version(), decision.ruleset().sha256(),
                decision.decidedAt(), subjectKey(decision.subject()), decision.subject().memberOf(),
                versions == null || versions.isEmpty() ? null : versions.get(versions.size() - 1), versions,
                decision.decisionDate(), decision.validUntil());
    }

    /**
     * The head of the decision's chain as stored in {@code decision_heads}: the one builder of head documents, used by
     * the writer when it advances a head and by {@link HeadReconciler} when it rebuilds one.
     */
    static Document document(DecisionDocument decision, MongoConverter converter) {
        Document head = new Document();
        converter.write(of(decision), head);
        head.remove("_class");
        return head;
    }

    /** One subject across its chains: the area it belongs to and the submitter's id for it. */
    public static String subjectKey(SubjectRef subject) {
        return subject.areaCode() + "|" + subject.id();
    }
}
