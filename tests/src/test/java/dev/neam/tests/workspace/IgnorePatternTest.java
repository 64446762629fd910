package dev.neam.tests.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.workspace.IgnorePattern;
import dev.neam.parser.workspace.IgnoreRules;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** gitignore pattern semantics, case by case (the expectations are what git itself does). */
class IgnorePatternTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // pattern, path relative to the ignore file's folder, is a folder, matches
                Arguments.of("*.gen.neam", "a.gen.neam", false, true),
                Arguments.of("*.gen.neam", "deep/er/a.gen.neam", false, true),
                Arguments.of("*.gen.neam", "a.neam", false, false),
                Arguments.of("generated", "generated", true, true),
                Arguments.of("generated", "src/generated", true, true),
                Arguments.of("generated", "src/generated", false, true),
                Arguments.of("generated/", "src/generated", true, true),
                Arguments.of("generated/", "src/generated", false, false),
                Arguments.of("/generated", "generated", true, true),
                Arguments.of("/generated", "src/generated", true, false),
                Arguments.of("src/gen", "src/gen", true, true),
                Arguments.of("src/gen", "lib/src/gen", true, false),
                Arguments.of("*", "anything", false, true),
                Arguments.of("src/*.neam", "src/a.neam", false, true),
                Arguments.of("src/*.neam", "src/x/a.neam", false, false),
                Arguments.of("a?.neam", "ab.neam", false, true),
                Arguments.of("a?.neam", "a/.neam", false, false),
                Arguments.of("**/tmp", "tmp", true, true),
                Arguments.of("**/tmp", "x/y/tmp", true, true),
                Arguments.of("**/tmp/*.neam", "x/tmp/a.neam", false, true),
                Arguments.of("gen/**", "gen/a.neam", false, true),
                Arguments.of("gen/**", "gen/x/y/a.neam", false, true),
                Arguments.of("gen/**", "gen", true, false),
                Arguments.of("a/**/b", "a/b", true, true),
                Arguments.of("a/**/b", "a/x/y/b", true, true),
                Arguments.of("a/**/b", "a/xb", true, false),
                Arguments.of("[abc].neam", "b.neam", false, true),
                Arguments.of("[abc].neam", "d.neam", false, false),
                Arguments.of("[!abc].neam", "d.neam", false, true),
                Arguments.of("[a-c]x.neam", "bx.neam", false, true),
                Arguments.of("\\#hash.neam", "#hash.neam", false, true),
                Arguments.of("\\!bang.neam", "!bang.neam", false, true),
                Arguments.of("trailing.neam   ", "trailing.neam", false, true),
                Arguments.of("space\\ ", "space ", false, true),
                Arguments.of("a.b", "axb", false, false));
    }

    @ParameterizedTest(name = "{0} vs {1} (folder: {2}) -> {3}")
    @MethodSource("cases")
    void matchesAsGitDoes(String pattern, String path, boolean folder, boolean matches) {
        IgnorePattern p = IgnorePattern.parse(pattern);
        assertThat(p).as("'%s' is a pattern", pattern).isNotNull();
        assertThat(p.matches(path, folder)).isEqualTo(matches);
    }

    @Test
    void blankLinesAndCommentsAreNoPatterns() {
        assertThat(IgnorePattern.parse("")).isNull();
        assertThat(IgnorePattern.parse("   ")).isNull();
        assertThat(IgnorePattern.parse("# a comment")).isNull();
        assertThat(IgnorePattern.parse("!")).isNull();
    }

    @Test
    void negationReIncludesAndTheLastMatchingPatternWins() {
        Path base = Path.of("/repo").toAbsolutePath();
        IgnoreRules rules = new IgnoreRules(base, List.of("*.neam", "!keep.neam", "# comment", "", "sub/keep.neam"));

        assertThat(rules.match(base.resolve("a.neam"), false)).isEqualTo(IgnoreRules.Verdict.IGNORED);
        assertThat(rules.match(base.resolve("keep.neam"), false)).isEqualTo(IgnoreRules.Verdict.INCLUDED);
        assertThat(rules.match(base.resolve("sub/keep.neam"), false)).isEqualTo(IgnoreRules.Verdict.IGNORED);
        assertThat(rules.match(base.resolve("notes.md"), false)).isEqualTo(IgnoreRules.Verdict.NO_MATCH);
    }

    @Test
    void pathsOutsideTheBaseOnlyMeetUnanchoredPatterns() {
        Path base = Path.of("/repo/project").toAbsolutePath();
        IgnoreRules rules = new IgnoreRules(base, List.of("/gen", "*.tmp.neam"));

        assertThat(rules.match(Path.of("/elsewhere/gen").toAbsolutePath(), true)).isEqualTo(IgnoreRules.Verdict.NO_MATCH);
        assertThat(rules.match(Path.of("/elsewhere/x.tmp.neam").toAbsolutePath(), false)).isEqualTo(IgnoreRules.Verdict.IGNORED);
    }
}
