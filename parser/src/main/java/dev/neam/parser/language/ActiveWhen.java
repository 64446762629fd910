package dev.neam.parser.language;

import java.util.List;

/**
 * When a key has an effect: only while the sibling key {@code key} has one of {@code values} (the
 * sibling's default counts when it is not written). {@code mmr_lambda} acts only with
 * {@code retrieval_strategy: "mmr"}.
 */
public record ActiveWhen(String key, List<String> values) {
    public ActiveWhen {
        values = List.copyOf(values);
    }
}
