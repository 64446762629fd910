package dev.neam.parser.ast;

import dev.neam.parser.text.Range;
import java.util.List;
import java.util.stream.Collectors;

/** A dotted (or `::`-separated) module path such as `std.ai.router`. */
public record ModulePath(List<Name> segments, Range range) implements Node {
    public ModulePath {
        segments = List.copyOf(segments);
    }

    public String dotted() {
        return segments.stream().map(Name::text).collect(Collectors.joining("."));
    }
}
