package dev.neam.tests.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.glob.Glob;
import dev.neam.parser.workspace.IgnorePattern;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ignore lines, {@code --exclude} and deploy globs come from the repository, so a pattern built to
 * make a backtracking matcher take exponential time must cost no more than any other: each of these
 * took minutes with regular expressions and takes milliseconds with the linear matcher.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class GlobLinearTimeTest {
    static final String LONG_NAME = "a".repeat(10_000);

    @Test
    void manyStarsAgainstALongNameDoNotBacktrack() {
        IgnorePattern p = IgnorePattern.parse("a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
        assertThat(p.matches(LONG_NAME, false)).isFalse();
        // ends as the pattern does, so the automaton must read all of it to say no
        assertThat(p.matches(LONG_NAME + "/b", false)).isFalse();
        assertThat(p.matches("src/" + LONG_NAME + "b", false)).isTrue();
    }

    @Test
    void manyDoubleStarsAgainstADeepPathDoNotBacktrack() {
        IgnorePattern p = IgnorePattern.parse("**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/b");
        String deep = "a/".repeat(3_000) + "c";
        assertThat(p.matches(deep, false)).isFalse();
        assertThat(p.matches("a/x/a/a/a/y/a/a/a/b", false)).isTrue();
    }

    @Test
    void aDeployGlobOfManyDoubleStarsDoesNotBacktrack() {
        dev.neam.parser.deploy.DeployFiles files = new dev.neam.parser.deploy.DeployFiles(
                java.util.List.of("**" + "/**".repeat(40) + "/x*y*z*w*v.yaml"));
        assertThat(files.matchesGlob("deploy/" + "x".repeat(5_000) + ".yaml")).isFalse();
        assertThat(files.matchesGlob("deploy/k8s/xayazawav.yaml")).isTrue();
    }

    @Test
    void theMatcherReadsEachCharacterOnce() {
        Glob g = Glob.builder().many(Glob.ANY).literal('a').many(Glob.ANY).literal('b').build();
        assertThat(g.matches("xxaxxbxx".substring(0, 6))).isTrue();
        assertThat(g.matches("ba")).isFalse();
        assertThat(g.matches("a".repeat(1_000_000))).isFalse();
        assertThat(g.matches("a".repeat(1_000_000) + "b")).isTrue();
    }

    @Test
    void theEndAPathMustHaveIsOnlyWhatEveryMatchEndsWith() {
        // the pattern's last literal characters turn a path down early: an optional or repeated one is not among them
        Glob optionalBefore = Glob.builder().optional().literal('a').endOptional().literal('b').build();
        assertThat(optionalBefore.matches("ab")).isTrue();
        assertThat(optionalBefore.matches("b")).isTrue();
        assertThat(optionalBefore.matches("a")).isFalse();
        Glob repeatedLast = Glob.builder().literal('x').many(c -> c == 'y').build();
        assertThat(repeatedLast.matches("x")).isTrue();
        assertThat(repeatedLast.matches("xyyy")).isTrue();
        assertThat(repeatedLast.matches("xyz")).isFalse();
        Glob optionalLast = Glob.builder().literal('x').optional().literal('.').literal('y').endOptional().build();
        assertThat(optionalLast.matches("x")).isTrue();
        assertThat(optionalLast.matches("x.y")).isTrue();
        assertThat(optionalLast.matches("x.")).isFalse();
        IgnorePattern folder = IgnorePattern.parse("target/");
        assertThat(folder.matches("target", true)).isTrue();
        assertThat(folder.matches("bench/target", true)).isTrue();
        assertThat(folder.matches("bench/target/x", true)).isFalse();
        assertThat(folder.matches("bench/my-target", true)).isFalse();
        assertThat(IgnorePattern.parse("*.vsix").matches("dist/neam.vsix", false)).isTrue();
        assertThat(IgnorePattern.parse("*.vsi[xz]").matches("dist/neam.vsiz", false)).isTrue();
        assertThat(IgnorePattern.parse("build/**").matches("build/a/b.neam", false)).isTrue();
    }
}
