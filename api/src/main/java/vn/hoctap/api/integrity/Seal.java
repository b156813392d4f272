package vn.hoctap.api.integrity;

/**
 * Dấu niêm phong — the tamper evidence a decision carries. Each decision is the {@code seq}-th record of the ledger of
 * its province ({@code ledger}, the GSO code; {@code _} for a subject without one): {@code bodySha256} covers the
 * stored document except its chain fields ({@code revision}, {@code supersedes}) and this seal; {@code hash} covers the
 * body hash, the chain fields, the decision id, the ledger position and the previous record's {@code hash}; {@code mac}
 * is HMAC-SHA256 of {@code hash} with the key {@code keyId}.
 *
 * @param previousHash the {@code hash} of record {@code seq - 1} of the ledger; 64 zeros for the first record
 */
public record Seal(int version, String ledger, long seq, String bodySha256, String previousHash, String hash,
        String keyId, String mac) {

    public static final int VERSION = 1;
    public static final String GENESIS = "0".repeat(64);
}
