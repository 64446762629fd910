package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.neam.tests.support.JarCommand;
import dev.neam.tests.support.RepoPaths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real shaded server jar as a subprocess, spoken to over its stdio by an LSP4J client. Every
 * message in both directions is recorded, so tests can look at raw responses (error codes, ids).
 */
final class ServerProcess implements AutoCloseable {
    final Process process;
    final RecordingClient client = new RecordingClient();
    final LanguageServer server;
    /** For requests no interface declares (an unknown method). */
    final org.eclipse.lsp4j.jsonrpc.RemoteEndpoint endpoint;
    final List<Message> messages = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final OutputStream stdin;

    private ServerProcess(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        Thread drain = new Thread(() -> copy(process.getErrorStream()), "server-stderr");
        drain.setDaemon(true);
        drain.start();
        Launcher<LanguageServer> launcher = new LSPLauncher.Builder<LanguageServer>()
                .setLocalService(client)
                .setRemoteInterface(LanguageServer.class)
                .setInput(new TeeInputStream(process.getInputStream(), stdout))
                .setOutput(stdin)
                .wrapMessages(consumer -> message -> {
                    messages.add(message);
                    consumer.consume(message);
                })
                .create();
        this.server = launcher.getRemoteProxy();
        this.endpoint = launcher.getRemoteEndpoint();
        launcher.startListening();
    }

    static ServerProcess start() {
        return start(environment -> { });
    }

    /** {@link #start()} with the server's environment adjusted by {@code environment}, last. */
    static ServerProcess start(Consumer<Map<String, String>> environment) {
        return start(JarCommand.server(), environment);
    }

    /** The server started by {@code command} (the launcher, say) instead of {@code java -jar}. */
    static ServerProcess start(List<String> command, Consumer<Map<String, String>> environment) {
        Path jar = RepoPaths.lspJar();
        assertThat(jar).as("the shaded jar %s must be built first (./mvnw -B verify packages it before the tests module)", jar)
                .isRegularFile();
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            // Provider credentials are "set", so the information about missing ones (NEAM2015), when a
            // test turns it on, does not depend on the machine running the tests.
            for (String variable : List.of("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "AZURE_OPENAI_API_KEY",
                    "AZURE_OPENAI_ENDPOINT", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")) {
                builder.environment().put(variable, "test");
            }
            environment.accept(builder.environment());
            return new ServerProcess(builder.start());
        } catch (IOException e) {
            throw new AssertionError("cannot start the server", e);
        }
    }

    /** {@code initialize} + {@code initialized} with the given capabilities, options and folders. */
    InitializeResult initialize(ClientCapabilities capabilities, JsonObject options, Path... folders) {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setCapabilities(capabilities);
        params.setInitializationOptions(options);
        List<WorkspaceFolder> list = new ArrayList<>();
        for (Path folder : folders) {
            list.add(new WorkspaceFolder(folder.toUri().toString(), folder.getFileName().toString()));
        }
        params.setWorkspaceFolders(list);
        InitializeResult result = Lsp.get(server.initialize(params));
        server.initialized(new InitializedParams());
        return result;
    }

    InitializeResult initialize(ClientCapabilities capabilities) {
        return initialize(capabilities, null);
    }

    void open(String uri, int version, String text) {
        open(uri, "neam", version, text);
    }

    /** {@code didOpen} with the language id a client gives the file (real clients: toml, yaml, dockerfile…). */
    void open(String uri, String languageId, int version, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, version, text)));
    }

    /** Replaces the whole text of an open document ({@code didChange} without a range). */
    void replace(String uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** Writes raw bytes to the server's stdin (a malformed message), as one framed message. */
    void sendRaw(String content) {
        byte[] body = content.getBytes(StandardCharsets.UTF_8);
        try {
            synchronized (stdin) {
                stdin.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                stdin.write(body);
                stdin.flush();
            }
        } catch (IOException e) {
            throw new AssertionError("cannot write to the server", e);
        }
    }

    /** Writes raw bytes to the server's stdin, framing and all (a broken frame). */
    void writeRaw(String bytes) {
        try {
            synchronized (stdin) {
                stdin.write(bytes.getBytes(StandardCharsets.UTF_8));
                stdin.flush();
            }
        } catch (IOException e) {
            throw new AssertionError("cannot write to the server", e);
        }
    }

    void closeStdin() {
        try {
            stdin.close();
        } catch (IOException e) {
            // already closed
        }
    }

    /** Waits for the process to end and returns its status; fails after {@code seconds}. */
    int awaitExit(long seconds) {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError("the server did not exit within " + seconds + " s; stderr:\n" + stderr());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String stderr() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    /** Everything the server wrote on stdout so far, as text. */
    String stdout() {
        synchronized (stdout) {
            return stdout.toString(StandardCharsets.UTF_8);
        }
    }

    /** Passes the server's output to the client and keeps a copy. */
    private static final class TeeInputStream extends java.io.FilterInputStream {
        private final ByteArrayOutputStream copy;

        TeeInputStream(InputStream in, ByteArrayOutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                synchronized (copy) {
                    copy.write(b);
                }
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                synchronized (copy) {
                    copy.write(buffer, offset, n);
                }
            }
            return n;
        }
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (stderr) {
                    stderr.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                Lsp.get(server.shutdown());
                server.exit();
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (RuntimeException | AssertionError e) {
                // the test may have broken the connection on purpose
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
