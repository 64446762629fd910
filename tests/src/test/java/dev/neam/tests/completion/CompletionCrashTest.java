package dev.neam.tests.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.assist.completion.Completion;
import dev.neam.parser.assist.completion.CompletionEngine;
import dev.neam.parser.assist.completion.CompletionList;
import dev.neam.parser.language.Vocabulary;
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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Completion never throws: at every offset of the samples and the completion fixtures, and at the
 * end of every prefix of a few of them (the document as it is while being typed). Every answer's
 * ranges lie inside the document.
 */
class CompletionCrashTest {
    private static final Map<String, String> ENVIRONMENT = Map.of();

    static Stream<Path> files() throws IOException {
        try (Stream<Path> samples = Files.walk(RepoPaths.repoRoot().resolve("samples"))) {
            List<Path> all = new java.util.ArrayList<>(samples.filter(p -> p.toString().endsWith(".neam")).sorted()
                    .toList());
            all.addAll(CursorFixture.all("completion"));
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyOffset(Path source) throws IOException {
        String text = Files.readString(source).replaceAll("\\$[0-9]", "");
        Workspace workspace = new Workspace(new AnalysisOptions("auto", ENVIRONMENT));
        Path file = source.toAbsolutePath().normalize();
        workspace.update(file, file.toString(), text);
        SourceText source16 = new SourceText(text);
        CompletionEngine engine = new CompletionEngine(Vocabulary.load(), "auto");
        for (int offset = 0; offset <= text.length(); offset++) {
            Position at = source16.positionAt(offset);
            CompletionList list = engine.complete(workspace, file, at);
            assertInside(list, source16, source, offset);
        }
    }

    @Test
    void everyPrefixWhileTyping() throws IOException {
        CompletionEngine engineA = new CompletionEngine(Vocabulary.load(), "0.6");
        CompletionEngine engineB = new CompletionEngine(Vocabulary.load(), "1.x");
        for (Path source : List.of(RepoPaths.repoRoot().resolve("samples/src/main.neam"),
                RepoPaths.fixturesRoot().resolve("cursor/completion/agent_keys.neam"),
                RepoPaths.fixturesRoot().resolve("cursor/completion/members.neam"))) {
            String text = Files.readString(source).replaceAll("\\$[0-9]", "");
            Workspace workspace = new Workspace(new AnalysisOptions("auto", ENVIRONMENT));
            Path file = source.toAbsolutePath().normalize();
            for (int end = 0; end <= text.length(); end++) {
                String prefix = text.substring(0, end);
                workspace.update(file, file.toString(), prefix);
                SourceText typed = new SourceText(prefix);
                Position at = typed.positionAt(end);
                assertInside(engineA.complete(workspace, file, at), typed, source, end);
                assertInside(engineB.complete(workspace, file, at), typed, source, end);
            }
        }
    }

    private static void assertInside(CompletionList list, SourceText text, Path source, int offset) {
        Position last = text.positionAt(text.length());
        for (Completion c : list.items()) {
            assertThat(c.range().start().compareTo(c.range().end()) <= 0 && c.range().end().compareTo(last) <= 0)
                    .as("%s at %d: range %s of '%s'", source.getFileName(), offset, c.range(), c.label()).isTrue();
        }
    }
}
