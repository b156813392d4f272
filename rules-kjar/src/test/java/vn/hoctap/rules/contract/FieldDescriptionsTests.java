package vn.hoctap.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hoctap.engine.ruleset.GenerationDefinition;
import vn.hoctap.engine.ruleset.TitleDefinition;
import vn.hoctap.rules.common.Field;
import vn.hoctap.rules.support.KjarUnderTest;

/**
 * Every field of every shipped input record (and of the records nested in them) says what is counted, so that an
 * integrator never has to guess from the label alone: its {@code @Field} has a description, and a number with a unit
 * names the unit in it.
 */
class FieldDescriptionsTests {

    @Test
    void everyFieldOfAShippedInputRecordHasADescription() throws ClassNotFoundException {
        List<String> missing = new ArrayList<>();
        List<String> withoutUnit = new ArrayList<>();
        for (Class<?> record : shippedRecords()) {
            for (RecordComponent component : record.getRecordComponents()) {
                Field field = component.getAnnotation(Field.class);
                String where = record.getSimpleName() + "." + component.getName();
                if (field == null || field.description().isBlank()) {
                    missing.add(where);
                } else if (!field.unit().isEmpty() && !field.unit().equals("mức độ")
                        && !field.description().toLowerCase(java.util.Locale.ROOT).contains("đơn vị: " + field.unit().toLowerCase(java.util.Locale.ROOT))) {
                    withoutUnit.add(where);
                }
            }
        }
        assertThat(missing).as("fields without a description").isEmpty();
        assertThat(withoutUnit).as("numbers whose description does not name their unit").isEmpty();
    }

    @Test
    void theRecordsCheckedAreThoseOfEveryGenerationAndTheirNestedRecords() throws ClassNotFoundException {
        assertThat(shippedRecords()).extracting(Class::getSimpleName)
                .contains("CommuneAssessment", "UnitAssessment", "HouseholdAssessment", "HouseholdMember");
    }

    private static Set<Class<?>> shippedRecords() throws ClassNotFoundException {
        Set<Class<?>> records = new LinkedHashSet<>();
        for (TitleDefinition title : KjarUnderTest.ruleset().titles()) {
            for (GenerationDefinition generation : title.generations()) {
                collect(Class.forName(generation.inputType()), records);
            }
        }
        return records;
    }

    private static void collect(Class<?> record, Set<Class<?>> records) {
        if (!record.isRecord() || !records.add(record)) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            collect(component.getType(), records);
            Type generic = component.getGenericType();
            if (generic instanceof ParameterizedType parameterized) {
                for (Type argument : parameterized.getActualTypeArguments()) {
                    if (argument instanceof Class<?> type) {
                        collect(type, records);
                    }
                }
            }
        }
    }
}
