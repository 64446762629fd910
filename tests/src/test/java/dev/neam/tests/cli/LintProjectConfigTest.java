package dev.neam.tests.cli;

import static dev.neam.tests.cli.LintProcess.run;
import static dev.neam.tests.cli.LintProcess.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's {@code [tool.neam-lsp]} table governs its manifest and deploy files as it governs its
 * Neam files: {@code rules} turn their codes off or change their severity, and {@code deploy-globs}
 * says where the deploy files are (unless {@code --deploy-glob} is given).
 */
class LintProjectConfigTest {
    private static final String DEPLOYMENT = String.join("\n",
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata: {name: bot}",
            "spec:",
            "  template:",
            "    spec:",
            "      containers:",
            "        - name: neam-api",
            "          image: ghcr.io/acme/bot:1.0.0",
            "          ports:",
            "            - containerPort: 9090",
            "");
    private static final String MANIFEST = "[package]\nname = \"bot\"\nversion = \"1.0.0\"\n";

    @TempDir
    Path dir;

    @Test
    void rulesApplyToDeployAndManifestCodes() throws IOException {
        write(dir, "neam.toml", MANIFEST + "\n[tool.neam-lsp]\nrules = { DEPLOY1001 = \"off\" }\n");
        write(dir, "deploy/k8s/deployment.yaml", DEPLOYMENT);
        LintProcess.Result r = run(dir, "lint", ".");
        assertThat(r.stdout()).as(r.toString()).doesNotContain("DEPLOY1001");

        write(dir, "neam.toml", MANIFEST + "\n[tool.neam-lsp]\nrules = { DEPLOY1001 = \"error\" }\n");
        r = run(dir, "lint", ".");
        assertThat(r.stdout()).as(r.toString()).contains("error DEPLOY1001");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void deployGlobsOfTheProjectSayWhereTheDeployFilesAre() throws IOException {
        write(dir, "neam.toml", MANIFEST + "\n[tool.neam-lsp]\ndeploy-globs = [\"ops/**\"]\n");
        write(dir, "ops/deployment.yaml", DEPLOYMENT);
        write(dir, "deploy/k8s/deployment.yaml", DEPLOYMENT);

        LintProcess.Result r = run(dir, "lint", ".");
        assertThat(r.stdout()).as(r.toString()).contains("ops" + File.separator + "deployment.yaml")
                .doesNotContain("deploy" + File.separator + "k8s");

        r = run(dir, "lint", "--deploy-glob", "deploy/**", ".");
        assertThat(r.stdout()).as("an explicit --deploy-glob wins: %s", r).doesNotContain("ops" + File.separator)
                .contains("k8s" + File.separator + "deployment.yaml");
    }
}
