package dev.neam.lsp.server;

import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.documents.DocumentStore;
import dev.neam.lsp.documents.DocumentUris;
import dev.neam.lsp.documents.HotDocuments;
import dev.neam.lsp.documents.ParsedDocuments;
import dev.neam.lsp.features.diagnostics.AffectedDocuments;
import dev.neam.lsp.features.diagnostics.AllAffected;
import dev.neam.lsp.features.diagnostics.DeclaredNamesChanged;
import dev.neam.lsp.features.diagnostics.DiagnosticConverter;
import dev.neam.lsp.features.diagnostics.DiagnosticScheduler;
import dev.neam.lsp.features.diagnostics.DiagnosticsEngine;
import dev.neam.lsp.features.diagnostics.PullDiagnostics;
import dev.neam.lsp.features.diagnostics.ProjectFilesAffected;
import dev.neam.lsp.features.diagnostics.PushDiagnostics;
import dev.neam.lsp.features.diagnostics.WorkspaceLint;
import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.lsp.settings.ServerSettings;
import dev.neam.lsp.settings.SettingsReader;
import dev.neam.lsp.workspace.WorkspaceIndex;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.FileRole;
import dev.neam.parser.workspace.ProjectFileWorkspace;
import dev.neam.parser.workspace.ProjectRoots;
import dev.neam.parser.workspace.WorkspaceFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.PreviousResultId;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WatchKind;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * One client connection after {@code initialize}: the negotiated encoding and client
 * capabilities, the open documents, the workspace index, the settings, and the features wired to
 * them. The protocol services call into it; it hands the real work to the feature classes.
 */
final class Session {
    private final LanguageClient client;
    private final ClientSupport support;
    private final ServerLog log;
    private final ScheduledExecutorService background;
    private final ExecutorService parsing;
    private final PositionConverter positions;
    private final DocumentStore documents;
    /** The documents that keep their caches; the workspace keeps the trees of as many (see DiagnosticsEngine). */
    private final HotDocuments hot = new HotDocuments(() -> this.engine.settings().hotDocuments(), this::cooled);
    private final WorkspaceIndex index = new WorkspaceIndex();
    private final DiagnosticsEngine engine = new DiagnosticsEngine(this::openText);
    private final ParsedDocuments parsed = new ParsedDocuments(snapshot -> snapshot.isNeam()
            ? engine.model(snapshot.uri(), snapshot.content()).map(DiagnosticsEngine.Model::parse)
            : Optional.empty(), hot::isHot);
    private final DeclaredNamesChanged declaredNames = new DeclaredNamesChanged(parsed);
    private final ProjectFilesAffected projectFilesAffected = new ProjectFilesAffected(engine);
    private final AffectedDocuments affected = new AllAffected(List.of(declaredNames, projectFilesAffected));
    private final DiagnosticScheduler push; // null when the client pulls
    private final PullDiagnostics pull;
    private final FeatureRequests features;
    private final DiagnosticConverter converter;
    private final WorkspaceLint lint = new WorkspaceLint(engine, index);
    private final DebouncedAction pullRefresh;
    /** Done once the first scan of the workspace folders has finished (workspace reports wait for it). */
    private final CompletableFuture<Void> indexed = new CompletableFuture<>();

    Session(LanguageClient client, ClientSupport support, ServerSettings settings, List<Path> folders, ServerLog log,
            ScheduledExecutorService analysis, ExecutorService parsing, ScheduledExecutorService background) {
        this.client = client;
        this.support = support;
        this.log = log;
        this.background = background;
        this.parsing = parsing;
        this.positions = new PositionConverter(support.positionEncoding());
        this.documents = new DocumentStore(positions);
        engine.configure(settings);
        index.setFolders(folders);
        this.converter = new DiagnosticConverter(positions, support.relatedInformation(),
                support.diagnosticTags(), this::textOf);
        this.pull = new PullDiagnostics(documents, index, engine, converter);
        this.features = new FeatureRequests(support, positions, documents, engine, parsed, index, hot);
        this.pullRefresh = new DebouncedAction(analysis, this::refreshPulledDiagnostics);
        this.push = support.pullDiagnostics() ? null : new DiagnosticScheduler(documents, this::analysable,
                snapshot -> engine.diagnose(snapshot.uri(), snapshot.languageId(), snapshot.content()),
                () -> engine.settings().debounceMs(), analysis, new PushDiagnostics(client, converter), affected, log);
    }

    /** Completion, hover, navigation, formatting… on the open documents. */
    FeatureRequests features() {
        return features;
    }

    ClientSupport support() {
        return support;
    }

    /** After {@code initialized}: watch files and build the index in the background. */
    void start(boolean dynamicWatchers) {
        if (dynamicWatchers) {
            registerWatchers();
        }
        background.execute(this::buildIndex);
    }

    private void registerWatchers() {
        List<FileSystemWatcher> watchers = List.of(
                new FileSystemWatcher(Either.forLeft("**/*.neam")),
                new FileSystemWatcher(Either.forLeft("**/neam.toml")),
                // deploy files: a change to one changes its project's findings
                new FileSystemWatcher(Either.forLeft("**/*.{yaml,yml}")),
                new FileSystemWatcher(Either.forLeft("**/{Dockerfile,Dockerfile.*,*.dockerfile}")),
                // any other file only when it appears or goes: a path property may name it (NEAM1010)
                new FileSystemWatcher(Either.forLeft("**/*"), WatchKind.Create + WatchKind.Delete));
        Registration registration = new Registration("neam-watched-files", "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions(watchers));
        client.registerCapability(new RegistrationParams(List.of(registration))).whenComplete((ok, error) -> {
            if (error != null) {
                log.warn("the client refused to watch files: " + error.getMessage());
            }
        });
    }

    private void buildIndex() {
        long started = System.nanoTime();
        IndexProgress progress = IndexProgress.start(client, support.workDoneProgress(), log);
        try {
            int count = index.rebuild(progress);
            long ms = (System.nanoTime() - started) / 1_000_000;
            progress.end("Indexed " + count + " Neam files");
            log.info("indexed " + count + " Neam files in " + index.folders().size() + " workspace folders (" + ms + " ms)");
        } catch (Exception e) {
            progress.end("Indexing failed");
            log.error("indexing the workspace failed", e);
        } finally {
            indexed.complete(null);
        }
        filesChanged(index.uris());
    }

    // ---- documents -------------------------------------------------------------------------

    void opened(TextDocumentItem item) {
        DocumentSnapshot snapshot = documents.open(item.getUri(), item.getLanguageId(), item.getVersion(),
                item.getText() == null ? "" : item.getText());
        hot.used(snapshot.uri());
        projectFileText(snapshot);
        if (push != null) {
            push.opened(snapshot);
        }
    }

    void changed(String uri, Integer version, List<TextDocumentContentChangeEvent> changes) {
        Optional<DocumentSnapshot> snapshot = documents.change(uri, version == null ? 0 : version, changes);
        if (snapshot.isEmpty()) {
            log.warn("ignored a change to " + uri + ", which is not open");
            return;
        }
        hot.used(snapshot.get().uri());
        projectFileText(snapshot.get());
        if (push != null) {
            push.changed(snapshot.get());
        }
        parseAhead(snapshot.get());
    }

    /**
     * Starts parsing a Neam document's new version as soon as it arrives, so that the requests that
     * follow (symbols, folding, highlighting…) find its parse made or under way and wait only for
     * it. Skipped once a newer version has arrived: that one is parsed instead.
     */
    private void parseAhead(DocumentSnapshot snapshot) {
        if (!snapshot.isNeam()) {
            return;
        }
        try {
            parsing.execute(() -> {
                if (documents.get(snapshot.uri()).orElse(null) != snapshot) {
                    return;
                }
                try {
                    parsed.parse(snapshot);
                } catch (RuntimeException | StackOverflowError e) {
                    log.error("parsing " + snapshot.uri() + " failed", e);
                }
                if (documents.get(snapshot.uri()).isEmpty()) { // closed while it was parsed: the disk's text counts again
                    parsed.forget(snapshot.uri());
                    background.execute(() -> reloadClosed(snapshot.uri()));
                }
            });
        } catch (RejectedExecutionException e) {
            // shutting down: nothing will ask
        }
    }

    /**
     * A manifest or deploy file's newest text counts at once for its whole project, so that the next
     * analysis of any of its files sees it; a Neam file is synced when it is analysed.
     */
    private void projectFileText(DocumentSnapshot snapshot) {
        try {
            ProjectFileWorkspace.Change change = engine.textChanged(snapshot.uri(), snapshot.languageId(), snapshot.content());
            if (push == null && (change.analysis() || change.config())) {
                // the other files of the project may have other findings now: a pulling client is
                // asked to pull again once the edits pause
                pullRefresh.request(engine.settings().debounceMs());
            } else if (push != null && change.config()) {
                // the project's Neam files are checked under other rules now (the other manifest and
                // deploy files hear from the scheduler once this one is analysed)
                push.refresh(projectFilesAffected.neamDocumentsOfProject(snapshot.uri(), documents.all()));
            }
        } catch (RuntimeException e) {
            log.error("reading the project of " + snapshot.uri() + " failed", e);
        }
    }

    void closed(String closedUri) {
        // the spelling the document was opened with keys everything that was done for it
        String uri = documents.close(closedUri).map(DocumentSnapshot::uri).orElse(closedUri);
        hot.forget(uri);
        features.forget(uri);
        parsed.forget(uri);
        declaredNames.forget(uri);
        if (push != null) {
            push.closed(uri);
        }
        background.execute(() -> reloadClosed(uri));
    }

    /**
     * A document is no longer among the ones used last: its cached results go (its text, findings
     * and declared names stay); the next request on it computes them again.
     */
    private void cooled(String uri) {
        features.forget(uri);
        parsed.forget(uri);
    }

    /** A closed document's file on disk is what counts again. */
    private void reloadClosed(String uri) {
        boolean reloaded = engine.closed(uri).analysis();
        if (index.refresh(uri) || reloaded) {
            filesChanged(List.of(uri));
        }
    }

    void saved(String uri) {
        if (push != null) {
            push.saved(uri);
        }
        background.execute(() -> {
            if (index.refresh(uri)) {
                filesChanged(List.of(uri));
            }
        });
    }

    // ---- workspace -------------------------------------------------------------------------

    void watchedFilesChanged(List<FileEvent> events) {
        background.execute(() -> {
            List<String> changed = new ArrayList<>();
            boolean otherFiles = false;
            for (FileEvent event : events) {
                boolean indexChanged = event.getType() == FileChangeType.Deleted
                        ? index.forget(event.getUri())
                        : index.refresh(event.getUri());
                Optional<Path> path = DocumentUris.toPath(event.getUri());
                boolean reloaded = path.isPresent() && engine.changedOnDisk(path.get(), isOpen(path.get())).analysis();
                boolean otherFile = path.isPresent() && event.getType() != FileChangeType.Changed
                        && !WorkspaceFiles.isNeamFile(path.get().toString()) && !path.get().endsWith(ProjectRoots.MANIFEST);
                otherFiles |= otherFile;
                if (indexChanged || reloaded || otherFile) {
                    changed.add(event.getUri());
                }
            }
            if (otherFiles) { // once per batch: a build writing many files re-checks once
                engine.diskChanged();
            }
            if (!changed.isEmpty()) {
                log.trace("index updated for " + changed.size() + " changed files", String.join("\n", changed));
                filesChanged(changed);
            }
        });
    }

    void foldersChanged(List<String> added, List<String> removed) {
        removed.forEach(uri -> DocumentUris.toPath(uri).ifPresent(index::removeFolder));
        added.forEach(uri -> DocumentUris.toPath(uri).ifPresent(index::addFolder));
        background.execute(this::buildIndex);
    }

    void configurationChanged(Object settings) {
        Optional<SettingsReader.Result> read = SettingsReader.fromConfigurationChange(settings);
        if (read.isEmpty()) {
            log.info("workspace/didChangeConfiguration without settings.neam: keeping the current settings");
            return;
        }
        applySettings(read.get());
    }

    void applySettings(SettingsReader.Result read) {
        read.problems().forEach(p -> log.warn("setting ignored: " + p));
        engine.configure(read.settings());
        log.info("settings: " + read.settings());
        if (push != null) {
            push.refreshAll();
        } else {
            refreshPulledDiagnostics();
        }
    }

    /** Whether a document is open under this uri (any spelling of it), as of the last message handled. */
    private Optional<String> openText(String uri) {
        return documents.get(uri).map(DocumentSnapshot::content);
    }

    private boolean isOpen(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        return documents.all().stream().anyMatch(d -> DocumentUris.toPath(d.uri())
                .map(p -> p.toAbsolutePath().normalize().equals(wanted)).orElse(false));
    }

    /** Files changed on disk: tell the open documents that may depend on them. */
    private void filesChanged(List<String> uris) {
        if (uris.isEmpty()) {
            return;
        }
        List<DocumentSnapshot> open = documents.all();
        List<DocumentSnapshot> affectedDocuments = affected.affectedByFiles(uris, open);
        if (affectedDocuments.isEmpty()) {
            return;
        }
        if (push != null) {
            push.refresh(affectedDocuments);
        } else {
            refreshPulledDiagnostics();
        }
    }

    private void refreshPulledDiagnostics() {
        if (support.diagnosticRefresh()) {
            client.refreshDiagnostics();
        }
    }

    // ---- requests (run by the RequestRunner, off the protocol thread) --------------------------

    DocumentDiagnosticReport diagnostic(String uri, String previousResultId, CancelChecker cancel) {
        DocumentDiagnosticReport report = pull.document(uri, previousResultId, cancel);
        // Only a change of what a Neam file declares makes other files worth pulling again, and it
        // shows only once the file is parsed here. Manifest and deploy edits ask for a pull when the
        // edit arrives (projectFileText): asking again after every pull of one of them would make
        // the client pull for ever.
        documents.get(uri).ifPresent(snapshot -> {
            if (!declaredNames.affectedBy(snapshot, documents.all()).isEmpty()) {
                refreshPulledDiagnostics();
            }
        });
        return report;
    }

    WorkspaceDiagnosticReport workspaceDiagnostic(List<PreviousResultId> previous, CancelChecker cancel) {
        return pull.workspace(previous, cancel);
    }

    /** Completes when the first scan of the workspace has finished: a workspace report before it would be partial. */
    CompletableFuture<Void> indexed() {
        return indexed;
    }

    /**
     * Lints every file of the folders into the client's problem list: published file by file to a
     * client that takes pushed diagnostics (open documents are the scheduler's); a client that pulls
     * is asked to pull again, its workspace report holding the same findings.
     */
    WorkspaceLint.Summary lintWorkspace(List<Path> folders, CancelChecker cancel) {
        WorkspaceLint.Summary summary = lint.run(folders, documents.all(), findings -> {
            if (push != null && !findings.open()) {
                client.publishDiagnostics(new PublishDiagnosticsParams(findings.uri(),
                        converter.convert(findings.uri(), findings.text(), findings.diagnostics())));
            }
        }, cancel);
        if (push == null) {
            refreshPulledDiagnostics();
        }
        log.info("linted " + summary.files() + " files: " + summary.errors() + " errors, " + summary.warnings()
                + " warnings, " + summary.information() + " information");
        return summary;
    }

    private boolean analysable(DocumentSnapshot snapshot) {
        return engine.role(snapshot.uri(), snapshot.languageId()) != FileRole.NONE;
    }

    private Optional<SourceText> textOf(String uri) {
        Optional<DocumentSnapshot> open = documents.get(uri);
        return open.isPresent() ? open.map(DocumentSnapshot::text) : index.text(uri);
    }
}
