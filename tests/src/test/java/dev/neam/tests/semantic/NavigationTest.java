package dev.neam.tests.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.semantic.symbols.Symbol;
import dev.neam.parser.semantic.symbols.SymbolKind;
import dev.neam.parser.syntax.Names;
import dev.neam.parser.text.Position;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the symbol under a position and every place it is written, across the files of a project. */
class NavigationTest {
    @TempDir
    Path project;

    private Workspace workspace;
    private Path skills;
    private Path main;

    private void load() {
        workspace = new Workspace(AnalysisOptions.DEFAULT, Set.of("print")::contains, f -> project);
        skills = project.resolve("src/tools/search.neam");
        main = project.resolve("src/main.neam");
        workspace.update(skills, "src/tools/search.neam", """
                module tools.search;
                pub skill web_search {
                  description: "Search the web"
                  impl(query) { return query; }
                }
                pub fun normalise(text) { return text; }
                """);
        workspace.update(main, "src/main.neam", """
                import tools.search.{web_search, normalise};
                agent Researcher {
                  provider: "openai"
                  model: "gpt-4o"
                  skills: [web_search]
                }
                fun ask(question) {
                  let cleaned = normalise(question);
                  return Researcher.ask(cleaned);
                }
                """);
    }

    private List<String> occurrences(Path file, int line, int character, boolean withDeclaration) {
        Symbol symbol = workspace.symbolAt(file, new Position(line, character)).orElseThrow();
        return workspace.occurrences(symbol, withDeclaration).stream()
                .map(o -> o.path() + "@" + o.range() + (o.declaration() ? " (declaration)" : ""))
                .toList();
    }

    @Test
    void skillReferencedFromAnotherFile() {
        load();
        Symbol skill = workspace.symbolAt(main, new Position(4, 12)).orElseThrow();
        assertThat(skill.kind()).isEqualTo(SymbolKind.DECLARATION);
        assertThat(skill.detail()).isEqualTo("skill");
        assertThat(skill.path()).isEqualTo("src/tools/search.neam");
        assertThat(occurrences(main, 4, 12, true)).containsExactly(
                "src/main.neam@0:21-0:31",
                "src/main.neam@4:11-4:21",
                "src/tools/search.neam@1:10-1:20 (declaration)");
    }

    @Test
    void functionAndLocalVariable() {
        load();
        assertThat(occurrences(skills, 5, 9, false)).containsExactly(
                "src/main.neam@0:33-0:42", "src/main.neam@7:16-7:25");
        assertThat(occurrences(main, 7, 8, true)).containsExactly(
                "src/main.neam@7:6-7:13 (declaration)", "src/main.neam@8:24-8:31");
        assertThat(occurrences(main, 8, 10, true)).containsExactly(
                "src/main.neam@1:6-1:16 (declaration)", "src/main.neam@8:9-8:19");
    }

    @Test
    void namesAreCheckedByTheLexer() {
        assertThat(Names.isIdentifier("triage_agent")).isTrue();
        assertThat(Names.isIdentifier("_x1")).isTrue();
        assertThat(Names.isIdentifier("let")).isFalse();
        assertThat(Names.isIdentifier("match")).isFalse();
        assertThat(Names.isIdentifier("2fast")).isFalse();
        assertThat(Names.isIdentifier("has space")).isFalse();
        assertThat(Names.isIdentifier("café")).isFalse();
    }
}
