package vn.hoctap.api.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Chủ thể được đánh giá — the household, clan, unit, commune… assessed: the submitter's stable id for it, its
 * Vietnamese name, and the GSO code of the administrative area it belongs to (or is).
 *
 * @param memberOf the subjects this one is a member of (a citizen's unit: its staff are counted towards the unit's
 *                 "Công dân học tập" rate), by their ids; absent when none
 */
public record SubjectRef(
        @NotBlank @Size(max = 100) @Pattern(regexp = SubjectRef.ID, message = "letters, digits and . _ : @ / - only")
        String id,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 32) String areaCode,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 20)
        List<@NotBlank @Size(max = 100) @Pattern(regexp = SubjectRef.ID, message = "letters, digits and . _ : @ / - only") String> memberOf) {

    static final String ID = "[\\p{L}\\p{N}._:@/-]+";

    /** A subject that is no member of another. */
    public SubjectRef(String id, String name, String areaCode) {
        this(id, name, areaCode, null);
    }
}
