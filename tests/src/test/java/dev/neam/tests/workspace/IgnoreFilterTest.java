package dev.neam.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.workspace.IgnoreFilter;
import dev.neam.parser.workspace.ToolConfigs;
import dev.neam.parser.workspace.WorkspaceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File discovery with .gitignore files (root, nested, above the searched folder), --exclude and a project's exclude list. */
class IgnoreFilterTest {

    @TempDir
    Path tmp;

    void write(String relative, String content) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    List<String> discover(Path root, List<String> excludes) throws IOException {
        IgnoreFilter filter = new IgnoreFilter(tmp, excludes, new ToolConfigs());
        return WorkspaceFiles.discover(List.of(root), filter).stream()
                .map(p -> tmp.relativize(p.toAbsolutePath()).toString().replace('\\', '/'))
                .toList();
    }

    @Test
    void rootAndNestedGitignoresWithNegation() throws IOException {
        for (String f : List.of("a.neam", "gen/g.neam", "src/b.neam", "src/b.gen.neam", "src/keep.gen.neam",
                "src/sub/c.neam", "src/sub/local.neam", "out/o.neam", "src/out/o.neam")) {
            write(f, "// " + f + "\n");
        }
        write(".gitignore", "# build output\n/gen/\n*.gen.neam\n!keep.gen.neam\n/out\n");
        write("src/sub/.gitignore", "local.neam\n");

        assertThat(discover(tmp, List.of())).containsExactly(
                "a.neam", "src/b.neam", "src/keep.gen.neam", "src/out/o.neam", "src/sub/c.neam");
    }

    @Test
    void aNestedGitignoreOverridesItsParentOnlyBelowItself() throws IOException {
        for (String f : List.of("x/debug.neam", "y/debug.neam")) {
            write(f, "//\n");
        }
        write(".gitignore", "debug.neam\n");
        write("x/.gitignore", "!debug.neam\n");

        assertThat(discover(tmp, List.of())).containsExactly("x/debug.neam");
    }

    @Test
    void aFileInsideAnIgnoredFolderCannotBeReIncluded() throws IOException {
        write("gen/keep.neam", "//\n");
        write(".gitignore", "gen/\n!gen/keep.neam\n");

        assertThat(discover(tmp, List.of())).isEmpty();
    }

    @Test
    void gitignoresAboveTheSearchedFolderCountUpToTheRepositoryTop() throws IOException {
        Files.createDirectories(tmp.resolve("repo/.git"));
        write(".gitignore", "*.neam\n"); // outside the repository: not ours
        write("repo/.gitignore", "skipped.neam\n");
        write("repo/project/src/kept.neam", "//\n");
        write("repo/project/src/skipped.neam", "//\n");

        assertThat(discover(tmp.resolve("repo/project"), List.of())).containsExactly("repo/project/src/kept.neam");
    }

    @Test
    void outsideARepositoryOnlyTheSearchedFoldersOwnGitignoresCount() throws IOException {
        write(".gitignore", "*.neam\n");
        write("project/a.neam", "//\n");

        assertThat(discover(tmp.resolve("project"), List.of())).containsExactly("project/a.neam");
    }

    @Test
    void excludePatternsAreRelativeToTheWorkingFolder() throws IOException {
        for (String f : List.of("p/src/a.neam", "p/src/a.tmp.neam", "p/generated/g.neam", "generated/top.neam")) {
            write(f, "//\n");
        }

        assertThat(discover(tmp, List.of("/generated", "*.tmp.neam"))).containsExactly(
                "p/generated/g.neam", "p/src/a.neam");
        assertThat(discover(tmp, List.of("p/generated/**"))).containsExactly(
                "generated/top.neam", "p/src/a.neam", "p/src/a.tmp.neam");
    }

    @Test
    void theProjectsExcludeListIsRelativeToItsFolder() throws IOException {
        write("p/neam.toml", "[tool.neam-lsp]\nexclude = [\"generated/**\", \"*.draft.neam\"]\n");
        for (String f : List.of("p/src/a.neam", "p/src/b.draft.neam", "p/generated/g.neam", "other/generated/g.neam")) {
            write(f, "//\n");
        }

        assertThat(discover(tmp, List.of())).containsExactly("other/generated/g.neam", "p/src/a.neam");
        assertThat(discover(tmp.resolve("p/src"), List.of())).as("also when searching below the project folder")
                .containsExactly("p/src/a.neam");
    }

    @Test
    void filesNamedExplicitlyAreAlwaysIncluded() throws IOException {
        write("gen/g.neam", "//\n");
        write(".gitignore", "gen/\n");
        IgnoreFilter filter = new IgnoreFilter(tmp, List.of("**/*.neam"), new ToolConfigs());

        assertThat(WorkspaceFiles.discover(List.of(tmp.resolve("gen/g.neam")), filter)).hasSize(1);
    }
}
