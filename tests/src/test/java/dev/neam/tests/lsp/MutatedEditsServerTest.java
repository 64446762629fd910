package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.tests.mutation.LintOfCase;
import dev.neam.tests.mutation.MutationCase;
import dev.neam.tests.mutation.MutationCorpus;
import dev.neam.tests.mutation.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Mutated Neam sources reach the real server as an editor sends them: the fixture opened, then each
 * mutation as one incremental change. The diagnostics the server publishes for the last version
 * must be lint's for the same file, exactly (codes, severities, ranges, messages): incremental
 * re-parsing and the document store must not drift from a whole-file analysis.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
@Isolated // prints its time
class MutatedEditsServerTest {
    static final long DEFAULT_SEED = 20_261_207L;
    static final int DEFAULT_CASES = 15;

    @TempDir
    Path dir;

    @Test
    void afterEveryEditSequenceTheServerPublishesWhatLintFinds() throws IOException {
        long seed = Long.getLong(MutationCase.SEED, DEFAULT_SEED);
        int cases = Integer.getInteger("neam.mutation.serverCases", DEFAULT_CASES);
        Integer only = Integer.getInteger(MutationCase.ONLY);
        MutationCorpus corpus = MutationCorpus.get();
        List<String> failures = new ArrayList<>();
        int compared = 0;
        int findings = 0;
        long started = System.nanoTime();
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"));
            for (int i = only != null ? only : 0; i < (only != null ? only + 1 : cases); i++) {
                MutationCase c = MutationCase.of(seed, i, corpus, true);
                if (c.textAsRead().indexOf('\0') >= 0) {
                    continue; // lint does not read a file with NUL in it (a binary file); an editor shows it
                }
                Path folder = dir.resolve("case-" + i);
                Files.createDirectories(folder);
                Path file = folder.resolve("main.neam");
                Files.writeString(file, c.textAsRead(), StandardCharsets.UTF_8);
                String uri = file.toUri().toString();
                try {
                    int version = replay(s, uri, c);
                    PublishDiagnosticsParams published = s.client.awaitVersion(uri, version);
                    List<FileDiagnostics> lint = LintOfCase.lint(folder);
                    assertThat(lint).hasSize(1);
                    assertThat(shown(published.getDiagnostics())).as("the server's diagnostics against lint's")
                            .containsExactlyElementsOf(lint.get(0).diagnostics().stream().map(MutatedEditsServerTest::shown).toList());
                    compared++;
                    findings += published.getDiagnostics().size();
                } catch (AssertionError | RuntimeException e) {
                    failures.add(c.describe() + "\n" + e.getMessage());
                }
                s.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            }
            assertThat(s.process.isAlive()).as("the server is still running").isTrue();
        }
        System.out.printf("file mutations through the server: seed %d, %d edit sequences compared with lint (%d findings) in %d ms%n",
                seed, compared, findings, (System.nanoTime() - started) / 1_000_000);
        assertThat(failures).as("edit sequences after which the server and lint disagree (seed %d)", seed).isEmpty();
        assertThat(findings).as("the mutated texts have findings to compare").isPositive();
    }

    /** Opens the fixture and sends each mutation as a change; returns the last version. */
    private static int replay(ServerProcess s, String uri, MutationCase c) {
        String text = c.original();
        int version = 1;
        s.open(uri, version, text);
        List<TextEdit> edits = new ArrayList<>(c.edits());
        String mutated = c.mutated();
        if (!mutated.equals(c.textAsRead())) { // a BOM or a lone surrogate does not survive the file: send what lint read
            edits.add(TextEdit.between(mutated, c.textAsRead(), "as read"));
        }
        for (TextEdit edit : edits) {
            TextDocumentContentChangeEvent change = change(text, edit);
            version++;
            s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
            text = edit.applyTo(text);
        }
        return version;
    }

    /**
     * The edit as an LSP change on {@code text}. An offset between the \r and \n of one line break
     * has no LSP position: the edit is widened over the whole break.
     */
    static TextDocumentContentChangeEvent change(String text, TextEdit edit) {
        int start = edit.start();
        int end = edit.end();
        String replacement = edit.replacement();
        if (start > 0 && start < text.length() && text.charAt(start - 1) == '\r' && text.charAt(start) == '\n') {
            start--;
            replacement = "\r" + replacement;
        }
        if (end > 0 && end < text.length() && text.charAt(end - 1) == '\r' && text.charAt(end) == '\n') {
            end++;
            replacement = replacement + "\n";
        }
        int[] from = position(text, start);
        int[] to = position(text, end);
        return Lsp.edit(from[0], from[1], to[0], to[1], replacement);
    }

    /** Line and UTF-16 column of an offset, lines ended by \n, \r\n or \r. */
    static int[] position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart};
    }

    private static String shown(Diagnostic d) {
        return d.code().id() + " " + d.severity().name().toLowerCase() + " " + d.range().start().line() + ":"
                + d.range().start().character() + "-" + d.range().end().line() + ":" + d.range().end().character() + " " + d.message();
    }

    private static List<String> shown(List<org.eclipse.lsp4j.Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getCode().getLeft() + " " + d.getSeverity().name().toLowerCase() + " "
                + d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter() + "-"
                + d.getRange().getEnd().getLine() + ":" + d.getRange().getEnd().getCharacter() + " " + d.getMessage().getLeft()).toList();
    }
}
