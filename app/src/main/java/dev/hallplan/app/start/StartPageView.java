package dev.hallplan.app.start;

import dev.hallplan.app.document.RecentFiles;
import dev.hallplan.samples.SampleInfo;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The start page: what to open, laid out in two columns (new / recent). */
public final class StartPageView extends ScrollPane {
    private final VBox recent = new VBox(4);
    private final StartPageViewModel vm;

    public StartPageView(StartPageViewModel vm) {
        this.vm = vm;
        setId("start-page");
        setFitToWidth(true);
        Label title = new Label("HallPlan");
        title.getStyleClass().add("title-1");
        Label subtitle = new Label("Plan AI-inference halls: what they serve, what they draw, what they cost");
        subtitle.getStyleClass().add("text-muted");

        Button empty = new Button("New empty project");
        empty.setId("new-empty");
        empty.setOnAction(e -> vm.newEmpty());
        Button open = new Button("Open…");
        open.setId("start-open");
        open.setOnAction(e -> vm.open());
        VBox sampleList = new VBox(0);
        vm.samples().addListener((ListChangeListener<SampleInfo>) c -> showSamples(sampleList));
        showSamples(sampleList);
        VBox create = new VBox(8, heading("Start"), new HBox(8, empty, open), heading("New from sample"), sampleList);
        create.setPrefWidth(520);

        VBox recentColumn = new VBox(8, heading("Recent files"), recent);
        recentColumn.setPrefWidth(420);
        vm.recentFiles().addListener((ListChangeListener<RecentFiles.Entry>) c -> showRecent());
        showRecent();

        HBox columns = new HBox(48, create, recentColumn);
        VBox page = new VBox(16, new VBox(2, title, subtitle), columns);
        page.setPadding(new Insets(32, 40, 32, 40));
        page.setAlignment(Pos.TOP_LEFT);
        setContent(page);
    }

    private void showSamples(VBox list) {
        list.getChildren().clear();
        for (SampleInfo s : vm.samples()) {
            Hyperlink link = new Hyperlink(s.title());
            link.setId("sample-" + s.name());
            link.setOnAction(e -> vm.newFromSample(s.name()));
            Label description = new Label(s.description());
            description.setWrapText(true);
            description.getStyleClass().add("text-muted");
            description.setPadding(new Insets(0, 0, 4, 6));
            list.getChildren().add(new VBox(0, link, description));
        }
    }

    private void showRecent() {
        recent.getChildren().clear();
        if (vm.recentFiles().isEmpty()) {
            Label none = new Label("No recent files yet");
            none.getStyleClass().add("text-muted");
            recent.getChildren().add(none);
        }
        for (RecentFiles.Entry entry : vm.recentFiles()) {
            Hyperlink link = new Hyperlink(entry.file().getFileName().toString());
            link.setOnAction(e -> vm.openRecent(entry.file()));
            Label where = new Label(entry.file().toAbsolutePath().getParent() + (entry.exists() ? "" : " (missing)"));
            where.getStyleClass().add("text-muted");
            HBox row = new HBox(6, link, where);
            row.setAlignment(Pos.CENTER_LEFT);
            if (!entry.exists()) {
                link.setDisable(true);
                Button remove = new Button("Remove");
                remove.getStyleClass().add("small");
                remove.setOnAction(e -> vm.removeRecent(entry.file()));
                row.getChildren().add(remove);
            }
            recent.getChildren().add(row);
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }
}
