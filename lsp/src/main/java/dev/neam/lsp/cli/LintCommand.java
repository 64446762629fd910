package dev.neam.lsp.cli;

import dev.neam.parser.manifest.ManifestOptions;
import dev.neam.parser.manifest.ManifestSchema;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.Document;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.parser.workspace.Project;
import dev.neam.parser.workspace.ProjectFiles;
import dev.neam.parser.workspace.ProjectOptions;
import dev.neam.parser.workspace.WorkspaceFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code neam-lsp lint}: analyses files with the same {@link Analyzer} as the server and reports the
 * diagnostics as text (for people) or JSON (for tools). The output formats and exit statuses are a
 * contract other tools rely on; see {@link LintReport}.
 */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Check Neam files and report their diagnostics.",
            "Folders are searched recursively for .neam files (skipping hidden folders, node_modules, "
                    + "target, build); a file named explicitly is checked whatever its extension.",
            "Each neam.toml found is checked too, with the project's deploy files (Kubernetes, Kustomize, Helm, "
                    + "Dockerfile, compose) under deploy/, gitops/, k8s/, kubernetes/, manifests/, helm/ and charts/."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no error diagnostics (warnings allowed)",
            "1:at least one error diagnostic",
            "2:usage error (unknown option or format, missing path), unreadable file or internal error"
        })
public final class LintCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--manifest-profile", paramLabel = "VERSION", defaultValue = "auto",
            description = "neamc version neam.toml is checked against: auto (the union, default), 0.6, 0.6.8 or 0.7.2.")
    String manifestProfile = "auto";

    @Option(names = "--deploy-glob", paramLabel = "GLOB",
            description = "Where deploy files are, relative to each project (repeatable; replaces the defaults "
                    + "deploy/**, gitops/**, k8s/**, kubernetes/**, manifests/**, helm/**, charts/**).")
    List<String> deployGlobs = new ArrayList<>();

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to check (default: the current folder).")
    List<String> paths = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path> roots = roots();
        List<Document> documents = WorkspaceFiles.load(roots);
        ProjectOptions projectOptions = projectOptions();
        List<Project> projects = ProjectFiles.find(roots, projectOptions);
        List<FileDiagnostics> results = new Analyzer().analyze(documents, projects, projectOptions);
        LintReport report = new LintReport(results);

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (format == Format.json) {
            out.print(report.json());
            out.flush();
        } else {
            out.print(report.text(LintReport.useColour(System.getenv())));
            out.flush();
            err.print(report.summaryLine() + "\n");
            err.flush();
        }
        return report.errors() > 0 ? 1 : 0;
    }

    private ProjectOptions projectOptions() {
        if (!ManifestSchema.get().profiles().contains(manifestProfile)) {
            throw new ParameterException(spec.commandLine(), "unknown manifest profile: " + manifestProfile + " (use one of "
                    + String.join(", ", ManifestSchema.get().profiles()) + ")");
        }
        List<String> globs = deployGlobs == null || deployGlobs.isEmpty() ? ProjectOptions.DEFAULT.deployGlobs() : deployGlobs;
        return new ProjectOptions(new ManifestOptions(manifestProfile), globs);
    }

    /** The paths to check, all of which must exist; a bad one is a usage error. */
    private List<Path> roots() {
        List<String> given = paths == null || paths.isEmpty() ? List.of(".") : paths;
        List<Path> roots = new ArrayList<>();
        for (String arg : given) {
            Path path;
            try {
                path = Path.of(arg);
            } catch (InvalidPathException e) {
                throw new ParameterException(spec.commandLine(), "invalid path: " + arg);
            }
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), "no such file or directory: " + arg);
            }
            roots.add(path);
        }
        return roots;
    }
}
