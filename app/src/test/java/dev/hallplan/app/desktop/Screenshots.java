package dev.hallplan.app.desktop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes a PNG of a scene to target/screenshots/NAME.png (for people to look at). */
public final class Screenshots {
    private Screenshots() {
    }

    public static Path save(Scene scene, String name) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> image.set(scene.snapshot(null))).get();
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path png = dir.resolve(name + ".png");
        write(image.get(), png);
        return png;
    }

    /** Writes {@code image} as a PNG to {@code png}. */
    public static void write(javafx.scene.image.Image image, Path png) throws java.io.IOException {
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
    }
}
