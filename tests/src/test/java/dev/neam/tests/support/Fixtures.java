package dev.neam.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists fixture files (every folder is searched; nothing is skipped). */
public final class Fixtures {
    private Fixtures() {
    }

    /** Files under {@code folder} whose name ends with {@code extension}, sorted by their path relative to it, '/'-separated. */
    public static List<Path> list(Path folder, String extension) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("fixture folder not found: " + folder + " (is neam.repoRoot right?)");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(extension))
                    .sorted((a, b) -> relativeName(folder, a).compareTo(relativeName(folder, b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of {@code file} relative to {@code folder}, always with '/' (used as the fixture's name). */
    /** Every Neam file that parses without a finding: the valid syntax fixtures, samples/ and the stdlib-style corpus. */
    public static List<Path> validNeamSources() {
        List<Path> files = new ArrayList<>(list(RepoPaths.fixturesRoot().resolve("syntax/valid"), ".neam"));
        files.addAll(list(RepoPaths.repoRoot().resolve("samples"), ".neam"));
        files.addAll(list(RepoPaths.repoRoot().resolve("tests/src/test/resources/stdlib-corpus"), ".neam"));
        return files;
    }

    public static String relativeName(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** Reads a fixture strictly as UTF-8 (a fixture with malformed bytes is a mistake worth failing on). */
    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file, e);
        }
    }
}
