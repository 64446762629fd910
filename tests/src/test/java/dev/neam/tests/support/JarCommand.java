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
 * The command that starts the shaded jar in the tests, as the launcher starts it: {@code java -jar}
 * with the start-up archive (AppCDS) of a server session, and for lint the JVM options the launcher
 * gives lint (C1 only, serial collector). The suite starts the jar hundreds of times: mapping the
 * classes instead of loading them, and not compiling with C2 in a short lint run, take a one-file
 * lint from about 1.5 s to 0.75 s of CPU time. These options change nothing the jar prints or
 * answers.
 *
 * <p>The archive is written once per test JVM, under {@code tests/target/cds} (deleted when the
 * JVM exits), by a short server session. {@code -Dneam.tests.plainJava=true} starts every process
 * as plain {@code java -jar}.
 */
public final class JarCommand {
    private static final boolean PLAIN = Boolean.getBoolean("neam.tests.plainJava");
    private static final List<String> LINT_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static Path archive;
    private static boolean archiveTried;

    private JarCommand() {
    }

    /** The {@code java} of the JVM running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java [archive] -jar neam-lsp.jar}: the language server (arguments may follow). */
    public static List<String> server() {
        return command(List.of());
    }

    /** {@code java [lint options] [archive] -jar neam-lsp.jar}: add {@code lint} and its arguments. */
    public static List<String> lint() {
        return command(PLAIN ? List.of() : LINT_OPTIONS);
    }

    private static List<String> command(List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(options);
        Path shared = PLAIN ? null : archive();
        if (shared != null) {
            command.add("-XX:SharedArchiveFile=" + shared);
            command.add("-Xlog:cds*=off");
        }
        command.addAll(List.of("-jar", RepoPaths.lspJar().toString()));
        return command;
    }

    /** The archive of this test JVM, written on first use; null when the JVM cannot write one (processes then start without). */
    private static synchronized Path archive() {
        if (!archiveTried) {
            archiveTried = true;
            try {
                archive = dump();
            } catch (IOException e) {
                archive = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                archive = null;
            }
        }
        return archive;
    }

    /**
     * A server session that opens a sample file, asks for its symbols, waits for its diagnostics and
     * exits, with {@code -XX:ArchiveClassesAtExit}: the classes a session loads, as the launcher's
     * first session stores them.
     */
    private static Path dump() throws IOException, InterruptedException {
        Path jar = RepoPaths.lspJar();
        if (!Files.isRegularFile(jar)) {
            return null; // the tests that need the jar say so
        }
        Path folder = Files.createDirectories(RepoPaths.repoRoot().resolve("tests/target/cds"));
        Path file = folder.resolve("neam-lsp-" + ProcessHandle.current().pid() + ".jsa");
        file.toFile().deleteOnExit(); // the processes still mapping it keep their mapping
        Process server = new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + file, "-Xlog:cds*=off", "-jar", jar.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
        boolean written = server.waitFor(120, TimeUnit.SECONDS) && server.exitValue() == 0 && Files.isRegularFile(file)
                && Files.size(file) > 0;
        return written ? file : null;
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
