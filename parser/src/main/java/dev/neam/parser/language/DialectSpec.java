package dev.neam.parser.language;

import java.util.List;

/**
 * How a dialect is named to users and what characterises it.
 *
 * @param commaFreeKinds kinds whose body neamc of this dialect rejects a comma between properties in;
 *                       {@code agent.reflect} names the nested block of a key of that kind
 */
public record DialectSpec(Dialect dialect, String label, String doc, List<String> commaFreeKinds) {
    public DialectSpec {
        commaFreeKinds = List.copyOf(commaFreeKinds);
    }
}
