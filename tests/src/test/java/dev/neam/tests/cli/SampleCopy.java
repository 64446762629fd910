package dev.neam.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A copy of samples/ to plant problems in, and the errors and warnings lint reports on it. */
final class SampleCopy {
    private SampleCopy() {
    }

    /** Copies samples/ to {@code dir/samples} and returns that folder. */
    static Path of(Path dir) throws IOException {
        return LintProcess.copySamples(dir.resolve("samples"));
    }

    /** Replaces the first occurrence of {@code from}, which the file must hold. */
    static void replaceFirst(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("%s holds the text to change", file).contains(from);
        int at = text.indexOf(from);
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    /** The errors and warnings of a JSON lint report, as {@code path:line CODE} ('/'-separated path, 1-based line). */
    static List<String> errorsAndWarnings(LintProcess.Result r) {
        List<String> findings = new ArrayList<>();
        for (JsonElement f : r.json().getAsJsonArray("files")) {
            JsonObject file = f.getAsJsonObject();
            for (JsonElement d : file.getAsJsonArray("diagnostics")) {
                JsonObject diagnostic = d.getAsJsonObject();
                String severity = diagnostic.get("severity").getAsString();
                if (severity.equals("error") || severity.equals("warning")) {
                    int line = diagnostic.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt() + 1;
                    findings.add(file.get("path").getAsString().replace('\\', '/').replaceFirst("^\\./", "") + ":" + line + " "
                            + diagnostic.get("code").getAsString());
                }
            }
        }
        return findings;
    }
}
