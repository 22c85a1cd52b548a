package dev.hallplan.app.desktop;

import atlantafx.base.theme.PrimerLight;
import dev.hallplan.app.catalog.CatalogBrowserViewModel;
import dev.hallplan.app.hall.HallViewModel;
import dev.hallplan.catalog.Catalog;
import dev.hallplan.catalog.CatalogLoader;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The HallPlan desktop application. */
public final class HallPlanApp extends Application {
    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        HallViewModel hall = new HallViewModel();
        CatalogBrowserViewModel catalog = new CatalogBrowserViewModel();
        catalog.catalogProperty().set(startupCatalog());
        stage.setTitle("HallPlan");
        stage.setScene(new Scene(new MainWindow(hall, catalog), 1280, 800));
        stage.show();
    }

    /** The catalog the app opens with: the built-in one. */
    static Catalog startupCatalog() {
        return CatalogLoader.builtIn();
    }
}
