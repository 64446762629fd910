package dev.neam.tests.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.navigation.FuzzyMatcher;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workspace-symbol matcher: subsequences match, exact names, prefixes and word starts rank first. */
class FuzzyMatcherTest {
    private static List<String> ranked(String query, String... names) {
        return List.of(names).stream().filter(n -> FuzzyMatcher.score(query, n) >= 0)
                .sorted(Comparator.comparingInt((String n) -> -FuzzyMatcher.score(query, n)))
                .toList();
    }

    @Test
    void subsequencesMatchCaseInsensitivelyAndOthersDoNot() {
        assertThat(FuzzyMatcher.score("trg", "triage_agent")).isPositive();
        assertThat(FuzzyMatcher.score("TRIAGE", "triage_agent")).isPositive();
        assertThat(FuzzyMatcher.score("xyz", "triage_agent")).isEqualTo(FuzzyMatcher.NO_MATCH);
        assertThat(FuzzyMatcher.score("", "anything")).isPositive();
    }

    @Test
    void exactThenPrefixThenWordStartsThenScatteredLetters() {
        assertThat(ranked("search", "research_desk", "web_search", "search_tool", "search"))
                .containsExactly("search", "search_tool", "web_search", "research_desk");
        assertThat(ranked("ws", "web_search", "news_feed")).containsExactly("web_search", "news_feed");
        assertThat(ranked("ta", "TriageAgent", "total")).first().isEqualTo("TriageAgent");
    }

    @Test
    void longNamesStillMatch() {
        assertThat(FuzzyMatcher.score("a", "a_very_long_name_that_goes_on_and_on_and_on_for_a_while_x"))
                .isGreaterThanOrEqualTo(0);
    }
}
