package dev.neam.parser.language;

/** A key of the map a method returns (e.g. {@code final_output} of {@code Runner.run(x)}). */
public record ResultKey(String key, String doc) {
}
