package vn.hoctap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoctap.engine.ClubRulesets.club;
import static vn.hoctap.engine.ClubRulesets.request;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.hoctap.engine.evaluation.CriterionStatus;
import vn.hoctap.engine.evaluation.EvaluationResult;
import vn.hoctap.engine.fixtures.FixtureKjars;
import vn.hoctap.engine.ruleset.RulesetProblem;
import vn.hoctap.engine.ruleset.RulesetRejectedException;
import vn.hoctap.engine.schema.FieldError.Reason;
import vn.hoctap.engine.schema.InvalidInputException;

class RulesetHotSwapTests {

    private static final LocalDate DATE = LocalDate.of(2022, 6, 1);

    @Test
    void twoVersionsLoadedAtRunTimeEvaluateSideBySideTheSecondWithANewFieldAndCriterion() {
        RuleEngine engine = new RuleEngine();
        try (Ruleset v1 = engine.load(RulesetSource.bytes(FixtureKjars.club("2.0.0"), "v1"));
                Ruleset v2 = engine.load(RulesetSource.bytes(FixtureKjars.club("2.1.0", "club-v2"), "v2"))) {
            Map<String, Object> withEBooks = club(20, 15, 120);
            withEBooks.put("digitalBooks", 25);

            EvaluationResult byV2 = v2.evaluate(request(DATE, null, withEBooks));
            EvaluationResult byV1 = v1.evaluate(request(DATE, null, club(20, 15, 120)));
            InvalidInputException v1RefusesTheNewField = catchThrowableOfType(InvalidInputException.class,
                    () -> v1.evaluate(request(DATE, null, withEBooks)));

            assertThat(byV2.criterion("RC-04@1").orElseThrow().status()).isEqualTo(CriterionStatus.PASSED);
            assertThat(byV2.ruleset().version()).isEqualTo("2.1.0");
            assertThat(v2.schema("READING_CLUB", DATE).orElseThrow().field("digitalBooks")).isPresent();
            assertThat(byV1.criterion("RC-04@1")).isEmpty();
            assertThat(byV1.ruleset().version()).isEqualTo("2.0.0");
            assertThat(v1RefusesTheNewField.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("facts.digitalBooks");
                assertThat(error.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
            });
        }
    }

    @Test
    void aRulesetFailingItsBundledScenariosIsRefusedAndTheActiveOneKeepsServing() {
        RuleEngine engine = new RuleEngine();
        Ruleset v1 = engine.loadAndActivate(RulesetSource.bytes(FixtureKjars.club("3.0.0"), "v1"));

        RulesetRejectedException refused = catchThrowableOfType(RulesetRejectedException.class, () -> engine.loadAndActivate(
                RulesetSource.bytes(FixtureKjars.club("3.1.0", "failing-scenario"), "v1-bad-scenario")));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.SCENARIO);
            assertThat(problem.file()).isEqualTo("hoctap/scenarios/sai.yaml");
            assertThat(problem.message()).contains("Kịch bản mong đợi sai").contains("outcome: expected RECOGNISED");
        });
        assertThat(engine.active()).containsSame(v1);
        assertThat(engine.evaluate(request(DATE, null, club(20, 15, 120))).ruleset().version()).isEqualTo("3.0.0");
        v1.close();
    }

    @Test
    void activationSwapsAtomicallyWhileEvaluationsRun() throws Exception {
        RuleEngine engine = new RuleEngine();
        Ruleset v1 = engine.loadAndActivate(RulesetSource.bytes(FixtureKjars.club("4.0.0"), "v1"));
        Ruleset v2 = engine.load(RulesetSource.bytes(FixtureKjars.club("4.1.0"), "v2"));
        Map<String, Integer> decidedBy = new ConcurrentHashMap<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int thread = 0; thread < 4; thread++) {
            pool.submit(() -> {
                started.countDown();
                while (running.get()) {
                    try {
                        EvaluationResult result = engine.evaluate(request(DATE, null, club(20, 15, 120)));
                        decidedBy.merge(result.ruleset().version(), 1, Integer::sum);
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }
            });
        }
        started.await();
        Thread.sleep(200);

        engine.activate(v2);
        Thread.sleep(200);
        running.set(false);
        pool.shutdown();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(failure.get()).isNull();
        assertThat(decidedBy).containsKeys("4.0.0", "4.1.0");
        assertThat(engine.active()).containsSame(v2);
        assertThat(engine.evaluate(request(DATE, null, club(20, 15, 120))).ruleset().version()).isEqualTo("4.1.0");
        v1.close();
        v2.close();
    }
}
