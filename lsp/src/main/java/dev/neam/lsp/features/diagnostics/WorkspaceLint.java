package dev.neam.lsp.features.diagnostics;

import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.workspace.WorkspaceIndex;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.FileRole;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * The server side of "lint the workspace" ({@code workspace/executeCommand} {@value #COMMAND}):
 * lint's findings for every Neam source, manifest and deploy file under the given folders, with the
 * open documents' unsaved texts, handed to the client's problem list file by file.
 */
public final class WorkspaceLint {
    public static final String COMMAND = "neam.server.lintWorkspace";

    /** What the command answers: how many files were checked and how many findings of each severity. */
    public record Summary(int files, int errors, int warnings, int information, int hints) {
    }

    /** One file's findings, with the text they are positioned in. */
    public record FileFindings(String uri, SourceText text, List<Diagnostic> diagnostics, boolean open) {
    }

    private final DiagnosticsEngine engine;
    private final WorkspaceIndex index;

    public WorkspaceLint(DiagnosticsEngine engine, WorkspaceIndex index) {
        this.engine = engine;
        this.index = index;
    }

    /**
     * Checks every file under the folders (the workspace folders when none are given) and gives each
     * file's findings to {@code report}, open documents included.
     */
    public Summary run(List<Path> folders, Collection<DocumentSnapshot> open, Consumer<FileFindings> report,
                       CancelChecker cancel) {
        List<Path> roots = (folders.isEmpty() ? index.folders() : folders).stream()
                .map(p -> p.toAbsolutePath().normalize()).toList();
        Map<String, FileFindings> all = new LinkedHashMap<>();
        Map<String, DocumentSnapshot> openByUri = new LinkedHashMap<>();
        open.forEach(d -> openByUri.put(DocumentUris.normalize(d.uri()), d));
        for (Map.Entry<String, SourceText> file : index.texts().entrySet()) {
            cancel.checkCanceled();
            if (under(file.getKey(), roots) && !openByUri.containsKey(file.getKey())) {
                all.put(file.getKey(), new FileFindings(file.getKey(), file.getValue(),
                        engine.diagnose(file.getKey(), file.getValue().text()), false));
            }
        }
        for (Path file : engine.projectFilesUnder(roots)) {
            cancel.checkCanceled();
            String uri = DocumentUris.fromPath(file);
            Optional<String> text = engine.projectFileText(file);
            if (!openByUri.containsKey(uri) && text.isPresent()) {
                all.put(uri, new FileFindings(uri, new SourceText(text.get()), engine.diagnoseProjectFile(file), false));
            }
        }
        for (Map.Entry<String, DocumentSnapshot> entry : openByUri.entrySet()) {
            cancel.checkCanceled();
            DocumentSnapshot d = entry.getValue();
            if (under(entry.getKey(), roots) && engine.role(d.uri(), d.languageId()) != FileRole.NONE) {
                all.put(entry.getKey(), new FileFindings(d.uri(), d.text(), engine.diagnose(d.uri(), d.languageId(), d.content()), true));
            }
        }
        int errors = 0;
        int warnings = 0;
        int information = 0;
        int hints = 0;
        for (FileFindings findings : all.values()) {
            for (Diagnostic d : findings.diagnostics()) {
                switch (d.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    case INFORMATION -> information++;
                    case HINT -> hints++;
                }
            }
            report.accept(findings);
        }
        return new Summary(all.size(), errors, warnings, information, hints);
    }

    private static boolean under(String uri, List<Path> roots) {
        return DocumentUris.toPath(uri).map(p -> p.toAbsolutePath().normalize())
                .map(p -> roots.stream().anyMatch(p::startsWith)).orElse(false);
    }
}
