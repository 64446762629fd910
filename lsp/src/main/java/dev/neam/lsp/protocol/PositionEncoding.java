package dev.neam.lsp.protocol;

import java.util.List;
import java.util.Optional;

/**
 * How the client counts columns. The parser counts UTF-16 code units (Java {@code char}s); a client
 * that offers only UTF-8 or UTF-32 gets columns in bytes or code points, converted by
 * {@link PositionConverter}, the one place that knows.
 */
public enum PositionEncoding {
    UTF16("utf-16"), UTF8("utf-8"), UTF32("utf-32");

    private final String id;

    PositionEncoding(String id) {
        this.id = id;
    }

    /** The name used in {@code positionEncoding} ({@code PositionEncodingKind}). */
    public String id() {
        return id;
    }

    /**
     * The encoding to use given what the client offers ({@code general.positionEncodings}):
     * UTF-16 when it is offered or nothing is said (the LSP default), otherwise the first of the
     * offered encodings we know, in the client's order of preference.
     */
    public static PositionEncoding negotiate(List<String> offered) {
        if (offered == null || offered.isEmpty() || offered.contains(UTF16.id)) {
            return UTF16;
        }
        for (String name : offered) {
            Optional<PositionEncoding> known = byId(name);
            if (known.isPresent()) {
                return known.get();
            }
        }
        return UTF16;
    }

    public static Optional<PositionEncoding> byId(String id) {
        for (PositionEncoding e : values()) {
            if (e.id.equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
