package dev.neam.tests.support;

import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The command that starts the shaded jar in the tests: {@code java -jar} with a start-up archive
 * (AppCDS) and the JVM options the launcher gives lint (C1 only, serial collector). The suite
 * starts the jar hundreds of times, almost always for a short run: mapping the classes instead of
 * loading them, and not compiling with C2, take a one-file lint from about 1.5 s to 0.75 s of CPU
 * time and a short server session from about 3 s to 1.8 s. These options change nothing the jar
 * prints or answers. The language server that editors start keeps the JVM's
 * defaults: {@link #editorServer} starts it so, for the tests whose figures mean what an editor
 * meets; the launcher's own behaviour is tested through the launcher.
 *
 * <p>Two archives are written once per test JVM, under {@code tests/target/cds} (deleted when the
 * JVM exits): the classes of a short server session for the servers, and those of a lint run over
 * the sample project for lint (a one-file lint takes about a quarter less CPU time with its own
 * archive than with a server session's, whose classes are not the ones lint loads). A process whose
 * archive could not be written starts without one. {@code -Dneam.tests.plainJava=true} starts
 * every process as plain {@code java -jar}.
 */
public final class JarCommand {
    private static final boolean PLAIN = Boolean.getBoolean("neam.tests.plainJava");
    private static final List<String> SHORT_RUN_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final StartupArchive SERVER_ARCHIVE = new StartupArchive("server", JarCommand::dumpServer);
    private static final StartupArchive LINT_ARCHIVE = new StartupArchive("lint", JarCommand::dumpLint);

    private JarCommand() {
    }

    /** The {@code java} of the JVM running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java [short-run options] [archive] -jar neam-lsp.jar}: the language server (arguments may follow). */
    public static List<String> server() {
        return command(PLAIN ? List.of() : SHORT_RUN_OPTIONS, SERVER_ARCHIVE);
    }

    /** {@code java [archive] -jar neam-lsp.jar}: the language server with the JVM defaults editors get from the launcher. */
    public static List<String> editorServer() {
        return command(List.of(), SERVER_ARCHIVE);
    }

    /** {@code java [lint options] [archive] -jar neam-lsp.jar}: add {@code lint} and its arguments. */
    public static List<String> lint() {
        return command(PLAIN ? List.of() : SHORT_RUN_OPTIONS, LINT_ARCHIVE);
    }

    private static List<String> command(List<String> options, StartupArchive archive) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(options);
        Path shared = PLAIN ? null : archive.path();
        if (shared != null) {
            command.add("-XX:SharedArchiveFile=" + shared);
            command.add("-Xlog:cds*=off");
        }
        command.addAll(List.of("-jar", RepoPaths.lspJar().toString()));
        return command;
    }

    /** An archive of this test JVM, written on first use by {@code dump}; null when it cannot be written. */
    private static final class StartupArchive {
        private final String name;
        private final Dump dump;
        private Path path;
        private boolean tried;

        StartupArchive(String name, Dump dump) {
            this.name = name;
            this.dump = dump;
        }

        synchronized Path path() {
            if (!tried) {
                tried = true;
                try {
                    path = write();
                } catch (IOException e) {
                    path = null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    path = null;
                }
            }
            return path;
        }

        private Path write() throws IOException, InterruptedException {
            Path jar = RepoPaths.lspJar();
            if (!Files.isRegularFile(jar)) {
                return null; // the tests that need the jar say so
            }
            Path folder = Files.createDirectories(RepoPaths.repoRoot().resolve("tests/target/cds"));
            Path file = folder.resolve("neam-lsp-" + name + "-" + ProcessHandle.current().pid() + ".jsa");
            file.toFile().deleteOnExit(); // the processes still mapping it keep their mapping
            List<String> command = List.of(java(), "-XX:ArchiveClassesAtExit=" + file, "-Xlog:cds*=off", "-jar", jar.toString());
            boolean exited = dump.run(command);
            return exited && Files.isRegularFile(file) && Files.size(file) > 0 ? file : null;
        }
    }

    /** Runs {@code command} (java with the archive option and the jar) the way that fills the archive; true once it exited. */
    private interface Dump {
        boolean run(List<String> command) throws IOException, InterruptedException;
    }

    /**
     * A server session that opens a sample file, asks for its symbols, waits for its diagnostics and
     * exits: the classes a session loads, as the launcher's first session stores them.
     */
    private static boolean dumpServer(List<String> command) throws IOException, InterruptedException {
        Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // a session that hangs ends here, and the tests start their processes without an archive
        CompletableFuture.runAsync(server::destroyForcibly, CompletableFuture.delayedExecutor(120, TimeUnit.SECONDS));
        String uri = RepoPaths.repoRoot().resolve("samples/src/main.neam").toUri().toString();
        String text = Files.readString(RepoPaths.repoRoot().resolve("samples/src/main.neam"));
        try (OutputStream in = server.getOutputStream(); InputStream out = server.getInputStream()) {
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{},"
                    + "\"initializationOptions\":{\"debounceMs\":0},\"rootUri\":null}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":"
                    + quote(uri) + ",\"languageId\":\"neam\",\"version\":1,\"text\":" + quote(text) + "}}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":"
                    + quote(uri) + "}}}");
            awaitOutput(out, List.of("\"id\":2", "publishDiagnostics"));
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}");
            awaitOutput(out, List.of("\"id\":3"));
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        } catch (IOException e) {
            server.destroyForcibly();
            throw e;
        }
        return server.waitFor(120, TimeUnit.SECONDS) && server.exitValue() == 0;
    }

    /**
     * lint of the sample project (sources, neam.toml, deploy files) as JSON, the format most lint
     * tests read: the classes a lint run loads. Its findings and exit status do not matter here.
     */
    private static boolean dumpLint(List<String> command) throws IOException, InterruptedException {
        List<String> lint = new ArrayList<>(command);
        lint.addAll(List.of("lint", "--format", "json", "."));
        Process process = new ProcessBuilder(lint).directory(RepoPaths.repoRoot().resolve("samples").toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        return true;
    }

    private static void send(OutputStream in, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        in.write(body);
        in.flush();
    }

    /** Reads the server's output until every one of {@code marks} has appeared (or the output ends). */
    private static void awaitOutput(InputStream out, List<String> marks) throws IOException {
        StringBuilder seen = new StringBuilder();
        byte[] buffer = new byte[8192];
        for (int n; (n = out.read(buffer)) >= 0; ) {
            seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            if (marks.stream().allMatch(mark -> seen.indexOf(mark) >= 0)) {
                return;
            }
        }
    }

    private static String quote(String s) {
        return new JsonPrimitive(s).toString();
    }
}
