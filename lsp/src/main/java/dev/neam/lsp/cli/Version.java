package dev.neam.lsp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The build's version, filtered from Maven into {@code version.properties}. */
public final class Version implements IVersionProvider {

    private static final String RESOURCE = "version.properties";

    /** Where people learn about the tool (SARIF {@code informationUri}); keep it the project's public home. */
    public static final String INFORMATION_URI = "https://github.com/neam-lang/neam-lsp";

    /** The project version, or {@code unknown} when the resource is missing or was not filtered. */
    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").trim();
            return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"neam-lsp " + get()};
    }
}
