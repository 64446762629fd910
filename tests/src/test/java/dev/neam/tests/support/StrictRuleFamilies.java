package dev.neam.tests.support;

import dev.neam.parser.manifest.ManifestAnalyzer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Rule families normally swallow their own failures (a finding says so); in a test class extended
 * with this, a failure must surface instead. The switch is a system property, seen by the whole JVM:
 * a class extended with this is {@code @Isolated}, so no test running beside it meets strict rules.
 */
public final class StrictRuleFamilies implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!context.getRequiredTestClass().isAnnotationPresent(Isolated.class)) {
            throw new IllegalStateException(context.getRequiredTestClass().getSimpleName()
                    + " turns the rule families strict for the whole JVM: it must be @Isolated");
        }
        System.setProperty(ManifestAnalyzer.STRICT, "true");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty(ManifestAnalyzer.STRICT);
    }
}
