package dev.neam.parser.text;

/** A place in a document: 0-based line and 0-based UTF-16 column, as LSP counts them. */
public record Position(int line, int character) implements Comparable<Position> {

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(character, other.character);
    }

    public boolean isBefore(Position other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        return line + ":" + character;
    }
}
