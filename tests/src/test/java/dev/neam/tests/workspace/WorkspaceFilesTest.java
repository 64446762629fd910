package dev.neam.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.neam.parser.workspace.Document;
import dev.neam.parser.workspace.WorkspaceFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFilesTest {

    @TempDir
    Path tmp;

    /** {@code tmp} as a relative path from the working folder, so "as found" can be checked on relative input. */
    Path relativeTmp;

    @BeforeEach
    void layout() throws IOException {
        for (String file : List.of("samples/src/main.neam", "samples/src/b.neam", "samples/a.neam", "samples/src/lib/z.neam",
                "samples/neam.toml", "samples/notes.neam.txt", "samples/src/.hidden.neam",
                "samples/node_modules/dep/x.neam", "samples/target/x.neam", "samples/build/x.neam", "samples/.git/x.neam",
                "samples/.cache/x.neam", "samples/src/.idea/x.neam", "samples/deep/er/than/that.neam")) {
            write(file, "// " + file + "\n");
        }
        relativeTmp = Path.of("").toAbsolutePath().relativize(tmp.toAbsolutePath());
    }

    void write(String relative, String content) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    static List<String> names(List<Path> paths) {
        return paths.stream().map(Path::toString).toList();
    }

    static String sep(String slashed) {
        return slashed.replace("/", File.separator);
    }

    @Test
    void foldersAreSearchedRecursivelyInNameOrderSkippingHiddenAndBuildFolders() throws IOException {
        Path samples = relativeTmp.resolve("samples");
        List<Path> found = WorkspaceFiles.discover(List.of(samples));

        String prefix = samples + File.separator;
        assertThat(names(found)).containsExactly(
                prefix + "a.neam",
                prefix + sep("deep/er/than/that.neam"),
                prefix + sep("src/.hidden.neam"),
                prefix + sep("src/b.neam"),
                prefix + sep("src/lib/z.neam"),
                prefix + sep("src/main.neam"));
    }

    @Test
    void pathsAreKeptAsFoundRelativeOrAbsolute() throws IOException {
        Path relative = relativeTmp.resolve("samples/src/lib");
        Path absolute = tmp.resolve("samples/src/lib").toAbsolutePath();
        assertThat(relative.isAbsolute()).isFalse();

        assertThat(names(WorkspaceFiles.discover(List.of(relative)))).containsExactly(relative + File.separator + "z.neam");
        assertThat(names(WorkspaceFiles.discover(List.of(absolute)))).containsExactly(absolute + File.separator + "z.neam");
    }

    @Test
    void theFolderNamedExplicitlyIsSearchedEvenIfItWouldBeSkipped() throws IOException {
        assertThat(names(WorkspaceFiles.discover(List.of(relativeTmp.resolve("samples/node_modules")))))
                .containsExactly(relativeTmp.resolve(sep("samples/node_modules/dep/x.neam")).toString());
        assertThat(names(WorkspaceFiles.discover(List.of(relativeTmp.resolve("samples/.git")))))
                .containsExactly(relativeTmp.resolve(sep("samples/.git/x.neam")).toString());
    }

    @Test
    void aFileNamedExplicitlyIsIncludedWhateverItsExtension() throws IOException {
        Path toml = relativeTmp.resolve("samples/neam.toml");
        Path hiddenFolderFile = relativeTmp.resolve("samples/.cache/x.neam");

        assertThat(WorkspaceFiles.discover(List.of(toml, hiddenFolderFile))).containsExactly(toml, hiddenFolderFile);
    }

    @Test
    void argumentOrderIsKeptAndAFileIsListedOnce() throws IOException {
        Path lib = relativeTmp.resolve("samples/src/lib");
        Path main = relativeTmp.resolve("samples/src/main.neam");
        Path src = relativeTmp.resolve("samples/src");

        List<Path> found = WorkspaceFiles.discover(List.of(lib, main, src, main));

        assertThat(names(found)).containsExactly(
                lib + File.separator + "z.neam",
                main.toString(),
                src + File.separator + ".hidden.neam",
                src + File.separator + "b.neam");
    }

    @Test
    void aMissingPathIsAnError() {
        Path missing = relativeTmp.resolve("nope");

        assertThatThrownBy(() -> WorkspaceFiles.discover(List.of(missing)))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("nope");
    }

    @Test
    void symlinkedFoldersAreNotFollowedButSymlinkedFilesAre() throws IOException {
        Path loop = tmp.resolve("samples/src/loop");
        Path linkedFile = tmp.resolve("samples/src/linked.neam");
        try {
            Files.createSymbolicLink(loop, tmp.resolve("samples"));
            Files.createSymbolicLink(linkedFile, tmp.resolve("samples/a.neam"));
            Files.createSymbolicLink(tmp.resolve("samples/src/dangling.neam"), tmp.resolve("gone.neam"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }

        List<Path> found = WorkspaceFiles.discover(List.of(tmp.resolve("samples/src")));

        // linked.neam is the same file as samples/a.neam, but that one is not under src/, so it is listed
        assertThat(names(found)).containsExactly(
                tmp.resolve("samples/src/.hidden.neam").toString(),
                tmp.resolve("samples/src/b.neam").toString(),
                tmp.resolve("samples/src/lib/z.neam").toString(),
                linkedFile.toString(),
                tmp.resolve("samples/src/main.neam").toString());
    }

    @Test
    void textIsUtf8WithMalformedBytesReplaced() throws IOException {
        Path file = tmp.resolve("bad.neam");
        Files.write(file, new byte[] {'a', (byte) 0xFF, 'b', (byte) 0xC3, '\n', (byte) 0xE2, (byte) 0x82});

        assertThat(WorkspaceFiles.read(file)).isEqualTo("a\uFFFDb\uFFFD\n\uFFFD");
    }

    @Test
    void utf8IsDecodedAndALeadingByteOrderMarkDropped() throws IOException {
        Path file = tmp.resolve("bom.neam");
        Files.write(file, ("\uFEFFagent Ünïcödé 😀\n").getBytes(StandardCharsets.UTF_8));

        assertThat(WorkspaceFiles.read(file)).isEqualTo("agent Ünïcödé 😀\n");
        assertThat(WorkspaceFiles.decode("a\uFEFF".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\uFEFF");
    }

    @Test
    void loadPairsEachPathWithItsText() throws IOException {
        Path lib = relativeTmp.resolve("samples/src/lib");

        List<Document> documents = WorkspaceFiles.load(List.of(lib));

        assertThat(documents).containsExactly(new Document(lib + File.separator + "z.neam", "// samples/src/lib/z.neam\n"));
    }

    @Test
    void skippedFolderNames() {
        assertThat(WorkspaceFiles.isSkippedFolder("node_modules")).isTrue();
        assertThat(WorkspaceFiles.isSkippedFolder("target")).isTrue();
        assertThat(WorkspaceFiles.isSkippedFolder("build")).isTrue();
        assertThat(WorkspaceFiles.isSkippedFolder(".git")).isTrue();
        assertThat(WorkspaceFiles.isSkippedFolder(".vscode")).isTrue();
        assertThat(WorkspaceFiles.isSkippedFolder("src")).isFalse();
        assertThat(WorkspaceFiles.isSkippedFolder("builder")).isFalse();
    }
}
