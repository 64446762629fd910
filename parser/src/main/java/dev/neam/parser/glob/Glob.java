package dev.neam.parser.glob;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A compiled glob (an ignore line, an {@code --exclude}, a deploy glob) matched in time linear in the
 * path: the pattern is a small automaton whose states are all followed at once, one character at a
 * time, instead of trying one way and backtracking. A backtracking regular expression takes
 * exponential time on a pattern like {@code *a*a*a*a*a*a*a*b} against a long name of {@code a}s, and
 * a repository chooses its own {@code .gitignore}.
 *
 * <p>Built with {@link Builder}: a sequence of steps (one character of a class, any run of characters
 * of a class, an optional part); matching is of the whole path.
 */
public final class Glob {
    private static final int CHAR = 0;
    private static final int SPLIT = 1;
    private static final int JUMP = 2;
    private static final int MATCH = 3;

    private final int[] ops;
    private final int[] first;
    private final int[] second;
    private final IntPredicate[] classes;
    /**
     * The characters every match ends with (empty when the pattern ends in a wildcard): most
     * patterns end in a name or an extension ({@code target/}, {@code *.vsix}), so a path that
     * does not end with it is turned down before the automaton runs. Lint asks every pattern about
     * every file and folder it finds; the automaton was most of the time spent finding them.
     */
    private final String requiredSuffix;

    private Glob(List<Instruction> program) {
        int n = program.size();
        ops = new int[n];
        first = new int[n];
        second = new int[n];
        classes = new IntPredicate[n];
        for (int i = 0; i < n; i++) {
            Instruction in = program.get(i);
            ops[i] = in.op;
            first[i] = in.first;
            second[i] = in.second;
            classes[i] = in.accepts;
        }
        requiredSuffix = requiredSuffix(program);
    }

    /**
     * The literal characters right before the final state that every way to it passes through: the
     * run of literal steps at the end of the program, from after the last place a jump or a split
     * can enter it.
     */
    private static String requiredSuffix(List<Instruction> program) {
        int matchAt = program.size() - 1;
        int start = matchAt;
        while (start > 0 && program.get(start - 1).op == CHAR && program.get(start - 1).literal >= 0) {
            start--;
        }
        for (Instruction in : program) {
            if (in.op == SPLIT || in.op == JUMP) {
                for (int target : new int[] {in.first, in.op == SPLIT ? in.second : -1}) {
                    if (target > start) {
                        start = Math.max(start, Math.min(target, matchAt));
                    }
                }
            }
        }
        StringBuilder suffix = new StringBuilder();
        for (int i = start; i < matchAt; i++) {
            suffix.append((char) program.get(i).literal);
        }
        return suffix.toString();
    }

    /** Any character but '/': what {@code *} and {@code ?} stand for within one path segment. */
    public static final IntPredicate IN_SEGMENT = c -> c != '/';
    /** Any character: what {@code **} stands for. */
    public static final IntPredicate ANY = c -> true;

    /** Whether the whole of {@code path} matches; time proportional to its length times the pattern's. */
    public boolean matches(String path) {
        if (!path.endsWith(requiredSuffix)) {
            return false;
        }
        BitSet current = new BitSet(ops.length);
        BitSet next = new BitSet(ops.length);
        int[] stack = new int[ops.length * 2 + 2];
        follow(0, current, stack);
        for (int i = 0; i < path.length() && !current.isEmpty(); i++) {
            char c = path.charAt(i);
            next.clear();
            for (int pc = current.nextSetBit(0); pc >= 0; pc = current.nextSetBit(pc + 1)) {
                if (ops[pc] == CHAR && classes[pc].test(c)) {
                    follow(pc + 1, next, stack);
                }
            }
            BitSet swap = current;
            current = next;
            next = swap;
        }
        for (int pc = current.nextSetBit(0); pc >= 0; pc = current.nextSetBit(pc + 1)) {
            if (ops[pc] == MATCH) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code start} and every state reachable from it without reading a character. */
    private void follow(int start, BitSet states, int[] stack) {
        int top = 0;
        stack[top++] = start;
        while (top > 0) {
            int pc = stack[--top];
            if (states.get(pc)) {
                continue;
            }
            states.set(pc);
            switch (ops[pc]) {
                case SPLIT -> {
                    stack[top++] = second[pc];
                    stack[top++] = first[pc];
                }
                case JUMP -> stack[top++] = first[pc];
                default -> { }
            }
        }
    }

    private static final class Instruction {
        final int op;
        int first;
        int second;
        final IntPredicate accepts;
        /** The one character a literal step accepts; -1 for any other step. */
        final int literal;

        Instruction(int op, IntPredicate accepts) {
            this(op, accepts, -1);
        }

        Instruction(int op, IntPredicate accepts, int literal) {
            this.op = op;
            this.accepts = accepts;
            this.literal = literal;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a glob step by step, in the order its parts are read. */
    public static final class Builder {
        private final List<Instruction> program = new ArrayList<>();
        private final List<Integer> openOptionals = new ArrayList<>();

        private Builder() {
        }

        /** One character equal to {@code c}. */
        public Builder literal(char c) {
            program.add(new Instruction(CHAR, x -> x == c, c));
            return this;
        }

        /** One character of the class. */
        public Builder one(IntPredicate accepts) {
            program.add(new Instruction(CHAR, accepts));
            return this;
        }

        /** Any run (also empty) of characters of the class. */
        public Builder many(IntPredicate accepts) {
            int loop = program.size();
            Instruction split = new Instruction(SPLIT, null);
            program.add(split);
            program.add(new Instruction(CHAR, accepts));
            Instruction back = new Instruction(JUMP, null);
            back.first = loop;
            program.add(back);
            split.first = loop + 1;
            split.second = program.size();
            return this;
        }

        /** What follows, up to the matching {@link #endOptional()}, may be absent. */
        public Builder optional() {
            openOptionals.add(program.size());
            program.add(new Instruction(SPLIT, null));
            return this;
        }

        public Builder endOptional() {
            int at = openOptionals.remove(openOptionals.size() - 1);
            Instruction split = program.get(at);
            split.first = at + 1;
            split.second = program.size();
            return this;
        }

        public Glob build() {
            if (!openOptionals.isEmpty()) {
                throw new IllegalStateException("an optional part is not closed");
            }
            List<Instruction> all = new ArrayList<>(program);
            all.add(new Instruction(MATCH, null));
            return new Glob(all);
        }
    }
}
