package dev.neam.parser.text;

/**
 * A half-open span of a document, {@code start} inclusive and {@code end} exclusive.
 *
 * <p>A value like a record of two {@link Position}s, kept as four ints: every node, name, symbol
 * and reference of every open file has ranges, and two position objects per range were the
 * largest part of the heap an open document costs.
 */
public final class Range {
    private final int startLine;
    private final int startCharacter;
    private final int endLine;
    private final int endCharacter;

    public Range(Position start, Position end) {
        this(start.line(), start.character(), end.line(), end.character());
    }

    private Range(int startLine, int startCharacter, int endLine, int endCharacter) {
        this.startLine = startLine;
        this.startCharacter = startCharacter;
        this.endLine = endLine;
        this.endCharacter = endCharacter;
    }

    public static Range of(int startLine, int startChar, int endLine, int endChar) {
        return new Range(startLine, startChar, endLine, endChar);
    }

    public static Range empty(Position at) {
        return new Range(at, at);
    }

    public Position start() {
        return new Position(startLine, startCharacter);
    }

    public Position end() {
        return new Position(endLine, endCharacter);
    }

    public int startLine() {
        return startLine;
    }

    public int startCharacter() {
        return startCharacter;
    }

    public int endLine() {
        return endLine;
    }

    public int endCharacter() {
        return endCharacter;
    }

    public boolean isEmpty() {
        return startLine == endLine && startCharacter == endCharacter;
    }

    /** Whether the position lies inside this range; the end counts, so a cursor right after a word is in it. */
    public boolean contains(Position p) {
        return compare(startLine, startCharacter, p) <= 0 && compare(endLine, endCharacter, p) >= 0;
    }

    public Range union(Range other) {
        boolean thisStarts = compare(startLine, startCharacter, other.startLine, other.startCharacter) <= 0;
        boolean thisEnds = compare(endLine, endCharacter, other.endLine, other.endCharacter) >= 0;
        return new Range(thisStarts ? startLine : other.startLine, thisStarts ? startCharacter : other.startCharacter,
                thisEnds ? endLine : other.endLine, thisEnds ? endCharacter : other.endCharacter);
    }

    private static int compare(int line, int character, Position p) {
        return compare(line, character, p.line(), p.character());
    }

    private static int compare(int line, int character, int otherLine, int otherCharacter) {
        return line != otherLine ? Integer.compare(line, otherLine) : Integer.compare(character, otherCharacter);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Range r && startLine == r.startLine && startCharacter == r.startCharacter
                && endLine == r.endLine && endCharacter == r.endCharacter;
    }

    @Override
    public int hashCode() {
        return ((startLine * 31 + startCharacter) * 31 + endLine) * 31 + endCharacter;
    }

    @Override
    public String toString() {
        return startLine + ":" + startCharacter + "-" + endLine + ":" + endCharacter;
    }
}
