package vn.hoctap.api.ruleset;

import org.springframework.stereotype.Service;
import vn.hoctap.engine.Ruleset;
import vn.hoctap.engine.RulesetDiff;

/** Stored ruleset versions for other features (the jobs): a lease on one, and its differences from another. */
@Service
public class RulesetVersions {

    private final RulesetCatalog catalog;
    private final LoadedVersions loaded;

    RulesetVersions(RulesetCatalog catalog, LoadedVersions loaded) {
        this.catalog = catalog;
        this.loaded = loaded;
    }

    /** The version, which must exist. */
    public RulesetVersionDocument require(String id) {
        return catalog.require(id);
    }

    /** A lease on a version that passed the gate, loading it if needed. */
    public Ruleset.Lease lease(String id) {
        return loaded.lease(id);
    }

    /** What changes from {@code from} to {@code to}. */
    public RulesetDiff diff(String from, String to) {
        try (Ruleset.Lease before = loaded.lease(from); Ruleset.Lease after = loaded.lease(to)) {
            return RulesetDiff.between(before.ruleset(), after.ruleset());
        }
    }
}
