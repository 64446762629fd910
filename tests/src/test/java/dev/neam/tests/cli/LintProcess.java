package dev.neam.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.neam.tests.support.JarCommand;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Runs the real shaded jar (or the bin/ launcher) as a subprocess. */
public final class LintProcess {

    /** What a run left behind. */
    public record Result(int exitCode, String stdout, String stderr) {

        /** Stdout parsed as exactly one JSON object (strict JSON, nothing after it). */
        public JsonObject json() {
            try (JsonReader reader = new JsonReader(new StringReader(stdout))) {
                reader.setStrictness(Strictness.STRICT);
                JsonElement element = JsonParser.parseReader(reader);
                assertThat(reader.peek()).as("nothing may follow the JSON object on stdout:%n%s", stdout)
                        .isEqualTo(JsonToken.END_DOCUMENT);
                assertThat(element.isJsonObject()).as("stdout is one JSON object: %s", stdout).isTrue();
                return element.getAsJsonObject();
            } catch (IOException e) {
                throw new AssertionError("stdout is not one JSON object: " + stdout, e);
            }
        }

        /**
         * The findings the JSON report holds for one file (its path relative to the folder lint ran
         * in), each as "CODE severity line:col-line:col message" with 0-based positions.
         */
        public List<String> findingsOf(Path relative) {
            List<String> findings = new ArrayList<>();
            for (JsonElement entry : json().getAsJsonArray("files")) {
                JsonObject file = entry.getAsJsonObject();
                if (!Path.of(file.get("path").getAsString()).normalize().equals(relative.normalize())) {
                    continue;
                }
                for (JsonElement d : file.getAsJsonArray("diagnostics")) {
                    JsonObject o = d.getAsJsonObject();
                    JsonObject start = o.getAsJsonObject("range").getAsJsonObject("start");
                    JsonObject end = o.getAsJsonObject("range").getAsJsonObject("end");
                    findings.add(o.get("code").getAsString() + " " + o.get("severity").getAsString() + " "
                            + start.get("line").getAsInt() + ":" + start.get("character").getAsInt() + "-"
                            + end.get("line").getAsInt() + ":" + end.get("character").getAsInt() + " "
                            + o.get("message").getAsString());
                }
            }
            return findings;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
        }
    }

    private static final long TIMEOUT_SECONDS = 120;

    private LintProcess() {
    }

    public static Path jar() {
        Path jar = RepoPaths.lspJar();
        assertThat(jar).as("the shaded jar %s must be built first (./mvnw -B verify packages it before the tests "
                + "module; alone: ./mvnw -B package -pl lsp -am)", jar).isRegularFile();
        return jar;
    }

    static String java() {
        return JarCommand.java();
    }

    /** {@code java -jar neam-lsp.jar args…} in {@code workingDir}, with the JVM options of {@link JarCommand#lint}. */
    public static Result run(Path workingDir, String... args) {
        jar();
        List<String> command = new ArrayList<>(JarCommand.lint());
        command.addAll(List.of(args));
        return exec(workingDir, command, env -> { });
    }

    /** Any command, with the environment adjusted by {@code environment}. */
    public static Result exec(Path workingDir, List<String> command, Consumer<Map<String, String>> environment) {
        try {
            Path out = Files.createTempFile("neam-lint-out", ".txt");
            Path err = Files.createTempFile("neam-lint-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().remove("NO_COLOR");
                environment.accept(builder.environment());
                Process process = builder.start();
                process.getOutputStream().close(); // no input
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("timed out after " + TIMEOUT_SECONDS + " s: " + command);
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + command, e);
        }
    }

    /** Writes a file (creating folders) under {@code root}. */
    static Path write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** A copy of the repository's sample project at {@code to}. */
    public static Path copySamples(Path to) throws IOException {
        Path from = RepoPaths.repoRoot().resolve("samples");
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** A relative path string with the platform separator, as the lint output prints it. */
    static String sep(String slashed) {
        return slashed.replace("/", java.io.File.separator);
    }
}
