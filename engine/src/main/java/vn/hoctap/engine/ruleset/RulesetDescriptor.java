package vn.hoctap.engine.ruleset;

import java.util.List;
import java.util.Optional;

/**
 * What a kjar declares about itself in {@code hoctap/ruleset.yaml}: the contract version it implements and its
 * titles with their generations of criteria.
 */
public record RulesetDescriptor(int contractVersion, String name, List<TitleDefinition> titles) {

    /** The kjar contract version this engine implements. */
    public static final int CONTRACT_VERSION = 1;

    public RulesetDescriptor {
        titles = List.copyOf(titles);
    }

    public Optional<TitleDefinition> title(String code) {
        return titles.stream().filter(title -> title.code().equals(code)).findFirst();
    }
}
