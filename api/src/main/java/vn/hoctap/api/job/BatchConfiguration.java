package vn.hoctap.api.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.hoctap.api.assessment.AssessmentService;
import vn.hoctap.api.assessment.BatchSubmitter;
import vn.hoctap.api.config.HoctapProperties;
import vn.hoctap.api.ruleset.ActiveRuleset;
import vn.hoctap.api.ruleset.RulesetVersions;

/**
 * The Spring Batch side of the jobs: a job repository in an H2 file of this instance (its checkpoints; work is shared
 * between instances through leases in MongoDB, see {@link RunWorker}), and two jobs, each one chunk-oriented step over
 * the current decisions of one province of a run: {@code rulesetImpact} (evaluate under a candidate, count what would
 * change) and {@code reevaluation} (re-evaluate under the version in service, superseding stale decisions); and
 * {@code assessmentBatch}, one chunk-oriented step over the items of an uploaded batch of assessments.
 */
@Configuration(proxyBeanMethods = false)
class BatchConfiguration {

    static final String IMPACT = "rulesetImpact";
    static final String REEVALUATION = "reevaluation";
    static final String ASSESSMENT_BATCH = "assessmentBatch";

    /** The job repository's database: {@code hoctap-batch.mv.db} in the data directory, each commit on disk. */
    @Bean
    DataSource batchDataSource(HoctapProperties properties) {
        HikariDataSource data = new HikariDataSource();
        data.setJdbcUrl("jdbc:h2:file:" + properties.dataDirectory().toAbsolutePath().resolve("hoctap-batch")
                + ";WRITE_DELAY=0");
        data.setUsername("sa");
        data.setPassword("");
        data.setMaximumPoolSize(4);
        data.setPoolName("hoctap-batch");
        return data;
    }

    @Bean
    Job rulesetImpact(JobRepository repository, Step impactStep) {
        return new JobBuilder(IMPACT, repository).start(impactStep).build();
    }

    @Bean
    Job reevaluation(JobRepository repository, Step reevaluationStep) {
        return new JobBuilder(REEVALUATION, repository).start(reevaluationStep).build();
    }

    @Bean
    Job assessmentBatch(JobRepository repository, Step assessmentBatchStep) {
        return new JobBuilder(ASSESSMENT_BATCH, repository).start(assessmentBatchStep).build();
    }

    @Bean
    Step assessmentBatchStep(JobRepository repository, PlatformTransactionManager transactions, UploadReader uploadReader,
            UploadWriter uploadWriter) {
        return new StepBuilder("assessmentBatchStep", repository)
                .<UploadReader.Item, UploadReader.Item>chunk(BatchSubmitter.CHUNK, transactions)
                .reader(uploadReader).writer(uploadWriter).build();
    }

    @Bean
    @StepScope
    UploadReader uploadReader(AssessmentBatchUploads uploads, Runs runs, ObjectMapper json,
            @Value("#{jobParameters['runId']}") String runId) {
        return new UploadReader(uploads, runs, json, runId);
    }

    @Bean
    @StepScope
    UploadWriter uploadWriter(BatchSubmitter submitter, AssessmentBatchUploads uploads, Runs runs,
            @Value("#{jobParameters['runId']}") String runId) {
        return new UploadWriter(submitter, uploads, runs, runId);
    }

    @Bean
    Step impactStep(JobRepository repository, PlatformTransactionManager transactions, HeadReader headReader,
            ImpactWriter impactWriter, JobProperties properties) {
        return new StepBuilder("impactStep", repository).<String, String>chunk(properties.chunk(), transactions)
                .reader(headReader).writer(impactWriter).build();
    }

    @Bean
    Step reevaluationStep(JobRepository repository, PlatformTransactionManager transactions, HeadReader headReader,
            ReevaluationWriter reevaluationWriter, JobProperties properties) {
        return new StepBuilder("reevaluationStep", repository).<String, String>chunk(properties.chunk(), transactions)
                .reader(headReader).writer(reevaluationWriter).build();
    }

    @Bean
    @StepScope
    HeadReader headReader(MongoTemplate mongo, Runs runs, @Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['province']}") String province) {
        return new HeadReader(mongo, runs, runId, province);
    }

    @Bean
    @StepScope
    ImpactWriter impactWriter(Runs runs, RulesetVersions versions, AssessmentService assessments, MongoTemplate mongo,
            @Value("#{jobParameters['runId']}") String runId, @Value("#{jobParameters['province']}") String province) {
        return new ImpactWriter(runs, versions, assessments, mongo, runId, province);
    }

    @Bean
    @StepScope
    ReevaluationWriter reevaluationWriter(Runs runs, ActiveRuleset active, AssessmentService assessments,
            MongoTemplate mongo, @Value("#{jobParameters['runId']}") String runId,
            @Value("#{jobParameters['province']}") String province) {
        return new ReevaluationWriter(runs, active, assessments, mongo, runId, province);
    }
}
