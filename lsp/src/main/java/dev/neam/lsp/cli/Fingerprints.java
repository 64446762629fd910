package dev.neam.lsp.cli;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Identities of findings that survive unrelated edits, for code-scanning services that match a new
 * run's results with the last one's (SARIF {@code partialFingerprints}).
 *
 * <p>A fingerprint hashes the code, the file, the trimmed text of the line the finding starts on,
 * and the finding's index among the file's findings with the same code and line text. It leaves
 * out the line number (inserting lines above must not change it), the column and the indentation
 * (re-indenting must not either) and the message (rewording a message must not either).
 */
final class Fingerprints {

    /** The {@code partialFingerprints} key; the version changes if the recipe ever does. */
    static final String KEY = "neamFingerprint/v1";

    private Fingerprints() {
    }

    /** One fingerprint per diagnostic of one file, in the diagnostics' order (which is document order). */
    static List<String> of(String file, List<Diagnostic> diagnostics, SourceText text) {
        List<String> out = new ArrayList<>(diagnostics.size());
        Map<String, Integer> occurrences = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            String line = text == null ? "" : text.lineText(d.range().start().line()).strip();
            String identity = d.code().id() + '\n' + file + '\n' + line;
            int index = occurrences.merge(identity, 1, Integer::sum) - 1;
            out.add(sha256(identity + '\n' + index));
        }
        return out;
    }

    private static String sha256(String s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
