package dev.neam.tests.lsp;

import static dev.neam.tests.lsp.NavigationProject.uri;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference-count code lenses over stdio: listed without counts, counted on resolve. */
class CodeLensTest {
    @TempDir
    Path dir;

    @Test
    void lensesAreListedLazilyAndResolvedWithACount() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = ServerProcess.start()) {
            InitializeResult init = s.initialize(Lsp.pushClient(), null, p.root);
            assertThat(init.getCapabilities().getCodeLensProvider().getResolveProvider()).isTrue();
            s.open(uri(p.search), 1, NavigationProject.SEARCH);

            List<CodeLens> lenses = List.copyOf(Lsp.get(s.server.getTextDocumentService()
                    .codeLens(new CodeLensParams(new TextDocumentIdentifier(uri(p.search))))));
            assertThat(lenses).extracting(CodeLens::getRange)
                    .containsExactly(Lsp.range(2, 10, 2, 20), Lsp.range(7, 8, 7, 17));
            assertThat(lenses).allSatisfy(l -> assertThat(l.getCommand()).isNull());

            CodeLens skill = Lsp.get(s.server.getTextDocumentService().resolveCodeLens(lenses.get(0)));
            assertThat(skill.getCommand().getTitle()).isEqualTo("2 references");
            CodeLens function = Lsp.get(s.server.getTextDocumentService().resolveCodeLens(lenses.get(1)));
            assertThat(function.getCommand().getTitle()).isEqualTo("5 references");
            assertThat(function.getCommand().getCommand()).isEqualTo("neam.showReferences");
            List<Object> arguments = function.getCommand().getArguments();
            assertThat(arguments).hasSize(3);
            assertThat(((JsonElement) arguments.get(0)).getAsString()).isEqualTo(uri(p.search));
            JsonArray locations = ((JsonElement) arguments.get(2)).getAsJsonArray();
            assertThat(locations).hasSize(5);
            assertThat(new Gson().toJson(locations.get(0))).contains(uri(p.main)).contains("\"line\":0");
        }
    }

    @Test
    void aDeclarationNobodyUsesSaysSo() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = p.start(Lsp.pushClient())) {
            List<CodeLens> lenses = List.copyOf(Lsp.get(s.server.getTextDocumentService()
                    .codeLens(new CodeLensParams(p.mainDocument()))));
            assertThat(lenses).extracting(CodeLens::getRange)
                    .containsExactly(Lsp.range(2, 6, 2, 16), Lsp.range(8, 4, 8, 7));
            assertThat(Lsp.get(s.server.getTextDocumentService().resolveCodeLens(lenses.get(0))).getCommand()
                    .getTitle()).isEqualTo("1 reference");
            assertThat(Lsp.get(s.server.getTextDocumentService().resolveCodeLens(lenses.get(1))).getCommand()
                    .getTitle()).isEqualTo("0 references");
        }
    }
}
