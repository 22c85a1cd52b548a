package dev.hallplan.app.desktop;

import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/** The texts of Help > Keyboard shortcuts (read from the menus themselves) and Help > About. */
final class HelpTexts {
    /** Accelerators the menus cannot carry (a menu item has one accelerator). */
    static final String EXTRA = "Redo (also)\tCtrl+Y\n";

    private HelpTexts() {
    }

    static String shortcuts(MenuBar bar) {
        StringBuilder text = new StringBuilder();
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    String label = item.getText().replace("_", "").replaceAll("^(Undo|Redo) .*", "$1");
                    text.append(menu.getText().replace("_", "")).append(" > ").append(label)
                            .append('\t').append(item.getAccelerator().getDisplayText()).append('\n');
                }
            }
        }
        return text.append(EXTRA).toString();
    }

    static String about(Workbench w) {
        StringBuilder text = new StringBuilder("HallPlan ").append(version())
                .append("\nPlans AI-inference data-center halls: what they serve, draw and cost.\n\n")
                .append("Java ").append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vendor"))
                .append(")\nJavaFX ").append(System.getProperty("javafx.runtime.version", "unknown")).append('\n');
        if (w.sizing().isDone() && !w.sizing().isCompletedExceptionally()) {
            Catalog c = w.sizing().join().catalog();
            text.append("\nHardware catalog: built in");
            for (CatalogKind k : CatalogKind.values()) {
                text.append(", ").append(c.entries(k).size()).append(' ').append(k.jsonArray());
            }
            text.append(".\nEvery figure carries its source; the sources are listed in docs/catalog.md")
                    .append(" (the catalog files: ").append(dev.hallplan.catalog.CatalogLoader.BUILT_IN_FOLDER).append("*.json).");
        } else {
            text.append("\nHardware catalog: still loading.");
        }
        return text.toString();
    }

    static String version() {
        try (InputStream in = HelpTexts.class.getResourceAsStream("/dev/hallplan/app/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "(development build)");
        } catch (IOException e) {
            return "(development build)";
        }
    }
}
