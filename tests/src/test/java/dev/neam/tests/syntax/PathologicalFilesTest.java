package dev.neam.tests.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.syntax.ParseLimits;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import dev.neam.tests.support.Findings;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Files built to hurt the analysis cost a clear finding, not minutes, gigabytes or a crash: a
 * file too large to analyse, brackets nested past the limit (also a megabyte of '{'), an expression
 * chain thousands of operators long. The time bounds here only catch a hang; speed is measured in
 * the benchmarks.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PathologicalFilesTest {

    @Test
    void aFileOverTheSizeLimitGetsOneInformationFindingAndNoParse() {
        String text = "let a = 1;\n".repeat(ParseLimits.MAX_CHARS / 11 + 1);
        ParseResult parse = NeamSyntax.parse(text);
        assertThat(parse.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.FILE_TOO_LARGE);
            assertThat(d.severity()).isEqualTo(Severity.INFORMATION);
            assertThat(d.message()).isEqualTo("this file is 4.0 MB: neam-lsp analyses files up to 4.0 MB");
            assertThat(d.range().start().line()).isZero();
        });
        assertThat(parse.tree().items()).isEmpty();
    }

    @Test
    void aMegabyteOfOpeningBracesIsTurnedAwayAtTheFirstBraceTooDeep() {
        ParseResult parse = NeamSyntax.parse("{".repeat(1_000_000));
        assertThat(parse.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.NESTED_TOO_DEEPLY);
            assertThat(d.range().start().character()).isEqualTo(ParseLimits.MAX_NESTING);
            assertThat(d.message()).isEqualTo("brackets nested more than 512 levels deep: the file is not analysed further");
        });
    }

    @Test
    void bracketsInStringsAndCommentsDoNotCount() {
        String deepInText = "let s = \"" + "(".repeat(2000) + "\";\n// " + "[".repeat(2000) + "\n/* " + "{".repeat(2000) + " */\n";
        assertThat(NeamSyntax.parse(deepInText).diagnostics()).extracting(Diagnostic::code)
                .containsExactly(DiagnosticCode.BLOCK_COMMENT); // the comment's own warning, and nothing about depth
        String nested = "let x = " + "(".repeat(100) + "1" + ")".repeat(100) + ";\n";
        assertThat(NeamSyntax.parse(nested).diagnostics()).isEmpty();
    }

    @Test
    void aLongOperatorChainIsCheckedOrReportedNeverThrown() {
        String chain = "let a = 1;\nlet x = " + String.join(" + ", Collections.nCopies(3000, "a")) + ";\nprint(x);\n";
        List<Diagnostic> found = new Analyzer().analyze(List.of(new Document("chain.neam", chain))).get(0).diagnostics();
        // on a thread whose stack follows the chain, it is simply clean; on a small stack one finding says why
        assertThat(found).allSatisfy(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.NESTED_TOO_DEEPLY));
        assertThat(found).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aLongOperatorChainOnADeepStackIsCheckedLikeAnyOtherExpression() throws Exception {
        String chain = "let a = 1;\nlet x = " + String.join(" + ", Collections.nCopies(3000, "a")) + ";\nprint(x);\n";
        AtomicReference<List<Diagnostic>> found = new AtomicReference<>();
        Thread deep = new Thread(null, () -> found.set(new Analyzer().analyze(List.of(new Document("chain.neam", chain)))
                .get(0).diagnostics()), "deep", 64L * 1024 * 1024);
        deep.start();
        deep.join();
        assertThat(found.get()).isEmpty();
    }

    /**
     * A right-associative chain nests once per link, and ANTLR's prediction inside it costs the
     * square of its depth: ten thousand chained conditionals took 18 s of CPU, then overflowed the
     * stack. The chain counts toward the nesting limit, so it is one finding at once.
     */
    @Test
    void tenThousandChainedConditionalsAreOneFindingAtTheLinkPastTheLimit() {
        StringBuilder text = new StringBuilder("let t = ");
        for (int i = 0; i < 10_000; i++) {
            text.append("a").append(i).append(" ? ").append(i).append(" : ");
        }
        String chain = text.append("0;\n").toString();
        int at = -1;
        for (int i = 0; i <= ParseLimits.MAX_NESTING; i++) { // the 513th '?': the 512th link nested in the one before
            at = chain.indexOf('?', at + 1);
        }
        assertThat(findings(chain)).containsExactly("NEAM0014 " + Range.of(0, at, 0, at + 1)
                + " a chain of conditionals or assignments nested more than 512 levels deep: the file is not analysed further");
    }

    @Test
    void chainedAssignmentsOverLinesThatContinueTheChainCountToo() {
        String chain = "fun f() {\n    " + String.join(" =\n        ", Collections.nCopies(2_000, "x")) + " = 1;\n}\n";
        assertThat(findings(chain)).singleElement().asString()
                .startsWith("NEAM0014 " + Range.of(1 + ParseLimits.MAX_NESTING, 10, 1 + ParseLimits.MAX_NESTING, 11));
    }

    /** Only a chain counts: many conditionals or assignments one after the other are not nested. */
    @Test
    void manyConditionalsOrAssignmentsOneAfterTheOtherAreNotAChain() {
        StringBuilder properties = new StringBuilder("agent Bot {\n    provider: \"openai\"\n    model: \"gpt-4o\"\n}\n"
                + "fun pick(a) {\n    let m = {\n");
        for (int i = 0; i < 1_500; i++) { // a map without commas is a syntax error, but never a chain
            properties.append("        k").append(i).append(": a ? ").append(i).append(" : 0\n");
        }
        properties.append("    };\n    return m;\n}\n");
        assertThat(findings(properties.toString())).noneMatch(f -> f.startsWith("NEAM0014"));

        String missingSemicolons = "fun f() {\n    let x = 0;\n" + "    x = x + 1\n".repeat(1_500) + "}\n";
        assertThat(findings(missingSemicolons)).noneMatch(f -> f.startsWith("NEAM0014"));

        String statements = "fun f() {\n    let x = 0;\n" + "    x = x > 1 ? x - 1 : x + 1;\n".repeat(1_500) + "    return x;\n}\n";
        assertThat(findings(statements)).isEmpty();
    }

    private static List<String> findings(String neam) {
        return Findings.of("chain.neam", neam);
    }
}
