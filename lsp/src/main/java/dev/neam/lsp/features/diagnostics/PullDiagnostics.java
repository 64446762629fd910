package dev.neam.lsp.features.diagnostics;

import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.documents.DocumentStore;
import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.workspace.WorkspaceIndex;
import dev.neam.parser.text.SourceText;
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
 * (open, or a Neam file of the workspace), {@code workspace/diagnostic} for every Neam file of the
 * workspace. Each report carries a result id derived from the text and the settings, so a client
 * re-asking about an unchanged document gets "unchanged" instead of the whole list again.
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

    public DocumentDiagnosticReport document(String uri, String previousResultId, CancelChecker cancel) {
        Optional<DocumentSnapshot> open = documents.get(uri);
        SourceText text = open.map(DocumentSnapshot::text).or(() -> index.text(uri)).orElse(null);
        boolean checked = open.map(DocumentSnapshot::isChecked).orElse(DocumentUris.isNeam(uri, null));
        if (text == null || !checked) {
            return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of()));
        }
        String resultId = resultId(text);
        if (resultId.equals(previousResultId)) {
            return new DocumentDiagnosticReport(new RelatedUnchangedDocumentDiagnosticReport(resultId));
        }
        cancel.checkCanceled();
        RelatedFullDocumentDiagnosticReport full = new RelatedFullDocumentDiagnosticReport(
                converter.convert(uri, text, engine.diagnose(uri, text.text())));
        full.setResultId(resultId);
        return new DocumentDiagnosticReport(full);
    }

    public WorkspaceDiagnosticReport workspace(List<PreviousResultId> previous, CancelChecker cancel) {
        Map<String, String> previousIds = new HashMap<>();
        if (previous != null) {
            previous.forEach(p -> previousIds.put(p.getUri(), p.getValue()));
        }
        Map<String, SourceText> texts = new LinkedHashMap<>(index.texts());
        Map<String, Integer> versions = new HashMap<>();
        for (DocumentSnapshot open : documents.all()) {
            if (open.isNeam()) {
                texts.remove(DocumentUris.normalize(open.uri())); // the open text wins, under the client's URI
                texts.put(open.uri(), open.text());
                versions.put(open.uri(), open.version());
            }
        }
        List<WorkspaceDocumentDiagnosticReport> items = new ArrayList<>();
        for (Map.Entry<String, SourceText> entry : texts.entrySet()) {
            cancel.checkCanceled();
            String uri = entry.getKey();
            SourceText text = entry.getValue();
            String resultId = resultId(text);
            Integer version = versions.get(uri);
            if (resultId.equals(previousIds.get(uri))) {
                items.add(new WorkspaceDocumentDiagnosticReport(
                        new WorkspaceUnchangedDocumentDiagnosticReport(resultId, uri, version)));
                continue;
            }
            WorkspaceFullDocumentDiagnosticReport full = new WorkspaceFullDocumentDiagnosticReport(
                    converter.convert(uri, text, engine.diagnose(uri, text.text())), uri, version);
            full.setResultId(resultId);
            items.add(new WorkspaceDocumentDiagnosticReport(full));
        }
        return new WorkspaceDiagnosticReport(items);
    }

    /** Same text under the same settings gives the same id. */
    private String resultId(SourceText text) {
        return engine.generation() + ":" + text.length() + ":" + Integer.toHexString(text.text().hashCode());
    }
}
