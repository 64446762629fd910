package dev.neam.tests.mutation;

import dev.neam.lsp.cli.LintCommand;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.text.Position;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.parser.workspace.ProjectOptions;
import dev.neam.parser.workspace.WorkspaceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A case written to a folder and linted in process ({@link LintCommand#analyse}: lint's own reading
 * of files and projects, and its analysis), with what must hold whatever the input: every finding's
 * range lies inside its file's text with start ≤ end, every message says something, and the same
 * files give the same findings twice.
 */
public final class LintOfCase {
    private LintOfCase() {
    }

    /** Writes {@code c} under {@code folder} (created), lints it twice, checks the findings and returns them. */
    public static List<FileDiagnostics> check(MutationCase c, Path folder) throws IOException {
        write(c, folder);
        List<FileDiagnostics> first = lint(folder);
        List<FileDiagnostics> second = lint(folder);
        for (FileDiagnostics file : first) {
            Path shown = Path.of(file.path()).normalize();
            Path relative = shown.isAbsolute() ? folder.relativize(shown) : shown;
            byte[] bytes = c.files().get(relative.toString().replace('\\', '/'));
            String text = bytes == null ? "" : WorkspaceFiles.decode(bytes); // a folder's finding sits at 0:0
            for (Diagnostic d : file.diagnostics()) {
                checkFinding(text, d, relative);
            }
        }
        if (!first.equals(second)) {
            throw new AssertionError("the same files gave different findings:\nfirst:  " + first + "\nsecond: " + second);
        }
        return first;
    }

    public static List<FileDiagnostics> lint(Path folder) throws IOException {
        return LintCommand.analyse(List.of(folder), folder, AnalysisOptions.DEFAULT, ProjectOptions.DEFAULT);
    }

    static void write(MutationCase c, Path folder) throws IOException {
        for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
            Path file = folder.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, f.getValue());
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(walk.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The range inside the text (lines as LSP counts them: \n, \r\n and \r end a line), start ≤ end, a message. */
    public static void checkFinding(String text, Diagnostic d, Object file) {
        List<Integer> lengths = lineLengths(text);
        if (d.message() == null || d.message().isBlank()) {
            throw new AssertionError("empty message in " + file + ": " + d);
        }
        for (Position p : List.of(d.range().start(), d.range().end())) {
            if (p.line() < 0 || p.line() >= lengths.size() || p.character() < 0 || p.character() > lengths.get(p.line())) {
                throw new AssertionError("range outside the text of " + file + " (" + lengths.size() + " lines"
                        + (p.line() >= 0 && p.line() < lengths.size() ? ", line " + p.line() + " has " + lengths.get(p.line()) + " characters" : "")
                        + "): " + d);
            }
        }
        if (d.range().start().compareTo(d.range().end()) > 0) {
            throw new AssertionError("range ends before it starts in " + file + ": " + d);
        }
    }

    /** The length of each line, without its line break, in UTF-16 units. */
    static List<Integer> lineLengths(String text) {
        List<Integer> lengths = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lengths.add(i - start);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lengths.add(text.length() - start);
        return lengths;
    }
}
