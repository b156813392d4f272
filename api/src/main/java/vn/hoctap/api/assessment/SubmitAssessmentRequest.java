package vn.hoctap.api.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import vn.hoctap.api.decision.SubjectRef;

/**
 * One assessment to evaluate: the title sought, the subject, the assessment year (1 January – 31 December) and the
 * reference date (normally the date of the self-assessment or dossier, which selects the criteria and thresholds in
 * force), and the facts shaped by that title's input schema ({@code GET /api/v1/titles/{code}/schema}).
 */
public record SubmitAssessmentRequest(
        @NotBlank @Size(max = 64) String titleCode,
        @NotNull @Valid SubjectRef subject,
        @NotNull @Min(2000) @Max(2100) Integer assessmentYear,
        @NotNull LocalDate referenceDate,
        @NotNull Map<String, Object> facts) {
}
