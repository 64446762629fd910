package dev.neam.tests.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.language.Suggestions;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Did-you-mean: the bounded distance agrees with the full one wherever the bound lets it answer. */
class SuggestionsTest {

    @Test
    void boundedDistanceIsExactWithinTheLimitAndAboveItOtherwise() {
        Random random = new Random(7);
        String letters = "abcde";
        for (int n = 0; n < 20_000; n++) {
            String a = word(random, letters);
            String b = random.nextInt(4) == 0 ? a : mutate(random, a, letters);
            int full = Suggestions.distance(a, b);
            for (int limit = 0; limit <= 4; limit++) {
                int bounded = Suggestions.distance(a, b, limit);
                if (full <= limit) {
                    assertThat(bounded).as("%s / %s within %d", a, b, limit).isEqualTo(full);
                } else {
                    assertThat(bounded).as("%s / %s beyond %d", a, b, limit).isGreaterThan(limit);
                }
            }
        }
    }

    @Test
    void knownDistances() {
        assertThat(Suggestions.distance("lookup_ordr", "lookup_order")).isEqualTo(1);
        assertThat(Suggestions.distance("tempreature", "temperature")).isEqualTo(1); // a swap of neighbours
        assertThat(Suggestions.distance("model", "provider")).isEqualTo(5);
        assertThat(Suggestions.distance("model", "provider", 2)).isGreaterThan(2);
        assertThat(Suggestions.distance("", "abc", 3)).isEqualTo(3);
    }

    @Test
    void closestPicksTheFirstNearestWithinTheAllowance() {
        List<String> keys = List.of("provider", "model", "temperature", "system", "skills", "tools");
        assertThat(Suggestions.closest("temprature", keys)).isEqualTo(Optional.of("temperature"));
        assertThat(Suggestions.closest("modle", keys)).isEqualTo(Optional.of("model"));
        assertThat(Suggestions.closest("skill", List.of("skills", "skill_", "kill"))).isEqualTo(Optional.of("skills"));
        assertThat(Suggestions.closest("xyz", keys)).isEmpty();
        assertThat(Suggestions.closest("Model", keys)).isEqualTo(Optional.of("model"));
    }

    private static String word(Random random, String letters) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            s.append(letters.charAt(random.nextInt(letters.length())));
        }
        return s.toString();
    }

    private static String mutate(Random random, String a, String letters) {
        StringBuilder s = new StringBuilder(a);
        for (int edits = random.nextInt(5); edits > 0; edits--) {
            int op = random.nextInt(4);
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            char c = letters.charAt(random.nextInt(letters.length()));
            if (op == 0 || s.length() == 0) {
                s.insert(at, c);
            } else if (op == 1) {
                s.deleteCharAt(at);
            } else if (op == 2) {
                s.setCharAt(at, c);
            } else if (at + 1 < s.length()) {
                char t = s.charAt(at);
                s.setCharAt(at, s.charAt(at + 1));
                s.setCharAt(at + 1, t);
            }
        }
        return s.toString();
    }
}
