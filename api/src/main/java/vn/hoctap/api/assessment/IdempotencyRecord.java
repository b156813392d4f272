package vn.hoctap.api.assessment;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * The first use of an {@code Idempotency-Key} by a submitter: the key reserves an assessment id for one request body
 * (identified by the SHA-256 of its canonical JSON).
 *
 * @param id {@code <submitter>\n<key>}
 */
@org.springframework.data.mongodb.core.mapping.Document("idempotency_keys")
record IdempotencyRecord(@Id String id, String requestSha256, String assessmentId, Instant createdAt) {
}
