package vn.hoctap.api.ruleset;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.hoctap.engine.Ruleset;

/**
 * The versions this instance has loaded: those in service and those opened for a diff, a file listing or a preview.
 * A version is loaded once per instance; work on it holds a lease, and versions no longer wanted are retired, so they
 * close (and leave the KIE repository) when their last lease ends.
 */
@Component
class LoadedVersions {

    private final RulesetCatalog catalog;
    private final Map<String, Ruleset> loaded = new ConcurrentHashMap<>();

    LoadedVersions(RulesetCatalog catalog) {
        this.catalog = catalog;
    }

    /** A lease on a version, loading it if needed. */
    Ruleset.Lease lease(String id) {
        for (int attempt = 0; ; attempt++) {
            Ruleset ruleset = loaded.computeIfAbsent(id, catalog::open);
            try {
                return ruleset.lease();
            } catch (IllegalStateException closed) {
                loaded.remove(id, ruleset);
                if (attempt > 3) {
                    throw closed;
                }
            }
        }
    }

    /** Gates and stores a kjar ({@link RulesetCatalog#upload}) and keeps the version the gate loaded, if it passed. */
    RulesetCatalog.Uploaded upload(byte[] kjar, String name, String origin, String user) {
        RulesetCatalog.Uploaded uploaded = catalog.upload(kjar, name, origin, user);
        if (uploaded.ruleset() != null) {
            adopt(uploaded.version().id(), uploaded.ruleset());
        }
        return uploaded;
    }

    /** Takes a version the gate has just loaded, instead of loading it again. */
    private void adopt(String id, Ruleset ruleset) {
        if (loaded.putIfAbsent(id, ruleset) != null) {
            ruleset.close();
        }
    }

    /** Retires every loaded version outside {@code wanted}; they close when their last lease ends. */
    void keepOnly(Set<String> wanted) {
        loaded.forEach((id, ruleset) -> {
            if (!wanted.contains(id) && loaded.remove(id, ruleset)) {
                ruleset.retire();
            }
        });
    }
}
