package dev.hallplan.app.desktop;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.hallplan.app.services.SettingsStore;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The AtlantaFX themes the app offers (View > Theme), remembered in the settings. */
public enum Theme {
    LIGHT("Light"), DARK("Dark");

    private static final String KEY = "theme";
    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Makes this the theme of every window. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The theme in the settings; light when none. */
    public static Theme from(SettingsStore settings) {
        return settings.get(KEY).filter("DARK"::equals).map(s -> DARK).orElse(LIGHT);
    }

    /** Switches and remembers the theme. */
    public static final class Switcher {
        private final SettingsStore settings;
        private final ObjectProperty<Theme> current;

        public Switcher(SettingsStore settings) {
            this.settings = settings;
            this.current = new SimpleObjectProperty<>(from(settings));
            current.get().apply();
        }

        public ObjectProperty<Theme> currentProperty() {
            return current;
        }

        public void use(Theme theme) {
            theme.apply();
            current.set(theme);
            settings.put(KEY, theme.name());
        }
    }
}
