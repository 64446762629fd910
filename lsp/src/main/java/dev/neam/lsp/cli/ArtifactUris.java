package dev.neam.lsp.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns a path as {@code lint} found it into a URI reference for reports that want one (SARIF):
 * relative to the working folder, '/'-separated and percent-encoded, when the file is inside it;
 * otherwise an absolute {@code file:} URI.
 */
final class ArtifactUris {
    private final Path workingFolder;

    ArtifactUris(Path workingFolder) {
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
    }

    /** Whether the file lies inside the working folder (then {@link #uri} is relative). */
    boolean isInside(String path) {
        return Path.of(path).toAbsolutePath().normalize().startsWith(workingFolder);
    }

    /** The URI reference of a file: relative when {@link #isInside}, else {@code file:///…}. */
    String uri(String path) {
        Path absolute = Path.of(path).toAbsolutePath().normalize();
        if (!absolute.startsWith(workingFolder)) {
            return absolute.toUri().toASCIIString();
        }
        StringBuilder out = new StringBuilder();
        for (Path segment : workingFolder.relativize(absolute)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(encodeSegment(segment.toString()));
        }
        return out.toString();
    }

    /** The working folder as a {@code file:} URI ending in '/', the base of the relative URIs. */
    String baseUri() {
        String uri = workingFolder.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** The working folder relativised path with '/' separators when inside it; else the absolute path. */
    String relativePath(String path) {
        Path absolute = Path.of(path).toAbsolutePath().normalize();
        if (!absolute.startsWith(workingFolder)) {
            return absolute.toString().replace('\\', '/');
        }
        return workingFolder.relativize(absolute).toString().replace('\\', '/');
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters and the few safe sub-delimiters. */
    static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
