package dev.neam.parser.manifest;

import dev.neam.parser.text.Range;
import java.util.List;

/**
 * A key as written: its dotted segments (decoded), where each segment is, and whether any segment
 * was quoted ({@code "a b" = 1}), which neamc's line reader does not understand.
 */
public record TomlKey(List<String> segments, List<Range> segmentRanges, Range range, boolean quoted) {
    public TomlKey {
        segments = List.copyOf(segments);
        segmentRanges = List.copyOf(segmentRanges);
    }

    /** The last segment: the key's own name inside its table. */
    public String name() {
        return segments.get(segments.size() - 1);
    }

    public Range nameRange() {
        return segmentRanges.get(segmentRanges.size() - 1);
    }

    public boolean dotted() {
        return segments.size() > 1;
    }

    public String dottedName() {
        return String.join(".", segments);
    }
}
