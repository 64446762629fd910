package dev.neam.parser.assist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code ///} doc comment split into its text and its tags: {@code @param name text} documents a
 * parameter, {@code @returns text} the result.
 */
public record DocComments(String text, Map<String, String> params, String returns) {

    public static DocComments of(String doc) {
        if (doc == null || doc.isBlank()) {
            return new DocComments("", Map.of(), "");
        }
        List<String> text = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        String returns = "";
        for (String raw : doc.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("@param ")) {
                String[] parts = line.substring(7).strip().split("\\s+", 2);
                params.put(parts[0], parts.length > 1 ? parts[1] : "");
            } else if (line.startsWith("@returns ") || line.startsWith("@return ")) {
                returns = line.substring(line.indexOf(' ') + 1).strip();
            } else {
                text.add(raw);
            }
        }
        return new DocComments(String.join("\n", text).strip(), params, returns);
    }

    /** The text followed by the result, as one paragraph block. */
    public String summary() {
        return returns.isEmpty() ? text : (text + "\n\nReturns " + returns).strip();
    }
}
