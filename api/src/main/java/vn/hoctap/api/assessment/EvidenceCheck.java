package vn.hoctap.api.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hoctap.api.decision.DecisionTrace;
import vn.hoctap.api.evidence.EvidenceDocument;
import vn.hoctap.api.evidence.EvidenceStore;
import vn.hoctap.api.web.FieldProblem;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.schema.InputSchema;

/**
 * Checks the {@code evidence} of an assessment and resolves it for the decision: each key must be a field of the input
 * schema in force, each entry names files or references or says {@code none: true} (never both), and each file must
 * have been uploaded. Problems are reported at {@code evidence.<field>…}.
 */
@Component
class EvidenceCheck {

    private final EvidenceStore store;

    EvidenceCheck(EvidenceStore store) {
        this.store = store;
    }

    /** The fields the dossier has no suitable evidence for ({@code none: true}). */
    static Set<String> withoutEvidence(SubmitAssessmentRequest request) {
        Set<String> none = new LinkedHashSet<>();
        if (request.evidence() != null) {
            request.evidence().forEach((field, entry) -> {
                if (entry != null && Boolean.TRUE.equals(entry.none())) {
                    none.add(field);
                }
            });
        }
        return none;
    }

    /** The evidence resolved by field name (empty when none is cited); problems found are added to {@code problems}. */
    Map<String, DecisionTrace.FieldEvidence> check(Ruleset ruleset, SubmitAssessmentRequest request,
            List<FieldProblem> problems) {
        if (request.evidence() == null || request.evidence().isEmpty()) {
            return Map.of();
        }
        Optional<InputSchema> schema = ruleset.schema(request.titleCode(), request.referenceDate());
        Set<String> ids = new LinkedHashSet<>();
        request.evidence().values().stream().filter(entry -> entry != null && entry.files() != null)
                .forEach(entry -> ids.addAll(entry.files()));
        Map<String, EvidenceDocument> known = store.findAll(ids);
        Map<String, DecisionTrace.FieldEvidence> resolved = new LinkedHashMap<>();
        request.evidence().forEach((field, entry) -> {
            String path = "evidence." + field;
            int before = problems.size();
            if (schema.isPresent() && schema.get().field(field).isEmpty()) {
                problems.add(new FieldProblem(path, "UNKNOWN_FIELD", "'" + field + "' is not a field of the input of "
                        + request.titleCode() + "; evidence is keyed by the field it supports"));
            }
            if (entry == null) {
                problems.add(new FieldProblem(path, "MISSING", "name files or references, or say none: true"));
                return;
            }
            List<String> files = entry.files() == null ? List.of() : entry.files();
            List<SubmitAssessmentRequest.Reference> references = entry.references() == null ? List.of()
                    : entry.references();
            boolean none = Boolean.TRUE.equals(entry.none());
            if (none && (!files.isEmpty() || !references.isEmpty())) {
                problems.add(new FieldProblem(path + ".none", "NOT_ALLOWED",
                        "none: true says there is no evidence; it cannot go with files or references"));
            } else if (!none && files.isEmpty() && references.isEmpty()) {
                problems.add(new FieldProblem(path, "MISSING", "name files or references, or say none: true"));
            }
            List<DecisionTrace.EvidenceFile> cited = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                EvidenceDocument file = known.get(files.get(i));
                if (file == null) {
                    problems.add(new FieldProblem(path + ".files[" + i + "]", "UNKNOWN_EVIDENCE", "no evidence file "
                            + files.get(i) + "; upload it first (POST /api/v1/evidence)"));
                } else {
                    cited.add(new DecisionTrace.EvidenceFile(file.id(), file.name(), file.contentType(), file.size(),
                            file.sha256()));
                }
            }
            if (problems.size() == before) {
                resolved.put(field, new DecisionTrace.FieldEvidence(field, cited.isEmpty() ? null : cited,
                        references.isEmpty() ? null : references.stream().map(reference -> new DecisionTrace.Reference(
                                reference.number(), reference.date(), reference.issuer(), reference.note())).toList(),
                        none ? Boolean.TRUE : null));
            }
        });
        return resolved;
    }
}
