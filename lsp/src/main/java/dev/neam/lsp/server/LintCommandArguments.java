package dev.neam.lsp.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.neam.lsp.documents.DocumentUris;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of the lint-workspace command: {@code [{"folders": [uri, …]}]}; the workspace
 * folders when absent. Anything malformed counts as absent: the command still lints the workspace.
 */
final class LintCommandArguments {
    private LintCommandArguments() {
    }

    static List<Path> folders(List<Object> arguments) {
        List<Path> folders = new ArrayList<>();
        if (arguments == null || arguments.isEmpty() || !(arguments.get(0) instanceof JsonObject options)) {
            return folders;
        }
        if (options.get("folders") instanceof JsonArray uris) {
            for (JsonElement uri : uris) {
                if (uri.isJsonPrimitive()) {
                    DocumentUris.toPath(uri.getAsString()).ifPresent(folders::add);
                }
            }
        }
        return folders;
    }
}
