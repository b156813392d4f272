package vn.hoctap.api.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A plan target as the API shows it; {@code scope} says, in a progress report, whether it was set for the area itself
 * ({@code AREA}), its province ({@code PROVINCE}) or the country ({@code NATIONAL}).
 */
public record PlanTargetView(String planNumber, String planTitle, String issuer, LocalDate issuedOn, String sourceUrl,
        String source, boolean confirmed, String note, String areaCode, String areaVersion, String titleCode,
        Measure measure, String measureLabel, String indicator, int horizonYear, BigDecimal targetMin,
        BigDecimal targetMax, Integer level, String scope) {

    static PlanTargetView of(PlanTargetDocument target, String scope) {
        return new PlanTargetView(target.planNumber(), target.planTitle(), target.issuer(), target.issuedOn(),
                target.sourceUrl(), target.source(), target.confirmed(), target.note(), target.areaCode(),
                target.areaVersion(), target.titleCode(), target.measure(), target.measure().label(),
                target.indicator(), target.horizonYear(), target.targetMin(), target.targetMax(), target.level(), scope);
    }
}
