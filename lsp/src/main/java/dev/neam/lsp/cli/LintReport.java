package dev.neam.lsp.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.FileDiagnostics;
import java.util.List;
import java.util.Map;

/**
 * Renders lint results. The shapes are a contract:
 *
 * <p>JSON (one object, compact, on one line):
 * <pre>{"version":1,"files":[{"path":P,"diagnostics":[{"code":C,"category":K,"severity":S,"message":M,
 *   "range":{"start":{"line":L,"character":X},"end":{…}},"relatedInformation":[{"path":P,"range":R,"message":M}]}]}],
 *   "summary":{"files":N,"errors":E,"warnings":W,"information":I,"hints":H}}</pre>
 * with 0-based lines and UTF-16 characters as in LSP; {@code relatedInformation} only when non-empty,
 * its {@code path} being the diagnostic's own file when the related place is in the same file.
 *
 * <p>Text: {@code path:line:column: severity CODE message}, 1-based line and column, one line per
 * diagnostic; the summary line ({@code 2 files, 1 error, 0 warnings, 3 information, 0 hints}) goes to stderr.
 */
public final class LintReport {

    /** Version of the JSON format; bumped only on an incompatible change. */
    public static final int JSON_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final List<FileDiagnostics> files;
    private final int errors;
    private final int warnings;
    private final int information;
    private final int hints;

    public LintReport(List<FileDiagnostics> files) {
        this.files = List.copyOf(files);
        this.errors = count(Severity.ERROR);
        this.warnings = count(Severity.WARNING);
        this.information = count(Severity.INFORMATION);
        this.hints = count(Severity.HINT);
    }

    public int errors() {
        return errors;
    }

    public int warnings() {
        return warnings;
    }

    /** The JSON document followed by a newline. */
    public String json() {
        JsonObject root = new JsonObject();
        root.addProperty("version", JSON_VERSION);
        JsonArray fileArray = new JsonArray();
        for (FileDiagnostics file : files) {
            JsonObject f = new JsonObject();
            f.addProperty("path", file.path());
            JsonArray diagnostics = new JsonArray();
            for (Diagnostic d : file.diagnostics()) {
                diagnostics.add(json(file.path(), d));
            }
            f.add("diagnostics", diagnostics);
            fileArray.add(f);
        }
        root.add("files", fileArray);
        JsonObject summary = new JsonObject();
        summary.addProperty("files", files.size());
        summary.addProperty("errors", errors);
        summary.addProperty("warnings", warnings);
        summary.addProperty("information", information);
        summary.addProperty("hints", hints);
        root.add("summary", summary);
        return GSON.toJson(root) + "\n";
    }

    /** One line per diagnostic, each ending in a newline; empty when there is nothing to report. */
    public String text(boolean colour) {
        StringBuilder out = new StringBuilder();
        for (FileDiagnostics file : files) {
            for (Diagnostic d : file.diagnostics()) {
                Position start = d.range().start();
                String location = Printable.escape(file.path()) + ":" + (start.line() + 1) + ":" + (start.character() + 1) + ":";
                String severity = d.severity().id();
                String code = d.code().id();
                String message = Printable.escape(Main.oneLine(d.message()));
                if (colour) {
                    out.append(BOLD).append(location).append(RESET).append(' ')
                            .append(severityColour(d.severity())).append(severity).append(RESET).append(' ')
                            .append(DIM).append(code).append(RESET).append(' ')
                            .append(message);
                } else {
                    out.append(location).append(' ').append(severity).append(' ').append(code).append(' ').append(message);
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** {@code 2 files, 1 error, 0 warnings, 3 information, 0 hints}: every finding counts. */
    public String summaryLine() {
        return plural(files.size(), "file") + ", " + plural(errors, "error") + ", " + plural(warnings, "warning")
                + ", " + information + " information, " + plural(hints, "hint");
    }

    /**
     * Colour only when standard output is a terminal and {@code NO_COLOR} is not set (whatever its
     * value, even empty).
     */
    public static boolean useColour(Map<String, String> environment) {
        return !environment.containsKey("NO_COLOR") && Terminal.isInteractive();
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String severityColour(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case INFORMATION -> "\u001b[1;34m";
            case HINT -> "\u001b[1;36m";
        };
    }

    private int count(Severity severity) {
        int n = 0;
        for (FileDiagnostics file : files) {
            for (Diagnostic d : file.diagnostics()) {
                if (d.severity() == severity) {
                    n++;
                }
            }
        }
        return n;
    }

    private static JsonObject json(String path, Diagnostic d) {
        JsonObject o = new JsonObject();
        o.addProperty("code", d.code().id());
        o.addProperty("category", d.category().id());
        o.addProperty("severity", d.severity().id());
        o.addProperty("message", d.message());
        o.add("range", json(d.range()));
        if (!d.related().isEmpty()) {
            JsonArray related = new JsonArray();
            for (RelatedInformation info : d.related()) {
                JsonObject r = new JsonObject();
                r.addProperty("path", info.path() == null ? path : info.path());
                r.add("range", json(info.range()));
                r.addProperty("message", info.message());
                related.add(r);
            }
            o.add("relatedInformation", related);
        }
        return o;
    }

    private static JsonObject json(Range range) {
        JsonObject o = new JsonObject();
        o.add("start", json(range.start()));
        o.add("end", json(range.end()));
        return o;
    }

    private static JsonObject json(Position position) {
        JsonObject o = new JsonObject();
        o.addProperty("line", position.line());
        o.addProperty("character", position.character());
        return o;
    }
}
