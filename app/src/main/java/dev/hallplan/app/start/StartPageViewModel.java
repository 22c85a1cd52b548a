package dev.hallplan.app.start;

import dev.hallplan.app.document.DocumentViewModel;
import dev.hallplan.app.document.RecentFiles;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.samples.SampleInfo;
import dev.hallplan.samples.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The start page: new empty project, new from a sample (with its one-line description), open,
 * recent files. The sample list is read on the worker (it parses the shipped files).
 */
public final class StartPageViewModel {
    private final DocumentViewModel documents;
    private final ObservableList<SampleInfo> samples = FXCollections.observableArrayList();
    private final ObservableList<SampleInfo> samplesView = FXCollections.unmodifiableObservableList(samples);

    public StartPageViewModel(DocumentViewModel documents, BackgroundTasks tasks) {
        this(documents, tasks, Samples::catalogue);
    }

    StartPageViewModel(DocumentViewModel documents, BackgroundTasks tasks, Callable<List<SampleInfo>> catalogue) {
        this.documents = documents;
        tasks.run("Listing the samples", catalogue).thenAccept(samples::setAll);
    }

    /** The samples in menu order; empty until listed. */
    public ObservableList<SampleInfo> samples() {
        return samplesView;
    }

    /** Recent files, newest first; missing ones marked. */
    public ObservableList<RecentFiles.Entry> recentFiles() {
        return documents.recentFiles().entries();
    }

    public void newEmpty() {
        documents.newEmpty();
    }

    public void newFromSample(String name) {
        documents.newFromSample(name);
    }

    public void open() {
        documents.open();
    }

    public void openRecent(Path file) {
        documents.openRecent(file);
    }

    public void removeRecent(Path file) {
        documents.recentFiles().remove(file);
    }
}
