package vn.hoctap.api.config;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Dates without time (reference dates, validity periods) are stored as ISO text ("2025-07-01"): exact, readable in the
 * shell, ordered correctly as text, and free of time-zone shifts between writer and reader.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new LocalDateToText(), new TextToLocalDate()));
    }

    @WritingConverter
    static final class LocalDateToText implements Converter<LocalDate, String> {
        @Override
        public String convert(LocalDate date) {
            return date.toString();
        }
    }

    @ReadingConverter
    static final class TextToLocalDate implements Converter<String, LocalDate> {
        @Override
        public LocalDate convert(String text) {
            return LocalDate.parse(text);
        }
    }
}
