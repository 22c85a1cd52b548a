package dev.hallplan.app.desktop;

import dev.hallplan.app.document.RecentFiles;
import dev.hallplan.app.workspace.ProjectViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar (File, Edit, View, Scenario, Plan, Help) with mnemonics and accelerators; each item
 * calls a view model command. Help > Keyboard shortcuts lists the accelerators from these menus.
 */
final class AppMenus {
    private final Workbench w;
    private final Runnable quit;
    private final Theme.Switcher themes;
    private final MenuBar bar = new MenuBar();

    AppMenus(Workbench workbench, Runnable quit, Theme.Switcher themes) {
        this.w = workbench;
        this.quit = quit;
        this.themes = themes;
        bar.setId("menu-bar");
        bar.getMenus().addAll(file(), edit(), view(), scenario(), plan(), help());
    }

    MenuBar menuBar() {
        return bar;
    }

    private Menu file() {
        BooleanBinding none = w.document().projectProperty().isNull();
        Menu recent = new Menu("Open _Recent");
        recent.setId("menu-recent");
        w.documents().recentFiles().entries().addListener((ListChangeListener<RecentFiles.Entry>) c -> fillRecent(recent));
        fillRecent(recent);
        return menu("_File", "menu-file", item("_New…", "menu-new", "Shortcut+N", () -> w.documents().close()),
                item("_Open…", "menu-open", "Shortcut+O", () -> w.documents().open()), recent,
                new SeparatorMenuItem(),
                disabledWhen(item("_Save", "menu-save", "Shortcut+S", () -> w.documents().save()), none),
                disabledWhen(item("Save _As…", "menu-save-as", "Shortcut+Shift+S", () -> w.documents().saveAs()), none),
                disabledWhen(item("_Close", "menu-close", "Shortcut+W", () -> w.documents().close()), none),
                new SeparatorMenuItem(),
                disabledWhen(item("Export _workbook…", "menu-export-xlsx", "Shortcut+E", () -> w.export().exportWorkbook()), none),
                disabledWhen(item("Export _PDF report…", "menu-export-pdf", "Shortcut+Shift+E", () -> w.export().exportPdf()), none),
                disabledWhen(item("Co_mpare scenarios…", "menu-compare", null, () -> w.export().compareScenarios()), none),
                new SeparatorMenuItem(),
                item("_Quit", "menu-quit", "Shortcut+Q", quit));
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (RecentFiles.Entry e : w.documents().recentFiles().entries()) {
            MenuItem it = new MenuItem(e.file().getFileName() + (e.exists() ? "" : " (missing: select to remove)"));
            it.setMnemonicParsing(false);
            if (!e.exists()) {
                it.getStyleClass().add("text-muted");
            }
            it.setOnAction(a -> w.documents().openRecent(e.file()));
            recent.getItems().add(it);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem empty = new MenuItem("No recent files");
            empty.setDisable(true);
            recent.getItems().add(empty);
        }
    }

    private Menu edit() {
        ProjectViewModel d = w.document();
        MenuItem undo = item("_Undo", "menu-undo", "Shortcut+Z", d::undo);
        undo.textProperty().bind(named("Undo", d.undoNameProperty()));
        undo.disableProperty().bind(d.undoNameProperty().isEmpty());
        MenuItem redo = item("_Redo", "menu-redo", "Shortcut+Shift+Z", d::redo);
        redo.textProperty().bind(named("Redo", d.redoNameProperty()));
        redo.disableProperty().bind(d.redoNameProperty().isEmpty());
        return menu("_Edit", "menu-edit", undo, redo, new SeparatorMenuItem(),
                disabledWhen(item("Rename _project…", "menu-rename-project", null, () -> w.scenarios().renameProject()),
                        d.projectProperty().isNull()),
                disabledWhen(item("Rename _hall…", "menu-rename-hall", null, () -> w.scenarios().renameHall()),
                        d.hallProperty().isNull()));
    }

    private Menu view() {
        Menu theme = new Menu("_Theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem it = new RadioMenuItem(t.label());
            it.setId("menu-theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            it.setToggleGroup(group);
            it.setSelected(themes.currentProperty().get() == t);
            it.setOnAction(e -> themes.use(t));
            theme.getItems().add(it);
        }
        return menu("_View", "menu-view", theme);
    }

    private Menu scenario() {
        BooleanBinding none = w.document().projectProperty().isNull();
        return menu("_Scenario", "menu-scenario",
                disabledWhen(item("_Add scenario", "menu-add-scenario", "Shortcut+Shift+N", () -> w.scenarios().add()), none),
                disabledWhen(item("_Duplicate scenario", "menu-duplicate-scenario", "Shortcut+D", () -> w.scenarios().duplicate()), none),
                disabledWhen(item("_Rename scenario…", "menu-rename-scenario", "F2", () -> w.scenarios().rename()), none),
                disabledWhen(item("De_lete scenario", "menu-delete-scenario", null, () -> w.scenarios().delete()),
                        w.scenarios().canDeleteProperty().not()),
                disabledWhen(item("Move _up", "menu-scenario-up", null, () -> w.scenarios().moveUp()), none),
                disabledWhen(item("Move do_wn", "menu-scenario-down", null, () -> w.scenarios().moveDown()), none));
    }

    private Menu plan() {
        BooleanBinding noScenario = w.document().scenarioProperty().isNull();
        return menu("_Plan", "menu-plan",
                disabledWhen(item("_Solve", "menu-solve", "F5", () -> w.plan().solve()), noScenario.or(w.plan().runningProperty())),
                disabledWhen(item("S_top", "menu-stop", "Esc", () -> w.plan().stop()), w.plan().runningProperty().not()));
    }

    private Menu help() {
        return menu("_Help", "menu-help", item("_Keyboard shortcuts", "menu-shortcuts", "F1",
                        () -> w.services().dialogs().showMessage("Keyboard shortcuts", HelpTexts.shortcuts(bar))),
                item("_About HallPlan", "menu-about", null,
                        () -> w.services().dialogs().showMessage("About HallPlan", HelpTexts.about(w))));
    }

    private static Menu menu(String text, String id, MenuItem... items) {
        Menu m = new Menu(text);
        m.setId(id);
        m.getItems().addAll(items);
        return m;
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem it = new MenuItem(text);
        it.setId(id);
        if (accelerator != null) {
            it.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        it.setOnAction(e -> action.run());
        return it;
    }

    private static MenuItem disabledWhen(MenuItem it, javafx.beans.value.ObservableBooleanValue condition) {
        it.disableProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        return it;
    }

    private static javafx.beans.binding.StringBinding named(String verb, ObservableStringValue name) {
        return Bindings.createStringBinding(() -> name.get().isEmpty() ? verb : verb + " " + name.get(), name);
    }
}
