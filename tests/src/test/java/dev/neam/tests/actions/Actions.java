package dev.neam.tests.actions;

import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.fix.FixContext;
import dev.neam.parser.language.Vocabulary;
import dev.neam.parser.syntax.ParseResult;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;

/** The fix context of a finding in a workspace file, as the server builds it (with the symbol's places for renames). */
final class Actions {
    private Actions() {
    }

    static FixContext context(Workspace workspace, Path file, Diagnostic diagnostic) {
        ParseResult parse = workspace.parse(file);
        return new FixContext(diagnostic, parse.text(), parse.tree(), Vocabulary.load(),
                range -> occurrences(workspace, file, range));
    }

    static List<Range> occurrences(Workspace workspace, Path file, Range range) {
        return workspace.symbolAt(file, range.start())
                .map(symbol -> workspace.occurrences(symbol, true).stream()
                        .filter(o -> o.file().toAbsolutePath().normalize().equals(file))
                        .map(Workspace.Occurrence::range).toList())
                .orElse(List.of());
    }
}
