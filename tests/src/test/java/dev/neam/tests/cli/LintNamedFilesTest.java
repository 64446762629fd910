package dev.neam.tests.cli;

import static dev.neam.tests.cli.LintProcess.run;
import static dev.neam.tests.cli.LintProcess.sep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import dev.neam.tests.support.RepoPaths;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files named on the command line (what a pre-commit hook passes) are checked as part of their
 * project: imports and references resolve against the project's other sources, while only the
 * named files are reported, with the same findings as when their folder is linted.
 */
class LintNamedFilesTest {

    @TempDir
    Path dir;

    Path samples;

    @BeforeEach
    void copy() throws IOException {
        samples = LintProcess.copySamples(dir.resolve("samples"));
    }

    @Test
    void aFileNamedAloneResolvesItsImportsWithAndWithoutAManifest() throws IOException {
        List<String> named = List.of("samples/src/main.neam", "samples/src/agents/support.neam", "samples/tests/test_orders.neam");
        for (boolean manifest : List.of(true, false)) {
            if (!manifest) {
                Files.delete(samples.resolve("neam.toml"));
            }
            for (String file : named) {
                LintProcess.Result r = run(dir, "lint", "--format", "json", file);
                assertThat(r.exitCode()).as("%s (neam.toml: %s): %s", file, manifest, r).isZero();
                List<JsonObject> files = JsonContract.assertLintDocument(r.json());
                assertThat(LintCommandTest.paths(files)).as("only the named file is reported").containsExactly(sep(file));
                assertThat(files.get(0).getAsJsonArray("diagnostics")).as("%s with neam.toml: %s", file, manifest).isEmpty();
            }
        }
    }

    @Test
    void aMissingModuleIsStillReported() throws IOException {
        Path main = samples.resolve("src/main.neam");
        Files.writeString(main, Files.readString(main).replace("import agents.support.{Triage};",
                "import agents.support.{Triage};\nimport agents.suport;"));

        LintProcess.Result r = run(dir, "lint", "samples/src/main.neam");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEqualTo(sep("samples/src/main.neam") + ":5:8: warning NEAM1002 cannot find module "
                + "'agents.suport' in this project (looked for src/agents/suport.neam or src/agents/suport/mod.neam)\n");
    }

    @Test
    void aNamedFileHasTheFindingsItHasWhenItsFolderIsLinted() throws IOException {
        Path support = samples.resolve("src/agents/support.neam");
        Files.writeString(support, Files.readString(support).replace("skills: [stock_check]", "skills: [stock_chek]"));

        LintProcess.Result alone = run(dir, "lint", "--format", "json", "samples/src/agents/support.neam");
        LintProcess.Result folder = run(dir, "lint", "--format", "json", "samples");

        assertThat(alone.exitCode()).isEqualTo(1);
        JsonObject named = JsonContract.assertLintDocument(alone.json()).get(0);
        JsonObject found = JsonContract.assertLintDocument(folder.json()).stream()
                .filter(f -> f.get("path").getAsString().equals(sep("samples/src/agents/support.neam"))).findFirst().orElseThrow();
        assertThat(LintProjectTest.codes(named)).containsExactly("NEAM1004");
        assertThat(named.getAsJsonArray("diagnostics")).isEqualTo(found.getAsJsonArray("diagnostics"));
    }

    /** The hook of docs/ci.md, as a user installs it, on a commit that stages a subset of the project. */
    @Test
    void thePreCommitHookOfTheDocsChecksAStagedSubsetWithinItsProject() throws IOException {
        assumeTrue(File.separatorChar == '/' && Files.isExecutable(Path.of("/usr/bin/git")), "needs a POSIX shell and git");
        LintProcess.jar();
        Path hook = samples.resolve(".git/hooks/pre-commit");
        git("init", "-q");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, documentedHook());
        assertThat(hook.toFile().setExecutable(true)).isTrue();
        git("add", ".");
        git("commit", "-q", "--no-verify", "-m", "the project");

        Path main = samples.resolve("src/main.neam");
        Files.writeString(main, Files.readString(main) + "\n// reviewed\n");
        git("add", "src/main.neam");
        LintProcess.Result clean = runHook(hook);
        assertThat(clean.exitCode()).as("a staged file whose imports live in unstaged files passes: %s", clean).isZero();
        assertThat(clean.stdout() + clean.stderr()).isEmpty();

        Path support = samples.resolve("src/agents/support.neam");
        Files.writeString(support, Files.readString(support).replace("skills: [stock_check]", "skills: [stock_chek]"));
        git("add", "src/agents/support.neam");
        LintProcess.Result broken = runHook(hook);
        assertThat(broken.exitCode()).as(broken.toString()).isNotZero();
        assertThat(broken.stdout()).startsWith("src/agents/support.neam:46:").contains("error NEAM1004");
    }

    /** The pre-commit framework's local hook of docs/ci.md: its files pattern and entry, run the way the framework does. */
    @Test
    void thePreCommitFrameworkHookOfTheDocsSelectsAndChecksTheStagedFiles() throws IOException {
        String doc = Files.readString(RepoPaths.docs().resolve("ci.md"));
        Matcher entry = Pattern.compile("\\n\\s*entry: (neam-lsp [^#\\n]*?)\\s*(#.*)?\\n").matcher(doc);
        Matcher files = Pattern.compile("\\n\\s*files: (\\S+)\\n").matcher(doc);
        assertThat(entry.find() && files.find()).as("docs/ci.md has the framework's hook").isTrue();
        Pattern selected = Pattern.compile(files.group(1));
        List<String> staged = List.of("src/main.neam", "neam.toml", "deploy/k8s/deployment.yaml", "docs/faq.md",
                "sub/neam.toml", "src/agents/support.neam");
        List<String> matched = staged.stream().filter(f -> selected.matcher(f).find()).toList();
        assertThat(matched).containsExactly("src/main.neam", "neam.toml", "sub/neam.toml", "src/agents/support.neam");

        List<String> command = new ArrayList<>(List.of(entry.group(1).split(" ")));
        command.set(0, RepoPaths.repoRoot().resolve("bin/neam-lsp").toString());
        command.addAll(List.of("src/main.neam", "neam.toml"));
        assumeTrue(File.separatorChar == '/', "POSIX launcher");
        LintProcess.Result r = LintProcess.exec(samples, command, env -> env.put("JAVA_HOME", System.getProperty("java.home")));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout() + r.stderr()).isEmpty();
    }

    /** The shell block that follows "## Pre-commit hook" in docs/ci.md. */
    private static String documentedHook() throws IOException {
        String doc = Files.readString(RepoPaths.docs().resolve("ci.md"));
        Matcher m = Pattern.compile("## Pre-commit hook.*?```sh\\n(#!/bin/sh\\n.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("docs/ci.md has a pre-commit hook").isTrue();
        return m.group(1);
    }

    private LintProcess.Result runHook(Path hook) {
        String launcher = RepoPaths.repoRoot().resolve("bin/neam-lsp").toString();
        return LintProcess.exec(samples, List.of(hook.toString()), env -> {
            env.put("NEAM_LSP", launcher);
            env.put("JAVA_HOME", System.getProperty("java.home"));
        });
    }

    private void git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org"));
        command.addAll(List.of(args));
        LintProcess.Result r = LintProcess.exec(samples, command, env -> { });
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }
}
