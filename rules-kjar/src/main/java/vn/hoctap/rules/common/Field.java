package vn.hoctap.rules.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Trường dữ liệu đầu vào — describes one component of an input record so that the engine can validate
 * submitted documents and publish the input schema (labels in Vietnamese) without knowing the title.
 *
 * <p>Part of the kjar contract read by the engine (see {@code docs/kjar-contract.md}). Every component of an
 * input record carries this annotation; a component without it is refused when the ruleset is loaded.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Field {

    /** Official Vietnamese label shown in forms and traces. */
    String label();

    /** Longer explanation, with the legal basis of the data item where useful. */
    String description() default "";

    /** Unit of a numeric value ("người", "%", "điểm", "hộ"), empty when none. */
    String unit() default "";

    /** Smallest accepted numeric value (inclusive). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest accepted numeric value (inclusive). */
    double max() default Double.POSITIVE_INFINITY;

    /** Name of a numeric sibling component this value may not exceed (a part cannot exceed its whole). */
    String notAbove() default "";

    /**
     * Whether the value may be left out; absent optional values reach the rules as {@code null}, so an optional
     * component must have a reference type ({@code Boolean}, {@code Long}, …), never a primitive.
     */
    boolean optional() default false;

    /**
     * For a date: it cannot lie after the assessment's reference date (a decision already taken, a birth date).
     * Other dates may lie up to one year after it.
     */
    boolean notAfterReferenceDate() default false;
}
