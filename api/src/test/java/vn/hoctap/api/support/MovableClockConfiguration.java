package vn.hoctap.api.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the service's clock with a {@link MovableClock} ({@code @Import} it, then autowire the clock). */
@TestConfiguration
public class MovableClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
