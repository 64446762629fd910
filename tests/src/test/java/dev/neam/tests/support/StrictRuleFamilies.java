package dev.neam.tests.support;

import dev.neam.parser.manifest.ManifestAnalyzer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Rule families normally swallow their own failures (a finding says so); in a test class extended
 * with this, a failure must surface instead.
 */
public final class StrictRuleFamilies implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty(ManifestAnalyzer.STRICT, "true");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty(ManifestAnalyzer.STRICT);
    }
}
