package vn.hoctap.api.config;

import com.mongodb.WriteConcern;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoctap.api.storage.StorageProperties;

/**
 * With a real MongoDB ({@code spring.data.mongodb.uri}), every write — assessments, decisions, rulesets, audit — is
 * acknowledged only when the write concern holds: by default a majority of the replica set, in the on-disk journal
 * ({@code w: majority, j: true}), within {@code hoctap.storage.write-timeout}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.data.mongodb", name = "uri")
class RealMongoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer durableWrites(StorageProperties storage) {
        String w = storage.writeConcern();
        WriteConcern concern = w.chars().allMatch(Character::isDigit) ? new WriteConcern(Integer.parseInt(w))
                : new WriteConcern(w);
        WriteConcern configured = concern.withJournal(storage.journal())
                .withWTimeout(storage.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        return settings -> settings.writeConcern(configured);
    }
}
