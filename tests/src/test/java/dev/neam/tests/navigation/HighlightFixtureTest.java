package dev.neam.tests.navigation;

import dev.neam.parser.navigation.Navigation;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Document highlights at each cursor of {@code fixtures/cursor/highlight}: this file's occurrences, writes marked. */
class HighlightFixtureTest {
    @TestFactory
    Stream<DynamicTest> highlights() {
        return NavigationFixtures.tests("highlight", (loaded, cursor) -> {
            Navigation navigation = new Navigation(loaded.workspace());
            Path file = cursor.file(loaded.fixture().root());
            return navigation.symbolAt(file, cursor.position())
                    .map(symbol -> loaded.occurrences(navigation.occurrencesIn(file, symbol)))
                    .orElse("(no symbol)");
        });
    }
}
