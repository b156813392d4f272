package vn.hoctap.engine.contract;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.engine.parameter.ResolvedParameter;
import vn.hoctap.engine.support.Records;

/**
 * The engine's side of the kjar contract (version 1, {@code docs/kjar-contract.md}): the classes every hoctap kjar
 * provides in {@code vn.hoctap.rules.common}, reached through the kjar's own class loader so that each loaded
 * version uses its own copy. Thread-safe.
 */
public final class KjarContract {

    public static final String PACKAGE = "vn.hoctap.rules.common.";

    private final Constructor<?> contextConstructor;
    private final Class<?> parameterType;
    private final Constructor<?> parameterConstructor;
    private final Method parameterName;
    private final Class<?> resultType;
    private final Method status;
    private final Method observed;
    private final Method observedNames;
    private final Method required;
    private final Method explanation;
    private final Method points;
    private final Class<? extends Annotation> fieldAnnotation;
    private final Class<?> labelled;

    @SuppressWarnings("unchecked")
    private KjarContract(ClassLoader loader) throws ReflectiveOperationException {
        contextConstructor = Records.accessible(loader.loadClass(PACKAGE + "Context").getConstructor(String.class, String.class, String.class, LocalDate.class,
                int.class, String.class));
        parameterType = loader.loadClass(PACKAGE + "Parameter");
        parameterConstructor = Records.accessible(parameterType.getConstructor(String.class, Object.class, String.class,
                LocalDate.class, String.class, String.class, boolean.class));
        parameterName = Records.accessible(parameterType.getMethod("getName"));
        resultType = loader.loadClass(PACKAGE + "CriterionResult");
        status = Records.accessible(resultType.getMethod("getStatus"));
        observed = Records.accessible(resultType.getMethod("getObserved"));
        observedNames = optionalMethod(resultType, "getObservedNames");
        required = Records.accessible(resultType.getMethod("getRequired"));
        explanation = Records.accessible(resultType.getMethod("getExplanation"));
        points = Records.accessible(resultType.getMethod("getPoints"));
        fieldAnnotation = (Class<? extends Annotation>) loader.loadClass(PACKAGE + "Field");
        labelled = loader.loadClass(PACKAGE + "Labelled");
    }

    /**
     * Binds the contract classes of the kjar whose classes {@code loader} loads.
     *
     * @throws ReflectiveOperationException naming the missing class or member when the kjar breaks the contract
     */
    public static KjarContract bind(ClassLoader loader) throws ReflectiveOperationException {
        return new KjarContract(loader);
    }

    /** A {@code Context} fact of the kjar. */
    public Object newContext(String subjectId, String titleCode, String generationId, LocalDate referenceDate,
            int assessmentYear, String provinceCode) {
        return construct(contextConstructor, subjectId, titleCode, generationId, referenceDate, assessmentYear,
                provinceCode);
    }

    /** A {@code Parameter} fact of the kjar holding a resolved value. */
    public Object newParameter(ResolvedParameter parameter) {
        return construct(parameterConstructor, parameter.name(), parameter.value(), parameter.unit(),
                parameter.effectiveFrom(), parameter.source(), parameter.scope(), parameter.unconfirmed());
    }

    public boolean isParameter(Object fact) {
        return parameterType.isInstance(fact);
    }

    public String parameterName(Object parameter) {
        return (String) invoke(parameterName, parameter);
    }

    public boolean isCriterionResult(Object fact) {
        return resultType.isInstance(fact);
    }

    /**
     * Reads a {@code CriterionResult} inserted by a rule. Its observed values and their names are the result's own
     * maps, not copies: callers copy what they keep. A kjar built before {@code getObservedNames()} joined the
     * contract gives no names (an empty map).
     */
    @SuppressWarnings("unchecked")
    public ResultView readResult(Object result) {
        Map<String, Object> values = (Map<String, Object>) invoke(observed, result);
        Map<String, String> names = observedNames == null ? Map.of()
                : (Map<String, String>) invoke(observedNames, result);
        return new ResultView((String) invoke(status, result), values, names == null ? Map.of() : names,
                (String) invoke(required, result), (String) invoke(explanation, result),
                (BigDecimal) invoke(points, result));
    }

    /** The {@code @Field} annotation of a record component, read into plain values. */
    public Optional<FieldAnnotation> field(AnnotatedElement element) {
        Annotation annotation = element.getAnnotation(fieldAnnotation);
        if (annotation == null) {
            return Optional.empty();
        }
        Class<?> type = annotation.annotationType();
        return Optional.of(new FieldAnnotation((String) call(type, annotation, "label"),
                (String) call(type, annotation, "description"), (String) call(type, annotation, "unit"),
                (Double) call(type, annotation, "min"), (Double) call(type, annotation, "max"),
                (String) call(type, annotation, "notAbove"), (Boolean) call(type, annotation, "optional"),
                (Boolean) callIfPresent(type, annotation, "notAfterReferenceDate", Boolean.FALSE)));
    }

    /** Whether an enumeration of the kjar carries official labels. */
    public boolean isLabelled(Class<?> type) {
        return labelled.isAssignableFrom(type);
    }

    /** The official Vietnamese wording of a labelled enumeration constant. */
    public String label(Object constant) {
        try {
            return (String) labelled.getMethod("label").invoke(constant);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A getter added in a later revision of the contract, or null when the kjar was built before it. */
    private static Method optionalMethod(Class<?> type, String name) {
        try {
            return Records.accessible(type.getMethod(name));
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object call(Class<?> type, Annotation annotation, String name) {
        try {
            return type.getMethod(name).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("@Field lacks " + name + "()", e);
        }
    }

    /** An attribute added in a later revision of the contract; kjars built before it get {@code fallback}. */
    private static Object callIfPresent(Class<?> type, Annotation annotation, String name, Object fallback) {
        try {
            return type.getMethod(name).invoke(annotation);
        } catch (NoSuchMethodException e) {
            return fallback;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("@Field." + name + "() failed", e);
        }
    }

    private static Object construct(Constructor<?> constructor, Object... arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("kjar contract class failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a {@code CriterionResult} says.
     *
     * @param observed      observed values by Vietnamese label, in order
     * @param observedNames the machine name of observed values by label; empty for a kjar that gives none
     */
    public record ResultView(String status, Map<String, Object> observed, Map<String, String> observedNames,
            String required, String explanation, BigDecimal points) {
    }

    /**
     * The attributes of a {@code @Field} annotation.
     *
     * @param notAfterReferenceDate a date that cannot lie after the reference date (a decision already taken, a
     *                              birth date)
     */
    public record FieldAnnotation(String label, String description, String unit, double min, double max,
            String notAbove, boolean optional, boolean notAfterReferenceDate) {
    }
}
