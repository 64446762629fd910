package dev.neam.tests.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.semantic.highlight.SemanticToken;
import dev.neam.parser.semantic.highlight.TokenModifier;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Semantic tokens: names by what they resolve to; nothing painted inside strings or comments. */
class HighlighterTest {
    @TempDir
    Path project;

    @Test
    void classifiesDeclarationsReferencesAndLiterals() {
        Workspace w = new Workspace(AnalysisOptions.DEFAULT, Set.of("print")::contains, f -> project);
        Path file = project.resolve("main.neam");
        w.update(file, "main.neam", """
                /// Routes requests.
                agent Triage {
                  provider: "openai agent skills" // agent in a comment
                  handoffs: [Billing]
                }
                agent Billing { model: "x" }
                fun greet(name) { print(f"hi {name}"); return p"./a.md"; }
                """);
        List<String> painted = new ArrayList<>();
        for (SemanticToken t : w.semanticTokens(file)) {
            StringBuilder mods = new StringBuilder();
            for (TokenModifier m : TokenModifier.values()) {
                if ((t.modifiers() & m.bit()) != 0) {
                    mods.append('.').append(m.id());
                }
            }
            painted.add(t.line() + ":" + t.start() + "+" + t.length() + " " + t.type().id() + mods);
        }
        assertThat(painted).containsExactly(
                "0:0+20 comment.documentation",
                "1:0+5 keyword", "1:6+6 agent.declaration",
                "2:2+8 property", "2:12+21 string", "2:34+21 comment",
                "3:2+8 property", "3:13+7 agent",
                "5:0+5 keyword", "5:6+7 agent.declaration", "5:16+5 property", "5:23+3 string",
                "6:0+3 keyword", "6:4+5 function.declaration", "6:10+4 parameter.declaration",
                "6:18+5 function.defaultLibrary", "6:24+6 string", "6:30+4 parameter", "6:34+2 string",
                "6:39+6 keyword", "6:46+9 path");
    }

    @Test
    void letNamesAreDeclarationsAndDeprecatedKeysAreMarked() {
        Workspace w = new Workspace(AnalysisOptions.DEFAULT, Set.of()::contains, f -> project);
        Path file = project.resolve("main.neam");
        w.update(file, "main.neam", """
                claw agent Bot {
                  provider: "openai"
                  mode: "chat"
                }
                let [a, b] = [1, 2];
                let total = a + b;
                budget Spend { time: 20 min }
                """);
        List<String> painted = new ArrayList<>();
        for (SemanticToken t : w.semanticTokens(file)) {
            StringBuilder mods = new StringBuilder();
            for (TokenModifier m : TokenModifier.values()) {
                if ((t.modifiers() & m.bit()) != 0) {
                    mods.append('.').append(m.id());
                }
            }
            painted.add(t.line() + ":" + t.start() + "+" + t.length() + " " + t.type().id() + mods);
        }
        assertThat(painted).contains("1:2+8 property", "2:2+4 property.deprecated",
                "4:5+1 variable.declaration", "4:8+1 variable.declaration", "5:4+5 variable.declaration",
                "5:12+1 variable", "5:16+1 variable", "6:15+4 property", "6:21+2 number", "6:24+3 number");
    }
}
