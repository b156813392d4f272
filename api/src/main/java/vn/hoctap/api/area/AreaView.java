package vn.hoctap.api.area;

import java.time.LocalDate;
import java.util.List;

/**
 * An area version as the API shows it.
 *
 * @param path codes of the area's ancestors and itself valid on the requested date, province first (empty when no
 *             date was asked)
 */
public record AreaView(String code, String name, AreaTier tier, String type, String parentCode, LocalDate validFrom,
        LocalDate validTo, AreaCounts counts, List<String> path) {

    static AreaView of(AreaDocument area, List<AreaDocument> path) {
        return new AreaView(area.code(), area.name(), area.tier(), area.type(), area.parentCode(), area.validFrom(),
                area.validTo(), area.counts(), path.stream().map(AreaDocument::code).toList());
    }
}
