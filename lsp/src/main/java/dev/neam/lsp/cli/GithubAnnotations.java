package dev.neam.lsp.cli;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.FileDiagnostics;
import java.util.List;

/**
 * Lint results as GitHub Actions workflow commands, one line per diagnostic, which the runner turns
 * into annotations on the pull request:
 * <pre>::error file=src/main.neam,line=2,col=5,endLine=2,endColumn=9,title=NEAM3001::'x' is not defined</pre>
 * {@code error} and {@code warning} keep their names; information and hints become {@code notice}.
 * Files are relative to the working folder, the repository's top in a workflow. Lines and columns
 * are 1-based; columns are given only when the range lies on one line, as GitHub ignores them
 * otherwise.
 */
public final class GithubAnnotations {
    private final List<FileDiagnostics> files;
    private final ArtifactUris paths;

    GithubAnnotations(List<FileDiagnostics> files, ArtifactUris paths) {
        this.files = List.copyOf(files);
        this.paths = paths;
    }

    /** One command per line, each ending in a newline; empty when there is nothing to report. */
    String render() {
        StringBuilder out = new StringBuilder();
        for (FileDiagnostics file : files) {
            String path = paths.relativePath(file.path());
            for (Diagnostic d : file.diagnostics()) {
                out.append(command(path, d)).append('\n');
            }
        }
        return out.toString();
    }

    public static String command(String path, Diagnostic d) {
        Range r = d.range();
        StringBuilder c = new StringBuilder("::").append(kind(d)).append(' ');
        c.append("file=").append(property(path));
        c.append(",line=").append(r.start().line() + 1);
        if (r.start().line() == r.end().line()) {
            c.append(",col=").append(r.start().character() + 1);
        }
        c.append(",endLine=").append(r.end().line() + 1);
        if (r.start().line() == r.end().line()) {
            c.append(",endColumn=").append(r.end().character() + 1);
        }
        c.append(",title=").append(property(d.code().id()));
        c.append("::").append(data(d.message()));
        return c.toString();
    }

    private static String kind(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "notice";
        };
    }

    /**
     * The message part: '%', CR and LF are escaped so the command stays on one line, and other control
     * characters so that none reaches the log raw.
     */
    static String data(String s) {
        return Printable.escape(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: also ':' and ',' which would end the value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
