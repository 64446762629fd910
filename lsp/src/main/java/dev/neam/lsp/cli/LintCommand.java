package dev.neam.lsp.cli;

import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.manifest.ManifestOptions;
import dev.neam.parser.manifest.ManifestSchema;
import dev.neam.parser.semantic.AnalysisOptions;
import dev.neam.parser.workspace.AnalysisPreload;
import dev.neam.parser.workspace.Analyzer;
import dev.neam.parser.workspace.FileContent;
import dev.neam.parser.workspace.FileDiagnostics;
import dev.neam.parser.workspace.IgnoreFilter;
import dev.neam.parser.workspace.Project;
import dev.neam.parser.workspace.ProjectOptions;
import dev.neam.parser.workspace.ToolConfig;
import dev.neam.parser.workspace.ToolConfigReader;
import dev.neam.parser.workspace.ToolConfigs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code neam-lsp lint}: analyses files with the same {@link Analyzer} as the server and reports the
 * diagnostics as text (for people), JSON, SARIF or GitHub workflow commands (for tools), files in
 * the order of their paths. The output formats and exit statuses are a contract other tools rely on;
 * see {@link LintReport}. A run that cannot report says why in the chosen format ({@link ErrorReport}).
 */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Check Neam files and report their diagnostics.",
            "Folders are searched recursively for .neam files (skipping hidden folders, node_modules, "
                    + "target, build, what .gitignore files ignore, --exclude patterns and the project's "
                    + "[tool.neam-lsp] exclude list); a file named explicitly is checked whatever its extension, "
                    + "as part of its project (imports resolve against the project's other files; only the named "
                    + "files are reported).",
            "Each neam.toml found is checked too, with the project's deploy files (Kubernetes, Kustomize, Helm, "
                    + "Dockerfile, compose) under deploy/, gitops/, k8s/, kubernetes/, manifests/, helm/ and charts/."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no diagnostic at or above the --fail-on threshold",
            "1:at least one diagnostic at or above the threshold (by default: an error); an unreadable or binary "
                    + "file, invalid TOML and invalid YAML are diagnostics too",
            "2:usage error (unknown option or format, missing path, unwritable --output), invalid [tool.neam-lsp] "
                    + "configuration or internal error, also reported in the chosen format"
        })
public final class LintCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { text, json, sarif, github }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit with 1 when a diagnostic is at least this severe: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.error;

    @Option(names = "--language-version", paramLabel = "VERSION", defaultValue = "auto",
            description = "Language profile: auto, 0.6 or 1.x (default: ${DEFAULT-VALUE}: the project's "
                    + "[tool.neam-lsp] language-version, else detected).")
    String languageVersion = "auto";

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files and folders matching this gitignore-style pattern, relative to the "
                    + "current folder, while searching folders (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--manifest-profile", paramLabel = "VERSION", defaultValue = "auto",
            description = "neamc version neam.toml is checked against: auto (the union, default), 0.6, 0.6.8 or 0.7.2.")
    String manifestProfile = "auto";

    @Option(names = "--deploy-glob", paramLabel = "GLOB",
            description = "Where deploy files are, relative to each project (repeatable; replaces the defaults "
                    + "deploy/**, gitops/**, k8s/**, kubernetes/**, manifests/**, helm/**, charts/**).")
    List<String> deployGlobs = new ArrayList<>();

    @Option(names = {"-q", "--quiet"},
            description = "Report error diagnostics only, and no summary; the exit status is unchanged.")
    boolean quiet;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to check (default: the current folder).")
    List<String> paths = new ArrayList<>();

    @Spec
    CommandSpec spec;

    /** Standard output refused the report: the failure is said on stderr only. */
    private boolean stdoutFailed;

    @Override
    public Integer call() throws IOException {
        AnalysisPreload.start();
        List<Path> roots = roots();
        AnalysisOptions options = options();
        ProjectOptions projectOptions = projectOptions();
        if (output != null && OutputFile.problem(output) != null) { // before any work; no "--help" hint: not a usage slip
            return fail(ErrorReport.Kind.usage, "cannot write the report to " + output + ": " + OutputFile.problem(output));
        }
        Path workingFolder = Path.of("").toAbsolutePath();
        ToolConfigs configs = new ToolConfigs();
        IgnoreFilter filter = new IgnoreFilter(workingFolder, excludes, configs);
        LintFiles files = LintFiles.read(roots, filter, projectOptions, workingFolder);
        List<ErrorReport.Problem> problems = configurationProblems(files, configs, workingFolder);
        if (!problems.isEmpty()) {
            return fail(new ErrorReport(ErrorReport.Kind.configuration, problems, new ArtifactUris(workingFolder)));
        }
        List<FileDiagnostics> results = analyse(files, configs, options, projectOptions);
        List<FileDiagnostics> shown = quiet ? errorsOnly(results) : results;

        LintReport report = new LintReport(shown);
        ArtifactUris uris = new ArtifactUris(workingFolder);
        String rendered = switch (format) {
            case text -> report.text(output == null && LintReport.useColour(System.getenv()));
            case json -> report.json();
            case sarif -> new SarifReport(shown, texts(files), uris).render();
            case github -> new GithubAnnotations(shown, uris).render();
        };
        write(rendered);
        if (!quiet && (format == Format.text || format == Format.github)) {
            PrintWriter err = spec.commandLine().getErr();
            err.print(report.summaryLine() + "\n");
            err.flush();
        }
        return failOn.fails(results) ? 1 : 0;
    }

    /**
     * Every finding lint reports for {@code roots} (files or folders), before --quiet and formatting,
     * by the same reading and analysis as a run: for callers in the same process (tests that feed lint
     * generated files). A [tool.neam-lsp] table a run would refuse is read as the server reads it.
     */
    public static List<FileDiagnostics> analyse(List<Path> roots, Path workingFolder, AnalysisOptions options,
                                                ProjectOptions projectOptions) throws IOException {
        ToolConfigs configs = new ToolConfigs();
        LintFiles files = LintFiles.read(roots, new IgnoreFilter(workingFolder, List.of(), configs), projectOptions, workingFolder);
        return analyse(files, configs, options, projectOptions);
    }

    /** The findings of the files read, unreadable ones included, in the order of their paths. */
    private static List<FileDiagnostics> analyse(LintFiles files, ToolConfigs configs, AnalysisOptions options,
                                                 ProjectOptions projectOptions) {
        List<FileDiagnostics> results = new ArrayList<>(new Analyzer(options, configs)
                .analyze(files.documents(), files.context(), files.projects(), projectOptions));
        for (FileContent unreadable : files.unreadable()) {
            FileDiagnostics finding = unreadable.finding();
            results.add(new FileDiagnostics(finding.path(),
                    configs.forFile(Path.of(finding.path())).apply(finding.diagnostics())));
        }
        results.sort(BY_PATH);
        return results;
    }

    /** Files in the order of their paths ('/'-separated, plain string order): the same on every platform and run. */
    static final Comparator<FileDiagnostics> BY_PATH = Comparator.comparing(f -> f.path().replace('\\', '/'));

    /**
     * Ends a run that cannot report (exit status 2): one line per problem on stderr, and the failure in
     * the chosen format where the report would have gone (when that place can be written).
     */
    int fail(ErrorReport failure) {
        PrintWriter err = spec.commandLine().getErr();
        failure.problems().forEach(p -> err.println(p.stderrLine()));
        err.flush();
        String rendered = failure.render(format);
        if (!rendered.isEmpty() && (output == null || OutputFile.problem(output) == null)) {
            try {
                write(rendered);
            } catch (IOException e) {
                err.println("neam-lsp: " + e.getMessage());
                err.flush();
            }
        }
        return Main.EXIT_USAGE_OR_INTERNAL;
    }

    /** {@link #fail} for an error found while parsing the command line or running it. */
    int fail(ErrorReport.Kind kind, String message) {
        return fail(new ErrorReport(kind, List.of(ErrorReport.Problem.of(message)), new ArtifactUris(Path.of("").toAbsolutePath())));
    }

    private ProjectOptions projectOptions() {
        if (!ManifestSchema.get().profiles().contains(manifestProfile)) {
            throw new ParameterException(spec.commandLine(), "unknown manifest profile: " + manifestProfile + " (use one of "
                    + String.join(", ", ManifestSchema.get().profiles()) + ")");
        }
        boolean explicit = deployGlobs != null && !deployGlobs.isEmpty();
        // globs given here replace a project's own [tool.neam-lsp] deploy-globs; the defaults do not
        return new ProjectOptions(new ManifestOptions(manifestProfile),
                explicit ? deployGlobs : ProjectOptions.DEFAULT.deployGlobs(), explicit);
    }

    /**
     * The analysis options from the flags; an unknown language version is a usage error. They carry
     * no environment: no finding of lint depends on the machine it runs on.
     */
    private AnalysisOptions options() {
        if (!ToolConfigReader.LANGUAGE_VERSIONS.contains(languageVersion)) {
            throw new ParameterException(spec.commandLine(), "invalid --language-version '" + languageVersion
                    + "' (expected one of " + String.join(", ", ToolConfigReader.LANGUAGE_VERSIONS) + ")");
        }
        return new AnalysisOptions(languageVersion);
    }

    /**
     * What is wrong in the [tool.neam-lsp] tables of the projects involved. Lint refuses to run on a
     * configuration it would misread; the server applies the valid rest. A manifest that cannot be
     * read or parsed as a whole is no such problem: the manifest checks report it as findings.
     */
    private static List<ErrorReport.Problem> configurationProblems(LintFiles files, ToolConfigs configs, Path workingFolder) {
        files.documents().forEach(d -> configs.forFile(Path.of(d.path())));
        files.unreadable().forEach(c -> configs.forFile(Path.of(c.path())));
        files.projects().stream().filter(p -> p.manifest() != null).forEach(p -> configs.forFile(Path.of(p.manifest().path())));
        Set<ErrorReport.Problem> problems = new LinkedHashSet<>();
        for (ToolConfig config : configs.loaded()) {
            for (ToolConfig.Problem problem : config.tableProblems()) {
                problems.add(new ErrorReport.Problem(shown(problem.manifest(), workingFolder), problem.line(), problem.column(),
                        problem.message()));
            }
        }
        return List.copyOf(problems);
    }

    private static String shown(Path manifest, Path workingFolder) {
        Path absolute = manifest.toAbsolutePath().normalize();
        return absolute.startsWith(workingFolder) ? workingFolder.relativize(absolute).toString() : absolute.toString();
    }

    private static List<FileDiagnostics> errorsOnly(List<FileDiagnostics> results) {
        return results.stream()
                .map(f -> new FileDiagnostics(f.path(), f.diagnostics().stream()
                        .filter(d -> d.severity() == Severity.ERROR).toList()))
                .toList();
    }

    /** Each reported file's text by its path (for SARIF fingerprints). */
    private static Map<String, String> texts(LintFiles files) {
        Map<String, String> texts = new HashMap<>();
        files.documents().forEach(d -> texts.put(d.path(), d.text()));
        for (Project project : files.projects()) {
            if (project.manifest() != null) {
                texts.put(project.manifest().path(), project.manifest().text());
            }
            project.files().forEach(f -> texts.put(f.path(), f.text()));
        }
        return texts;
    }

    /** To standard output, or to the --output file (created or replaced). */
    private void write(String rendered) throws IOException {
        if (output == null) {
            if (stdoutFailed) {
                return; // said once already; the failure report cannot go there either
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
            String failure = StandardOutput.failure(out);
            if (failure != null) {
                stdoutFailed = true;
                throw new IOException("cannot write the report to standard output: " + failure);
            }
            return;
        }
        try {
            Files.writeString(output, rendered, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot write the report to " + output + ": " + OutputFile.reason(output, e), e);
        }
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
