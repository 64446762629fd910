package dev.neam.lsp.features.diagnostics;

import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.documents.DocumentStore;
import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.workspace.WorkspaceIndex;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.FileRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.PreviousResultId;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * Pull diagnostics for clients that ask for them: {@code textDocument/diagnostic} for one document
 * (open, or a file of the workspace), {@code workspace/diagnostic} for every Neam source, manifest
 * and deploy file of the workspace. Each report carries a result id derived from the text, the
 * settings and the findings themselves (which other files can change), so a client re-asking about
 * an unchanged document gets "unchanged" instead of the whole list again.
 */
public final class PullDiagnostics {
    private final DocumentStore documents;
    private final WorkspaceIndex index;
    private final DiagnosticsEngine engine;
    private final DiagnosticConverter converter;

    public PullDiagnostics(DocumentStore documents, WorkspaceIndex index, DiagnosticsEngine engine,
                           DiagnosticConverter converter) {
        this.documents = documents;
        this.index = index;
        this.engine = engine;
        this.converter = converter;
    }

    /** A file's text and findings as the analysis sees them now. */
    private record Findings(SourceText text, List<Diagnostic> diagnostics, String resultId) {
    }

    public DocumentDiagnosticReport document(String uri, String previousResultId, CancelChecker cancel) {
        Optional<Findings> findings = findings(uri, documents.get(uri).orElse(null));
        if (findings.isEmpty()) {
            return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of()));
        }
        String resultId = findings.get().resultId();
        if (resultId.equals(previousResultId)) {
            return new DocumentDiagnosticReport(new RelatedUnchangedDocumentDiagnosticReport(resultId));
        }
        cancel.checkCanceled();
        RelatedFullDocumentDiagnosticReport full = new RelatedFullDocumentDiagnosticReport(
                converter.convert(uri, findings.get().text(), findings.get().diagnostics()));
        full.setResultId(resultId);
        return new DocumentDiagnosticReport(full);
    }

    public WorkspaceDiagnosticReport workspace(List<PreviousResultId> previous, CancelChecker cancel) {
        Map<String, String> previousIds = new HashMap<>();
        if (previous != null) {
            previous.forEach(p -> previousIds.put(p.getUri(), p.getValue()));
        }
        Map<String, DocumentSnapshot> files = new LinkedHashMap<>();
        index.uris().forEach(uri -> files.put(uri, null));
        engine.projectFilesUnder(index.folders()).forEach(file -> files.put(DocumentUris.fromPath(file), null));
        for (DocumentSnapshot open : documents.all()) {
            files.remove(DocumentUris.normalize(open.uri())); // the open text wins, under the client's URI
            files.put(open.uri(), open);
        }
        List<WorkspaceDocumentDiagnosticReport> items = new ArrayList<>();
        for (Map.Entry<String, DocumentSnapshot> entry : files.entrySet()) {
            cancel.checkCanceled();
            String uri = entry.getKey();
            DocumentSnapshot open = entry.getValue();
            Optional<Findings> findings = findings(uri, open);
            if (findings.isEmpty()) {
                continue;
            }
            String resultId = findings.get().resultId();
            Integer version = open == null ? null : open.version();
            if (resultId.equals(previousIds.get(uri))) {
                items.add(new WorkspaceDocumentDiagnosticReport(
                        new WorkspaceUnchangedDocumentDiagnosticReport(resultId, uri, version)));
                continue;
            }
            WorkspaceFullDocumentDiagnosticReport full = new WorkspaceFullDocumentDiagnosticReport(
                    converter.convert(uri, findings.get().text(), findings.get().diagnostics()), uri, version);
            full.setResultId(resultId);
            items.add(new WorkspaceDocumentDiagnosticReport(full));
        }
        return new WorkspaceDiagnosticReport(items);
    }

    /**
     * The findings of a document: its open text when open, else what is on disk (a Neam file of the
     * index, or a manifest or deploy file of a project); empty for a file the analysis does not take.
     */
    private Optional<Findings> findings(String uri, DocumentSnapshot open) {
        if (open != null) {
            if (engine.role(uri, open.languageId()) == FileRole.NONE) {
                return Optional.empty();
            }
            return Optional.of(findings(open.text(), engine.diagnose(uri, open.languageId(), open.content())));
        }
        FileRole role = engine.role(uri, null);
        if (role == FileRole.NEAM) {
            return index.text(uri).map(text -> findings(text, engine.diagnose(uri, text.text())));
        }
        if (role == FileRole.MANIFEST || role == FileRole.DEPLOY) {
            Path file = DocumentUris.toPath(uri).orElseThrow();
            return engine.projectFileText(file).map(text -> findings(new SourceText(text), engine.diagnoseProjectFile(file)));
        }
        return Optional.empty();
    }

    /** Same text and same findings under the same settings give the same id. */
    private Findings findings(SourceText text, List<Diagnostic> diagnostics) {
        String resultId = engine.generation() + ":" + text.length() + ":" + Integer.toHexString(text.text().hashCode())
                + ":" + Integer.toHexString(diagnostics.hashCode());
        return new Findings(text, diagnostics, resultId);
    }
}
