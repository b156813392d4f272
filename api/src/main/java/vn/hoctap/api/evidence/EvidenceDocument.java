package vn.hoctap.api.evidence;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * Tệp minh chứng — one evidence file's metadata. Its id is the SHA-256 of its bytes (content-addressed): the same bytes
 * uploaded again are the same evidence, under the name and uploader of the first upload. The bytes are in GridFS
 * (bucket {@value EvidenceStore#BUCKET}, file {@code gridFsId}). Immutable: written once, never updated or deleted.
 *
 * @param name        the original file name, NFC-normalised, without any folder
 * @param contentType the type detected from the bytes (which the declared type agreed with)
 * @param size        bytes
 */
@org.springframework.data.mongodb.core.mapping.Document("evidence")
public record EvidenceDocument(@Id String id, String name, String contentType, long size, String sha256,
        String gridFsId, String uploadedBy, Instant uploadedAt) {
}
