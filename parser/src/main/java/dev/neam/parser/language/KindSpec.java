package dev.neam.parser.language;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One declaration kind. Several kinds may share a header (dialect A's typed {@code task} and dialect
 * B's blob {@code task}); {@code id} tells them apart, {@link #name()} is what users write.
 *
 * @param family   for generic kinds: the feature family they came with ("NeamOS"), else empty
 * @param since    the Neam version that introduced it, or empty
 * @param advisory the body is an untyped blob for neamc: properties document it, only {@code enforced} ones are checked
 * @param binding  for statement-form kinds ({@code guardchain G = [...];}), else null
 */
public record KindSpec(String id, List<String> header, Set<Dialect> dialects, String since, String family,
                       String doc, boolean advisory, BindingForm binding, BlockSpec body, List<HandlerSpec> handlers,
                       List<MethodSpec> methods, List<FieldSpec> fields, List<RejectedKey> rejected) {

    public KindSpec {
        header = List.copyOf(header);
        dialects = Set.copyOf(dialects);
        handlers = List.copyOf(handlers);
        methods = List.copyOf(methods);
        fields = List.copyOf(fields);
        rejected = List.copyOf(rejected);
    }

    /** The header words as written: {@code claw agent}. */
    public String name() {
        return String.join(" ", header);
    }

    public boolean isBindingForm() {
        return binding != null;
    }

    public Optional<PropertySpec> property(String key) {
        return body.property(key);
    }

    public Optional<HandlerSpec> handler(String name) {
        return handlers.stream().filter(h -> h.name().equals(name)).findFirst();
    }

    public Optional<RejectedKey> rejection(String key) {
        return rejected.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public Optional<MethodSpec> method(String name) {
        return methods.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
