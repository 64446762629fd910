package dev.neam.parser.assist.signature;

import dev.neam.parser.text.Range;

/**
 * Signature help at a cursor: the call's signature and which argument the cursor is in
 * ({@code activeParameter} may be past the last parameter when too many arguments are written).
 * {@code callee} is where the called name is written.
 */
public record SignatureHelpInfo(SignatureInfo signature, int activeParameter, Range callee) {
}
