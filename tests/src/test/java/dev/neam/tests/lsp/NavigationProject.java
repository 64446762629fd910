package dev.neam.tests.lsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;

/**
 * A small project on disk for the navigation tests: a module with a skill and a function
 * ({@code src/tools/search.neam}, never opened), a file using both ({@code src/main.neam}, the one
 * the tests open) and a second user ({@code src/other.neam}).
 */
final class NavigationProject {
    static final String SEARCH = """
            module tools.search;

            pub skill web_search {
              description: "Search the web"
              impl(query) { return normalise(query); }
            }

            pub fun normalise(text) { return text; }
            """;

    static final String MAIN = """
            import tools.search.{web_search, normalise};

            agent Researcher {
              provider: "openai"
              model: "gpt-4o"
              skills: [web_search]
            }

            fun ask(question) {
              let cleaned = normalise(question);
              cleaned = cleaned + "?";
              print(cleaned);
              return Researcher.ask(cleaned);
            }
            """;

    static final String OTHER = """
            import tools.search.{normalise};

            fun tidy(text) { return normalise(text); }
            """;

    final Path root;
    final Path search;
    final Path main;
    final Path other;

    NavigationProject(Path root) {
        this.root = root;
        this.search = write(root, "src/tools/search.neam", SEARCH);
        this.main = write(root, "src/main.neam", MAIN);
        this.other = write(root, "src/other.neam", OTHER);
        write(root, "neam.toml", "[project]\nname = \"navigation\"\nversion = \"0.1.0\"\n");
    }

    /** Starts a server on the project with {@code src/main.neam} open at version 3. */
    ServerProcess start(ClientCapabilities caps) {
        ServerProcess s = ServerProcess.start();
        s.initialize(caps, null, root);
        s.open(uri(main), 3, MAIN);
        return s;
    }

    static String uri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    TextDocumentIdentifier mainDocument() {
        return new TextDocumentIdentifier(uri(main));
    }

    static Position at(int line, int character) {
        return new Position(line, character);
    }

    /** The message of the error a request was answered with (fails when it succeeded). */
    static String errorOf(CompletableFuture<?> future) {
        try {
            Object result = future.get(RecordingClient.TIMEOUT_MS, TimeUnit.MILLISECONDS);
            throw new AssertionError("expected an error, got " + result);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ResponseErrorException r) {
                return r.getResponseError().getMessage();
            }
            throw new AssertionError("expected a response error, got " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + RecordingClient.TIMEOUT_MS + " ms", e);
        }
    }

    private static Path write(Path root, String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
