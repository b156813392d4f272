package vn.hoctap.api.storage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How writes are made durable ({@code hoctap.storage.*}).
 *
 * @param minFreeSpace  the embedded store refuses writes (503) while less than this is free on its disk
 * @param probeInterval how often a refusing embedded store checks whether storage works again
 * @param writeConcern  with a real MongoDB: {@code majority} (default), or a number of members, e.g. {@code 1}
 * @param journal       with a real MongoDB: whether a write is acknowledged only once in the on-disk journal
 * @param writeTimeout  with a real MongoDB: how long a write may wait for its write concern before it fails (503)
 * @param retryAfter    the Retry-After a refused write is answered with
 * @param embeddedCache the embedded store's page cache (H2 MVStore; its own default is 16 MB, which a store of more
 *                      than a few thousand decisions outgrows: every miss reads and deserialises a page)
 */
@ConfigurationProperties("hoctap.storage")
public record StorageProperties(@DefaultValue("64MB") DataSize minFreeSpace,
        @DefaultValue("5s") Duration probeInterval, @DefaultValue("majority") String writeConcern,
        @DefaultValue("true") boolean journal, @DefaultValue("10s") Duration writeTimeout,
        @DefaultValue("30s") Duration retryAfter, @DefaultValue("256MB") DataSize embeddedCache) {
}
