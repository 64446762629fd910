package dev.neam.tests.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.lsp.workspace.WorkspaceIndex;
import dev.neam.parser.assist.completion.Completion;
import dev.neam.parser.assist.completion.CompletionEngine;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.links.FileLink;
import dev.neam.parser.links.FileLinks;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.text.Position;
import dev.neam.parser.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the editor features reveal about the machine: document links and path completion stay inside
 * the project. A link to {@code /etc/hostname} or through a symbolic link out of the project, or a
 * completion of {@code ../../../} past the project root, would tell a repository's author (or show a
 * user) what lies elsewhere on the disk.
 */
class EditorContainmentTest {
    @TempDir
    Path dir;
    Path project;
    Path file;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("outside"));
        Files.writeString(dir.resolve("outside/secret.md"), "secret\n");
        project = Files.createDirectories(dir.resolve("proj"));
        Files.writeString(project.resolve("neam.toml"), "[package]\nname = \"p\"\nversion = \"0.1.0\"\n");
        Files.createDirectories(project.resolve("src/docs"));
        Files.writeString(project.resolve("src/docs/guide.md"), "guide\n");
        Files.createSymbolicLink(project.resolve("src/docs/escape.md"), dir.resolve("outside/secret.md"));
        file = project.resolve("src/main.neam");
    }

    @Test
    void documentLinksNeverLeadOutOfTheProject() throws IOException {
        String text = "agent A {\n    provider: \"ollama\"\n    model: \"llama3.2:3b\"\n"
                + "    context_from: \"/etc/hostname\"\n}\n"
                + "agent B {\n    provider: \"ollama\"\n    model: \"llama3.2:3b\"\n"
                + "    context_from: \"../../outside/secret.md\"\n}\n"
                + "agent C {\n    provider: \"ollama\"\n    model: \"llama3.2:3b\"\n"
                + "    context_from: \"./docs/escape.md\"\n}\n"
                + "agent D {\n    provider: \"ollama\"\n    model: \"llama3.2:3b\"\n"
                + "    context_from: \"./docs/guide.md\"\n}\n";
        Files.writeString(file, text);

        List<FileLink> links = FileLinks.of(NeamSyntax.parse(text).tree(), file, AnalysisOptions.DEFAULT.languageVersion());

        assertThat(Files.exists(dir.resolve("outside/secret.md"))).isTrue();
        assertThat(links).extracting(FileLink::target).containsExactly(project.resolve("src/docs/guide.md"));
    }

    @Test
    void aWatchedLinkOutOfTheWorkspaceIsNeverRead() throws IOException {
        Files.writeString(dir.resolve("outside/keys.neam"), "let openai = \"not for this project\";\n");
        Path link = Files.createSymbolicLink(project.resolve("src/keys.neam"), dir.resolve("outside/keys.neam"));
        Path inside = Files.writeString(project.resolve("src/inside.neam"), "let x = 1;\n");
        WorkspaceIndex index = new WorkspaceIndex();
        index.addFolder(project);

        // as when the client's file watcher reports both files created
        assertThat(index.refresh(link.toUri().toString())).as("the link changes nothing").isFalse();
        assertThat(index.text(link.toUri().toString())).isEmpty();
        assertThat(index.refresh(inside.toUri().toString())).as("a file of the project is read").isTrue();
        assertThat(index.text(inside.toUri().toString())).map(text -> text.text()).contains("let x = 1;\n");
    }

    @Test
    void pathCompletionListsNothingOutsideTheProject() throws IOException {
        assertThat(completions("../../")).as("past the project root").isEmpty();
        assertThat(completions("../../../../../../../../")).as("up to /").isEmpty();
        assertThat(completions("./docs/")).as("inside the project").contains("guide.md");
    }

    private List<String> completions(String typed) throws IOException {
        String text = "agent A {\n    provider: \"ollama\"\n    model: \"llama3.2:3b\"\n    context_from: \"" + typed + "\"\n}\n";
        Files.writeString(file, text);
        Workspace workspace = new Workspace(AnalysisOptions.DEFAULT);
        workspace.update(file, file.toString(), text);
        return new CompletionEngine(Vocabulary.load(), "auto")
                .complete(workspace, file, new Position(3, 19 + typed.length())).items().stream().map(Completion::label).toList();
    }
}
