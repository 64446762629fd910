package dev.neam.parser.diagnostic;

import dev.neam.parser.text.Range;

/** Another place involved in a diagnostic; {@code path} is null when it is in the same file. */
public record RelatedInformation(String path, Range range, String message) {
    public RelatedInformation {
        message = Credentials.mask(message);
    }
}
