package vn.hoctap.api.area;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of an administrative area: a GSO code, its Vietnamese name, tier and parent, valid from
 * {@code validFrom} to {@code validTo} (inclusive; null = still valid). The same code can denote different areas in
 * different periods (the 2025 reform reused commune codes), so the id is {@code code@validFrom}.
 */
@Document("areas")
public record AreaDocument(@Id String id, @Indexed String code, String name, AreaTier tier, String type,
        @Indexed String parentCode, LocalDate validFrom, LocalDate validTo, AreaCounts counts) {

    public static String idOf(String code, LocalDate validFrom) {
        return code + "@" + validFrom;
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
