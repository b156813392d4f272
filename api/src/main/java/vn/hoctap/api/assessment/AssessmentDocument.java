package vn.hoctap.api.assessment;

import java.time.Instant;
import java.time.LocalDate;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import vn.hoctap.api.decision.SubjectRef;

/**
 * Hồ sơ đánh giá — an accepted assessment exactly as submitted (after NFC normalisation), with the SHA-256 of its
 * canonical JSON. Immutable: written once, before its decision.
 */
@org.springframework.data.mongodb.core.mapping.Document("assessments")
public record AssessmentDocument(@Id String id, String titleCode, SubjectRef subject, int assessmentYear,
        LocalDate referenceDate, Document facts, @Indexed String inputSha256, String submittedBy, Instant submittedAt) {
}
