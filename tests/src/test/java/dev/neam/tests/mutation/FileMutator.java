package dev.neam.tests.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a source text, each one a {@link TextEdit} (so an editor can replay it as an
 * incremental change): ranges of characters or lines deleted, duplicated, swapped or transposed, a
 * range spliced in from another fixture, punctuation, keywords and separators of Neam, TOML, YAML
 * and Dockerfiles inserted, indentation changed, the text cut at a boundary, control characters,
 * NUL, a BOM, lone surrogates, line ends turned to CRLF or CR, a very long line, a burst of nesting.
 * The same random state always gives the same edit.
 */
public final class FileMutator {
    /** What gets inserted: brackets, quotes, comment openers, keywords and separators of every file kind. */
    static final List<String> TOKENS = List.of(
            "(", ")", "{", "}", "[", "]", "[[", "]]", "<", ">", "\"", "'", "`", "\"\"\"", "'''", "f\"", "${", "{{ ", " }}",
            "//", "/*", "*/", "#", "# ", "--", ":", "=", "==", "=>", "->", ",", ";", ".", "..", "...", "?", "!", "@", "&", "|",
            "\\", "\\u", "\\x", "-", "- ", "---\n", "\n---\n", "...\n", "? ", "|\n", ">-\n", "&anchor ", "*anchor", "!!str ",
            "%YAML 1.2\n", "\t", "\n", "\n\n", " ", "0", "-1", "1e309", "0x", "1.2.3", "true", "null", "nil", "inf", "é", "😀",
            "agent", "skill", "knowledge", "runner", "claw", "tool", "fun", "let", "const", "if", "else", "for", "in", "while",
            "return", "import", "from", "as", "class", "struct", "enum", "match", "try", "catch", "spawn", "emit", "test",
            "provider: ", "model: ", "skills: [", "handoffs: [", "agent A {\n", "}\n", "[package]\n", "[deploy.kubernetes]\n",
            "[tool.neam-lsp]\n", "name = ", "version = ", "port = ", "apiVersion: v1\nkind: ", "kind: Deployment\n",
            "containers:\n", "image: ", "replicas: ", "resources:\n", "FROM ", "USER ", "RUN ", "ENV ", "EXPOSE ", "COPY ",
            "CMD [", "HEALTHCHECK ", "ARG ", "services:\n", "ports:\n  - ", "environment:\n", "sk-proj-abcdefghijklmnopqrstuvwxyz0123");
    /** Characters a text should not hold but files do: C0 controls, DEL, NEL, separators, bidi overrides, BOM, NUL. */
    static final List<String> ODD_CHARACTERS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b",
            "\u001b[31m", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\u200b", "\u202e", "\ufeff", "\ufffd", "\ud800",
            "\udc00", "\udbff\udfff", "\r", "\r\n");
    /** What nesting bursts are made of. */
    static final List<String> NESTING = List.of("(", "[", "{", "{\n", "if (a) {\n", "[\"", "- ", "  ", "a: ", "- [", "{a: ",
            "f(", "!", "-", "not ");

    private final Random random;
    private final List<String> others;

    /** {@code others}: texts of other fixtures, to splice from. */
    public FileMutator(Random random, List<String> others) {
        this.random = random;
        this.others = others;
    }

    /** One mutation of {@code text}. */
    public TextEdit mutate(String text) {
        int n = text.length();
        return switch (random.nextInt(20)) {
            case 0 -> {
                int[] r = range(text, 1 + random.nextInt(random.nextBoolean() ? 8 : 200));
                yield new TextEdit(r[0], r[1], "", "delete");
            }
            case 1 -> {
                int[] r = range(text, 1 + random.nextInt(120));
                yield new TextEdit(r[1], r[1], text.substring(r[0], r[1]), "duplicate");
            }
            case 2 -> swapRanges(text);
            case 3 -> {
                int at = n < 2 ? 0 : random.nextInt(n - 1);
                yield n < 2 ? new TextEdit(0, 0, "", "transpose")
                        : new TextEdit(at, at + 2, "" + text.charAt(at + 1) + text.charAt(at), "transpose");
            }
            case 4 -> lines(text);
            case 5 -> splice(text);
            case 6, 7, 8 -> insert(text, TOKENS.get(random.nextInt(TOKENS.size())), "insert");
            case 9 -> indentation(text);
            case 10, 11 -> truncate(text);
            case 12 -> insert(text, ODD_CHARACTERS.get(random.nextInt(ODD_CHARACTERS.size())), "odd character");
            case 13 -> random.nextBoolean() ? new TextEdit(0, 0, "\ufeff", "BOM")
                    : insert(text, "\u0000".repeat(1 + random.nextInt(3)), "NUL");
            case 14 -> lineEnds(text);
            case 15 -> longLine(text);
            case 16 -> nestingBurst(text);
            case 17 -> {
                // a keyword or punctuation replacing a word: types of declarations, operators and keys swapped
                int[] r = word(text);
                yield new TextEdit(r[0], r[1], TOKENS.get(random.nextInt(TOKENS.size())), "replace word");
            }
            case 18 -> insert(text, String.valueOf((char) random.nextInt(0x80)), "ascii");
            default -> {
                int[] r = range(text, 1 + random.nextInt(40));
                yield new TextEdit(r[0], r[1], "", "delete");
            }
        };
    }

    /** {@code rounds} mutations applied one after the other. */
    public List<TextEdit> mutations(String text, int rounds) {
        List<TextEdit> edits = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            TextEdit edit = mutate(text);
            edits.add(edit);
            text = edit.applyTo(text);
        }
        return edits;
    }

    private int[] range(String text, int length) {
        int start = text.isEmpty() ? 0 : random.nextInt(text.length());
        return new int[] {start, Math.min(text.length(), start + length)};
    }

    private TextEdit insert(String text, String what, String kind) {
        int at = boundary(text);
        return new TextEdit(at, at, what, kind + " " + Escapes.visible(what.length() > 20 ? what.substring(0, 20) : what));
    }

    /** An offset: anywhere, or at the start or end of a line, or just after a bracket, quote, colon or equals sign. */
    private int boundary(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(4)) {
            case 0 -> {
                int nl = text.lastIndexOf('\n', at - 1);
                return nl + 1; // start of the line
            }
            case 1 -> {
                int nl = text.indexOf('\n', at);
                return nl < 0 ? text.length() : nl; // end of the line
            }
            case 2 -> {
                for (int i = at; i < text.length(); i++) {
                    if ("{}()[]\"':=,#/-".indexOf(text.charAt(i)) >= 0) {
                        return i + (random.nextBoolean() ? 1 : 0);
                    }
                }
                return at;
            }
            default -> {
                return at;
            }
        }
    }

    private int[] word(String text) {
        int at = boundary(text);
        int start = at;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return new int[] {start, end};
    }

    private TextEdit swapRanges(String text) {
        if (text.length() < 4) {
            return new TextEdit(0, text.length(), new StringBuilder(text).reverse().toString(), "swap");
        }
        int a = random.nextInt(text.length() - 2);
        int aEnd = Math.min(text.length() - 1, a + 1 + random.nextInt(60));
        int b = aEnd + random.nextInt(text.length() - aEnd);
        int bEnd = Math.min(text.length(), b + 1 + random.nextInt(60));
        String swapped = text.substring(b, bEnd) + text.substring(aEnd, b) + text.substring(a, aEnd);
        return new TextEdit(a, bEnd, swapped, "swap ranges");
    }

    /** Whole lines deleted, duplicated, swapped with another or with the next one. */
    private TextEdit lines(String text) {
        List<int[]> lines = lineSpans(text);
        int[] a = lines.get(random.nextInt(lines.size()));
        int[] b = lines.get(random.nextInt(lines.size()));
        int count = 1 + random.nextInt(4);
        int[] last = lines.get(Math.min(lines.size() - 1, lines.indexOf(a) + count - 1));
        return switch (random.nextInt(4)) {
            case 0 -> new TextEdit(a[0], last[1], "", "delete lines");
            case 1 -> new TextEdit(a[0], a[0], text.substring(a[0], last[1]), "duplicate lines");
            case 2 -> {
                int[] first = a[0] <= b[0] ? a : b;
                int[] second = a[0] <= b[0] ? b : a;
                yield first == second ? new TextEdit(first[0], first[0], "", "swap lines")
                        : new TextEdit(first[0], second[1], text.substring(second[0], second[1]) + text.substring(first[1], second[0])
                                + text.substring(first[0], first[1]), "swap lines");
            }
            default -> {
                int index = lines.indexOf(a);
                if (index + 1 >= lines.size()) {
                    yield new TextEdit(a[0], a[1], "", "transpose lines");
                }
                int[] next = lines.get(index + 1);
                yield new TextEdit(a[0], next[1], text.substring(next[0], next[1]) + text.substring(a[0], a[1]), "transpose lines");
            }
        };
    }

    /** Each line as [start, end after its line break). */
    static List<int[]> lineSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                spans.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length() || spans.isEmpty()) {
            spans.add(new int[] {start, text.length()});
        }
        return spans;
    }

    private TextEdit splice(String text) {
        String other = others.isEmpty() ? text : others.get(random.nextInt(others.size()));
        if (other.isEmpty()) {
            return new TextEdit(0, 0, "", "splice");
        }
        int from = random.nextInt(other.length());
        int to = Math.min(other.length(), from + 1 + random.nextInt(300));
        int at = boundary(text);
        int end = random.nextBoolean() ? at : Math.min(text.length(), at + random.nextInt(100));
        return new TextEdit(at, end, other.substring(from, to), "splice");
    }

    /** A line indented more or less, with spaces or a tab (YAML and Python-like blocks care). */
    private TextEdit indentation(String text) {
        List<int[]> lines = lineSpans(text);
        int[] line = lines.get(random.nextInt(lines.size()));
        int indent = line[0];
        while (indent < line[1] && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) {
            indent++;
        }
        return switch (random.nextInt(4)) {
            case 0 -> new TextEdit(line[0], indent, "", "dedent");
            case 1 -> new TextEdit(line[0], line[0], " ".repeat(1 + random.nextInt(8)), "indent");
            case 2 -> new TextEdit(line[0], line[0], "\t", "indent with a tab");
            default -> new TextEdit(line[0], Math.min(indent, line[0] + 1), "", "dedent by one");
        };
    }

    /** The text cut: anywhere, at a line's end, just after an opening bracket or quote, inside a word. */
    private TextEdit truncate(String text) {
        int at = boundary(text);
        if (random.nextInt(8) == 0) {
            int pair = indexOfSurrogatePair(text);
            if (pair >= 0) {
                at = pair + 1; // a high surrogate left alone at the end
            }
        }
        return new TextEdit(at, text.length(), "", "truncate");
    }

    private static int indexOfSurrogatePair(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private TextEdit lineEnds(String text) {
        return switch (random.nextInt(4)) {
            case 0 -> new TextEdit(0, text.length(), text.replace("\r\n", "\n").replace("\n", "\r\n"), "CRLF");
            case 1 -> new TextEdit(0, text.length(), text.replace("\r\n", "\n").replace('\n', '\r'), "CR");
            case 2 -> {
                int nl = text.indexOf('\n', boundary(text));
                yield nl < 0 ? new TextEdit(text.length(), text.length(), "\r", "CR at the end")
                        : new TextEdit(nl, nl + 1, random.nextBoolean() ? "\r" : "\r\n", "one line end");
            }
            default -> new TextEdit(0, text.length(), text.replaceAll("\n(?=[^\n]*\n)", random.nextBoolean() ? "\r\n" : "\r"), "mixed line ends");
        };
    }

    private TextEdit longLine(String text) {
        String unit = random.nextBoolean() ? TOKENS.get(random.nextInt(TOKENS.size())).replace("\n", " ")
                : "x".repeat(1 + random.nextInt(5));
        // long enough for any per-line quadratic work to show; not so long that tens of thousands of
        // findings (one per stray token, each checked and masked) make every such case seconds long
        int length = 1_000 + random.nextInt(random.nextInt(8) == 0 ? 40_000 : 8_000);
        return insert(text, unit.isEmpty() ? "x".repeat(length) : unit.repeat(Math.max(1, length / Math.max(1, unit.length()))),
                "long line");
    }

    private TextEdit nestingBurst(String text) {
        String unit = NESTING.get(random.nextInt(NESTING.size()));
        int depth = 50 + random.nextInt(random.nextBoolean() ? 500 : 5_000);
        StringBuilder burst = new StringBuilder();
        if (unit.equals("  ") || unit.equals("- ") || unit.equals("a: ")) {
            // YAML: a ladder of ever deeper lines
            for (int i = 0; i < Math.min(depth, 400); i++) {
                burst.append("  ".repeat(i)).append(unit.equals("- ") ? "- " : "k" + i + ":").append('\n');
            }
        } else {
            burst.append(unit.repeat(depth));
        }
        return insert(text, burst.toString(), "nesting burst " + Escapes.visible(unit) + " x" + depth);
    }
}
