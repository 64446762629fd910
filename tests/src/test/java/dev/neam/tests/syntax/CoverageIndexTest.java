package dev.neam.tests.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.tests.support.Fixtures;
import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * COVERAGE.md maps every construct of the spec to the fixtures that exercise it: every row must
 * name at least one fixture, every named fixture must exist, and every fixture must be named.
 */
class CoverageIndexTest {
    private static final Pattern FILE = Pattern.compile("`([a-z_]+/[a-z0-9_]+\\.neam)`");

    @Test
    void everyRowNamesExistingFixturesAndEveryFixtureIsIndexed() throws IOException {
        Path root = RepoPaths.fixturesRoot().resolve("syntax");
        List<String> lines = Files.readAllLines(root.resolve("COVERAGE.md"));
        Set<String> named = new LinkedHashSet<>();
        List<String> rowsWithoutFixture = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean header = i + 1 < lines.size() && lines.get(i + 1).startsWith("|---");
            if (!line.startsWith("|") || line.startsWith("|---") || header) {
                continue;
            }
            Matcher m = FILE.matcher(line);
            boolean any = false;
            while (m.find()) {
                named.add(m.group(1));
                any = true;
            }
            if (!any) {
                rowsWithoutFixture.add(line);
            }
        }
        assertThat(rowsWithoutFixture).as("rows of COVERAGE.md that name no fixture").isEmpty();
        Path valid = root.resolve("valid");
        List<String> missing = named.stream().filter(f -> !Files.isRegularFile(valid.resolve(f))).toList();
        assertThat(missing).as("fixtures named in COVERAGE.md that do not exist").isEmpty();
        List<String> unindexed = Fixtures.list(valid, ".neam").stream()
                .map(p -> valid.relativize(p).toString().replace('\\', '/'))
                .filter(f -> f.contains("/") && !named.contains(f))
                .toList();
        assertThat(unindexed).as("fixtures under valid/ that COVERAGE.md does not mention").isEmpty();
        assertThat(named).hasSizeGreaterThan(100);
    }
}
