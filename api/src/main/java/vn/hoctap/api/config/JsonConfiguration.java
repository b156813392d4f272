package vn.hoctap.api.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoctap.engine.evaluation.CriterionOutcome;

/**
 * JSON at the HTTP boundary. Strict: no content after the value, no duplicate field, no coercion of strings or
 * fractions to whole numbers or of numbers and booleans to text (application.properties), dates only as
 * {@code "yyyy-mm-dd"} text. Every incoming text is normalised to Unicode NFC, so that the same Vietnamese word composed
 * or decomposed ("Nguyễn" typed on different keyboards) compares, sorts and hashes the same. Numbers keep the form
 * they were sent in ({@code 60.0} stays {@code 60.0}, never {@code 6E+1}).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    SimpleModule nfcTextModule() {
        SimpleModule module = new SimpleModule("nfc-text");
        module.addDeserializer(String.class, new NfcStringDeserializer());
        module.addDeserializer(LocalDate.class, new IsoDateDeserializer());
        module.setMixInAnnotation(CriterionOutcome.class, CriterionOutcomeMixin.class);
        return module;
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer exactNumbers() {
        return builder -> builder.postConfigurer(mapper -> mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)));
    }

    /** Reads a date only from {@code "yyyy-mm-dd"} text with a four-digit year; a number is not a date. */
    static final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {

        private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        IsoDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && ISO.matcher(parser.getText()).matches()) {
                try {
                    return LocalDate.parse(parser.getText());
                } catch (DateTimeException e) {
                    // falls through to the refusal below
                }
            }
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser.currentToken(), parser,
                    "expected a date \"yyyy-mm-dd\"");
        }
    }

    /**
     * Observed values are labelled with free Vietnamese text (which may hold dots, forbidden in MongoDB field names):
     * the API shows them as an ordered list of {@code {name, label, value}}, the machine name taken from the
     * outcome's {@code observedNames} (absent when the ruleset gives none), as the API's own {@code DecisionTrace} does.
     */
    abstract static class CriterionOutcomeMixin {
        @JsonSerialize(using = LabelledValuesSerializer.class)
        abstract Map<String, Object> observed();

        @JsonIgnore
        abstract Map<String, String> observedNames();

        /** Absent when every input has its evidence, as in the API's trace. */
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract java.util.List<String> noEvidence();
    }

    /**
     * Writes a map as {@code [{"name": …, "label": key, "value": value}, …]} in map order; the names come from the
     * {@link CriterionOutcome} being written.
     */
    static final class LabelledValuesSerializer extends JsonSerializer<Map<String, Object>> {

        @Override
        public void serialize(Map<String, Object> values, JsonGenerator generator, SerializerProvider serializers)
                throws IOException {
            Map<String, String> names = generator.currentValue() instanceof CriterionOutcome outcome
                    ? outcome.observedNames() : Map.of();
            generator.writeStartArray();
            for (Map.Entry<String, Object> entry : values.entrySet()) {
                generator.writeStartObject();
                String name = names.get(entry.getKey());
                if (name != null) {
                    generator.writeStringField("name", name);
                }
                generator.writeStringField("label", entry.getKey());
                serializers.defaultSerializeField("value", entry.getValue(), generator);
                generator.writeEndObject();
            }
            generator.writeEndArray();
        }
    }

    /** Reads a JSON string, and only a string (a number or boolean is not text), and returns it in NFC. */
    static final class NfcStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser.currentToken(), parser,
                        "expected a text");
            }
            return Normalizer.normalize(parser.getText(), Normalizer.Form.NFC);
        }
    }
}
