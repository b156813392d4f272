package vn.hoctap.engine.support;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The reflective view of a record type, read once per class and kept with it (a {@link ClassValue}, so that a kjar's
 * classes can still be unloaded): its components in declaration order, their accessors and the canonical
 * constructor. {@link Class#getRecordComponents()} builds new objects on every call; this reads them once.
 */
public final class Records {

    private static final ClassValue<Records> BY_TYPE = new ClassValue<>() {
        @Override
        protected Records computeValue(Class<?> type) {
            return new Records(type);
        }
    };

    private final List<RecordComponent> components;
    private final Method[] accessors;
    private final Constructor<?> constructor;

    private Records(Class<?> type) {
        RecordComponent[] declared = type.getRecordComponents();
        if (declared == null) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        components = List.of(declared);
        accessors = new Method[declared.length];
        Class<?>[] types = new Class<?>[declared.length];
        for (int i = 0; i < declared.length; i++) {
            accessors[i] = accessible(declared[i].getAccessor());
            types[i] = declared[i].getType();
        }
        Constructor<?> canonical = null;
        try {
            canonical = accessible(type.getDeclaredConstructor(types));
        } catch (NoSuchMethodException e) {
            // not possible for a record; reported when used
        }
        constructor = canonical;
    }

    /**
     * {@code member} with access checks switched off where the module system allows it, so that each call does not
     * check access again; otherwise {@code member} as it is.
     */
    public static <T extends java.lang.reflect.AccessibleObject> T accessible(T member) {
        try {
            member.setAccessible(true);
        } catch (RuntimeException e) {
            // a class of a named module that does not open its package: calls stay checked
        }
        return member;
    }

    /** The view of {@code type}, which must be a record. */
    public static Records of(Class<?> type) {
        return BY_TYPE.get(type);
    }

    /** The components in declaration order. */
    public List<RecordComponent> components() {
        return components;
    }

    /** The value of component {@code index} of {@code record}. */
    public Object read(int index, Object record) {
        try {
            return accessors[index].invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new record from its component values.
     *
     * @throws InvocationTargetException when the record's own constructor refuses the values
     */
    public Object construct(Object[] arguments) throws InvocationTargetException {
        try {
            return constructor.newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
