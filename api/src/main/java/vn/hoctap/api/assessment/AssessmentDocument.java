package vn.hoctap.api.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import vn.hoctap.api.decision.SubjectRef;

/**
 * Hồ sơ đánh giá — an accepted assessment exactly as submitted (after NFC normalisation), with the SHA-256 of its
 * canonical JSON. Immutable: written once, before its decision.
 *
 * @param requestedLevel   the level the dossier asks for, or null
 * @param acceptLowerLevel whether it also asks for a lower level, or null
 * @param decisionDate     the recognition decision's date as submitted, or null
 * @param filingDate       ngày nộp hồ sơ as submitted, or null
 * @param rollupOverrides  reasons for declared figures that replace counted ones, or null
 * @param evidence         the evidence cited, by input field name, or null
 */
@org.springframework.data.mongodb.core.mapping.Document("assessments")
public record AssessmentDocument(@Id String id, String titleCode, SubjectRef subject, int assessmentYear,
        LocalDate referenceDate, Document facts, @Indexed String inputSha256, String submittedBy, Instant submittedAt,
        Integer requestedLevel, Boolean acceptLowerLevel, LocalDate decisionDate, LocalDate filingDate,
        Map<String, String> rollupOverrides, Map<String, SubmitAssessmentRequest.Evidence> evidence) {

    /** The request this assessment was submitted as, with {@code facts} read back. */
    SubmitAssessmentRequest request(Map<String, Object> facts) {
        return new SubmitAssessmentRequest(titleCode, subject, assessmentYear, referenceDate, facts, requestedLevel,
                acceptLowerLevel, decisionDate, filingDate, rollupOverrides, evidence);
    }
}
