package vn.hoctap.api.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.hoctap.api.decision.SubjectRef;
import vn.hoctap.api.support.JsonBson;

/** An accepted assessment and the ids of the decisions made on it, oldest first. */
public record AssessmentView(String id, String titleCode, SubjectRef subject, int assessmentYear,
        LocalDate referenceDate, JsonNode facts, String inputSha256, String submittedBy, Instant submittedAt,
        List<String> decisionIds) {

    static AssessmentView of(AssessmentDocument assessment, List<String> decisionIds) {
        return new AssessmentView(assessment.id(), assessment.titleCode(), assessment.subject(),
                assessment.assessmentYear(), assessment.referenceDate(), JsonBson.toNode(assessment.facts()),
                assessment.inputSha256(), assessment.submittedBy(), assessment.submittedAt(), decisionIds);
    }
}
