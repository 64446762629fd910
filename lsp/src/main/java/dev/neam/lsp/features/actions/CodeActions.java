package dev.neam.lsp.features.actions;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.features.FeatureRequest;
import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.fix.Fix;
import dev.neam.parser.fix.FixContext;
import dev.neam.parser.fix.OrganizeImports;
import dev.neam.parser.fix.QuickFixes;
import dev.neam.parser.fix.SortProperties;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import dev.neam.parser.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/codeAction} and {@code codeAction/resolve}: the parser's quick fixes for the
 * diagnostics the client sends (from their code, range and fix data), organize imports, and sorting
 * the properties of the declaration at the cursor. When the client resolves edits lazily, the list
 * carries only titles and {@code data} (document, version, which fix) and the edit is computed in
 * resolve; otherwise every action comes with its edit.
 */
public final class CodeActions {
    private static final Gson GSON = new MessageJsonHandler(Map.of()).getGson();

    private final PositionConverter positions;
    private final CodeActionSupport support;

    public CodeActions(PositionConverter positions, CodeActionSupport support) {
        this.positions = positions;
        this.support = support;
    }

    /**
     * The actions for a request on {@code snapshot}; {@code request} is the Neam analysis model, or
     * null for neam.toml and deploy files (which get their quick fixes only).
     */
    public List<Either<Command, CodeAction>> actions(DocumentSnapshot snapshot, FeatureRequest request,
                                                     CodeActionParams params, CancelChecker cancel) {
        if (!support.literals() || params.getContext() == null) {
            return List.of();
        }
        List<String> only = params.getContext().getOnly();
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        if (ActionKinds.wanted(only, CodeActionKind.QuickFix) && params.getContext().getDiagnostics() != null) {
            for (org.eclipse.lsp4j.Diagnostic sent : params.getContext().getDiagnostics()) {
                cancel.checkCanceled();
                Optional<FixContext> context = fixContext(snapshot, request, sent);
                if (context.isEmpty()) {
                    continue;
                }
                for (Fix fix : QuickFixes.of(context.get())) {
                    out.add(Either.forRight(action(snapshot, fix, CodeActionKind.QuickFix, sent,
                            quickFixData(snapshot, fix, sent))));
                }
            }
        }
        Optional<SourceFile> tree = tree(request);
        if (tree.isPresent() && params.getRange() != null) {
            if (ActionKinds.wanted(only, CodeActionKind.SourceOrganizeImports)) {
                OrganizeImports.of(snapshot.text(), tree.get()).ifPresent(fix -> out.add(Either.forRight(
                        action(snapshot, fix, CodeActionKind.SourceOrganizeImports, null, sourceData(snapshot, fix, null)))));
            }
            if (ActionKinds.wanted(only, ActionKinds.SORT_PROPERTIES)) {
                Position at = positions.fromLsp(snapshot.text(), params.getRange().getStart());
                SortProperties.at(snapshot.text(), tree.get(), at, Vocabulary.load()).ifPresent(fix -> out.add(
                        Either.forRight(action(snapshot, fix, ActionKinds.SORT_PROPERTIES, null,
                                sourceData(snapshot, fix, params.getRange().getStart())))));
            }
        }
        return out;
    }

    /**
     * Fills in the edit of an action from {@link #actions} sent without one. The document must still
     * be at the version the action was made for; otherwise the action comes back unchanged (no edit
     * is better than one for text that moved).
     */
    public CodeAction resolve(CodeAction action, Function<String, Optional<DocumentSnapshot>> snapshots,
                              Function<String, Optional<FeatureRequest>> requests) {
        if (action == null || action.getEdit() != null || !(toJson(action.getData()) instanceof JsonObject data)) {
            return action;
        }
        String uri = string(data, "uri");
        String fixId = string(data, "fix");
        Optional<DocumentSnapshot> snapshot = uri == null ? Optional.empty() : snapshots.apply(uri);
        if (snapshot.isEmpty() || fixId == null || !data.has("version")
                || data.get("version").getAsInt() != snapshot.get().version()) {
            return action;
        }
        FeatureRequest request = requests.apply(uri).orElse(null);
        Optional<Fix> fix = Optional.empty();
        if (data.has("diagnostic")) {
            org.eclipse.lsp4j.Diagnostic sent = GSON.fromJson(data.get("diagnostic"), org.eclipse.lsp4j.Diagnostic.class);
            fix = fixContext(snapshot.get(), request, sent).flatMap(c -> QuickFixes.byId(c, fixId));
        } else if (tree(request).isPresent()) {
            SourceText text = snapshot.get().text();
            if (fixId.equals("organize-imports")) {
                fix = OrganizeImports.of(text, tree(request).get());
            } else if (fixId.equals("sort-properties") && data.has("position")) {
                org.eclipse.lsp4j.Position at = GSON.fromJson(data.get("position"), org.eclipse.lsp4j.Position.class);
                fix = SortProperties.at(text, tree(request).get(), positions.fromLsp(text, at), Vocabulary.load());
            }
        }
        fix.ifPresent(f -> action.setEdit(WorkspaceEdits.of(uri, snapshot.get().version(), snapshot.get().text(),
                f.edits(), positions, support.documentChanges())));
        return action;
    }

    private CodeAction action(DocumentSnapshot snapshot, Fix fix, String kind, org.eclipse.lsp4j.Diagnostic diagnostic,
                              JsonObject data) {
        CodeAction action = new CodeAction(fix.title());
        action.setKind(kind);
        if (diagnostic != null) {
            action.setDiagnostics(List.of(diagnostic));
        }
        if (fix.preferred() && support.preferred()) {
            action.setIsPreferred(true);
        }
        if (support.resolveEdit()) {
            action.setData(data);
        } else {
            action.setEdit(WorkspaceEdits.of(snapshot.uri(), snapshot.version(), snapshot.text(), fix.edits(), positions,
                    support.documentChanges()));
        }
        return action;
    }

    private Optional<FixContext> fixContext(DocumentSnapshot snapshot, FeatureRequest request,
                                            org.eclipse.lsp4j.Diagnostic sent) {
        List<Diagnostic> current = request == null ? List.of() : request.workspace().diagnostics(request.file());
        Optional<Diagnostic> diagnostic = DiagnosticMatch.of(sent, snapshot.text(), positions, current);
        if (diagnostic.isEmpty()) {
            return Optional.empty();
        }
        SourceFile tree = tree(request).orElse(null);
        Function<Range, List<Range>> occurrences = request == null ? r -> List.of() : r -> occurrences(request, r);
        return Optional.of(new FixContext(diagnostic.get(), snapshot.text(), tree, Vocabulary.load(), occurrences));
    }

    /** The places in this file where the symbol declared or used at {@code range} is written. */
    private static List<Range> occurrences(FeatureRequest request, Range range) {
        Workspace workspace = request.workspace();
        return workspace.symbolAt(request.file(), range.start())
                .map(symbol -> workspace.occurrences(symbol, true).stream()
                        .filter(o -> o.file().toAbsolutePath().normalize().equals(request.file()))
                        .map(Workspace.Occurrence::range).toList())
                .orElse(List.of());
    }

    private static Optional<SourceFile> tree(FeatureRequest request) {
        if (request == null) {
            return Optional.empty();
        }
        ParseResult parse = request.parse();
        return parse == null || !parse.text().text().equals(request.text().text())
                ? Optional.empty() : Optional.ofNullable(parse.tree());
    }

    private static JsonObject quickFixData(DocumentSnapshot snapshot, Fix fix, org.eclipse.lsp4j.Diagnostic diagnostic) {
        JsonObject data = base(snapshot, fix);
        data.add("diagnostic", GSON.toJsonTree(diagnostic));
        return data;
    }

    private static JsonObject sourceData(DocumentSnapshot snapshot, Fix fix, org.eclipse.lsp4j.Position position) {
        JsonObject data = base(snapshot, fix);
        if (position != null) {
            data.add("position", GSON.toJsonTree(position));
        }
        return data;
    }

    private static JsonObject base(DocumentSnapshot snapshot, Fix fix) {
        JsonObject data = new JsonObject();
        data.addProperty("uri", snapshot.uri());
        data.addProperty("version", snapshot.version());
        data.addProperty("fix", fix.id());
        return data;
    }

    private static JsonElement toJson(Object data) {
        if (data == null) {
            return null;
        }
        return data instanceof JsonElement element ? element : GSON.toJsonTree(data);
    }

    private static String string(JsonObject data, String key) {
        JsonElement value = data.get(key);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
