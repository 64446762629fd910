package dev.neam.tests.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.assist.completion.Completion;
import dev.neam.parser.assist.deploy.DeployHovers;
import dev.neam.parser.assist.manifest.ManifestCompletions;
import dev.neam.parser.assist.manifest.ManifestFolding;
import dev.neam.parser.assist.manifest.ManifestFormatter;
import dev.neam.parser.assist.manifest.ManifestHovers;
import dev.neam.parser.assist.manifest.ManifestOutline;
import dev.neam.parser.deploy.DeployAnalyzer;
import dev.neam.parser.deploy.DeployCatalog;
import dev.neam.parser.deploy.DeployFileKind;
import dev.neam.parser.deploy.DeployInput;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.fix.Fix;
import dev.neam.parser.fix.FixContext;
import dev.neam.parser.fix.QuickFixes;
import dev.neam.parser.fix.TextEdits;
import dev.neam.parser.manifest.FileLookup;
import dev.neam.parser.manifest.ManifestAnalyzer;
import dev.neam.parser.manifest.ManifestDocument;
import dev.neam.parser.manifest.ManifestOptions;
import dev.neam.parser.manifest.ManifestSchema;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import dev.neam.tests.cursor.CursorFixture;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crash-freedom of the neam.toml and deploy-file features on text being typed: at every offset of
 * every neam.toml fixture and the sample's manifest, completion and hover answer without an
 * exception and with ranges inside the text; at every prefix of a few of them, completion and hover
 * at the end, outline, folding and formatting too, and at every line of them every quick fix of
 * every finding (the analysis is the costly part). Deploy YAML: the sample deployment cut after
 * every line and inside every line, through the deploy checks, hover and quick fixes.
 */
@Execution(ExecutionMode.CONCURRENT) // the files are independent
class ProjectFilesCrashTest {
    private final ManifestCompletions completions = new ManifestCompletions(ManifestSchema.get());
    private final ManifestHovers hovers = new ManifestHovers(ManifestSchema.get());
    private final ManifestAnalyzer analyzer = new ManifestAnalyzer(ManifestOptions.DEFAULT);

    static Stream<Path> manifests() {
        List<Path> all = new ArrayList<>(Fixtures.list(RepoPaths.fixturesRoot().resolve("manifest"), ".toml"));
        all.addAll(CursorFixture.all("manifest-completion", ".toml"));
        all.addAll(CursorFixture.all("manifest-hover", ".toml"));
        all.add(RepoPaths.repoRoot().resolve("samples/neam.toml"));
        return all.stream();
    }

    static Stream<Path> typed() {
        Path cursor = RepoPaths.fixturesRoot().resolve("cursor");
        return Stream.of(RepoPaths.repoRoot().resolve("samples/neam.toml"),
                cursor.resolve("manifest-completion/values.toml"),
                RepoPaths.fixturesRoot().resolve("manifest/compatibility.toml"),
                RepoPaths.fixturesRoot().resolve("manifest/structure.toml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void everyOffsetOfAManifest(Path source) {
        String text = manifestText(source);
        ManifestDocument document = ManifestDocument.parse(text);
        SourceText source16 = document.text();
        for (int offset = 0; offset <= text.length(); offset++) {
            Position at = source16.positionAt(offset);
            try {
                completions.complete(document, at).items().forEach(c -> assertInside(source16, c));
                hovers.hover(document, at).ifPresent(h -> assertThat(source16.offsetAt(h.range().end()))
                        .isLessThanOrEqualTo(text.length()));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("offset " + offset + " (" + at + ") of " + source.getFileName(), e);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typed")
    void everyPrefixOfAManifest(Path source) {
        String full = manifestText(source);
        for (int end = 0; end <= full.length(); end++) {
            String text = full.substring(0, end);
            try {
                ManifestDocument document = ManifestDocument.parse(text);
                Position last = document.text().positionAt(end);
                completions.complete(document, last).items().forEach(c -> assertInside(document.text(), c));
                hovers.hover(document, last);
                ManifestOutline.of(document);
                ManifestFolding.of(document).forEach(f -> assertThat(f.endLine()).isLessThan(document.text().lineCount()));
                ManifestFormatter.format(document, "  ").ifPresent(r -> TextEdits.apply(text,
                        r.stream().map(x -> new dev.neam.parser.fix.TextEdit(x.range(), x.newText())).toList()));
                if (end == full.length() || full.charAt(end) == '\n') {
                    applyEveryFix(text, analyzer.analyze(text, FileLookup.NONE).diagnostics());
                }
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("prefix of " + end + " characters of " + source.getFileName() + ":\n" + text, e);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployFiles")
    void everyPrefixOfADeployFile(Path source) {
        String full = Fixtures.read(source);
        String manifest = Fixtures.read(RepoPaths.repoRoot().resolve("samples/neam.toml"));
        DeployHovers deployHovers = new DeployHovers(DeployCatalog.get(), null);
        for (int end = 0; end <= full.length(); end++) {
            if (end < full.length() && full.charAt(end) != '\n' && end % 4 != 0) {
                continue; // cut after each line, and every fourth character inside lines
            }
            String text = full.substring(0, end);
            try {
                DeployInput input = new DeployInput("deploy/k8s/base/deployment.yaml", "deploy/k8s/base/deployment.yaml",
                        DeployFileKind.KUBERNETES, text);
                List<Diagnostic> found = new DeployAnalyzer().analyze(List.of(input), ManifestDocument.parse(manifest),
                        "neam.toml", FileLookup.NONE).get(input.path());
                SourceText source16 = new SourceText(text);
                deployHovers.hover(source16, found, source16.positionAt(end));
                applyEveryFix(text, found);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("prefix of " + end + " characters of " + source.getFileName() + ":\n" + text, e);
            }
        }
    }

    static Stream<Path> deployFiles() {
        return Stream.of(RepoPaths.repoRoot().resolve("samples/deploy/k8s/base/deployment.yaml"));
    }

    /** Every fix of every finding computes without an exception and its edits apply. */
    private static void applyEveryFix(String text, List<Diagnostic> found) {
        for (Diagnostic d : found) {
            for (Fix f : QuickFixes.ofStrict(FixContext.of(d, new SourceText(text), null))) {
                TextEdits.apply(text, f.edits());
            }
        }
    }

    /** A manifest fixture's text: its markers and its {@code //- neam.toml} header line gone. */
    private static String manifestText(Path source) {
        return Fixtures.read(source).replaceAll("\\$[0-9]", "").replaceFirst("^//- neam\\.toml\\r?\\n", "");
    }

    private static void assertInside(SourceText text, Completion c) {
        assertThat(text.offsetAt(c.range().end())).as("end of %s", c.label()).isLessThanOrEqualTo(text.length());
        assertThat(c.range().start()).as("range of %s", c.label()).isLessThanOrEqualTo(c.range().end());
    }
}
