package dev.neam.tests.navigation;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.neam.parser.navigation.CallGraph;
import dev.neam.parser.navigation.Navigation;
import dev.neam.parser.navigation.RenameCheck;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Workspace;
import dev.neam.tests.cursor.CursorFixture;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Navigation never throws: references, highlights, prepareRename, rename checks and call
 * hierarchy asked at every offset of real files, and at offsets of every prefix of them (what
 * the editor holds while the file is being typed).
 */
class NavigationCrashTest {
    private static final Path PROJECT = Path.of("crash-project");

    static List<Path> sources() {
        return List.of(RepoPaths.repoRoot().resolve("samples/src/main.neam"),
                RepoPaths.repoRoot().resolve("samples/src/bots/chat.neam"),
                CursorFixture.all("references").stream().filter(p -> p.toString().endsWith("members.neam"))
                        .findFirst().orElseThrow());
    }

    @TestFactory
    Stream<DynamicTest> everyOffsetOfWholeFiles() {
        return sources().stream().map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
            String text = read(source);
            Workspace workspace = workspace();
            Path file = PROJECT.resolve("src/file.neam").toAbsolutePath();
            workspace.update(file, file.toString(), text);
            SourceText lines = new SourceText(text);
            for (int offset = 0; offset <= text.length(); offset++) {
                askEverything(workspace, file, lines.positionAt(offset), text, offset);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> offsetsOfEveryPrefix() {
        return sources().stream().map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
            String text = read(source);
            Workspace workspace = workspace();
            Path file = PROJECT.resolve("src/file.neam").toAbsolutePath();
            // every prefix of the short files; every third of the long one keeps the test under a few seconds
            int step = text.length() > 2000 ? 3 : 1;
            for (int end = 0; end <= text.length(); end += step) {
                String prefix = text.substring(0, end);
                workspace.update(file, file.toString(), prefix);
                SourceText lines = new SourceText(prefix);
                // the cursor where typing happens, and just before it
                askEverything(workspace, file, lines.positionAt(end), prefix, end);
                askEverything(workspace, file, lines.positionAt(Math.max(0, end - 2)), prefix, end);
            }
        }));
    }

    private static void askEverything(Workspace workspace, Path file, Position at, String text, int offset) {
        assertThatCode(() -> {
            Navigation navigation = new Navigation(workspace);
            navigation.symbolAt(file, at).ifPresent(symbol -> {
                navigation.occurrences(symbol, true);
                navigation.occurrences(symbol, false);
                navigation.occurrencesIn(file, symbol);
            });
            RenameCheck rename = new RenameCheck(navigation);
            if (rename.prepare(file, at) instanceof RenameCheck.Target target) {
                rename.problem(target.symbol(), "fresh_name");
                rename.problem(target.symbol(), target.symbol().name());
            }
            CallGraph calls = new CallGraph(navigation);
            calls.prepare(file, at).ifPresent(unit -> {
                calls.incoming(unit);
                calls.outgoing(unit);
            });
        }).as("navigation at %s (offset %d of a %d-character text)", at, offset, text.length())
                .doesNotThrowAnyException();
    }

    private static Workspace workspace() {
        return new Workspace(AnalysisOptions.DEFAULT, dev.neam.parser.semantic.Builtins.standard(), f -> PROJECT
                .toAbsolutePath());
    }

    private static String read(Path source) throws IOException {
        return Files.readString(source);
    }
}
