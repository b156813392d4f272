package vn.hoctap.api.job;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Each instance's worker: every {@code hoctap.jobs.poll-interval} it looks for provinces of running runs that nobody
 * works on (or whose owner stopped renewing its lease), claims as many as it has free threads, and runs the job for
 * each. Several instances on one MongoDB thus share a run province by province. At start-up, job executions this
 * instance left running when it was killed are marked failed, so that reclaiming their provinces restarts them from
 * their last checkpoint.
 */
@Component
class RunWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

    private final Runs runs;
    private final JobLauncher launcher;
    private final JobExplorer explorer;
    private final JobRepository repository;
    private final Map<String, Job> jobs;
    private final JobProperties properties;
    private final Set<String> working = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService poller;
    private ExecutorService threads;
    private volatile boolean running;

    RunWorker(Runs runs, JobLauncher launcher, JobExplorer explorer, JobRepository repository,
            @Qualifier(BatchConfiguration.IMPACT) Job impact, @Qualifier(BatchConfiguration.REEVALUATION) Job reevaluation,
            @Qualifier(BatchConfiguration.ASSESSMENT_BATCH) Job assessmentBatch, JobProperties properties) {
        this.runs = runs;
        this.launcher = launcher;
        this.explorer = explorer;
        this.repository = repository;
        this.jobs = Map.of("IMPACT", impact, "REEVALUATION", reevaluation, Runs.ASSESSMENT_BATCH, assessmentBatch);
        this.properties = properties;
    }

    @Override
    public void start() {
        recoverOrphans();
        threads = Executors.newFixedThreadPool(properties.threads(), task -> {
            Thread thread = new Thread(task, "hoctap-job");
            thread.setDaemon(true);
            return thread;
        });
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "hoctap-job-poller");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::pollQuietly, interval, interval, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (poller != null) {
            poller.shutdownNow();
        }
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Looks for work now (also done on a schedule). */
    void poll() {
        for (RunDocument run : runs.running()) {
            for (RunPartDocument part : runs.parts(run.id())) {
                if (working.size() >= properties.threads()) {
                    return;
                }
                if (working.contains(part.id()) || !(part.status().equals("PENDING") || part.status().equals("RUNNING"))) {
                    continue;
                }
                Optional<RunPartDocument> claimed = runs.claim(part);
                if (claimed.isPresent() && working.add(part.id())) {
                    threads.submit(() -> work(run, claimed.get()));
                }
            }
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Looking for job work failed (will retry): {}", e.getMessage());
        }
    }

    private void work(RunDocument run, RunPartDocument part) {
        try {
            JobParameters parameters = new JobParametersBuilder().addString("runId", run.id())
                    .addString("province", part.province()).toJobParameters();
            JobExecution execution;
            try {
                execution = launcher.run(jobs.get(run.kind()), parameters);
            } catch (JobInstanceAlreadyCompleteException e) {
                runs.finished(run.id(), part.province(), "DONE", null);
                return;
            }
            BatchStatus status = execution.getStatus();
            if (status == BatchStatus.COMPLETED) {
                runs.finished(run.id(), part.province(), "DONE", null);
            } else if (status == BatchStatus.STOPPED) {
                boolean cancelled = !runs.require(run.id()).status().equals("RUNNING");
                runs.finished(run.id(), part.province(), cancelled ? "CANCELLED" : "PENDING", null);
            } else {
                String error = execution.getAllFailureExceptions().stream().findFirst().map(Throwable::toString)
                        .orElse(execution.getExitStatus().getExitDescription());
                log.error("Job {} of run {} failed for province {}: {}", run.kind(), run.id(), part.province(), error);
                runs.finished(run.id(), part.province(), "FAILED", error);
            }
        } catch (Exception e) {
            log.error("Job {} of run {} could not run for province {}", run.kind(), run.id(), part.province(), e);
            runs.finished(run.id(), part.province(), "FAILED", e.toString());
        } finally {
            working.remove(part.id());
            ScheduledExecutorService current = poller;
            if (running && current != null && !current.isShutdown()) {
                // a thread is free: look for the next province now rather than at the next poll
                current.execute(this::pollQuietly);
            }
        }
    }

    /** Job executions left running by a previous life of this instance become FAILED, hence restartable. */
    private void recoverOrphans() {
        for (String name : explorer.getJobNames()) {
            for (JobExecution execution : explorer.findRunningJobExecutions(name)) {
                LocalDateTime now = LocalDateTime.now();
                for (StepExecution step : execution.getStepExecutions()) {
                    if (step.getStatus().isRunning()) {
                        step.setStatus(BatchStatus.FAILED);
                        step.setExitStatus(ExitStatus.FAILED.addExitDescription("the instance stopped while it ran"));
                        step.setEndTime(now);
                        repository.update(step);
                    }
                }
                execution.setStatus(BatchStatus.FAILED);
                execution.setExitStatus(ExitStatus.FAILED.addExitDescription("the instance stopped while it ran"));
                execution.setEndTime(now);
                repository.update(execution);
                log.info("Job execution {} of {} was left running by a stopped instance; marked failed to be restarted",
                        execution.getId(), name);
            }
        }
    }
}
