package vn.hoctap.engine.ruleset;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Danh hiệu — one recognition title and its generations of criteria, oldest first.
 *
 * @param code         stable English code used in the API, e.g. {@code COMMUNE_LEARNING_COMMUNITY}
 * @param exchangeCode de-diacritised Vietnamese code for exchange with Vietnamese systems, e.g.
 *                     {@code CONG_DONG_HOC_TAP_XA}
 * @param officialName official Vietnamese name, e.g. "Cộng đồng học tập cấp xã"
 * @param subjectTier  administrative tier or kind of the subject (HOUSEHOLD, CLAN, VILLAGE, UNIT, COMMUNE,
 *                     DISTRICT, PROVINCE, PERSON, CITY)
 */
public record TitleDefinition(String code, String exchangeCode, String officialName, String englishName,
        String subjectTier, List<GenerationDefinition> generations) {

    public TitleDefinition {
        generations = List.copyOf(generations);
    }

    /** The generation in force on {@code date}, if any. */
    public Optional<GenerationDefinition> generationOn(LocalDate date) {
        return generations.stream().filter(generation -> generation.inForceOn(date)).findFirst();
    }

    public Optional<GenerationDefinition> generation(String id) {
        return generations.stream().filter(generation -> generation.id().equals(id)).findFirst();
    }
}
