package dev.neam.tests.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A committed file that must equal what the code produces now (a generated doc, the expected
 * answers of a fixture). With {@code -DupdateGoldens=true} it is rewritten instead of compared.
 * Line ends of the committed file do not count (a checkout may turn them into CRLF).
 */
public final class Goldens {
    private Goldens() {
    }

    /** {@code howToUpdate} finishes the failure message, e.g. "rewrite it with …". */
    public static void check(Path golden, String actual, String howToUpdate) {
        try {
            if (RepoPaths.updateGoldens()) {
                if (!Files.exists(golden) || !Files.readString(golden).equals(actual)) {
                    Files.createDirectories(golden.getParent());
                    Files.writeString(golden, actual, StandardCharsets.UTF_8);
                    System.out.println("[golden] wrote " + golden);
                }
                return;
            }
            assertThat(golden).as("%s is missing; %s", golden, howToUpdate).exists();
            assertThat(actual).as("%s is out of date; %s", golden.getFileName(), howToUpdate)
                    .isEqualTo(Files.readString(golden).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
