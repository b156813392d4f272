package vn.hoctap.api.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One target of a plan: by {@code horizonYear}, {@code targetMin} percent (to {@code targetMax} for a band such as
 * "70–75 %") of the subjects {@code measure} names in the area are to hold {@code titleCode} (at {@code level} or
 * higher, when the plan says so). Reference data imported by an administrator; the id is the natural key, so that an
 * import of the same target replaces it.
 *
 * @param planNumber  số hiệu, e.g. {@code 387/QĐ-TTg}; a description when the plan's number is not known
 * @param issuedOn    ngày ban hành; null when not known
 * @param sourceUrl   where the figure was read; {@code source} names it in words (outlet, date, or a text without an
 *                    address)
 * @param confirmed   false for a figure the project's criteria reference marks UNCONFIRMED; {@code note} says why
 * @param areaCode    {@code VN} for a national target, else the code of a province or commune in the registry
 * @param areaVersion the registry version ({@code code@validFrom}) the plan was set for; null for {@code VN}
 * @param indicator   the indicator as the plan words it (Vietnamese)
 */
@Document("plan_targets")
@CompoundIndex(name = "area_title_year", def = "{'areaCode': 1, 'titleCode': 1, 'horizonYear': 1}")
public record PlanTargetDocument(@Id String id, String planNumber, String planTitle, String issuer, LocalDate issuedOn,
        String sourceUrl, String source, boolean confirmed, String note, String areaCode, String areaVersion,
        String titleCode, Measure measure, String indicator, int horizonYear, BigDecimal targetMin, BigDecimal targetMax,
        Integer level, Instant importedAt, String importedBy) {

    /** The national area code. */
    public static final String NATIONAL = "VN";

    /** The natural key: plan, area version, title, measure, horizon year and level. */
    static String idOf(String planNumber, String areaVersion, String titleCode, Measure measure, int horizonYear,
            Integer level) {
        return String.join("|", planNumber, areaVersion == null ? NATIONAL : areaVersion, titleCode, measure.name(),
                Integer.toString(horizonYear), level == null ? "" : level.toString());
    }

    boolean national() {
        return NATIONAL.equals(areaCode);
    }
}
