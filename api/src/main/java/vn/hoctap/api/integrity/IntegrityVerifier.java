package vn.hoctap.api.integrity;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.hoctap.api.support.CanonicalJson;
import vn.hoctap.api.support.JsonBson;

/**
 * Checks decisions against their seals, one at a time or all of them: a decision whose content or seal was changed
 * ({@code ALTERED}), one whose MAC is not the key's ({@code FORGED}, {@code UNKNOWN_KEY}), one without a seal
 * ({@code UNSEALED}), a position of a ledger that holds no decision ({@code MISSING}: deleted), a record whose
 * {@code previousHash} is not its predecessor's hash ({@code BROKEN_LINK}), and a ledger head that claims more records
 * than exist or another hash ({@code HEAD_MISMATCH}). Reads the raw stored documents, never the service's mapped view.
 */
@Service
public class IntegrityVerifier {

    /** Most problems listed in a report; all are counted. */
    static final int MAX_LISTED = 1000;
    private static final int MAX_CHECKED_TEXTS = 50_000;

    private final MongoTemplate mongo;
    private final Sealer sealer;
    private final Clock clock;

    IntegrityVerifier(MongoTemplate mongo, Sealer sealer, Clock clock) {
        this.mongo = mongo;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** A problem found. */
    public record Problem(String kind, String decisionId, String ledger, Long seq, String detail) {
    }

    /** The verification of one decision. */
    public record DecisionVerification(String decisionId, String status, String ledger, Long seq, String keyId,
            List<Check> checks) {
    }

    /** One check and its result. */
    public record Check(String check, boolean passed, String detail) {
    }

    /** A ledger's state as verified: what an auditor records as a checkpoint. */
    public record LedgerState(String ledger, long records, long lastSeq, String lastHash) {
    }

    /** A checkpoint recorded earlier outside the database: the ledger must still hold this record with this hash. */
    public record Checkpoint(String ledger, long seq, String hash) {
    }

    /** The verification of every decision. */
    public record Report(Instant checkedAt, long decisions, long valid, long problemCount, Map<String, Long> byKind,
            List<LedgerState> ledgers, List<Problem> problems) {

        public boolean clean() {
            return problemCount == 0;
        }
    }

    /** Verifies one decision: its seal and its links to the records before and after it in its ledger. */
    public Optional<DecisionVerification> verify(String decisionId) {
        Document stored = decisions().find(Filters.eq("_id", decisionId)).first();
        if (stored == null) {
            return Optional.empty();
        }
        List<Check> checks = new ArrayList<>();
        String status = seal(stored, checks, new java.util.HashSet<>());
        Document integrity = stored.get("integrity", Document.class);
        if (integrity != null && status.equals("VALID")) {
            String ledger = integrity.getString("ledger");
            long seq = number(integrity.get("seq"));
            String previous = integrity.getString("previousHash");
            if (seq > 1) {
                Document before = at(ledger, seq - 1);
                boolean linked = before != null && previous.equals(hashOf(before));
                checks.add(new Check("previous", linked, before == null ? "record " + (seq - 1) + " of ledger " + ledger
                        + " is missing" : linked ? "record " + (seq - 1) + " links to it" : "record " + (seq - 1)
                        + " has another hash"));
                status = linked ? status : before == null ? "MISSING_PREDECESSOR" : "BROKEN_LINK";
            } else {
                checks.add(new Check("previous", Seal.GENESIS.equals(previous), "first record of ledger " + ledger));
            }
            Document after = at(ledger, seq + 1);
            if (after != null) {
                boolean linked = integrity.getString("hash").equals(after.get("integrity", Document.class)
                        .getString("previousHash"));
                checks.add(new Check("next", linked, linked ? "record " + (seq + 1) + " links to it"
                        : "record " + (seq + 1) + " names another predecessor"));
                status = linked || !status.equals("VALID") ? status : "BROKEN_LINK";
            }
        }
        return Optional.of(new DecisionVerification(decisionId, status, integrity == null ? null
                : integrity.getString("ledger"), integrity == null ? null : number(integrity.get("seq")),
                integrity == null ? null : integrity.getString("keyId"), checks));
    }

    /**
     * The seal of one stored decision, as read: VALID, or what is wrong (ALTERED, UNSEALED, UNKNOWN_KEY, FORGED) —
     * content, chain fields, MAC and cited texts, without its links to neighbouring records (which {@link #verify}
     * and {@link #verifyAll} check). For many decisions at once: texts in {@code intactTexts} are not read again, and
     * texts found intact are added to it.
     */
    public String sealOf(Document stored, Set<String> intactTexts) {
        return seal(stored, new ArrayList<>(), intactTexts);
    }

    /** The status of {@link #verify}: VALID, or what is wrong; null for an unknown decision. */
    public String sealStatus(String decisionId) {
        return verify(decisionId).map(DecisionVerification::status).orElse(null);
    }

    /** Verifies every stored decision, every ledger and the given checkpoints. */
    public Report verifyAll(List<Checkpoint> checkpoints) {
        Set<String> intactTexts = new java.util.HashSet<>();
        Map<String, LedgerScan> ledgers = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> byKind = new TreeMap<>();
        long count = 0;
        long valid = 0;
        for (Document stored : decisions().find()) {
            count++;
            List<Check> checks = new ArrayList<>();
            String status = seal(stored, checks, intactTexts);
            Document integrity = stored.get("integrity", Document.class);
            if (integrity != null && integrity.getString("ledger") != null && integrity.get("seq") instanceof Number seq) {
                LedgerScan scan = ledgers.computeIfAbsent(integrity.getString("ledger"), LedgerScan::new);
                if (!scan.add(seq.longValue(), integrity.getString("hash"), integrity.getString("previousHash"))) {
                    report(problems, byKind, new Problem("DUPLICATE_POSITION", stored.getString("_id"), scan.ledger,
                            seq.longValue(), "two decisions hold this position of the ledger"));
                }
            }
            if (status.equals("VALID")) {
                valid++;
            } else {
                report(problems, byKind, new Problem(status, stored.getString("_id"),
                        integrity == null ? null : integrity.getString("ledger"),
                        integrity == null || !(integrity.get("seq") instanceof Number n) ? null : n.longValue(),
                        checks.stream().filter(check -> !check.passed()).map(Check::detail).findFirst().orElse(status)));
            }
        }
        List<LedgerState> states = new ArrayList<>();
        for (LedgerScan scan : ledgers.values()) {
            scan.links(problems, byKind);
            states.add(new LedgerState(scan.ledger, scan.present.cardinality(), scan.last(), scan.lastHash));
        }
        heads(ledgers, problems, byKind);
        for (Checkpoint checkpoint : checkpoints) {
            Document held = at(checkpoint.ledger(), checkpoint.seq());
            if (held == null || !checkpoint.hash().equals(hashOf(held))) {
                report(problems, byKind, new Problem("CHECKPOINT_MISMATCH", held == null ? null : held.getString("_id"),
                        checkpoint.ledger(), checkpoint.seq(), held == null ? "the checkpointed record is gone"
                                : "the checkpointed record has another hash"));
            }
        }
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        return new Report(clock.instant(), count, valid, total, byKind, states,
                List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_LISTED))));
    }

    /** Checks one document's seal; returns VALID, UNSEALED, ALTERED, UNKNOWN_KEY or FORGED. */
    private String seal(Document stored, List<Check> checks, Set<String> intactTexts) {
        Document integrity = stored.get("integrity", Document.class);
        if (integrity == null) {
            checks.add(new Check("sealed", false, "the decision carries no seal"));
            return "UNSEALED";
        }
        String id = stored.getString("_id");
        String body = sealer.bodySha256(stored);
        boolean bodyMatches = body.equals(integrity.getString("bodySha256"));
        checks.add(new Check("body", bodyMatches, bodyMatches ? "content matches its hash"
                : "content was changed: its hash is " + body + ", the seal says " + integrity.getString("bodySha256")));
        String hash;
        try {
            hash = sealer.hash(((Number) integrity.get("version")).intValue(), integrity.getString("ledger"),
                    number(integrity.get("seq")), id, stored.get("revision") instanceof Number r ? r.intValue() : null,
                    stored.getString("supersedes"), integrity.getString("bodySha256"), integrity.getString("previousHash"));
        } catch (RuntimeException e) {
            checks.add(new Check("hash", false, "the seal is incomplete"));
            return "ALTERED";
        }
        boolean hashMatches = hash.equals(integrity.getString("hash"));
        checks.add(new Check("hash", hashMatches, hashMatches ? "seal fields match the hash"
                : "the chain fields or the seal were changed"));
        String keyId = integrity.getString("keyId");
        if (!sealer.knowsKey(keyId)) {
            checks.add(new Check("mac", false, "key '" + keyId + "' is not configured"));
            return "UNKNOWN_KEY";
        }
        boolean macMatches = sealer.macMatches(keyId, integrity.getString("hash"), integrity.getString("mac"));
        checks.add(new Check("mac", macMatches, macMatches ? "sealed with key '" + keyId + "'"
                : "the MAC is not the key's: the seal was made without the key"));
        List<String> texts = citedTexts(stored, intactTexts);
        if (!texts.isEmpty()) {
            checks.add(new Check("texts", false, String.join("; ", texts)));
        }
        if (!bodyMatches || !hashMatches || !texts.isEmpty()) {
            return "ALTERED";
        }
        return macMatches ? "VALID" : "FORGED";
    }

    /**
     * What is wrong with the shared texts a decision's trace cites (trace schema 2: {@code result.head},
     * {@code result.verdictText} and the
     * {@code t} of every criterion and firing): each must be stored in
     * {@code decision_texts} and its content must still hash to its id. Empty when all is well, and for schema 1.
     * Texts in {@code intact} were found intact earlier in the same verification and are not read again.
     */
    private List<String> citedTexts(Document stored, Set<String> intact) {
        Document result = stored.get("result", Document.class);
        if (result == null || !(result.get("schema") instanceof Number schema) || schema.intValue() < 2) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        ids.add(result.getString("head"));
        if (result.getString("verdictText") != null) {
            ids.add(result.getString("verdictText"));
        }
        for (String list : List.of("criteria", "trace")) {
            for (Object item : result.getList(list, Object.class, List.of())) {
                ids.add(((Document) item).getString("t"));
            }
        }
        List<String> unchecked = ids.stream().filter(id -> !intact.contains(id)).toList();
        Map<String, Document> found = new HashMap<>();
        if (!unchecked.isEmpty()) {
            for (Document text : mongo.getCollection("decision_texts").find(Filters.in("_id", unchecked))) {
                found.put(text.getString("_id"), text);
            }
        }
        List<String> problems = new ArrayList<>();
        for (String id : unchecked) {
            Document text = found.get(id);
            if (text == null) {
                problems.add("cited text " + id + " is missing");
            } else if (!(text.get("content") instanceof Document content) || !id.equals(CanonicalJson.contentId(
                    text.getString("kind"), JsonBson.toNode(content)))) {
                problems.add("cited text " + id + " was changed: its content no longer matches its id");
            } else if (intact.size() < MAX_CHECKED_TEXTS) {
                intact.add(id);
            }
        }
        return problems;
    }

    private void heads(Map<String, LedgerScan> ledgers, List<Problem> problems, Map<String, Long> byKind) {
        for (Document head : mongo.getCollection("ledger_heads").find()) {
            String ledger = head.getString("_id");
            long seq = number(head.get("seq"));
            LedgerScan scan = ledgers.get(ledger);
            long last = scan == null ? 0 : scan.last();
            if (seq > last) {
                report(problems, byKind, new Problem("MISSING", null, ledger, seq, "the ledger head names record " + seq
                        + " but the last record found is " + last + ": records were deleted from its end"));
            } else if (seq == last && scan != null && !scan.lastHash.equals(head.getString("hash"))) {
                report(problems, byKind, new Problem("HEAD_MISMATCH", null, ledger, seq,
                        "the ledger head's hash is not the last record's"));
            }
        }
    }

    private static void report(List<Problem> problems, Map<String, Long> byKind, Problem problem) {
        byKind.merge(problem.kind(), 1L, Long::sum);
        if (problems.size() < MAX_LISTED) {
            problems.add(problem);
        }
    }

    private Document at(String ledger, long seq) {
        return decisions().find(Filters.and(Filters.eq("integrity.ledger", ledger), Filters.eq("integrity.seq", seq)))
                .first();
    }

    private static String hashOf(Document decision) {
        Document integrity = decision.get("integrity", Document.class);
        return integrity == null ? null : integrity.getString("hash");
    }

    private MongoCollection<Document> decisions() {
        return mongo.getCollection("decisions");
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : -1;
    }

    /**
     * The positions of one ledger seen in a scan: which are present, and the first 64 bits of each record's hash and
     * of its predecessor's hash (the full hashes are authenticated by each record's MAC; the prefixes only check the
     * links).
     */
    private static final class LedgerScan {

        private final String ledger;
        private final BitSet present = new BitSet();
        private long[] hashes = new long[1024];
        private long[] previous = new long[1024];
        private String lastHash;

        LedgerScan(String ledger) {
            this.ledger = ledger;
        }

        boolean add(long seq, String hash, String previousHash) {
            if (seq < 1 || seq > Integer.MAX_VALUE - 1 || hash == null || previousHash == null) {
                return true;
            }
            int at = (int) seq;
            if (present.get(at)) {
                return false;
            }
            while (at >= hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, hashes.length * 2);
                previous = java.util.Arrays.copyOf(previous, previous.length * 2);
            }
            present.set(at);
            hashes[at] = prefix(hash);
            previous[at] = prefix(previousHash);
            if (at == present.length() - 1) {
                lastHash = hash;
            }
            return true;
        }

        long last() {
            return present.length() == 0 ? 0 : present.length() - 1;
        }

        void links(List<Problem> problems, Map<String, Long> byKind) {
            long genesis = prefix(Seal.GENESIS);
            for (int seq = 1; seq <= last(); seq++) {
                if (!present.get(seq)) {
                    report(problems, byKind, new Problem("MISSING", null, ledger, (long) seq,
                            "no decision holds this position: it was deleted"));
                    continue;
                }
                long expected = seq == 1 ? genesis : present.get(seq - 1) ? hashes[seq - 1] : previous[seq];
                if (previous[seq] != expected) {
                    report(problems, byKind, new Problem("BROKEN_LINK", null, ledger, (long) seq,
                            "its previousHash is not the hash of record " + (seq - 1)));
                }
            }
        }

        private static long prefix(String hash) {
            try {
                return Long.parseUnsignedLong(hash.substring(0, 16), 16);
            } catch (RuntimeException e) {
                return -1;
            }
        }
    }
}
