package dev.neam.lsp.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.neam.parser.diagnostic.Credentials;
import java.util.List;
import java.util.Map;

/**
 * Why a {@code lint} run produced no report (exit status 2): a usage error, an invalid
 * {@code [tool.neam-lsp]} table or an internal error. It is written where the report would have
 * gone, in the chosen format, so that a pipeline reading the report (a SARIF upload, a JSON consumer,
 * annotations) sees the failure instead of a missing or stale file; the same lines go to stderr.
 *
 * <ul>
 *   <li>JSON: {@code {"version":1,"error":{"kind":K,"problems":[{"message":M,"path":P,"range":R}]}}}, {@code kind}
 *       one of {@code usage}, {@code configuration}, {@code internal}; {@code path} and {@code range} (0-based,
 *       as in the report) only for a problem at a place in a file.</li>
 *   <li>SARIF: a run without results whose invocation failed ({@code executionSuccessful: false}), the
 *       problems as its configuration or execution notifications.</li>
 *   <li>GitHub: one {@code ::error} command per problem.</li>
 *   <li>Text: nothing besides stderr.</li>
 * </ul>
 */
final class ErrorReport {

    enum Kind { usage, configuration, internal }

    /** One problem; {@code path} null when it is about no file, {@code line} and {@code column} 1-based, 0 when unknown. */
    record Problem(String path, int line, int column, String message) {
        Problem {
            message = Credentials.mask(message); // a quoted TOML key may be a token
        }

        static Problem of(String message) {
            return new Problem(null, 0, 0, message);
        }

        /** {@code neam-lsp: path:line:column: message}. */
        String stderrLine() {
            String place = path == null ? "" : path + (line > 0 ? ":" + line + ":" + column : "") + ": ";
            return "neam-lsp: " + place + message;
        }
    }

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final Kind kind;
    private final List<Problem> problems;
    private final ArtifactUris uris;

    ErrorReport(Kind kind, List<Problem> problems, ArtifactUris uris) {
        this.kind = kind;
        this.problems = List.copyOf(problems);
        this.uris = uris;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The report in the format; empty for text. */
    String render(LintCommand.Format format) {
        return switch (format) {
            case text -> "";
            case json -> json();
            case sarif -> new SarifReport(List.of(), Map.of(), uris).failed(kind == Kind.configuration, problems);
            case github -> github();
        };
    }

    private String json() {
        JsonArray list = new JsonArray();
        for (Problem p : problems) {
            JsonObject o = new JsonObject();
            o.addProperty("message", p.message());
            if (p.path() != null) {
                o.addProperty("path", p.path());
                if (p.line() > 0) {
                    JsonObject at = new JsonObject();
                    at.addProperty("line", p.line() - 1);
                    at.addProperty("character", Math.max(0, p.column() - 1));
                    JsonObject range = new JsonObject();
                    range.add("start", at);
                    range.add("end", at.deepCopy());
                    o.add("range", range);
                }
            }
            list.add(o);
        }
        JsonObject error = new JsonObject();
        error.addProperty("kind", kind.name());
        error.add("problems", list);
        JsonObject root = new JsonObject();
        root.addProperty("version", LintReport.JSON_VERSION);
        root.add("error", error);
        return GSON.toJson(root) + "\n";
    }

    private String github() {
        StringBuilder out = new StringBuilder();
        for (Problem p : problems) {
            out.append("::error ");
            if (p.path() != null) {
                out.append("file=").append(GithubAnnotations.property(uris.relativePath(p.path())));
                if (p.line() > 0) {
                    out.append(",line=").append(p.line()).append(",col=").append(Math.max(1, p.column()));
                }
                out.append(',');
            }
            out.append("title=").append(GithubAnnotations.property("neam-lsp " + kind.name() + " error"));
            out.append("::").append(GithubAnnotations.data(p.message())).append('\n');
        }
        return out.toString();
    }
}
