package dev.neam.lsp.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.parser.workspace.Suppressions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lint results as a SARIF 2.1.0 log, the format code-scanning services (GitHub code scanning among
 * them) read: one run whose driver lists a rule for each code that occurs, and one result per
 * diagnostic with its place, related places and a stable fingerprint.
 *
 * <p>Artifact URIs are relative to the working folder with {@code uriBaseId} {@code %SRCROOT%}
 * (files outside it get absolute {@code file:} URIs), which is what GitHub expects when lint runs
 * at the repository's top. Output is deterministic for the same input and working folder.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    private final List<FileDiagnostics> files;
    private final Map<String, String> texts;
    private final ArtifactUris uris;

    /**
     * @param files         the results to report
     * @param texts         each file's text by its path (for fingerprints); a missing text weakens them
     * @param uris          how paths become URIs
     */
    SarifReport(List<FileDiagnostics> files, Map<String, String> texts, ArtifactUris uris) {
        this.files = List.copyOf(files);
        this.texts = texts;
        this.uris = uris;
    }

    /** The SARIF log, pretty-printed, followed by a newline. */
    public String render() {
        Map<DiagnosticCode, Integer> ruleIndex = ruleIndexes();
        JsonArray rules = new JsonArray();
        ruleIndex.keySet().forEach(code -> rules.add(rule(code)));

        JsonArray results = new JsonArray();
        for (FileDiagnostics file : files) {
            String text = texts.get(file.path());
            List<String> fingerprints = Fingerprints.of(uris.relativePath(file.path()), file.diagnostics(),
                    text == null ? null : new SourceText(text));
            for (int i = 0; i < file.diagnostics().size(); i++) {
                Diagnostic d = file.diagnostics().get(i);
                results.add(result(file.path(), d, ruleIndex.get(d.code()), fingerprints.get(i)));
            }
        }

        return log(run(rules, results));
    }

    /**
     * A log of a run that could not check anything: no results, and an invocation that failed with
     * exit status 2, the problems being its configuration notifications (an invalid
     * {@code [tool.neam-lsp]}) or execution notifications (a usage or internal error).
     */
    String failed(boolean configuration, List<ErrorReport.Problem> problems) {
        JsonArray notifications = new JsonArray();
        for (ErrorReport.Problem p : problems) {
            JsonObject n = new JsonObject();
            n.addProperty("level", "error");
            n.add("message", text(p.message()));
            if (p.path() != null) {
                JsonObject physical = new JsonObject();
                physical.add("artifactLocation", artifactLocation(p.path()));
                if (p.line() > 0) {
                    JsonObject region = new JsonObject();
                    region.addProperty("startLine", p.line());
                    region.addProperty("startColumn", Math.max(1, p.column()));
                    physical.add("region", region);
                }
                JsonObject location = new JsonObject();
                location.add("physicalLocation", physical);
                JsonArray locations = new JsonArray();
                locations.add(location);
                n.add("locations", locations);
            }
            notifications.add(n);
        }
        JsonObject invocation = new JsonObject();
        invocation.addProperty("executionSuccessful", false);
        invocation.addProperty("exitCode", Main.EXIT_USAGE_OR_INTERNAL);
        invocation.add(configuration ? "toolConfigurationNotifications" : "toolExecutionNotifications", notifications);
        JsonArray invocations = new JsonArray();
        invocations.add(invocation);
        JsonObject run = run(new JsonArray(), new JsonArray());
        run.add("invocations", invocations);
        return log(run);
    }

    private JsonObject run(JsonArray rules, JsonArray results) {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "neam-lsp");
        driver.addProperty("version", Version.get());
        driver.addProperty("informationUri", Version.INFORMATION_URI);
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        JsonObject base = new JsonObject();
        base.addProperty("uri", uris.baseUri());
        JsonObject baseIds = new JsonObject();
        baseIds.add(SRCROOT, base);
        run.add("originalUriBaseIds", baseIds);
        run.add("results", results);
        // SARIF's default column unit, and the one our positions use (as LSP does); said explicitly
        // so no reader has to know the default.
        run.addProperty("columnKind", "utf16CodeUnits");
        return run;
    }

    private static String log(JsonObject run) {
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        JsonArray runs = new JsonArray();
        runs.add(run);
        log.add("runs", runs);
        return GSON.toJson(log) + "\n";
    }

    /** The codes that occur, in catalogue-id order, with their index in {@code rules}. */
    private Map<DiagnosticCode, Integer> ruleIndexes() {
        Map<String, DiagnosticCode> byId = new TreeMap<>();
        for (FileDiagnostics file : files) {
            for (Diagnostic d : file.diagnostics()) {
                byId.put(d.code().id(), d.code());
            }
        }
        Map<DiagnosticCode, Integer> index = new LinkedHashMap<>();
        for (DiagnosticCode code : byId.values()) {
            index.put(code, index.size());
        }
        return index;
    }

    private static JsonObject rule(DiagnosticCode code) {
        JsonObject rule = new JsonObject();
        rule.addProperty("id", code.id());
        rule.addProperty("name", ruleName(code));
        rule.add("shortDescription", text(code.description()));
        rule.add("fullDescription", text(code.description() + " Reported by the " + code.category().id()
                + " checks as " + code.defaultSeverity().id() + " by default; neam.toml [tool.neam-lsp] rules can "
                + "change its severity or turn it off, and " + Suppressions.nextLineComment(code)
                        .map(c -> "'" + c + "' on the line above silences one occurrence")
                        .orElse("[tool.neam-lsp] exclude or --exclude keeps the file out of the report") + "."));
        rule.add("help", text(code.help().isEmpty() ? code.description() : code.help()));
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level(code.defaultSeverity()));
        rule.add("defaultConfiguration", configuration);
        JsonObject properties = new JsonObject();
        properties.addProperty("category", code.category().id());
        JsonArray tags = new JsonArray();
        tags.add(code.category().id());
        properties.add("tags", tags);
        rule.add("properties", properties);
        return rule;
    }

    private JsonObject result(String path, Diagnostic d, int ruleIndex, String fingerprint) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", d.code().id());
        result.addProperty("ruleIndex", ruleIndex);
        result.addProperty("level", level(d.severity()));
        result.add("message", text(d.message()));
        JsonArray locations = new JsonArray();
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physicalLocation(path, d.range()));
        locations.add(location);
        result.add("locations", locations);
        if (!d.related().isEmpty()) {
            JsonArray related = new JsonArray();
            int id = 1;
            for (RelatedInformation info : d.related()) {
                JsonObject r = new JsonObject();
                r.addProperty("id", id++);
                r.add("physicalLocation", physicalLocation(info.path() == null ? path : info.path(), info.range()));
                r.add("message", text(info.message()));
                related.add(r);
            }
            result.add("relatedLocations", related);
        }
        JsonObject fingerprints = new JsonObject();
        fingerprints.addProperty(Fingerprints.KEY, fingerprint);
        result.add("partialFingerprints", fingerprints);
        return result;
    }

    private JsonObject physicalLocation(String path, Range range) {
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifactLocation(path));
        physical.add("region", region(range));
        return physical;
    }

    private JsonObject artifactLocation(String path) {
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", uris.uri(path));
        if (uris.isInside(path)) {
            artifact.addProperty("uriBaseId", SRCROOT);
        }
        return artifact;
    }

    /**
     * 1-based lines and columns, end column exclusive. SARIF counts columns in UTF-16 code units by
     * default ({@code columnKind} {@code utf16CodeUnits}), exactly as {@link Range} does, so a
     * column is the 0-based LSP character plus one with no conversion.
     */
    private static JsonObject region(Range range) {
        JsonObject region = new JsonObject();
        region.addProperty("startLine", range.start().line() + 1);
        region.addProperty("startColumn", range.start().character() + 1);
        region.addProperty("endLine", range.end().line() + 1);
        region.addProperty("endColumn", range.end().character() + 1);
        return region;
    }

    /** SARIF has no 'information' or 'hint' level: both are notes. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "note";
        };
    }

    /** {@code MISSING_TOKEN} becomes {@code MissingToken}, the readable rule name SARIF viewers show. */
    static String ruleName(DiagnosticCode code) {
        StringBuilder name = new StringBuilder();
        for (String word : code.name().split("_")) {
            if (!word.isEmpty()) {
                name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return name.toString();
    }

    private static JsonObject text(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("text", s);
        return o;
    }
}
