package dev.neam.tests.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing one file of a 200-file project re-analyses only what the edit can affect: the file
 * itself for an edit inside a body, and the files importing it when what it exports changes.
 */
class IncrementalWorkspaceTest {
    @TempDir
    Path project;

    @Test
    void editsReanalyseOnlyAffectedFiles() {
        Workspace w = new Workspace(AnalysisOptions.DEFAULT, Set.of("print")::contains, f -> project);
        List<Path> files = new ArrayList<>();
        // lib_0 … lib_9 are imported by ten files each; the other 100 files stand alone.
        for (int i = 0; i < 200; i++) {
            Path file = project.resolve("src/f" + i + ".neam");
            files.add(file);
            String text = i < 10
                    ? "pub fun helper" + i + "(x) { return x + " + i + "; }\n"
                    : i < 110 ? "import f" + (i % 10) + ";\nfun use" + i + "() { return helper" + (i % 10) + "(1); }\n"
                    : "fun alone" + i + "() { print(" + i + "); }\n";
            w.update(file, "src/f" + i + ".neam", text);
        }
        files.forEach(w::diagnostics);
        long before = w.analysisCount();
        assertThat(before).isEqualTo(200);

        Set<Path> affected = w.update(files.get(3), "src/f3.neam", "pub fun helper3(x) { return x * 100; }\n");
        files.forEach(w::diagnostics);
        assertThat(affected).containsExactly(files.get(3).toAbsolutePath().normalize());
        assertThat(w.analysisCount() - before).isEqualTo(1);

        long mid = w.analysisCount();
        affected = w.update(files.get(3), "src/f3.neam", "pub fun helper3(x, y) { return x * y; }\n");
        files.forEach(w::diagnostics);
        assertThat(affected).hasSize(11);
        assertThat(w.analysisCount() - mid).isEqualTo(11);
        assertThat(CoreChecksTest.render(w.diagnostics(files.get(13))))
                .containsExactly("2:22-2:29 error NEAM3003 'helper3' takes 2 arguments but is called with 1");
    }
}
