package dev.neam.tests.cursor;

import dev.neam.parser.assist.signature.SignatureFinder;
import dev.neam.parser.assist.signature.SignatureHelpInfo;
import dev.neam.parser.assist.signature.SignatureInfo;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Signature help at every marker of {@code fixtures/cursor/signature/*.neam}: label, active parameter, docs. */
class SignatureFixtureTest {
    @TempDir
    Path root;

    static List<Path> fixtures() {
        return CursorFixture.all("signature");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void signatures(Path source) {
        CursorFixture fixture = CursorFixture.load(source, root);
        Workspace workspace = fixture.workspace(AnalysisOptions.DEFAULT);
        SignatureFinder finder = new SignatureFinder();
        Map<String, String> sections = new LinkedHashMap<>();
        for (CursorFixture.Cursor cursor : fixture.cursors()) {
            Optional<SignatureHelpInfo> help = finder.help(workspace, cursor.file(root), cursor.position());
            sections.put(cursor.label() + " " + cursor.path() + " " + cursor.position(),
                    help.map(SignatureFixtureTest::render).orElse("(nothing)"));
        }
        fixture.assertExpected(sections);
    }

    private static String render(SignatureHelpInfo help) {
        SignatureInfo s = help.signature();
        StringBuilder out = new StringBuilder(s.label()).append('\n');
        int active = s.parameterFor(help.activeParameter());
        for (int i = 0; i < s.parameters().size(); i++) {
            SignatureInfo.Parameter p = s.parameters().get(i);
            out.append(i == active ? "  * " : "    ").append(s.label(), p.start(), p.end())
                    .append(p.doc().isBlank() ? "" : " — " + p.doc()).append('\n');
        }
        if (active >= s.parameters().size() || active < 0) {
            out.append("  (argument ").append(help.activeParameter() + 1).append(" has no parameter)\n");
        }
        out.append("callee ").append(help.callee()).append('\n');
        return out.append(s.doc()).toString();
    }
}
