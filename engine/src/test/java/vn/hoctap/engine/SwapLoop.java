package vn.hoctap.engine;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import vn.hoctap.engine.fixtures.FixtureKjars;

/**
 * Swaps between two kjar versions many times the way the service does — load, activate, evaluate under a lease,
 * retire the previous one (not with {@code --keep}) — and prints, at checkpoints, the loaded classes and the metaspace used after a GC.
 * Run by {@link RulesetLifecycleMemoryTests} in a JVM with a small metaspace.
 */
public final class SwapLoop {

    private SwapLoop() {
    }

    public static void main(String[] args) {
        int swaps = Integer.parseInt(args[0]);
        byte[][] versions = {FixtureKjars.clubExecutable("7.0.0"), FixtureKjars.clubExecutable("7.0.1", "club-v2")};
        RuleEngine engine = new RuleEngine();
        boolean retire = !"--keep".equals(args.length > 1 ? args[1] : "");
        for (int i = 1; i <= swaps; i++) {
            Ruleset next = engine.load(RulesetSource.bytes(renamed(versions[i % 2], "club-" + i), "swap-" + i));
            engine.activate(next).filter(previous -> retire).ifPresent(Ruleset::retire);
            try (Ruleset.Lease lease = engine.active().orElseThrow().lease()) {
                lease.ruleset().evaluate(ClubRulesets.request(LocalDate.of(2022, 6, 1), null, facts(i % 2)));
            }
            if (i == 20 || i % 50 == 0) {
                System.gc();
                System.out.println("checkpoint " + i + " classes " + ManagementFactory.getClassLoadingMXBean()
                        .getLoadedClassCount() + " metaspace " + metaspace());
            }
        }
        System.out.println("done");
    }

    /**
     * The kjar under another artifact id: every swap brings a version the KIE repository has not seen, as a stream
     * of uploads would, so that a version left in the repository or open would accumulate.
     */
    private static byte[] renamed(byte[] kjar, String artifactId) {
        String pom = "META-INF/maven/vn.hoctap.fixture/club/";
        byte[] withPom = FixtureKjars.withEntry(kjar, pom + "pom.xml", FixtureKjars.entry(kjar, pom + "pom.xml")
                .replace("<artifactId>club</artifactId>", "<artifactId>" + artifactId + "</artifactId>"));
        return FixtureKjars.withEntry(withPom, pom + "pom.properties", FixtureKjars.entry(withPom, pom + "pom.properties")
                .replace("artifactId=club", "artifactId=" + artifactId));
    }

    private static java.util.Map<String, Object> facts(int version) {
        java.util.Map<String, Object> facts = ClubRulesets.club(20, 10, 100);
        if (version == 1) {
            facts.put("digitalBooks", 5);
        }
        return facts;
    }

    private static long metaspace() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getName().equals("Metaspace"))
                .mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }
}
