package vn.hoctap.api.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the jobs ({@code hoctap.jobs.*}).
 *
 * @param threads      provinces this instance works on at once
 * @param pollInterval how often an instance looks for work
 * @param lease        how long a claimed province stays this instance's without a sign of life (renewed per chunk);
 *                     after that another instance takes it over
 * @param chunk        decisions per chunk (one checkpoint each)
 */
@ConfigurationProperties("hoctap.jobs")
public record JobProperties(@DefaultValue("2") int threads, @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("60s") Duration lease, @DefaultValue("100") int chunk) {
}
