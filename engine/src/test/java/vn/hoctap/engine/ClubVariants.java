package vn.hoctap.engine;

import java.util.stream.Collectors;
import vn.hoctap.engine.fixtures.FixtureKjars;

/** The club fixture kjar with keys added to its one generation in ruleset.yaml and parameters added to club.yaml. */
final class ClubVariants {

    private static final String INPUT_TYPE = "        inputType: vn.hoctap.fixture.club.ClubAssessment\n";

    private ClubVariants() {
    }

    /**
     * @param generationKeys YAML keys of the generation (any indentation: it is aligned)
     * @param parameters     parameter definitions appended to club.yaml, or empty
     */
    static byte[] kjar(String version, String generationKeys, String parameters) {
        byte[] kjar = FixtureKjars.club(version);
        String descriptor = FixtureKjars.entry(kjar, "hoctap/ruleset.yaml");
        if (!descriptor.contains(INPUT_TYPE)) {
            throw new IllegalStateException("the club fixture's generation changed");
        }
        byte[] changed = FixtureKjars.withEntry(kjar, "hoctap/ruleset.yaml",
                descriptor.replace(INPUT_TYPE, INPUT_TYPE + leftAligned(generationKeys).indent(8)));
        if (!parameters.isEmpty()) {
            changed = FixtureKjars.withEntry(changed, "hoctap/parameters/club.yaml",
                    FixtureKjars.entry(changed, "hoctap/parameters/club.yaml") + "\n" + leftAligned(parameters));
        }
        return changed;
    }

    static Ruleset load(String version, String generationKeys, String parameters) {
        return new RuleEngine().load(RulesetSource.bytes(kjar(version, generationKeys, parameters), "club-" + version));
    }

    /** The text without the indentation its non-blank lines share. */
    private static String leftAligned(String text) {
        int common = text.lines().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return text.lines().map(line -> line.isBlank() ? "" : line.substring(common))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
