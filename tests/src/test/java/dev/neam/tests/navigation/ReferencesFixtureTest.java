package dev.neam.tests.navigation;

import dev.neam.parser.navigation.Navigation;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** References at each cursor of {@code fixtures/cursor/references}: the symbol, then every occurrence with its declaration. */
class ReferencesFixtureTest {
    @TestFactory
    Stream<DynamicTest> references() {
        return NavigationFixtures.tests("references", (loaded, cursor) -> {
            Navigation navigation = new Navigation(loaded.workspace());
            return navigation.symbolAt(cursor.file(loaded.fixture().root()), cursor.position())
                    .map(symbol -> symbol.describe() + "\n" + loaded.occurrences(navigation.occurrences(symbol, true)))
                    .orElse("(no symbol)");
        });
    }
}
