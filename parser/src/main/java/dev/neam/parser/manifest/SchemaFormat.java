package dev.neam.parser.manifest;

import java.util.regex.Pattern;

/** A named string format of the schema data (a regular expression, an optional maximum length, a description). */
public record SchemaFormat(String name, Pattern pattern, Integer maxLength, String description) {

    public boolean accepts(String value) {
        return pattern.matcher(value).find() && (maxLength == null || value.length() <= maxLength);
    }
}
