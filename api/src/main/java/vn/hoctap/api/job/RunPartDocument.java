package vn.hoctap.api.job;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One province of a run: who works on it (the owning instance and its lease), how far it is, and what it found. The
 * results are written as a whole after every chunk, from the job's own checkpoint, so a restarted or taken-over
 * province never counts a decision twice.
 *
 * @param id          {@code <runId>|<province>}
 * @param status      PENDING, RUNNING, DONE, CANCELLED or FAILED
 * @param total       decisions in scope
 * @param done        decisions processed
 * @param changed     decisions whose outcome would change (IMPACT) or were re-evaluated (REEVALUATION)
 * @param transitions per title and transition, how many
 * @param criteria    per criterion, in how many changed decisions its status changed
 * @param examples    up to a few decisions per transition
 */
@Document("job_run_parts")
public record RunPartDocument(@Id String id, String runId, String province, String status, String owner,
        Instant leaseUntil, long total, long done, long changed, long skipped,
        List<Move> transitions, List<Count> criteria, List<Example> examples, Instant startedAt, Instant updatedAt,
        String error) {

    /** How many decisions of a title move from one state to another ("Mức độ 1 → Không công nhận"). */
    public record Move(String titleCode, String transition, long count) {
    }

    /** How many changed decisions a criterion ("TITLE CRITERION@LEVEL") changed status in. */
    public record Count(String key, long count) {
    }

    /** A decision that would change, with what would change. */
    public record Example(String decisionId, String titleCode, String subjectName, String areaCode, String transition,
            List<String> criteria) {
    }
}
