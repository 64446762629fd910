package dev.neam.tests.project;

import dev.neam.parser.manifest.FileLookup;
import dev.neam.parser.manifest.ManifestOptions;
import dev.neam.parser.workspace.Document;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.parser.workspace.Project;
import dev.neam.parser.workspace.ProjectAnalyzer;
import dev.neam.parser.workspace.ProjectFile;
import dev.neam.parser.workspace.ProjectOptions;
import dev.neam.tests.fixture.Fixture;
import dev.neam.tests.fixture.FixtureFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a fixture into a project and analyses it through {@link ProjectAnalyzer}, the same entry
 * point lint uses. A single-file fixture is the project's neam.toml; a multi-file fixture's
 * {@code neam.toml} is the manifest and its other files are candidate deploy files. The project's
 * files (and their folders) are the fixture's files.
 */
final class ProjectFixtures {
    private ProjectFixtures() {
    }

    static Map<String, FileDiagnostics> analyze(Fixture fixture, String profile) {
        List<FixtureFile> files = fixture.multiFile() ? fixture.files() : List.of(renamed(fixture.single()));
        Set<String> paths = new HashSet<>();
        for (FixtureFile f : files) {
            String p = f.path();
            paths.add(p);
            for (int slash = p.indexOf('/'); slash >= 0; slash = p.indexOf('/', slash + 1)) {
                paths.add(p.substring(0, slash));
            }
        }
        FileLookup lookup = paths::contains;
        Document manifest = null;
        List<ProjectFile> others = new ArrayList<>();
        for (FixtureFile f : files) {
            if (f.path().equals("neam.toml")) {
                manifest = new Document(f.path(), f.text());
            } else {
                others.add(new ProjectFile(f.path(), f.path(), f.text()));
            }
        }
        ProjectOptions options = new ProjectOptions(new ManifestOptions(profile), ProjectOptions.DEFAULT.deployGlobs());
        Map<String, FileDiagnostics> byPath = new LinkedHashMap<>();
        for (FileDiagnostics d : new ProjectAnalyzer(options).analyze(new Project(manifest, true, others, lookup))) {
            byPath.put(d.path(), d);
        }
        return byPath;
    }

    /** A single-file fixture stands for the project's neam.toml. */
    private static FixtureFile renamed(FixtureFile f) {
        return new FixtureFile("neam.toml", f.text(), f.firstLine(), f.expectations());
    }

    /** {@code profile-0.6.8/x.toml} is checked with the manifest profile 0.6.8; anything else with auto. */
    static String profile(String relativeName) {
        for (String part : relativeName.split("/")) {
            if (part.startsWith("profile-")) {
                return part.substring("profile-".length());
            }
        }
        return "auto";
    }
}
