package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DeclarationParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code textDocument/definition} and {@code declaration} over stdio, across the files of a project
 * on disk: LocationLinks with the word as origin for clients that take links, Locations otherwise.
 */
class DefinitionTest {
    static final String TOOLS = """
            module tools;

            pub skill web_search {
              description: "Searches the web."
              impl(query) {
                return query;
              }
            }
            """;

    static final String MAIN = """
            module main;

            import tools.{web_search};

            agent Researcher {
              provider: "openai"
              model: "gpt-4o"
              skills: [web_search]
            }

            {
              print(Researcher.ask("tides"));
            }
            """;

    @TempDir
    Path project;

    private String mainUri;
    private String toolsUri;

    private void writeProject() throws IOException {
        Files.writeString(project.resolve("neam.toml"), "[project]\nname = \"defs\"\nversion = \"0.1.0\"\n");
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("src/tools.neam"), TOOLS);
        Files.writeString(project.resolve("src/main.neam"), MAIN);
        mainUri = project.resolve("src/main.neam").toAbsolutePath().normalize().toUri().toString();
        toolsUri = project.resolve("src/tools.neam").toAbsolutePath().normalize().toUri().toString();
    }

    @Test
    void linkClientsGetLocationLinksIntoTheDefiningFile() throws IOException {
        writeProject();
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(AssistClients.rich(), null, project);
            assertThat(init.getCapabilities().getDefinitionProvider().getLeft()).isTrue();
            assertThat(init.getCapabilities().getDeclarationProvider().getLeft()).isTrue();
            s.open(mainUri, 1, MAIN);

            Either<List<? extends Location>, List<? extends LocationLink>> result = definition(s, 7, 14);
            assertThat(result.isRight()).isTrue();
            LocationLink link = result.getRight().get(0);
            assertThat(result.getRight()).hasSize(1);
            assertThat(link.getTargetUri()).isEqualTo(toolsUri);
            assertThat(link.getTargetSelectionRange()).isEqualTo(Lsp.range(2, 10, 2, 20));
            assertThat(link.getTargetRange()).isEqualTo(Lsp.range(2, 0, 7, 1));
            assertThat(link.getOriginSelectionRange()).isEqualTo(Lsp.range(7, 11, 7, 21));

            LocationLink local = definition(s, 11, 10).getRight().get(0);
            assertThat(local.getTargetUri()).isEqualTo(mainUri);
            assertThat(local.getTargetSelectionRange()).isEqualTo(Lsp.range(4, 6, 4, 16));
            assertThat(local.getOriginSelectionRange()).isEqualTo(Lsp.range(11, 8, 11, 18));

            LocationLink module = definition(s, 2, 9).getRight().get(0);
            assertThat(module.getTargetUri()).as("a module path leads to the module's file").isEqualTo(toolsUri);
            assertThat(module.getTargetSelectionRange()).isEqualTo(Lsp.range(0, 0, 0, 0));

            Either<List<? extends Location>, List<? extends LocationLink>> builtin = definition(s, 11, 4);
            // an empty answer reads back as either side: [] carries no type
            assertThat(builtin.isLeft() ? builtin.getLeft() : builtin.getRight()).as("print is built in: no source").isEmpty();

            Either<List<? extends Location>, List<? extends LocationLink>> declaration = Lsp.get(
                    s.server.getTextDocumentService().declaration(new DeclarationParams(
                            new TextDocumentIdentifier(mainUri), new Position(2, 18))));
            assertThat(declaration.getRight()).extracting(LocationLink::getTargetUri).containsExactly(toolsUri);
        }
    }

    @Test
    void clientsWithoutLinkSupportGetLocationsOfTheName() throws IOException {
        writeProject();
        try (ServerProcess s = ServerProcess.start()) {
            s.initialize(AssistClients.minimal(), null, project);
            s.open(mainUri, 1, MAIN);

            Either<List<? extends Location>, List<? extends LocationLink>> result = definition(s, 7, 14);
            assertThat(result.isLeft()).isTrue();
            assertThat(List.<Location>copyOf(result.getLeft())).containsExactly(new Location(toolsUri, Lsp.range(2, 10, 2, 20)));
            assertThat(definition(s, 5, 5).getLeft()).as("a property key has no declaration").isEmpty();
        }
    }

    private Either<List<? extends Location>, List<? extends LocationLink>> definition(ServerProcess s, int line, int character) {
        return Lsp.get(s.server.getTextDocumentService().definition(
                new DefinitionParams(new TextDocumentIdentifier(mainUri), new Position(line, character))));
    }
}
