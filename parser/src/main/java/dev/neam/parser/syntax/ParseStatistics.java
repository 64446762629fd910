package dev.neam.parser.syntax;

import java.util.BitSet;
import java.util.concurrent.atomic.LongAdder;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * How often the parser's fast pass (SLL prediction, stopping at the first syntax error) had to be
 * redone in full LL mode with error recovery, and how many decisions of those passes needed
 * full-context prediction, the costliest kind. Counted since the process started, for the
 * benchmarks: a valid file should never fall back.
 */
public final class ParseStatistics {
    private static final LongAdder PARSES = new LongAdder();
    private static final LongAdder FALLBACKS = new LongAdder();
    private static final LongAdder FULL_CONTEXT = new LongAdder();

    private ParseStatistics() {
    }

    /** The counts at one moment; subtract two to count what happened in between. */
    public record Snapshot(long parses, long fallbacks, long fullContextPredictions) {
        public Snapshot minus(Snapshot earlier) {
            return new Snapshot(parses - earlier.parses, fallbacks - earlier.fallbacks,
                    fullContextPredictions - earlier.fullContextPredictions);
        }
    }

    public static Snapshot snapshot() {
        return new Snapshot(PARSES.sum(), FALLBACKS.sum(), FULL_CONTEXT.sum());
    }

    static void parsed() {
        PARSES.increment();
    }

    static void fellBack() {
        FALLBACKS.increment();
    }

    /** A listener counting the decisions for which the LL pass ran full-context prediction. */
    static BaseErrorListener fullContextCounter() {
        return new BaseErrorListener() {
            @Override
            public void reportAttemptingFullContext(Parser recognizer, DFA dfa, int startIndex, int stopIndex,
                                                    BitSet conflictingAlts, ATNConfigSet configs) {
                FULL_CONTEXT.increment();
            }
        };
    }
}
