package dev.hallplan.app.desktop;

import dev.hallplan.app.services.FileDialogs;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} as the platform's native file choosers. */
final class FxFileDialogs implements FileDialogs {
    private final Supplier<Window> owner;

    FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path directory) {
        FileChooser c = chooser("Open project", Kind.PROJECT, directory);
        return Optional.ofNullable(c.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Kind kind, Path directory) {
        FileChooser c = chooser("Open " + kind.description(), kind, directory);
        return Optional.ofNullable(c.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveTarget(Kind kind, Path directory, String suggestedName) {
        FileChooser c = chooser("Save " + kind.description().toLowerCase(java.util.Locale.ROOT), kind, directory);
        c.setInitialFileName(suggestedName);
        return Optional.ofNullable(c.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, Kind kind, Path directory) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        for (String pattern : kind.patterns()) {
            if (kind.patterns().size() > 1) {
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
            }
        }
        if (directory != null && directory.toFile().isDirectory()) {
            c.setInitialDirectory(directory.toFile());
        }
        return c;
    }
}
