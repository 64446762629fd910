package dev.neam.tests.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.tests.fixture.Fixture;
import dev.neam.tests.fixture.FixtureFile;
import dev.neam.tests.fixture.FixtureParser;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import dev.neam.tests.support.StrictRuleFamilies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Crash-freedom of the manifest and deploy analysis: every manifest and deploy fixture (and the
 * sample project's files) is mutated many times with a fixed seed (deletions, insertions of TOML,
 * YAML and Dockerfile punctuation, duplicated and swapped lines, truncation) and analysed; the
 * analysis must never throw, and every range must lie inside its file. The analyses run in parallel.
 */
@ExtendWith(StrictRuleFamilies.class) // a rule family that fails must fail the test
@Isolated // the strict rule families are a JVM-wide system property
class ProjectFuzzTest {

    static final long SEED = 0x5EED_7011L;
    static final int MUTATIONS_PER_FIXTURE = 60;
    static final List<String> TOKENS = List.of("[", "]", "[[", "]]", "\"", "'", "\"\"\"", "'''", "=", "# c", "\n", "{", "}", ",",
            ".", ":", "- ", "---\n", "\t", "\\", "\\u00", "\u0000", "😀", "é", "&a ", "*a", "!!binary ", "{{ x }}", "0x", "1e", "-",
            "true", "inf", "${X}", "sk-proj-abcdefghijklmnopqrstuvwxyz", "\r", " \\\n", "FROM ", "USER ", "apiVersion: v1\nkind: Pod\n",
            "[deploy.kubernetes]\n", "port = ", "replicas: ", "? ", "|\n", ">-\n", "%YAML 1.2\n", "@");

    @TestFactory
    Stream<DynamicTest> mutatedFixturesNeverCrashTheAnalysis() {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("manifest", "deploy")) {
            Path root = RepoPaths.fixturesRoot().resolve(folder);
            files.addAll(Fixtures.list(root, ".toml"));
            files.addAll(Fixtures.list(root, ".project"));
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(RepoPaths.fixturesRoot().relativize(file).toString(),
                () -> fuzz(file.getFileName().toString(), FixtureParser.parse(file.getFileName().toString(), Fixtures.read(file)))));
    }

    @Test
    void everyPrefixOfTheSampleManifestIsAnalysedWithoutCrashing() throws IOException {
        String manifest = Files.readString(RepoPaths.repoRoot().resolve("samples/neam.toml"));
        eachInParallel(manifest.length() + 1,
                end -> analyse(List.of(new FixtureFile("neam.toml", manifest.substring(0, end), 0, List.of()))));
    }

    @Test
    void everyPrefixOfTheSampleDeploymentIsAnalysedWithoutCrashing() throws IOException {
        Path samples = RepoPaths.repoRoot().resolve("samples");
        List<FixtureFile> stack = new ArrayList<>();
        stack.add(new FixtureFile("neam.toml", Files.readString(samples.resolve("neam.toml")), 0, List.of()));
        try (Stream<Path> walk = Files.walk(samples.resolve("deploy"))) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                stack.add(new FixtureFile(samples.relativize(p).toString().replace('\\', '/'), Files.readString(p), 0, List.of()));
            }
        }
        // every prefix of a base manifest and of an overlay with inline patches, the rest of the stack whole
        for (String cut : List.of("deploy/k8s/base/deployment.yaml", "deploy/k8s/overlays/production/kustomization.yaml")) {
            FixtureFile file = stack.stream().filter(f -> f.path().equals(cut)).findFirst().orElseThrow();
            eachInParallel(file.text().length() / 3 + 1, i -> {
                List<FixtureFile> files = new ArrayList<>(stack);
                files.set(stack.indexOf(file), new FixtureFile(cut, file.text().substring(0, 3 * i), 0, List.of()));
                analyse(files);
            });
        }
    }

    private static void fuzz(String name, Fixture fixture) {
        Random random = new Random(SEED ^ name.hashCode());
        List<FixtureFile> files = fixture.multiFile() ? fixture.files() : List.of(
                new FixtureFile("neam.toml", fixture.single().text(), 0, List.of()));
        List<List<FixtureFile>> mutations = new ArrayList<>(); // drawn in order from the seed, analysed in parallel
        List<FixtureFile> targets = new ArrayList<>();
        for (int i = 0; i < MUTATIONS_PER_FIXTURE; i++) {
            int which = random.nextInt(files.size());
            List<FixtureFile> mutated = new ArrayList<>(files);
            FixtureFile target = files.get(which);
            String text = target.text();
            int rounds = 1 + random.nextInt(3);
            for (int r = 0; r < rounds; r++) {
                text = mutate(text, random);
            }
            FixtureFile changed = new FixtureFile(target.path(), text, 0, List.of());
            mutated.set(which, changed);
            mutations.add(mutated);
            targets.add(changed);
        }
        eachInParallel(mutations.size(), i -> {
            try {
                analyse(mutations.get(i));
            } catch (RuntimeException | Error e) {
                throw new AssertionError(name + " mutation " + i + " of " + targets.get(i).path() + " crashed the analysis on:\n"
                        + targets.get(i).text(), e);
            }
        });
    }

    /**
     * {@code check} of 0 to {@code n - 1} on every core (the analyses are independent); the failure of
     * the lowest number is thrown, the one a loop in order would have met first.
     */
    private static void eachInParallel(int n, IntConsumer check) {
        Map<Integer, Throwable> failures = new ConcurrentSkipListMap<>();
        IntStream.range(0, n).parallel().forEach(i -> {
            try {
                check.accept(i);
            } catch (RuntimeException | Error e) {
                failures.put(i, e);
            }
        });
        if (!failures.isEmpty()) {
            Throwable first = failures.values().iterator().next();
            if (first instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) first;
        }
    }

    static String mutate(String text, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        switch (random.nextInt(6)) {
            case 0 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(12));
                return text.substring(0, at) + text.substring(end);
            }
            case 1, 2 -> {
                return text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(at);
            }
            case 3 -> {
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int line = random.nextInt(lines.size());
                lines.add(line, lines.get(line));
                return String.join("\n", lines);
            }
            case 4 -> {
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int a = random.nextInt(lines.size());
                int b = random.nextInt(lines.size());
                String t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
                return String.join("\n", lines);
            }
            default -> {
                return text.substring(0, at);
            }
        }
    }

    private static void analyse(List<FixtureFile> files) {
        Fixture fixture = new Fixture("fuzz", files, true);
        Map<String, FileDiagnostics> results = ProjectFixtures.analyze(fixture, "auto");
        for (FixtureFile f : files) {
            FileDiagnostics d = results.get(f.path());
            if (d == null) {
                continue;
            }
            SourceText text = new SourceText(f.text());
            for (Diagnostic diagnostic : d.diagnostics()) {
                assertThat(diagnostic.message()).isNotBlank();
                assertInside(text, diagnostic.range().start(), diagnostic);
                assertInside(text, diagnostic.range().end(), diagnostic);
                assertThat(diagnostic.range().start().compareTo(diagnostic.range().end())).as("%s", diagnostic).isLessThanOrEqualTo(0);
            }
        }
    }

    private static void assertInside(SourceText text, Position p, Diagnostic d) {
        assertThat(p.line()).as("line of %s", d).isBetween(0, text.lineCount() - 1);
        assertThat(p.character()).as("column of %s", d).isBetween(0, text.lineText(p.line()).length());
    }
}
