package dev.neam.tests.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.ast.AstPrinter;
import dev.neam.parser.syntax.NeamFormatter;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The formatter on every valid fixture and every sample file: formatting is idempotent, leaves
 * the syntax tree unchanged (ignoring positions) and introduces no diagnostic.
 */
class FormatterTest {

    @TestFactory
    Stream<DynamicTest> roundTripOnEveryFixtureAndSample() {
        List<Path> files = Fixtures.validNeamSources();
        assertThat(files).hasSizeGreaterThan(250);
        return files.stream().map(file -> DynamicTest.dynamicTest(RepoPaths.repoRoot().relativize(file).toString(), () -> {
            String original = Fixtures.read(file);
            String once = NeamFormatter.format(original).orElseThrow();
            assertThat(NeamFormatter.format(once)).as("formatting twice changes nothing").contains(once);
            assertThat(shape(once)).as("the tree is unchanged").isEqualTo(shape(original));
            assertThat(NeamSyntax.parse(once).diagnostics()).as("no new diagnostics").isEmpty();
        }));
    }

    @Test
    void appliesTheStyle() {
        String ugly = """
                agent Triage { provider: "openai" model: "gpt-4o" skills: [a,b] temperature:0.2 }
                fun f(a,b=2){let x=a+b*2;if(x>3&&!done){return -x;}else{emit f"v {x}";}
                let s = xs[1:3]; let y = -1; let m = {a:1,"b":2};
                   return x|>str;}
                struct P<T> { x: T, y: number = 0 }
                #[should_panic("x")]
                test "t" { panic!("x"); }
                // trailing comment
                """;
        assertThat(NeamFormatter.format(ugly)).contains("""
                agent Triage {
                  provider: "openai"
                  model: "gpt-4o"
                  skills: [a, b]
                  temperature: 0.2
                }

                fun f(a, b = 2) {
                  let x = a + b * 2;
                  if (x > 3 && !done) { return -x; } else { emit f"v {x}"; }
                  let s = xs[1:3];
                  let y = -1;
                  let m = { a: 1, "b": 2 };
                  return x |> str;
                }

                struct P<T> { x: T, y: number = 0 }

                #[should_panic("x")]
                test "t" { panic!("x"); }
                // trailing comment
                """);
    }

    @Test
    void spacesTheConstructsOfTheDocumentedSuperset() {
        String ugly = """
                fun f(xs,n) {
                let a = n>0?"pos":n<0?"neg":"zero";
                let m = {k:n?1:2,...xs};
                for(let i=0;i<n;i+=1){delete m[i];}
                let h = fun(x) {
                let z = x; z*2
                };
                return registry::lookup(a) ?? [...xs, /\\d+/i];
                }
                """;
        assertThat(NeamFormatter.format(ugly)).contains("""
                fun f(xs, n) {
                  let a = n > 0 ? "pos" : n < 0 ? "neg" : "zero";
                  let m = { k: n ? 1 : 2, ...xs };
                  for (let i = 0; i < n; i += 1) { delete m[i]; }
                  let h = fun(x) {
                    let z = x;
                    z * 2
                  };
                  return registry::lookup(a) ?? [...xs, /\\d+/i];
                }
                """);
    }

    @Test
    void keepsCommentsAndMultiLineStringsAndRefusesBrokenFiles() {
        String text = "/// Says hi.\nfun hi() {\n    // greet\n    emit \"line one\n  line two\";   // done\n}\n";
        assertThat(NeamFormatter.format(text)).contains(
                "/// Says hi.\nfun hi() {\n  // greet\n  emit \"line one\n  line two\"; // done\n}\n");
        assertThat(NeamFormatter.format("fun broken( {")).isEmpty();
    }

    private static String shape(String text) {
        return AstPrinter.print(NeamSyntax.parse(text).tree())
                .replaceAll("\\d+:\\d+-\\d+:\\d+", "")
                .replaceAll("@\\d+:\\d+", "");
    }
}
