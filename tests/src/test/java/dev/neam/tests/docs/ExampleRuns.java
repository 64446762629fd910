package dev.neam.tests.docs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.parser.workspace.WorkspaceFiles;
import dev.neam.tests.cli.LintProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every diagnostic example written to disk and checked by the real jar, as a user would: each
 * example is a folder of its own, and one {@code lint --format json} run per side (and per set of
 * options) checks them all. An example reported only by the editor ({@code # environment:}) is
 * analysed in-process with and without its variable. Computed once per test JVM.
 */
public final class ExampleRuns {

    /** One finding, its path relative to the example's folder. */
    public record Finding(String path, int line, int character, String severity, String code, String message) {
        /** As {@code neam-lsp lint} prints it: {@code main.neam:1:23: error NEAM0004 message}. */
        public String text() {
            return path + ":" + (line + 1) + ":" + (character + 1) + ": " + severity + " " + code + " " + message;
        }
    }

    /** What an example's two projects give. */
    public record Outcome(List<Finding> bad, List<Finding> fixed, List<Finding> lintOfEditorOnly) {
    }

    private static Map<String, Outcome> outcomes;

    private ExampleRuns() {
    }

    public static synchronized Map<String, Outcome> all() {
        if (outcomes == null) {
            outcomes = run(DiagnosticExample.all());
        }
        return outcomes;
    }

    private static Map<String, Outcome> run(Map<String, DiagnosticExample> examples) {
        try {
            Path root = Files.createTempDirectory("neam-examples");
            Map<String, List<Finding>> bad = lint(examples, DiagnosticExample.BAD, root.resolve("bad"));
            Map<String, List<Finding>> fixed = lint(examples, DiagnosticExample.FIXED, root.resolve("fixed"));
            Map<String, Outcome> out = new LinkedHashMap<>();
            for (DiagnosticExample example : examples.values()) {
                String code = example.code();
                if (example.environment() == null) {
                    out.put(code, new Outcome(bad.getOrDefault(code, List.of()), fixed.getOrDefault(code, List.of()), List.of()));
                } else {
                    out.put(code, new Outcome(inEditor(root.resolve("bad").resolve(code), Map.of()),
                            inEditor(root.resolve("fixed").resolve(code), Map.of(example.environment(), "set")),
                            bad.getOrDefault(code, List.of())));
                }
            }
            delete(root);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one side of every example and lints them with the jar, grouped by the options they need. */
    private static Map<String, List<Finding>> lint(Map<String, DiagnosticExample> examples, String side, Path folder) {
        Map<List<String>, List<String>> byOptions = new LinkedHashMap<>();
        for (DiagnosticExample example : examples.values()) {
            example.write(side, folder.resolve(example.code()));
            byOptions.computeIfAbsent(example.lintOptions(), o -> new ArrayList<>()).add(example.code());
        }
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (Map.Entry<List<String>, List<String>> group : byOptions.entrySet()) {
            List<String> args = new ArrayList<>(List.of("lint", "--format", "json"));
            args.addAll(group.getKey());
            args.addAll(group.getValue());
            LintProcess.Result r = LintProcess.run(folder, args.toArray(String[]::new));
            if (r.exitCode() == 2) {
                throw new AssertionError("lint could not check the examples " + group.getValue() + ": " + r);
            }
            for (JsonElement f : r.json().getAsJsonArray("files")) {
                String path = f.getAsJsonObject().get("path").getAsString().replace('\\', '/');
                String code = path.substring(0, path.indexOf('/'));
                List<Finding> list = findings.computeIfAbsent(code, c -> new ArrayList<>());
                for (JsonElement d : f.getAsJsonObject().getAsJsonArray("diagnostics")) {
                    list.add(finding(path.substring(code.length() + 1), d.getAsJsonObject()));
                }
            }
        }
        return findings;
    }

    /** The editor's analysis of an example's Neam files, in the given environment. */
    private static List<Finding> inEditor(Path folder, Map<String, String> environment) throws IOException {
        List<Finding> out = new ArrayList<>();
        for (FileDiagnostics file : new Analyzer(new AnalysisOptions("auto", environment))
                .analyze(WorkspaceFiles.load(List.of(folder)))) {
            String path = folder.relativize(Path.of(file.path())).toString().replace('\\', '/');
            file.diagnostics().forEach(d -> out.add(new Finding(path, d.range().start().line(), d.range().start().character(),
                    d.severity().id(), d.code().id(), d.message())));
        }
        return out;
    }

    private static Finding finding(String path, JsonObject d) {
        JsonObject start = d.getAsJsonObject("range").getAsJsonObject("start");
        return new Finding(path, start.get("line").getAsInt(), start.get("character").getAsInt(), d.get("severity").getAsString(),
                d.get("code").getAsString(), d.get("message").getAsString());
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
