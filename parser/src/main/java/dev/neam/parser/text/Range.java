package dev.neam.parser.text;

/** A half-open span of a document, {@code start} inclusive and {@code end} exclusive. */
public record Range(Position start, Position end) {

    public static Range of(int startLine, int startChar, int endLine, int endChar) {
        return new Range(new Position(startLine, startChar), new Position(endLine, endChar));
    }

    public static Range empty(Position at) {
        return new Range(at, at);
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    /** Whether the position lies inside this range; the end counts, so a cursor right after a word is in it. */
    public boolean contains(Position p) {
        return start.compareTo(p) <= 0 && p.compareTo(end) <= 0;
    }

    public Range union(Range other) {
        Position s = start.compareTo(other.start) <= 0 ? start : other.start;
        Position e = end.compareTo(other.end) >= 0 ? end : other.end;
        return new Range(s, e);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
