package dev.neam.parser.language;

/** A key neamc rejects on a kind with an explanation of where it belongs instead. */
public record RejectedKey(String key, String message) {
}
