package vn.hoctap.api.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hoctap.api.support.BsonCanonical;

/**
 * Computes and checks decision seals ({@link Seal}). The hashes are defined over the document as stored, so that a
 * verifier needs only the database, the key and this definition:
 * <pre>
 * bodySha256 = SHA-256(canonical(document without "integrity", "revision", "supersedes")))
 * hash       = SHA-256(canonical({"version", "ledger", "seq", "decisionId", "revision", "supersedes",
 *                                  "bodySha256", "previousHash"}))
 * mac        = HMAC-SHA256(key[keyId], hash)
 * </pre>
 * with {@link BsonCanonical} as the canonical form. Thread-safe.
 */
@Component
public class Sealer {

    public static final List<String> UNSEALED_FIELDS = List.of("integrity", "revision", "supersedes");
    private static final Logger log = LoggerFactory.getLogger(Sealer.class);

    private final Map<String, byte[]> keys = new LinkedHashMap<>();
    private final String activeKey;

    Sealer(IntegrityProperties properties) {
        for (IntegrityProperties.Key key : properties.keys()) {
            if (key.id() == null || key.id().isBlank() || key.secret() == null) {
                throw new IllegalStateException("hoctap.integrity.keys: every key needs an id and a secret");
            }
            byte[] secret = key.secret().startsWith("base64:")
                    ? Base64.getDecoder().decode(key.secret().substring("base64:".length()))
                    : key.secret().getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) {
                throw new IllegalStateException("hoctap.integrity.keys: key '" + key.id()
                        + "' is shorter than 32 bytes");
            }
            if (keys.put(key.id(), secret) != null) {
                throw new IllegalStateException("hoctap.integrity.keys: key id '" + key.id() + "' is listed twice");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("No sealing key is configured: set hoctap.integrity.keys[0].id, "
                    + "hoctap.integrity.keys[0].secret and hoctap.integrity.active-key (README \"Guarantees\"), or start "
                    + "with --spring.profiles.active=local for a local trial");
        }
        if (properties.activeKey() == null || !keys.containsKey(properties.activeKey())) {
            throw new IllegalStateException("hoctap.integrity.active-key must name one of hoctap.integrity.keys "
                    + keys.keySet());
        }
        this.activeKey = properties.activeKey();
        log.info("Decisions are sealed with key '{}'; {} key(s) known for verification", activeKey, keys.size());
    }

    /** The hash of a stored document's body: everything but the seal and the chain fields. */
    public String bodySha256(Document stored) {
        Document body = new Document(stored);
        UNSEALED_FIELDS.forEach(body::remove);
        return BsonCanonical.sha256(body);
    }

    /** Seals a decision with the active key. */
    public Seal seal(String ledger, long seq, String decisionId, Integer revision, String supersedes, String bodySha256,
            String previousHash) {
        String hash = hash(Seal.VERSION, ledger, seq, decisionId, revision, supersedes, bodySha256, previousHash);
        return new Seal(Seal.VERSION, ledger, seq, bodySha256, previousHash, hash, activeKey, mac(activeKey, hash).orElseThrow());
    }

    /** The hash a seal of these fields must carry. */
    public String hash(int version, String ledger, long seq, String decisionId, Integer revision, String supersedes,
            String bodySha256, String previousHash) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", version);
        fields.put("ledger", ledger);
        fields.put("seq", seq);
        fields.put("decisionId", decisionId);
        fields.put("revision", revision);
        fields.put("supersedes", supersedes);
        fields.put("bodySha256", bodySha256);
        fields.put("previousHash", previousHash);
        return BsonCanonical.sha256(fields);
    }

    /** HMAC-SHA256 of {@code hash} with key {@code keyId}; empty when the key is unknown. */
    public Optional<String> mac(String keyId, String hash) {
        byte[] key = keyId == null ? null : keys.get(keyId);
        if (key == null) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Optional.of(BsonCanonical.hex(mac.doFinal(hash.getBytes(StandardCharsets.US_ASCII))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code mac} is the MAC of {@code hash} under {@code keyId} (constant-time comparison). */
    public boolean macMatches(String keyId, String hash, String mac) {
        return mac != null && mac(keyId, hash).map(expected -> MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), mac.getBytes(StandardCharsets.US_ASCII))).orElse(false);
    }

    public boolean knowsKey(String keyId) {
        return keys.containsKey(keyId);
    }

    public String activeKey() {
        return activeKey;
    }
}
