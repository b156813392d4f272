package vn.hoctap.api.integrity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys that seal decisions ({@code hoctap.integrity.*}). New decisions are sealed with {@code activeKey}; every key
 * ever used stays listed so that older decisions still verify (rotation: add a key, make it active, keep the old one).
 *
 * @param keys      HMAC-SHA256 keys by id; {@code secret} is text of at least 32 characters, or {@code base64:…}
 * @param activeKey id of the key new decisions are sealed with
 */
@ConfigurationProperties("hoctap.integrity")
public record IntegrityProperties(@DefaultValue List<Key> keys, String activeKey) {

    public record Key(String id, String secret) {
    }
}
