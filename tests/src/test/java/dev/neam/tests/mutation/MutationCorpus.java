package dev.neam.tests.mutation;

import dev.neam.tests.fixture.Fixture;
import dev.neam.tests.fixture.FixtureFile;
import dev.neam.tests.fixture.FixtureParser;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The project's own fixtures as inputs to mutate: every Neam source (syntax, semantic, core and
 * cursor fixtures, the standard-library corpus) and every project (the manifest fixtures as a
 * project's neam.toml, the multi-file manifest and deploy fixtures, the Kustomize features tree,
 * the sample project's manifest and deploy files).
 */
public final class MutationCorpus {
    /** A file set to write as a project: paths relative to its root, '/'-separated, in a fixed order. */
    public record Sample(String name, Map<String, String> files) {
    }

    private static MutationCorpus loaded;

    public final List<Sample> sources;
    public final List<Sample> projects;
    /** Every text of both lists, to splice from. */
    public final List<String> texts;

    private MutationCorpus(List<Sample> sources, List<Sample> projects) {
        this.sources = List.copyOf(sources);
        this.projects = List.copyOf(projects);
        List<String> all = new ArrayList<>();
        Stream.concat(sources.stream(), projects.stream()).forEach(s -> all.addAll(s.files().values()));
        this.texts = List.copyOf(all);
    }

    public static synchronized MutationCorpus get() {
        if (loaded == null) {
            loaded = load();
        }
        return loaded;
    }

    private static MutationCorpus load() {
        Path fixtures = RepoPaths.fixturesRoot();
        Path resources = fixtures.getParent();
        List<Sample> sources = new ArrayList<>();
        for (Path root : List.of(fixtures, resources.resolve("stdlib-corpus"))) {
            for (Path file : Fixtures.list(root, ".neam")) {
                sources.add(new Sample(resources.relativize(file).toString().replace('\\', '/'), Map.of("main.neam", Fixtures.read(file))));
            }
        }
        List<Sample> projects = new ArrayList<>();
        for (String folder : List.of("manifest", "deploy", "semantic", "core", "cursor")) {
            Path root = fixtures.resolve(folder);
            for (Path file : Fixtures.list(root, ".toml")) {
                projects.add(new Sample(name(resources, file), Map.of("neam.toml", Fixtures.read(file))));
            }
            for (Path file : Fixtures.list(root, ".project")) {
                Fixture fixture = FixtureParser.parse(file.getFileName().toString(), Fixtures.read(file));
                Map<String, String> files = new LinkedHashMap<>();
                for (FixtureFile f : fixture.files()) {
                    files.put(f.path(), f.text());
                }
                projects.add(new Sample(name(resources, file), files));
            }
        }
        projects.add(tree("kustomize/features", resources.resolve("kustomize/features"), List.of("")));
        projects.add(tree("samples", RepoPaths.repoRoot().resolve("samples"), List.of("neam.toml", "deploy/")));
        return new MutationCorpus(sources, projects);
    }

    private static String name(Path resources, Path file) {
        return resources.relativize(file).toString().replace('\\', '/');
    }

    /** The regular files under {@code root} whose relative path starts with one of {@code prefixes}. */
    private static Sample tree(String name, Path root, List<String> prefixes) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (prefixes.stream().anyMatch(relative::startsWith)) {
                    files.put(relative, Files.readString(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Sample(name, files);
    }
}
