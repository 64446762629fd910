package dev.neam.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are in the source tree. Surefire passes {@code neam.repoRoot}; when it is missing
 * (a test started from an IDE without it) the root is found by walking up from the working folder.
 * Fixtures are read from the source tree, not from target/, so goldens can be rewritten in place.
 */
public final class RepoPaths {
    private RepoPaths() {
    }

    public static Path repoRoot() {
        String configured = System.getProperty("neam.repoRoot");
        if (configured != null && !configured.isBlank() && !configured.contains("${")) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("tests/pom.xml")) && Files.isRegularFile(dir.resolve("lsp/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root: set -Dneam.repoRoot");
    }

    /** {@code tests/src/test/resources/fixtures} in the source tree. */
    public static Path fixturesRoot() {
        return repoRoot().resolve("tests/src/test/resources/fixtures");
    }

    /**
     * The shaded jar the lsp module builds, or the jar {@code -Dneam.lsp.jar} names (relative to the
     * repository root): the tests that drive the real jar can then be run against another build, such
     * as one from before a fix, to see that they catch what they guard against.
     */
    public static Path lspJar() {
        String configured = System.getProperty("neam.lsp.jar");
        if (configured != null && !configured.isBlank() && !configured.contains("${")) {
            return repoRoot().resolve(configured).toAbsolutePath().normalize();
        }
        return repoRoot().resolve("lsp/target/neam-lsp.jar");
    }

    /** {@code docs/} in the source tree. */
    public static Path docs() {
        return repoRoot().resolve("docs");
    }

    /** Whether {@code -DupdateDocs=true} was given (generated docs are rewritten instead of compared). */
    public static boolean updateDocs() {
        return Boolean.parseBoolean(System.getProperty("neam.updateDocs", "false").trim());
    }

    /** Whether {@code -DupdateGoldens=true} was given. */
    public static boolean updateGoldens() {
        return Boolean.parseBoolean(System.getProperty("neam.updateGoldens", "false").trim());
    }
}
