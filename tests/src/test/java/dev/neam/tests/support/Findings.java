package dev.neam.tests.support;

import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import java.util.List;

/** The findings lint's analysis gives one Neam file, each as {@code CODE range message}, for exact comparisons. */
public final class Findings {
    private Findings() {
    }

    public static List<String> of(String fileName, String neam) {
        return new Analyzer().analyze(List.of(new Document(fileName, neam))).get(0).diagnostics().stream()
                .map(d -> d.code().id() + " " + d.range() + " " + d.message()).toList();
    }
}
