package vn.hoctap.api.job;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One run of a job over stored decisions: an impact preview of a candidate version, or a re-evaluation under the
 * versions in service. Its provinces are its partitions ({@link RunPartDocument}); the run is finished when they all
 * are.
 *
 * @param kind      IMPACT or REEVALUATION
 * @param versionId the candidate (IMPACT), or null (REEVALUATION: the version in service for each province)
 * @param status    RUNNING, DONE, CANCELLED or FAILED
 */
@Document("job_runs")
public record RunDocument(@Id String id, String kind, String versionId, Filters filters, List<String> provinces,
        String status, String requestedBy, Instant requestedAt, Instant finishedAt, String comment) {

    /** Which current decisions the run covers: title, an area and all areas below it, assessment year. */
    public record Filters(String title, String area, Integer year) {
    }
}
