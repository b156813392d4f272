package vn.hoctap.api.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock in whole milliseconds, which a test can move forward (to reach an effective date); its copies in
 * other zones move with it.
 */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;
    private final MovableClock origin;

    public MovableClock() {
        this.zone = ZoneOffset.UTC;
        this.origin = this;
    }

    private MovableClock(MovableClock origin, ZoneId zone) {
        this.zone = zone;
        this.origin = origin;
    }

    public void advance(Duration by) {
        origin.offset = origin.offset.plus(by);
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(System.currentTimeMillis()).plus(origin.offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MovableClock(origin, zone);
    }
}
