package vn.hoctap.api.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Chủ thể được đánh giá — the household, clan, unit, commune… assessed: the submitter's stable id for it, its
 * Vietnamese name, and the GSO code of the administrative area it belongs to (or is).
 */
public record SubjectRef(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}._:@/-]+", message = "letters, digits and . _ : @ / - only")
        String id,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 32) String areaCode) {
}
