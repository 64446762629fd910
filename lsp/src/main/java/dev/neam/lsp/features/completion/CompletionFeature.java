package dev.neam.lsp.features.completion;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.neam.lsp.features.FeatureRequest;
import dev.neam.parser.assist.completion.Completion;
import dev.neam.parser.assist.completion.CompletionEngine;
import dev.neam.parser.assist.completion.CompletionKind;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemDefaults;
import org.eclipse.lsp4j.CompletionItemTag;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/completion} and {@code completionItem/resolve}: the parser's proposals as
 * protocol items. Documentation is not sent with the list (it would multiply the answer's size);
 * each item carries an id in {@code data}, and resolve looks the text up in the last answer.
 */
public final class CompletionFeature {
    /** Characters after which clients should ask without waiting for a word. */
    public static final List<String> TRIGGER_CHARACTERS = List.of(".", ":", "\"", "/", "[");

    private final CompletionSupport client;
    /** Documentation of the last answer by item id; a resolve for an older answer finds nothing and changes nothing. */
    private volatile Map<String, String> lastDocs = Map.of();

    public CompletionFeature(CompletionSupport client) {
        this.client = client;
    }

    public CompletionList complete(FeatureRequest request, Position position, CancelChecker cancel) {
        CompletionEngine engine = new CompletionEngine(Vocabulary.load(), request.model().settings().languageVersion());
        dev.neam.parser.assist.completion.CompletionList found =
                engine.complete(request.workspace(), request.file(), request.position(position));
        cancel.checkCanceled();
        return toLsp(found, request::range);
    }

    /**
     * Proposals of any engine (Neam, neam.toml) as protocol items, their ranges converted by
     * {@code ranges}; their documentation is kept for resolve.
     */
    public CompletionList toLsp(dev.neam.parser.assist.completion.CompletionList found,
                                Function<Range, org.eclipse.lsp4j.Range> ranges) {
        List<CompletionItem> items = new ArrayList<>(found.items().size());
        Map<String, String> docs = new LinkedHashMap<>();
        Range shared = client.defaultEditRange() ? sharedRange(found.items()) : null;
        for (Completion c : found.items()) {
            items.add(item(ranges, c, shared != null));
            if (c.documentation() != null && !c.documentation().isEmpty()) {
                docs.put(c.id(), c.documentation());
            }
        }
        lastDocs = docs;
        CompletionList list = new CompletionList(found.incomplete(), items);
        if (shared != null) {
            // the range every item replaces, sent once instead of in each item's edit (the answer of a
            // long list is about a third smaller, and JSON is most of a completion's time)
            CompletionItemDefaults defaults = new CompletionItemDefaults();
            defaults.setEditRange(Either.forLeft(ranges.apply(shared)));
            if (client.defaultInsertTextFormat()) {
                defaults.setInsertTextFormat(commonFormat(items));
                if (defaults.getInsertTextFormat() != null) {
                    items.forEach(item -> item.setInsertTextFormat(null));
                }
            }
            list.setItemDefaults(defaults);
        }
        return list;
    }

    /** The range all items replace, or null when they differ (or there is no item). */
    private static Range sharedRange(List<Completion> completions) {
        Range range = completions.isEmpty() ? null : completions.get(0).range();
        for (Completion c : completions) {
            if (range == null || !range.equals(c.range())) {
                return null;
            }
        }
        return range;
    }

    /** The insert text format of every item, or null when they differ. */
    private static InsertTextFormat commonFormat(List<CompletionItem> items) {
        InsertTextFormat format = items.get(0).getInsertTextFormat();
        for (CompletionItem item : items) {
            if (item.getInsertTextFormat() != format) {
                return null;
            }
        }
        return format;
    }

    public CompletionItem resolve(CompletionItem item) {
        String id = idOf(item.getData());
        String doc = id == null ? null : lastDocs.get(id);
        if (doc != null) {
            item.setDocumentation(client.markdown() ? Either.forRight(new MarkupContent(MarkupKind.MARKDOWN, doc))
                    : Either.forLeft(doc));
        }
        return item;
    }

    /** One item; with {@code defaultRange}, its edit's text only (the list gives the range once). */
    private CompletionItem item(Function<Range, org.eclipse.lsp4j.Range> ranges, Completion c, boolean defaultRange) {
        CompletionItem item = new CompletionItem(c.label());
        item.setKind(CompletionKinds.of(c.kind()));
        item.setDetail(c.detail());
        if (c.sortText() != null) {
            item.setSortText(c.sortText());
        }
        if (c.filterText() != null) {
            item.setFilterText(c.filterText());
        }
        boolean snippet = client.snippets() && c.snippet() != null;
        item.setInsertTextFormat(snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
        String text = snippet ? c.snippet() : c.insertText();
        if (defaultRange) {
            item.setTextEditText(text);
        } else {
            item.setTextEdit(Either.forLeft(new TextEdit(ranges.apply(c.range()), text)));
        }
        if (c.deprecated() && client.deprecatedTag()) {
            item.setTags(List.of(CompletionItemTag.Deprecated));
        }
        JsonObject data = new JsonObject();
        data.addProperty("id", c.id());
        item.setData(data);
        return item;
    }

    private static String idOf(Object data) {
        if (data instanceof JsonObject o && o.has("id") && o.get("id").isJsonPrimitive()) {
            return o.get("id").getAsString();
        }
        if (data instanceof JsonElement e && e.isJsonObject()) {
            return idOf(e.getAsJsonObject());
        }
        return null;
    }

    /** Kept apart so the mapping reads as a table. */
    static final class CompletionKinds {
        private CompletionKinds() {
        }

        static org.eclipse.lsp4j.CompletionItemKind of(CompletionKind kind) {
            return switch (kind) {
                case KEYWORD, DECLARATION_KEYWORD -> org.eclipse.lsp4j.CompletionItemKind.Keyword;
                case PROPERTY -> org.eclipse.lsp4j.CompletionItemKind.Property;
                case HANDLER, METHOD -> org.eclipse.lsp4j.CompletionItemKind.Method;
                case VALUE, PROVIDER -> org.eclipse.lsp4j.CompletionItemKind.EnumMember;
                case DECLARATION -> org.eclipse.lsp4j.CompletionItemKind.Class;
                case FUNCTION, BUILTIN -> org.eclipse.lsp4j.CompletionItemKind.Function;
                case FIELD -> org.eclipse.lsp4j.CompletionItemKind.Field;
                case VARIABLE, PARAMETER -> org.eclipse.lsp4j.CompletionItemKind.Variable;
                case CONSTANT -> org.eclipse.lsp4j.CompletionItemKind.Constant;
                case STRUCT -> org.eclipse.lsp4j.CompletionItemKind.Struct;
                case MODULE -> org.eclipse.lsp4j.CompletionItemKind.Module;
                case FILE -> org.eclipse.lsp4j.CompletionItemKind.File;
                case FOLDER -> org.eclipse.lsp4j.CompletionItemKind.Folder;
                case TABLE -> org.eclipse.lsp4j.CompletionItemKind.Module;
            };
        }
    }
}
