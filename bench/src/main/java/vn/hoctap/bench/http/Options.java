package vn.hoctap.bench.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The options of {@link HttpHarness}: which builds to measure and how big each mode's workload is. Every size has a
 * default for the figures of BENCHMARKS.md; {@link #quick()} gives sizes that run in seconds.
 *
 * @param mode           single, batch, store, growth, reeval, or all (every mode once on one service, for smoke runs)
 * @param jars           the boot jars to measure, alternately, in the order given
 * @param runs           how many times each jar is measured (a fresh service on a fresh data directory each time)
 * @param clients        concurrent virtual clients of the single mode
 * @param warmUp         load before the measured period of the single mode (API key, households)
 * @param duration       each measured period of the single mode
 * @param batchSize      households per batch request
 * @param batches        measured batch requests (after one warm-up request)
 * @param batchClients   concurrent batch requests
 * @param storeCount     decisions of each kind stored by the store mode
 * @param growthLevels   stored decisions at which the growth mode times submissions
 * @param growthProbes   single submissions timed at each level (one client, after as many untimed ones)
 * @param reevalCount    households stored before the re-evaluation
 * @param progressCount  households of one province stored before the progress report is timed
 * @param progressCalls  timed calls of the progress report, as JSON and as CSV each (after 3 untimed ones each)
 * @param seed           the generators' seed
 * @param serviceJvm     JVM options of the service
 * @param serviceArgs    extra {@code --name=value} arguments of the service
 * @param ownCredentials random credentials passed as arguments instead of the local profile's published ones
 */
public record Options(String mode, List<Path> jars, int runs, int clients, Duration warmUp, Duration duration,
        int batchSize, int batches, int batchClients, int storeCount, List<Integer> growthLevels, int growthProbes,
        int reevalCount, int progressCount, int progressCalls, long seed, List<String> serviceJvm,
        List<String> serviceArgs, boolean ownCredentials) {

    static final List<String> MODES = List.of("single", "batch", "store", "growth", "reeval", "progress", "all");

    public Options {
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("unknown mode " + mode + "; use one of " + MODES);
        }
        if (jars.isEmpty()) {
            throw new IllegalArgumentException("give the service's boot jar with --jar (several for side by side)");
        }
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no such jar: " + jar
                        + " (build it with: mvn -B -ntp -o package -pl api -am -DskipTests)");
            }
        }
        jars = List.copyOf(jars);
        growthLevels = List.copyOf(growthLevels);
        serviceJvm = List.copyOf(serviceJvm);
        serviceArgs = List.copyOf(serviceArgs);
    }

    /** The figures' sizes. */
    public static Options defaults(String mode, List<Path> jars) {
        return new Options(mode, jars, 3, 16, Duration.ofSeconds(15), Duration.ofSeconds(20), 1_000, 5, 1, 500,
                List.of(10_000, 100_000), 200, 10_000, 300_000, 50, 20251103L, List.of("-Xmx2g"), List.of(), false);
    }

    /**
     * Sizes that run in seconds, for the quick test and a first try: the service with the C1 compiler only (it starts
     * faster) and its job workers looking for work every 300 ms instead of every 2 s.
     */
    public static Options quick(String mode, List<Path> jars) {
        return new Options(mode, jars, 1, 4, Duration.ofMillis(600), Duration.ofSeconds(1), 20, 2, 1, 10,
                List.of(100, 150), 10, 30, 40, 3, 20251103L, List.of("-Xmx768m", "-XX:TieredStopAtLevel=1"),
                List.of("--hoctap.jobs.poll-interval=300ms"), false);
    }

    /**
     * Parses {@code <mode> --jar <boot jar> [--jar <another>] [options]}; {@code --quick} starts from the quick sizes,
     * any option given after it overrides them.
     */
    public static Options parse(String... args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            throw new IllegalArgumentException(usage());
        }
        String mode = args[0];
        List<Path> jars = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        boolean quick = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                quick = true;
            } else if (args[i].equals("--own-credentials")) {
                rest.add(args[i]);
            } else if (args[i].equals("--jar")) {
                jars.add(Path.of(value(args, ++i, "--jar")));
            } else if (args[i].startsWith("--")) {
                rest.add(args[i]);
                rest.add(value(args, ++i, args[i - 1]));
            } else {
                throw new IllegalArgumentException("unexpected argument " + args[i] + "\n" + usage());
            }
        }
        Options options = quick ? quick(mode, jars) : defaults(mode, jars);
        for (int i = 0; i < rest.size(); i++) {
            String name = rest.get(i);
            if (name.equals("--own-credentials")) {
                options = options.with(name, "true");
            } else {
                options = options.with(name, rest.get(++i));
            }
        }
        return options;
    }

    private Options with(String name, String value) {
        int runs = this.runs;
        int clients = this.clients;
        Duration warmUp = this.warmUp;
        Duration duration = this.duration;
        int batchSize = this.batchSize;
        int batches = this.batches;
        int batchClients = this.batchClients;
        int storeCount = this.storeCount;
        List<Integer> growthLevels = this.growthLevels;
        int growthProbes = this.growthProbes;
        int reevalCount = this.reevalCount;
        int progressCount = this.progressCount;
        int progressCalls = this.progressCalls;
        long seed = this.seed;
        List<String> serviceJvm = this.serviceJvm;
        List<String> serviceArgs = this.serviceArgs;
        boolean ownCredentials = this.ownCredentials;
        switch (name) {
            case "--runs" -> runs = positive(name, value);
            case "--clients" -> clients = positive(name, value);
            case "--warm-up" -> warmUp = seconds(name, value);
            case "--duration" -> duration = seconds(name, value);
            case "--batch-size" -> batchSize = positive(name, value);
            case "--batches" -> batches = positive(name, value);
            case "--batch-clients" -> batchClients = positive(name, value);
            case "--store" -> storeCount = positive(name, value);
            case "--levels" -> growthLevels = Arrays.stream(value.split(",")).map(level -> positive(name, level))
                    .toList();
            case "--probes" -> growthProbes = positive(name, value);
            case "--households" -> {
                reevalCount = positive(name, value);
                progressCount = reevalCount;
            }
            case "--calls" -> progressCalls = positive(name, value);
            case "--seed" -> seed = Long.parseLong(value);
            case "--service-jvm" -> serviceJvm = List.of(value.trim().split("\\s+"));
            case "--service-arg" -> {
                List<String> more = new ArrayList<>(serviceArgs);
                more.add(value.startsWith("--") ? value : "--" + value);
                serviceArgs = more;
            }
            case "--own-credentials" -> ownCredentials = Boolean.parseBoolean(value);
            default -> throw new IllegalArgumentException("unknown option " + name + "\n" + usage());
        }
        return new Options(mode, jars, runs, clients, warmUp, duration, batchSize, batches, batchClients, storeCount,
                growthLevels, growthProbes, reevalCount, progressCount, progressCalls, seed, serviceJvm, serviceArgs,
                ownCredentials);
    }

    /**
     * The label of the jar at {@code index} in the tables: its file name; when several jars share it, with the name of
     * the directory of the clone it was built in and its position.
     */
    String label(int index) {
        Path jar = jars.get(index);
        String name = jar.getFileName().toString();
        if (jars.stream().filter(other -> other.getFileName().toString().equals(name)).count() == 1) {
            return name;
        }
        // <clone>/api/target/<name>
        Path clone = jar.toAbsolutePath().normalize();
        for (int up = 0; up < 3 && clone != null; up++) {
            clone = clone.getParent();
        }
        return (clone == null || clone.getFileName() == null ? "" : clone.getFileName() + "/") + name + " #"
                + (index + 1);
    }

    static String usage() {
        return """
                usage: HttpHarness <single|batch|store|growth|reeval|progress|all> --jar <boot jar> [--jar <another boot jar>]
                  [--quick] [--runs N] [--clients N] [--warm-up S] [--duration S] [--batch-size N] [--batches N]
                  [--batch-clients N] [--store N] [--levels N,N,...] [--probes N] [--households N] [--calls N]
                  [--seed N]
                  [--service-jvm "<options>"] [--service-arg name=value]... [--own-credentials]""";
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value\n" + usage());
        }
        return args[i];
    }

    private static int positive(String name, String value) {
        int number = Integer.parseInt(value.replace("_", "").toLowerCase(Locale.ROOT).replace("k", "000")
                .replace("m", "000000"));
        if (number <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return number;
    }

    private static Duration seconds(String name, String value) {
        Duration duration = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return duration;
    }
}
