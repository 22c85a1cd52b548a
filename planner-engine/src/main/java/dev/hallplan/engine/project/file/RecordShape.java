package dev.hallplan.engine.project.file;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A record class's components, their names and its canonical constructor, looked up once per class:
 * binding, writing and checking a project visit thousands of records, and reflection per visit
 * made loading a small file take milliseconds.
 */
final class RecordShape {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    final RecordComponent[] components;
    /** Component names in declaration order. */
    final Set<String> names;
    final Constructor<?> constructor;

    private RecordShape(Class<?> type) {
        components = type.getRecordComponents();
        names = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.stream(components).map(RecordComponent::getName).toList()));
        try {
            constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException ex) {
            throw new IllegalStateException("no canonical constructor of " + type.getName(), ex);
        }
    }

    static RecordShape of(Class<?> recordClass) {
        return SHAPES.get(recordClass);
    }

    /** The value of component {@code i} of {@code r}. */
    Object get(Record r, int i) {
        try {
            return components[i].getAccessor().invoke(r);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
