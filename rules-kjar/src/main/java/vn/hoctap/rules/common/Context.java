package vn.hoctap.rules.common;

import java.time.LocalDate;

/**
 * Bối cảnh đánh giá — the circumstances of one evaluation, inserted by the engine next to the input record:
 * the subject, the title and generation of criteria applied, the reference date that selected them, the
 * assessment year and the province whose variant applies.
 *
 * <p>Immutable. Part of the kjar contract: the engine calls the public constructor reflectively.
 */
public final class Context {

    private final String subjectId;
    private final String titleCode;
    private final String generationId;
    private final LocalDate referenceDate;
    private final int assessmentYear;
    private final String provinceCode;

    public Context(String subjectId, String titleCode, String generationId, LocalDate referenceDate,
            int assessmentYear, String provinceCode) {
        this.subjectId = subjectId;
        this.titleCode = titleCode;
        this.generationId = generationId;
        this.referenceDate = referenceDate;
        this.assessmentYear = assessmentYear;
        this.provinceCode = provinceCode == null ? "" : provinceCode;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getTitleCode() {
        return titleCode;
    }

    public String getGenerationId() {
        return generationId;
    }

    /** The date that decides which criteria and parameter values apply. */
    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    /** Năm đánh giá: the calendar year (1 January – 31 December) whose data are assessed. */
    public int getAssessmentYear() {
        return assessmentYear;
    }

    /** GSO code of the subject's province, empty when unknown. */
    public String getProvinceCode() {
        return provinceCode;
    }

    @Override
    public String toString() {
        return "Context[" + titleCode + "/" + generationId + ", " + subjectId + ", " + referenceDate + ", "
                + assessmentYear + ", province " + provinceCode + "]";
    }
}
