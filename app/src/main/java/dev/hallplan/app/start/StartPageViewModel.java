package dev.hallplan.app.start;

import dev.hallplan.app.document.DocumentViewModel;
import dev.hallplan.app.document.RecentFiles;
import dev.hallplan.samples.SampleInfo;
import dev.hallplan.samples.Samples;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ObservableList;

/** The start page: new empty project, new from a sample (with its one-line description), open, recent files. */
public final class StartPageViewModel {
    private final DocumentViewModel documents;
    private final List<SampleInfo> samples;

    public StartPageViewModel(DocumentViewModel documents) {
        this(documents, Samples.catalogue());
    }

    StartPageViewModel(DocumentViewModel documents, List<SampleInfo> samples) {
        this.documents = documents;
        this.samples = List.copyOf(samples);
    }

    /** The samples in menu order. */
    public List<SampleInfo> samples() {
        return samples;
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
