package dev.neam.bench;

import org.eclipse.lsp4j.Position;

/**
 * The document the request benchmarks open: about 5,000 lines, generated or library-style, with a
 * comment line in its middle where keystrokes go, and the position the requests ask about: the
 * name of a function called in a test in the second half of the file, inside the arguments of
 * {@code assert_eq(…)}, so that hover, definition, references, highlights and rename find a
 * declaration, signature help a call and completion a prefix.
 */
record RequestDocument(String name, String text, int lines, Position at, Position typing) {
    static final String URI = "file:///tmp/neam-bench/jmh/document.neam";
    static final int LINES = 5000;
    private static final String TYPED_LINE = "// typed here: \n";
    private static final String CALL = "assert_eq(";

    static RequestDocument named(String name) {
        String generated = switch (name) {
            case Corpus.GENERATED -> NeamFileGenerator.generate(LINES);
            case Corpus.LIBRARY -> LibraryCorpusGenerator.largeFile(LINES);
            default -> throw new IllegalArgumentException("no request document " + name);
        };
        int middle = lineStart(generated, NeamFileGenerator.count(generated) / 2);
        String text = generated.substring(0, middle) + TYPED_LINE + generated.substring(middle);
        int call = text.indexOf(CALL, middle) + CALL.length() + 2;
        Position typing = position(text, middle + TYPED_LINE.length() - 1);
        return new RequestDocument(name, text, NeamFileGenerator.count(text), position(text, call), typing);
    }

    private static int lineStart(String text, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset;
    }

    private static Position position(String text, int offset) {
        int line = NeamFileGenerator.count(text.substring(0, offset));
        return new Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1));
    }
}
