package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.neam.tests.cli.LintProcess;
import dev.neam.tests.support.RepoPaths;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up archive, as editors meet it: the first server session writes it at exit,
 * the next one maps its classes from it, lint only uses it, and an archive the JVM cannot use (a
 * newer jar, a broken file) changes nothing a client sees.
 */
class StartupArchiveTest {
    private static final String SHARED = "shared objects file (top)";

    @TempDir
    Path dir;
    private Path cache;
    private Path jar;
    private String launcher;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(File.separatorChar == '/', "the POSIX launcher");
        cache = dir.resolve("cache");
        // a copy, so that the test may make it newer than the archive
        jar = Files.copy(RepoPaths.lspJar(), dir.resolve("neam-lsp.jar"), StandardCopyOption.REPLACE_EXISTING);
        launcher = RepoPaths.repoRoot().resolve("bin/neam-lsp").toString();
    }

    @Test
    void theFirstSessionWritesTheArchiveAndTheNextOneUsesIt() throws IOException {
        assertThat(session(null)).as("no archive yet").isZero();
        Path archive = archive();
        assertThat(archive).isRegularFile();
        assertThat(Files.size(archive)).isGreaterThan(100_000);
        try (Stream<Path> files = Files.list(archive.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no unfinished archive is left")
                    .containsExactly("neam-lsp.jsa");
        }
        assertThat(session(dir.resolve("second.log"))).as("classes mapped from the archive").isGreaterThan(500);
    }

    @Test
    void anArchiveOlderThanTheJarIsReplacedAndABrokenOneIsIgnoredSilently() throws IOException {
        session(null);
        Path archive = archive();
        FileTime old = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000);
        Files.setLastModifiedTime(archive, old); // as if the jar had been replaced since
        assertThat(session(dir.resolve("stale.log"))).as("a stale archive is not used").isZero();
        assertThat(Files.getLastModifiedTime(archive)).as("but written again").isGreaterThan(old);
        assertThat(session(dir.resolve("fresh.log"))).as("and used next").isGreaterThan(500);

        Files.writeString(archive, "not an archive");
        assertThat(session(dir.resolve("broken.log"))).isZero();
    }

    @Test
    void lintNeitherWritesAnArchiveNorSaysAnythingAboutOne() throws IOException {
        Files.writeString(dir.resolve("a.neam"), "fun main() {\n    emit \"hi\";\n}\n");
        String lint = lint();
        assertThat(lint).isEqualTo("1 file, 0 errors, 0 warnings, 0 information, 0 hints");
        assertThat(cache).doesNotExist();

        session(null);
        Files.writeString(archive(), "not an archive");
        assertThat(lint()).as("a broken archive is not reported").isEqualTo(lint);
    }

    /**
     * One editor session through the launcher (initialize, shutdown, exit); returns how many
     * classes came from the archive when {@code log} is given to the JVM's class-loading log.
     */
    private long session(Path log) throws IOException {
        try (ServerProcess s = ServerProcess.start(List.of("sh", launcher), environment -> {
            environment.putAll(launcherEnvironment());
            if (log != null) {
                environment.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log);
            }
        })) {
            assertThat(s.initialize(Lsp.pushClient()).getServerInfo().getName()).isEqualTo("neam-lsp");
            assertThat(Lsp.get(s.server.shutdown())).isNull();
            s.server.exit();
            assertThat(s.awaitExit(120)).isZero();
            assertThat(s.stdout()).as("stdout carries LSP messages only").startsWith("Content-Length:").doesNotContain("[cds");
        }
        if (log == null) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(SHARED)).count();
        }
    }

    /** lint through the launcher on a clean file: no findings, and the summary alone on standard error. */
    private String lint() {
        LintProcess.Result result = LintProcess.exec(dir, List.of(launcher, "lint", "a.neam"),
                environment -> environment.putAll(launcherEnvironment()));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEmpty();
        return result.stderr().strip();
    }

    private Map<String, String> launcherEnvironment() {
        return Map.of("NEAM_LSP_CACHE_DIR", cache.toString(), "NEAM_LSP_JAR", jar.toString(),
                "JAVA_HOME", System.getProperty("java.home"));
    }

    private Path archive() throws IOException {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(p -> p.getFileName().toString().equals("neam-lsp.jsa")).findFirst()
                    .orElseThrow(() -> new AssertionError("no archive under " + cache));
        }
    }
}
