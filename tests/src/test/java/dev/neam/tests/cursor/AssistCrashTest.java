package dev.neam.tests.cursor;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.neam.parser.assist.hover.Hovers;
import dev.neam.parser.assist.navigation.DefinitionFinder;
import dev.neam.parser.assist.signature.SignatureFinder;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Workspace;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hover, definition and signature help never throw: asked at every offset of sample files, and at
 * the end of every prefix of a file (each prefix is a state of the file while it is being typed).
 */
class AssistCrashTest {
    private final Hovers hovers = new Hovers();
    private final DefinitionFinder definitions = new DefinitionFinder();
    private final SignatureFinder signatures = new SignatureFinder();

    @Test
    void everyOffsetOfTheSamples() throws IOException {
        Path samples = RepoPaths.repoRoot().resolve("samples");
        Workspace workspace = new Workspace(AnalysisOptions.DEFAULT);
        List<Path> files = List.of(samples.resolve("src/main.neam"), samples.resolve("src/agents/support.neam"),
                samples.resolve("src/toolbox/orders.neam"));
        for (Path f : files) {
            Path file = f.toAbsolutePath().normalize();
            workspace.update(file, file.toString(), Files.readString(file));
        }
        for (Path f : files) {
            Path file = f.toAbsolutePath().normalize();
            askEverywhere(workspace, file, new SourceText(Files.readString(file)), 0);
        }
    }

    @Test
    void theEndOfEveryPrefixOfAFixture() throws IOException {
        Path source = RepoPaths.fixturesRoot().resolve("cursor/hover/symbols.neam");
        String text = Files.readString(source).replaceAll("\\$[0-9]", "");
        Path file = Files.createTempDirectory("neam-assist").resolve("prefix.neam").toAbsolutePath().normalize();
        Workspace workspace = new Workspace(AnalysisOptions.DEFAULT);
        for (int end = 0; end <= text.length(); end++) {
            String prefix = text.substring(0, end);
            workspace.update(file, file.toString(), prefix);
            SourceText source2 = new SourceText(prefix);
            Position at = source2.positionAt(end);
            ask(workspace, file, at, prefix);
            if (end > 0) {
                ask(workspace, file, source2.positionAt(end - 1), prefix);
            }
        }
    }

    private void askEverywhere(Workspace workspace, Path file, SourceText text, int from) {
        for (int offset = from; offset <= text.length(); offset++) {
            ask(workspace, file, text.positionAt(offset), file.getFileName().toString());
        }
    }

    private void ask(Workspace workspace, Path file, Position at, String what) {
        assertThatCode(() -> {
            hovers.hover(workspace, file, at);
            definitions.find(workspace, file, at);
            signatures.help(workspace, file, at);
        }).as("hover, definition and signature help at %s of %s", at, what).doesNotThrowAnyException();
    }
}
