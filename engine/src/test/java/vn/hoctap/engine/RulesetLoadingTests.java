package vn.hoctap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.engine.fixtures.FixtureKjars;
import vn.hoctap.engine.ruleset.RulesetProblem;
import vn.hoctap.engine.ruleset.RulesetRejectedException;

class RulesetLoadingTests {

    private final RuleEngine engine = new RuleEngine();

    @Test
    void loadsAKjarFromBytesAndIdentifiesItByCoordinatesAndChecksum() throws Exception {
        byte[] kjar = FixtureKjars.club("1.0.0");

        try (Ruleset ruleset = engine.load(RulesetSource.bytes(kjar, "club-1.0.0.jar"))) {
            assertThat(ruleset.id().gav()).isEqualTo("vn.hoctap.fixture:club:1.0.0");
            assertThat(ruleset.id().sha256()).isEqualTo(sha256(kjar));
            assertThat(ruleset.titles()).singleElement().satisfies(title -> {
                assertThat(title.code()).isEqualTo("READING_CLUB");
                assertThat(title.officialName()).isEqualTo("Câu lạc bộ đọc sách");
            });
            assertThat(ruleset.criteria("READING_CLUB", "CLUB_2020")).extracting(c -> c.key())
                    .containsExactly("RC-01@1", "RC-02@1", "RC-03@1", "RC-79@1");
        }
    }

    @Test
    void loadsAKjarFromAFile(@TempDir Path folder) throws Exception {
        Path file = Files.write(folder.resolve("club-1.0.1.jar"), FixtureKjars.club("1.0.1"));

        try (Ruleset ruleset = engine.load(RulesetSource.file(file))) {
            assertThat(ruleset.id().version()).isEqualTo("1.0.1");
            assertThat(ruleset.id().sha256()).isEqualTo(sha256(Files.readAllBytes(file)));
        }
    }

    @Test
    void reportsCompileErrorsAsDataWithFileAndLine() {
        byte[] broken = FixtureKjars.withEntry(FixtureKjars.club("1.0.2"), "vn/hoctap/fixture/club/club.drl",
                FixtureKjars.fixture("broken-drl", "resources/vn/hoctap/fixture/club/club.drl"));

        RulesetRejectedException refused = catchThrowableOfType(RulesetRejectedException.class,
                () -> engine.load(RulesetSource.bytes(broken, "broken.jar")));

        assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.COMPILATION);
            assertThat(problem.file()).isEqualTo("vn/hoctap/fixture/club/club.drl");
        });
        assertThat(refused.problems()).anySatisfy(problem -> assertThat(problem.line()).isEqualTo(9));
        assertThat(engine.active()).isEmpty();
    }

    @Test
    void refusesAnInputRecordWhoseComponentHasNoFieldAnnotation() {
        byte[] kjar = FixtureKjars.club("1.0.3", "missing-annotation");

        RulesetRejectedException refused = catchThrowableOfType(RulesetRejectedException.class,
                () -> engine.load(RulesetSource.bytes(kjar, "missing-annotation.jar")));

        assertThat(refused.problems()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.CONTRACT);
            assertThat(problem.message()).contains("ClubAssessment.books has no @Field annotation");
        });
    }

    @Test
    void refusesAnOptionalComponentOfPrimitiveTypeBecauseAnAbsentValueWouldBecomeZero() {
        byte[] kjar = FixtureKjars.club("1.0.7", "optional-primitive");

        RulesetRejectedException refused = catchThrowableOfType(RulesetRejectedException.class,
                () -> engine.load(RulesetSource.bytes(kjar, "optional-primitive.jar")));

        assertThat(refused.problems()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.CONTRACT);
            assertThat(problem.message()).contains("ClubAssessment.books is optional but has the primitive type long");
        });
    }

    @Test
    void refusesAParameterFileWithAMistypedKeyInsteadOfLeavingTheValueOut() {
        byte[] kjar = FixtureKjars.withEntry(FixtureKjars.club("1.0.8"), "hoctap/parameters/club.yaml",
                FixtureKjars.fixture("club-v1", "resources/hoctap/parameters/club.yaml")
                        .replace("      value: 100\n", "      vaule: 100\n"));

        RulesetRejectedException refused = catchThrowableOfType(RulesetRejectedException.class,
                () -> engine.load(RulesetSource.bytes(kjar, "typo-key.jar")));

        assertThat(refused.problems().get(0)).satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.PARAMETER);
            assertThat(problem.file()).isEqualTo("hoctap/parameters/club.yaml");
            assertThat(problem.message()).contains("CLUB.minBooks").contains("unknown key(s) [vaule]");
        });
    }

    @Test
    void refusesADescriptorAndAScenarioWithUnknownKeys() {
        byte[] descriptor = FixtureKjars.withEntry(FixtureKjars.club("1.0.9"), "hoctap/ruleset.yaml",
                FixtureKjars.fixture("club-v1", "resources/hoctap/ruleset.yaml").replace("kbase: club", "kbase: club\n        inputtype: x"));
        byte[] scenario = FixtureKjars.withEntry(FixtureKjars.club("1.0.10"), "hoctap/scenarios/dat.yaml",
                FixtureKjars.fixture("club-v1", "resources/hoctap/scenarios/dat.yaml").replace("expect:", "expected:"));

        assertThat(catchThrowableOfType(RulesetRejectedException.class,
                () -> engine.load(RulesetSource.bytes(descriptor, "descriptor.jar"))).problems())
                .anySatisfy(problem -> assertThat(problem.message()).contains("unknown key(s) [inputtype]"));
        assertThat(catchThrowableOfType(RulesetRejectedException.class,
                () -> engine.load(RulesetSource.bytes(scenario, "scenario.jar"))).problems())
                .anySatisfy(problem -> assertThat(problem.message()).contains("unknown key(s) [expected]"));
    }

    @Test
    void refusesAKjarWhoseRulesReadAParameterNoFileDefines() {
        byte[] kjar = FixtureKjars.withEntry(FixtureKjars.club("1.0.4"), "hoctap/parameters/club.yaml",
                FixtureKjars.fixture("club-v1", "resources/hoctap/parameters/club.yaml").replace("CLUB.minBooks:", "CLUB.minBook:"));

        RulesetRejectedException refused = catchThrowableOfType(RulesetRejectedException.class,
                () -> engine.load(RulesetSource.bytes(kjar, "typo.jar")));

        assertThat(refused.problems()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.PARAMETER);
            assertThat(problem.message()).contains("'CLUB.minBooks'");
        });
    }

    @Test
    void refusesADescriptorNamingAKnowledgeBaseThatDoesNotExist() {
        byte[] kjar = FixtureKjars.withEntry(FixtureKjars.club("1.0.5"), "hoctap/ruleset.yaml",
                FixtureKjars.fixture("club-v1", "resources/hoctap/ruleset.yaml").replace("kbase: club", "kbase: clubs"));

        RulesetRejectedException refused = catchThrowableOfType(RulesetRejectedException.class,
                () -> engine.load(RulesetSource.bytes(kjar, "kbase.jar")));

        assertThat(refused.problems()).anySatisfy(problem -> assertThat(problem.message()).contains("no knowledge base 'clubs'"));
    }

    @Test
    void refusesADecisionParameterThatDoesNotHoldNumbers() {
        String descriptor = FixtureKjars.fixture("club-v1", "resources/hoctap/ruleset.yaml")
                .replace("method: LEVELS", "method: POINTS\n          ranks:\n            - code: DAT\n"
                        + "              label: Đạt\n              minPointsParameter: CLUB.passMark");
        String parameters = FixtureKjars.fixture("club-v1", "resources/hoctap/parameters/club.yaml")
                + "CLUB.passMark:\n  label: Điểm tối thiểu\n  unit: POINTS\n  values:\n    - from: 2020-01-01\n"
                + "      value: \"tám mươi\"\n      source: Quy định thử nghiệm\n";
        byte[] kjar = FixtureKjars.withEntry(FixtureKjars.withEntry(FixtureKjars.club("1.0.6"), "hoctap/ruleset.yaml",
                descriptor), "hoctap/parameters/club.yaml", parameters);

        RulesetRejectedException refused = catchThrowableOfType(RulesetRejectedException.class,
                () -> engine.load(RulesetSource.bytes(kjar, "text-pass-mark.jar")));

        assertThat(refused.problems()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.PARAMETER);
            assertThat(problem.message()).contains("CLUB.passMark must hold numbers");
        });
    }

    @Test
    void refusesSomethingThatIsNotAKjar() {
        RulesetRejectedException refused = catchThrowableOfType(RulesetRejectedException.class,
                () -> engine.load(RulesetSource.bytes("không phải jar".getBytes(), "text.jar")));

        assertThat(refused.problems()).singleElement().satisfies(problem ->
                assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.DESCRIPTOR));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
