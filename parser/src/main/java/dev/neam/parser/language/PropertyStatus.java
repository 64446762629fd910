package dev.neam.parser.language;

/** Whether a key does what it says: parsed but thrown away, deprecated, or reserved and unusable. */
public enum PropertyStatus {
    NORMAL, IGNORED, DEPRECATED, RESERVED
}
