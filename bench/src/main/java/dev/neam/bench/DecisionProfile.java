package dev.neam.bench;

import dev.neam.parser.grammar.NeamParser;
import dev.neam.parser.syntax.NeamSyntax;
import dev.neam.parser.workspace.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Which decisions of the grammar cost the parser its time: ANTLR's profiler over the three corpora
 * of {@link Corpus}, per decision its rule, time in prediction, SLL lookahead (total
 * and deepest), fallbacks to full LL and ambiguities, the costliest first. A tool for grammar work,
 * not a benchmark: profiling slows prediction down.
 *
 * <p>The tokens are those of {@link NeamSyntax#tokens}, before brace and list repair (which only
 * change files with errors). Arguments: {@code --samples=DIR --top=N --passes=N} (passes over each
 * corpus; only the last is counted, after the first has warmed the DFA caches up).
 */
public final class DecisionProfile {
    private DecisionProfile() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = BenchSupport.options(args);
        int top = Integer.parseInt(options.getOrDefault("top", "15"));
        int passes = Integer.parseInt(options.getOrDefault("passes", "2"));
        Map<String, List<String>> corpora = Map.of(
                "generated project", Corpus.generatedTexts(),
                "library-style modules", Corpus.libraryTexts(),
                "samples/", sampleTexts(Path.of(options.getOrDefault("samples", "samples"))));
        for (String name : List.of("generated project", "library-style modules", "samples/")) {
            profile(name, corpora.get(name), top, passes);
        }
    }

    private static void profile(String name, List<String> texts, int top, int passes) {
        NeamParser any = new NeamParser(null);
        String[] ruleNames = any.getRuleNames();
        Totals[] totals = new Totals[any.getATN().getNumberOfDecisions()];
        for (int d = 0; d < totals.length; d++) {
            totals[d] = new Totals(d);
        }
        int fallbackFiles = 0;
        for (int pass = 0; pass < passes; pass++) {
            boolean counted = pass == passes - 1;
            for (String text : texts) {
                CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(NeamSyntax.tokens(text)));
                NeamParser parser = new NeamParser(stream);
                parser.removeErrorListeners();
                parser.setProfile(true);
                parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
                parser.setErrorHandler(new BailErrorStrategy());
                try {
                    parser.program();
                } catch (ParseCancellationException e) {
                    if (counted) {
                        fallbackFiles++;
                        add(totals, parser.getParseInfo().getDecisionInfo(), true);
                    }
                    stream.seek(0);
                    parser = new NeamParser(stream);
                    parser.removeErrorListeners();
                    parser.setProfile(true);
                    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                    parser.program();
                }
                if (counted) {
                    add(totals, parser.getParseInfo().getDecisionInfo(), false);
                }
            }
        }
        long allTime = 0;
        for (Totals t : totals) {
            allTime += t.time;
        }
        System.out.printf(Locale.ROOT, "%n%s: %d files, %d fell back from SLL to LL; time in prediction %.1f ms%n", name,
                texts.size(), fallbackFiles, allTime / 1e6);
        System.out.printf(Locale.ROOT, "  %-4s %-22s %10s %7s %10s %7s %6s %8s %6s %6s%n", "dec", "rule", "calls", "time %",
                "SLL look", "avg", "max", "LL fb", "ambig", "ctx");
        List<Totals> sorted = new ArrayList<>(List.of(totals));
        sorted.sort(Comparator.comparingLong((Totals t) -> t.time).reversed());
        for (Totals t : sorted.subList(0, Math.min(top, sorted.size()))) {
            int rule = any.getATN().decisionToState.get(t.decision).ruleIndex;
            System.out.printf(Locale.ROOT, "  %-4d %-22s %10d %6.1f%% %10d %7.2f %6d %8d %6d %6d%n", t.decision,
                    ruleNames[rule], t.calls, 100.0 * t.time / Math.max(1, allTime), t.sllLook,
                    t.sllLook / (double) Math.max(1, t.calls), t.sllMax, t.llFallback, t.ambiguities, t.contextSensitivities);
        }
    }

    private static void add(Totals[] totals, DecisionInfo[] infos, boolean failedSllPass) {
        for (DecisionInfo info : infos) {
            Totals t = totals[info.decision];
            t.calls += info.invocations;
            t.time += info.timeInPrediction;
            t.sllLook += info.SLL_TotalLook;
            t.sllMax = Math.max(t.sllMax, info.SLL_MaxLook);
            t.llFallback += info.LL_Fallback;
            t.ambiguities += info.ambiguities.size();
            t.contextSensitivities += info.contextSensitivities.size();
        }
    }

    private static final class Totals {
        final int decision;
        long calls;
        long time;
        long sllLook;
        long sllMax;
        long llFallback;
        long ambiguities;
        long contextSensitivities;

        Totals(int decision) {
            this.decision = decision;
        }
    }

    private static List<String> sampleTexts(Path root) throws IOException {
        return Corpus.samples(root).documents().stream().map(Document::text).toList();
    }
}
