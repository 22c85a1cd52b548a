package dev.hallplan.app.cli;

import dev.hallplan.catalog.CatalogLoader;
import dev.hallplan.engine.perf.ModelZoo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code hallplan --version}: HallPlan's version, the built-in catalog's edition date, the model
 * zoo's size and the Java runtime. Reads the catalog's edition, not the catalog, so it stays fast.
 */
final class VersionInfo implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
                "HallPlan " + appVersion(),
                "built-in hardware catalog of " + CatalogLoader.builtInEdition(),
                "model zoo: " + ModelZoo.builtIn().models().size() + " models",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }

    /** The Maven project version written into {@code version.properties} at build time. */
    static String appVersion() {
        try (InputStream in = VersionInfo.class.getResourceAsStream("/dev/hallplan/app/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException ex) {
            return "unknown";
        }
    }
}
