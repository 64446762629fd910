package dev.neam.lsp.features.deploy;

import dev.neam.lsp.cli.Version;
import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.features.diagnostics.DiagnosticsEngine;
import dev.neam.lsp.features.hover.HoverProvider;
import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.parser.assist.deploy.DeployHovers;
import dev.neam.parser.deploy.DeployCatalog;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.workspace.FileRole;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;

/**
 * Hover on a deploy file (Kubernetes YAML, compose file, Dockerfile; recognised by its path): on a
 * line with findings, the rules behind them. The findings are the analysis of the document's
 * current text, computed once per version.
 */
public final class DeployHover {
    /** The generated list of deploy checks. */
    static final String DOCS = Version.INFORMATION_URI + "/blob/main/docs/deploy-checks.md#deploy-checks";

    private record Findings(int version, String content, List<Diagnostic> diagnostics) {
    }

    private final PositionConverter positions;
    private final DiagnosticsEngine engine;
    private final DeployHovers hovers = new DeployHovers(DeployCatalog.get(), DOCS);
    private final Map<String, Findings> findings = new ConcurrentHashMap<>();

    public DeployHover(PositionConverter positions, DiagnosticsEngine engine) {
        this.positions = positions;
        this.engine = engine;
    }

    /** Whether the document is a deploy file of a project (decided by its path, as for its diagnostics). */
    public boolean handles(DocumentSnapshot snapshot) {
        return engine.role(snapshot.uri(), snapshot.languageId()) == FileRole.DEPLOY;
    }

    public Hover hover(DocumentSnapshot snapshot, Position at, boolean markdown) {
        return hovers.hover(snapshot.text(), findings(snapshot), positions.fromLsp(snapshot.text(), at))
                .map(info -> HoverProvider.toLsp(info, positions.toLsp(snapshot.text(), info.range()), markdown))
                .orElse(null);
    }

    public void forget(String uri) {
        findings.remove(uri);
    }

    private List<Diagnostic> findings(DocumentSnapshot snapshot) {
        Findings cached = findings.get(snapshot.uri());
        if (cached != null && cached.version() == snapshot.version() && cached.content().equals(snapshot.content())) {
            return cached.diagnostics();
        }
        List<Diagnostic> found = engine.diagnose(snapshot.uri(), snapshot.languageId(), snapshot.content());
        findings.put(snapshot.uri(), new Findings(snapshot.version(), snapshot.content(), found));
        return found;
    }
}
