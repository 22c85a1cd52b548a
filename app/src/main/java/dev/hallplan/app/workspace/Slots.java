package dev.hallplan.app.workspace;

import javafx.beans.property.ReadOnlyBooleanPropertyBase;
import javafx.beans.property.ReadOnlyObjectPropertyBase;
import javafx.beans.property.ReadOnlyStringPropertyBase;

/**
 * Read-only properties whose values are set first and announced afterwards, so that a listener
 * of any one of them sees all of them already at their new values (a consistent state).
 */
final class Slots {
    private Slots() {
    }

    /** Something that may announce a change. */
    interface Announcing {
        /** Tells listeners if the value changed since the last announcement. */
        void announce();
    }

    static final class ObjectSlot<T> extends ReadOnlyObjectPropertyBase<T> implements Announcing {
        private final String name;
        private T value;
        private T announced;

        ObjectSlot(String name, T initial) {
            this.name = name;
            this.value = initial;
            this.announced = initial;
        }

        void put(T v) {
            value = v;
        }

        @Override
        public void announce() {
            if (value != announced) {
                announced = value;
                fireValueChangedEvent();
            }
        }

        @Override
        public T get() {
            return value;
        }

        @Override
        public Object getBean() {
            return null;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    static final class BooleanSlot extends ReadOnlyBooleanPropertyBase implements Announcing {
        private final String name;
        private boolean value;
        private boolean announced;

        BooleanSlot(String name) {
            this.name = name;
        }

        void put(boolean v) {
            value = v;
        }

        @Override
        public void announce() {
            if (value != announced) {
                announced = value;
                fireValueChangedEvent();
            }
        }

        @Override
        public boolean get() {
            return value;
        }

        @Override
        public Object getBean() {
            return null;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    static final class StringSlot extends ReadOnlyStringPropertyBase implements Announcing {
        private final String name;
        private String value;
        private String announced;

        StringSlot(String name, String initial) {
            this.name = name;
            this.value = initial;
            this.announced = initial;
        }

        void put(String v) {
            value = v;
        }

        @Override
        public void announce() {
            if (!value.equals(announced)) {
                announced = value;
                fireValueChangedEvent();
            }
        }

        @Override
        public String get() {
            return value;
        }

        @Override
        public Object getBean() {
            return null;
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
