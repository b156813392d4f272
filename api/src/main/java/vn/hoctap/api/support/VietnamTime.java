package vn.hoctap.api.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as they are in Vietnam (ICT, UTC+7): "today" for a default reference date is Vietnam's today. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
