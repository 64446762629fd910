package dev.neam.parser.deploy;

import dev.neam.parser.manifest.Suggestions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Did-you-mean for a name that refers to nothing: the message's tail and the quick fix's data. */
record Suggest(String name) {

    /** The nearest candidate (by edit distance), or an empty suggestion. */
    static Suggest nearest(String wrong, Collection<String> candidates) {
        return new Suggest(wrong == null ? null : Suggestions.nearest(wrong, candidates.stream().filter(c -> !c.equals(wrong)).toList()));
    }

    /** {@code " (did you mean 'x'?)"}, or nothing. */
    String hint() {
        return name == null ? "" : " (did you mean '" + name + "'?)";
    }

    /** Data for the "replace" quick fix, or none. */
    Map<String, String> fix() {
        Map<String, String> data = new LinkedHashMap<>();
        if (name != null) {
            data.put("fix", "replace");
            data.put("replacement", name);
        }
        return data;
    }
}
