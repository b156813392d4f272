package vn.hoctap.api.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoctap.engine.evaluation.CriterionOutcome;

/**
 * JSON at the HTTP boundary: every incoming text is normalised to Unicode NFC, so that the same Vietnamese word
 * composed or decomposed ("Nguyễn" typed on different keyboards) compares, sorts and hashes the same.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    SimpleModule nfcTextModule() {
        SimpleModule module = new SimpleModule("nfc-text");
        module.addDeserializer(String.class, new NfcStringDeserializer());
        module.setMixInAnnotation(CriterionOutcome.class, CriterionOutcomeMixin.class);
        return module;
    }

    /**
     * Observed values are labelled with free Vietnamese text (which may hold dots, forbidden in MongoDB field names):
     * the API shows them as an ordered list of {@code {label, value}}.
     */
    abstract static class CriterionOutcomeMixin {
        @JsonSerialize(using = LabelledValuesSerializer.class)
        abstract Map<String, Object> observed();
    }

    /** Writes a map as {@code [{"label": key, "value": value}, …]} in map order. */
    static final class LabelledValuesSerializer extends JsonSerializer<Map<String, Object>> {

        @Override
        public void serialize(Map<String, Object> values, JsonGenerator generator, SerializerProvider serializers)
                throws IOException {
            generator.writeStartArray();
            for (Map.Entry<String, Object> entry : values.entrySet()) {
                generator.writeStartObject();
                generator.writeStringField("label", entry.getKey());
                serializers.defaultSerializeField("value", entry.getValue(), generator);
                generator.writeEndObject();
            }
            generator.writeEndArray();
        }
    }

    /** Reads a JSON string and returns it in NFC. */
    static final class NfcStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
        }
    }
}
