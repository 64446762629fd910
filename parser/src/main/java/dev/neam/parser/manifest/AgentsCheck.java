package dev.neam.parser.manifest;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code [[agents]]} entries (R-A3): each needs a unique id, and its source and knowledge base
 * must exist in the project; a source should be a .neam file.
 */
final class AgentsCheck implements ManifestCheck {

    @Override
    public void check(ManifestContext context) {
        Map<String, TomlEntry> ids = new HashMap<>();
        for (ManifestTable agent : context.document().tables("agents")) {
            if (!agent.hasOwnHeader() || !agent.header().arrayOfTables()) {
                continue;
            }
            TomlEntry id = agent.entry("id");
            if (id == null) {
                context.report(DiagnosticCode.TOML_AGENTS_ENTRY, agent.header().range(),
                        "this [[agents]] entry has no id: neam-api skips it");
            } else if (context.usable(id) != null && id.value().asString() != null) {
                String value = id.value().asString();
                TomlEntry first = ids.putIfAbsent(value, id);
                if (first != null) {
                    context.reportRelated(DiagnosticCode.TOML_AGENTS_ENTRY, Severity.ERROR, id.value().range(),
                            "duplicate agent id '" + value + "': requests name agents by id", first, "first agent with id '" + value + "'");
                }
            }
            path(context, agent.entry("source"), true);
            path(context, agent.entry("knowledge-base"), false);
        }
    }

    private static void path(ManifestContext context, TomlEntry entry, boolean source) {
        if (context.usable(entry) == null || entry.value().asString() == null || entry.value().asString().isBlank()) {
            return;
        }
        String path = entry.value().asString();
        String relative = normalise(path);
        if (source && !path.endsWith(".neam")) {
            context.report(DiagnosticCode.TOML_AGENTS_ENTRY, Severity.WARNING, entry.value().range(),
                    "source '" + path + "' is not a .neam file");
        } else if (relative != null && !context.files().exists(relative)) {
            context.report(DiagnosticCode.TOML_AGENTS_ENTRY, Severity.WARNING, entry.value().range(),
                    (source ? "source '" : "knowledge base '") + path + "' does not exist in the project");
        }
    }

    /** {@code ./docs/kb.md} → {@code docs/kb.md}; null for absolute paths or paths leaving the project (not checked). */
    static String normalise(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*")) {
            return null;
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}
