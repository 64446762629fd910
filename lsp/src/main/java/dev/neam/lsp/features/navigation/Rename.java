package dev.neam.lsp.features.navigation;

import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.navigation.Navigation;
import dev.neam.parser.navigation.Occurrence;
import dev.neam.parser.navigation.RenameCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * {@code textDocument/prepareRename} and {@code textDocument/rename}. A refusal (a built-in, a
 * keyword, a module path, an invalid or colliding new name) is answered as a protocol error whose
 * message the editor shows; a rename edits every project file that writes the name, including
 * files that are not open, each edit tagged with the version of the open document it applies to.
 */
public final class Rename {
    private final boolean documentChanges;

    /** {@code documentChanges}: whether the client accepts versioned document edits. */
    public Rename(boolean documentChanges) {
        this.documentChanges = documentChanges;
    }

    public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepare(FeatureRequest request,
                                                                                     Position at) {
        RenameCheck.Target target = target(request, at);
        return Either3.forSecond(new PrepareRenameResult(request.range(target.range()), target.placeholder()));
    }

    /**
     * The edit renaming the symbol at {@code at}; {@code versions} gives the version of an open
     * document by URI (null for files that are not open).
     */
    public WorkspaceEdit rename(FeatureRequest request, Position at, String newName,
                                Function<String, Integer> versions, CancelChecker cancel) {
        RenameCheck.Target target = target(request, at);
        Navigation navigation = new Navigation(request.workspace());
        Optional<String> problem = new RenameCheck(navigation).problem(target.symbol(), newName);
        if (problem.isPresent()) {
            throw refused(ResponseErrorCode.InvalidParams, problem.get());
        }
        Map<String, List<TextEdit>> byUri = new LinkedHashMap<>();
        for (Occurrence o : navigation.occurrences(target.symbol(), true)) {
            cancel.checkCanceled();
            String uri = request.uriOf(o.file());
            request.range(o.file(), o.range()).ifPresent(r ->
                    byUri.computeIfAbsent(uri, u -> new ArrayList<>()).add(new TextEdit(r, newName)));
        }
        if (!documentChanges) {
            return new WorkspaceEdit(byUri);
        }
        List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
        byUri.forEach((uri, edits) -> {
            List<Either<TextEdit, SnippetTextEdit>> wrapped = edits.stream()
                    .map(e -> Either.<TextEdit, SnippetTextEdit>forLeft(e)).toList();
            changes.add(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri,
                    versions.apply(uri)), wrapped)));
        });
        WorkspaceEdit edit = new WorkspaceEdit(changes);
        edit.setChanges(null); // LSP4J starts with an empty map; sending both forms would be ambiguous
        return edit;
    }

    private static RenameCheck.Target target(FeatureRequest request, Position at) {
        RenameCheck.Prepared prepared = new RenameCheck(new Navigation(request.workspace()))
                .prepare(request.file(), request.position(at));
        if (prepared instanceof RenameCheck.Refused refused) {
            throw refused(ResponseErrorCode.InvalidRequest, refused.message());
        }
        return (RenameCheck.Target) prepared;
    }

    private static ResponseErrorException refused(ResponseErrorCode code, String message) {
        return new ResponseErrorException(new ResponseError(code, message, null));
    }
}
