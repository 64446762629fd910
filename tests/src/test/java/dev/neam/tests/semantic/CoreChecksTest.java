package dev.neam.tests.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core-language checks (names, calls, duplicates, constants, unused locals, control flow,
 * imports) on small programs, with exact codes, positions and messages. Built-ins are limited to
 * a known set here so undefined names can be asserted precisely.
 */
class CoreChecksTest {
    private static final Set<String> BUILTINS = Set.of("print", "len", "str", "range");

    @TempDir
    Path project;

    private Workspace workspace() {
        return new Workspace(AnalysisOptions.DEFAULT, BUILTINS::contains, file -> project);
    }

    private List<String> check(String text) {
        Workspace w = workspace();
        Path file = project.resolve("src/main.neam");
        w.update(file, "src/main.neam", text);
        return render(w.diagnostics(file));
    }

    /** The core-language and import findings (the vocabulary checks have their own fixtures). */
    static List<String> render(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .filter(d -> d.code().id().startsWith("NEAM1") || d.code().id().startsWith("NEAM3"))
                .map(d -> (d.range().start().line() + 1) + ":" + (d.range().start().character() + 1) + "-"
                        + (d.range().end().line() + 1) + ":" + (d.range().end().character() + 1) + " "
                        + d.severity().id() + " " + d.code().id() + " " + d.message())
                .toList();
    }

    @Test
    void undefinedNameWithSuggestion() {
        assertThat(check("""
                fun total(items) { return len(items); }
                emit totl([1]);
                emit missing;
                """)).containsExactly(
                "2:6-2:10 error NEAM3001 'totl' is not defined; did you mean 'total'?",
                "3:6-3:13 error NEAM3001 'missing' is not defined");
    }

    @Test
    void correctProgramHasNoFindings() {
        assertThat(check("""
                const LIMIT: number = 3;
                fun clamp(x, hi = LIMIT) {
                  if (x > hi) { return hi; }
                  return x;
                }
                fun main() {
                  let xs = [1, 2, 3];
                  for (i, x) in xs { print(str(i) + str(clamp(x))); }
                  let f = fun(y) { return y * 2; };
                  emit f(2);
                  emit 5 |> clamp(2);
                }
                """)).isEmpty();
    }

    @Test
    void declarationValuesAreNotCheckedAsCode() {
        assertThat(check("""
                agent Router {
                  provider: "openai"
                  model: "gpt-4o"
                  tracing: enabled
                  skills: [lookup]
                }
                skill lookup {
                  description: "Find"
                  impl(query) { return query; }
                }
                """)).isEmpty();
    }

    @Test
    void callArityCountsDefaultsAndPipes() {
        assertThat(check("""
                fun scale(x, factor = 2) { return x * factor; }
                emit scale();
                emit scale(1, 2, 3);
                emit 4 |> scale(1, 2);
                emit scale(1);
                """)).containsExactly(
                "2:6-2:11 error NEAM3003 'scale' takes 1 to 2 arguments but is called with 0",
                "3:6-3:11 error NEAM3003 'scale' takes 1 to 2 arguments but is called with 3",
                "4:11-4:16 error NEAM3003 'scale' takes 1 to 2 arguments but is called with 3");
    }

    @Test
    void duplicatesConstantsAndUnusedLocals() {
        assertThat(check("""
                const MAX: number = 1;
                fun f(a, b) {
                  let x = 1;
                  let x = 2;
                  MAX = 3;
                  return a + x;
                }
                fun f() { return 0; }
                """)).containsExactly(
                "2:10-2:11 hint NEAM3007 parameter 'b' is never used",
                "3:7-3:8 hint NEAM3007 variable 'x' is never used",
                "4:7-4:8 warning NEAM3005 'x' is declared again in the same scope; the first declaration is hidden",
                "5:3-5:6 error NEAM3006 cannot assign to 'MAX': it is a constant; declare it with 'let' to change it",
                "8:5-8:6 error NEAM3004 duplicate definition: function 'f' has the same name as function 'f' on line 2");
    }

    @Test
    void controlFlow() {
        assertThat(check("""
                return 1;
                fun g(xs) {
                  for x in xs {
                    if (x > 1) { break; }
                    continue;
                    emit x;
                  }
                  break;
                  return 0;
                }
                """)).containsExactly(
                "1:1-1:7 error NEAM3008 'return' is only allowed inside a function, method or handler",
                "6:5-6:12 warning NEAM3010 unreachable code: the statement before always leaves this block",
                "8:3-8:8 error NEAM3009 'break' is only allowed inside a 'for' or 'while' loop",
                "9:3-9:12 warning NEAM3010 unreachable code: the statement before always leaves this block");
    }

    @Test
    void importsAcrossFilesOfAProject() {
        Workspace w = workspace();
        Path main = project.resolve("src/main.neam");
        Path math = project.resolve("src/util/math.neam");
        w.update(math, "src/util/math.neam", "module util.math;\npub fun square(x) { return x * x; }\n");
        w.update(main, "src/main.neam", """
                import util.math.{square, cube};
                import util.missing;
                import std.text;
                emit square(2, 3);
                """);
        assertThat(render(w.diagnostics(main))).containsExactly(
                "1:27-1:31 error NEAM1003 module 'util.math' has no declaration named 'cube'",
                "2:8-2:20 warning NEAM1002 cannot find module 'util.missing' in this project (looked for "
                        + Path.of("src/util/missing.neam") + " or " + Path.of("src/util/missing/mod.neam") + ")",
                "4:6-4:12 error NEAM3003 'square' takes 1 argument but is called with 2");
        assertThat(w.diagnostics(main).get(2).related()).singleElement()
                .satisfies(r -> assertThat(r.path()).isEqualTo("src/util/math.neam"));
        assertThat(w.diagnostics(main).get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void unresolvedImportsMakeUndefinedNamesUncertain() {
        assertThat(check("""
                use std.rag.error;
                emit anything_from_the_library(1);
                """)).isEmpty();
    }
}
