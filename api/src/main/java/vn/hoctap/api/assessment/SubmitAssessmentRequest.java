package vn.hoctap.api.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hoctap.api.decision.SubjectRef;

/**
 * One assessment to evaluate: the title sought, the subject, the assessment year (1 January – 31 December) and the
 * reference date (normally the date of the self-assessment or dossier, which selects the criteria and thresholds in
 * force), and the facts shaped by that title's input schema ({@code GET /api/v1/titles/{code}/schema}).
 *
 * @param requestedLevel   mức độ đề nghị công nhận (titles with levels): the level the dossier asks for; absent = the
 *                         highest level the criteria reach is decided
 * @param acceptLowerLevel with {@code requestedLevel}: the dossier also asks for a lower level if the requested one is
 *                         not reached (never assumed)
 * @param decisionDate     ngày quyết định công nhận: the date of the recognising authority's decision, from which the
 *                         recognition's validity runs; absent = the day the decision is recorded
 * @param filingDate       ngày nộp hồ sơ: the day the dossier reached the authority; checked against the filing
 *                         deadline the kjar sets for the title (recorded, never a reason to refuse); absent = unknown
 * @param rollupOverrides  for a figure this service counts from stored decisions (the schema marks them), the reason
 *                         why the figure declared in {@code facts} is used instead, by field name
 * @param evidence         minh chứng, by input field name (the target): the evidence files ({@code POST
 *                         /api/v1/evidence}) and documents that support the value, or {@code none: true} when the
 *                         dossier has no suitable evidence — the criteria reading that field are then judged failed,
 *                         with no points, and its value may be left out of {@code facts}; absent = not recorded
 */
public record SubmitAssessmentRequest(
        @NotBlank @Size(max = 64) String titleCode,
        @NotNull @Valid SubjectRef subject,
        @NotNull @Min(2000) @Max(2100) Integer assessmentYear,
        @NotNull LocalDate referenceDate,
        @NotNull Map<String, Object> facts,
        @Min(1) @Max(9) Integer requestedLevel,
        Boolean acceptLowerLevel,
        LocalDate decisionDate,
        LocalDate filingDate,
        @Size(max = 20) Map<@NotBlank @Size(max = 100) String, @NotBlank @Size(max = 1000) String> rollupOverrides,
        @Size(max = 200) Map<@NotBlank @Size(max = 100) String, @Valid Evidence> evidence) {

    /** The evidence of one field: files and references, or none. */
    public record Evidence(@Size(max = 50) List<@NotBlank @Size(max = 64) String> files,
            @Size(max = 50) List<@NotNull @Valid Reference> references, Boolean none) {
    }

    /** A document referred to as evidence (văn bản): its number, date, issuer, and a note. */
    public record Reference(@Size(max = 100) String number, LocalDate date, @Size(max = 500) String issuer,
            @Size(max = 1000) String note) {
    }

    /** An assessment that records no evidence. */
    public SubmitAssessmentRequest(String titleCode, SubjectRef subject, Integer assessmentYear, LocalDate referenceDate,
            Map<String, Object> facts, Integer requestedLevel, Boolean acceptLowerLevel, LocalDate decisionDate,
            LocalDate filingDate, Map<String, String> rollupOverrides) {
        this(titleCode, subject, assessmentYear, referenceDate, facts, requestedLevel, acceptLowerLevel, decisionDate,
                filingDate, rollupOverrides, null);
    }

    /** An assessment that asks for no particular level, decided on the day it is recorded. */
    public SubmitAssessmentRequest(String titleCode, SubjectRef subject, Integer assessmentYear, LocalDate referenceDate,
            Map<String, Object> facts) {
        this(titleCode, subject, assessmentYear, referenceDate, facts, null, null, null, null, null, null);
    }
}
