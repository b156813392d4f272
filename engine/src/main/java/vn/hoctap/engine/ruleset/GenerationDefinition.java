package vn.hoctap.engine.ruleset;

import java.time.LocalDate;
import java.util.List;

/**
 * Một thế hệ tiêu chí — one generation of criteria of a title, i.e. the criteria of one legal document, in force
 * from {@code effectiveFrom} to {@code effectiveTo} (inclusive; null = still in force). The reference date of an
 * assessment selects the generation.
 *
 * @param kbase     name of the knowledge base (kmodule.xml) holding its rules
 * @param inputType fully qualified name of the input record class in the kjar
 * @param notes     caveats an auditor should see (e.g. an effective date that is not confirmed)
 * @param rollups   input fields counted from stored lower-level decisions ({@link RollupDefinition})
 * @param procedure filing and decision deadlines of its procedure ({@link ProcedureDefinition}), or null
 */
public record GenerationDefinition(String id, String document, String documentTitle, String issuer,
        LocalDate issuedOn, LocalDate effectiveFrom, LocalDate effectiveTo, String kbase, String inputType,
        DecisionDefinition decision, List<String> notes, List<RollupDefinition> rollups,
        ProcedureDefinition procedure) {

    public GenerationDefinition {
        notes = List.copyOf(notes);
        rollups = List.copyOf(rollups);
    }

    /** The roll-up declared for {@code field}, if any. */
    public java.util.Optional<RollupDefinition> rollup(String field) {
        return rollups.stream().filter(rollup -> rollup.field().equals(field)).findFirst();
    }

    /** Whether the generation applies on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
