package dev.neam.tests.navigation;

import dev.neam.parser.navigation.Navigation;
import dev.neam.parser.navigation.Occurrence;
import dev.neam.parser.navigation.RenameCheck;
import dev.neam.parser.text.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rename at each cursor of {@code fixtures/cursor/rename} to the name given by the fixture's
 * {@code // new name: x} line: the refusal message, or the text of every edited file after the edit.
 */
class RenameFixtureTest {
    private static final Pattern NEW_NAME = Pattern.compile("// new name: (\\S+)");

    @TestFactory
    Stream<DynamicTest> renames() {
        return NavigationFixtures.tests("rename", (loaded, cursor) -> {
            Matcher m = NEW_NAME.matcher(loaded.text(loaded.fixture().source()).text());
            String newName = m.find() ? m.group(1) : "renamed";
            Navigation navigation = new Navigation(loaded.workspace());
            RenameCheck check = new RenameCheck(navigation);
            RenameCheck.Prepared prepared = check.prepare(cursor.file(loaded.fixture().root()), cursor.position());
            if (prepared instanceof RenameCheck.Refused refused) {
                return "refused: " + refused.message();
            }
            RenameCheck.Target target = (RenameCheck.Target) prepared;
            String head = "prepare: " + target.placeholder() + " at " + (target.range().start().line() + 1) + ":"
                    + (target.range().start().character() + 1) + "\nrename to " + newName + "\n";
            Optional<String> problem = check.problem(target.symbol(), newName);
            if (problem.isPresent()) {
                return head + "refused: " + problem.get();
            }
            Map<Path, List<Occurrence>> byFile = new LinkedHashMap<>();
            for (Occurrence o : navigation.occurrences(target.symbol(), true)) {
                byFile.computeIfAbsent(o.file(), f -> new ArrayList<>()).add(o);
            }
            StringBuilder out = new StringBuilder(head);
            byFile.forEach((file, edits) -> {
                out.append("--- ").append(loaded.relative(file)).append('\n');
                out.append(apply(loaded.text(file), edits, newName));
            });
            return out.toString();
        });
    }

    private static String apply(SourceText text, List<Occurrence> edits, String newName) {
        StringBuilder result = new StringBuilder(text.text());
        List<Occurrence> backwards = new ArrayList<>(edits);
        backwards.sort(Comparator.comparing((Occurrence o) -> o.range().start()).reversed());
        for (Occurrence o : backwards) {
            result.replace(text.offsetAt(o.range().start()), text.offsetAt(o.range().end()), newName);
        }
        return result.toString();
    }
}
