package dev.neam.tests.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.formatting.Formatting;
import dev.neam.parser.inlay.Hint;
import dev.neam.parser.inlay.InlayHints;
import dev.neam.parser.links.FileLink;
import dev.neam.parser.links.FileLinks;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.semantic.highlight.SemanticToken;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Workspace;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crash-freedom of the editor features on half-typed code: at every prefix of a few sample and
 * fixture files, inlay hints, document links, semantic tokens and range / on-type formatting
 * answer without an exception, and their positions stay inside the text.
 */
class EditorFeaturesPrefixTest {
    @TempDir
    Path project;

    static Stream<Path> sources() {
        Path cursor = RepoPaths.fixturesRoot().resolve("cursor");
        return Stream.of(
                RepoPaths.repoRoot().resolve("samples/src/kb/docs.neam"),
                cursor.resolve("inlay/calls.neam"),
                cursor.resolve("format-range/statements.neam"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void everyPrefixIsAnswered(Path source) {
        String full = Fixtures.read(source).replaceAll("\\$[0-9]", "");
        Workspace workspace = new Workspace(AnalysisOptions.DEFAULT);
        Path file = project.resolve("src/prefix.neam").toAbsolutePath().normalize();
        String version = AnalysisOptions.DEFAULT.languageVersion();
        for (int end = 0; end <= full.length(); end++) {
            String text = full.substring(0, end);
            workspace.update(file, "src/prefix.neam", text);
            ParseResult parse = workspace.parse(file);
            SourceText source0 = parse.text();
            Range all = new Range(new Position(0, 0), source0.positionAt(source0.length()));
            try {
                List<Hint> hints = InlayHints.of(workspace, file, all, version);
                hints.forEach(h -> assertInside(source0, h.at(), text));
                List<FileLink> links = FileLinks.of(parse.tree(), file, version);
                links.forEach(l -> assertInside(source0, l.range().end(), text));
                List<SemanticToken> tokens = workspace.semanticTokens(file);
                tokens.forEach(t -> assertInside(source0, new Position(t.line(), t.start() + t.length()), text));
                Position middle = source0.positionAt(end / 2);
                Formatting.range(parse, new Range(middle, all.end()), "  ");
                Formatting.closedBlock(parse, all.end(), "  ");
                Formatting.document(parse, "  ");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("prefix of " + end + " characters of " + source.getFileName() + ":\n" + text, e);
            }
        }
    }

    private static void assertInside(SourceText text, Position p, String prefix) {
        assertThat(p.line()).as("line in %s", prefix).isLessThan(Math.max(1, text.lineCount()));
        assertThat(text.offsetAt(p) - text.lineStart(p.line())).as("column of %s", p)
                .isEqualTo(p.character());
    }
}
