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
    }
}
