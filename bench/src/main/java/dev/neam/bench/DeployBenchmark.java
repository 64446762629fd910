package dev.neam.bench;

import dev.neam.parser.workspace.Project;
import dev.neam.parser.workspace.ProjectAnalyzer;
import dev.neam.parser.workspace.ProjectFile;
import dev.neam.parser.workspace.ProjectFiles;
import dev.neam.parser.workspace.ProjectOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the project analysis (neam.toml and every deploy file: Kustomize rendering of all overlays
 * and every deploy check) the way the editor runs it after a keystroke in a deploy file: in process,
 * the project already read, one file's text changed each time. Prints p50/p95/max for the project
 * given (samples/ by default) and for the same deploy files copied ten times into one project, as
 * wall time and as the CPU time of the analysing thread (which a busy machine does not inflate).
 *
 * <p>Arguments: {@code --project=DIR --runs=N}.
 */
public final class DeployBenchmark {

    private DeployBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        Path root = Path.of(options.getOrDefault("project", "samples")).toAbsolutePath().normalize();
        int runs = Integer.parseInt(options.getOrDefault("runs", "200"));
        Project project = ProjectFiles.find(List.of(root), ProjectOptions.DEFAULT).get(0);
        System.out.printf(Locale.ROOT, "deploy analysis benchmark on %d cores, Java %s, load average before: %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), BenchSupport.loadAverage());
        report("project " + root.getFileName(), project, runs);
        report("the same deploy files ten times", tenTimes(project), Math.max(20, runs / 5));
    }

    private static void report(String name, Project project, int runs) {
        ProjectAnalyzer analyzer = new ProjectAnalyzer(ProjectOptions.DEFAULT);
        long bytes = project.files().stream().mapToLong(f -> f.text().length()).sum();
        for (int i = 0; i < Math.max(50, runs / 2); i++) {
            analyzer.analyze(edited(project, i)); // warm-up: the JIT compiles the analysis
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            Project p = edited(project, i);
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            analyzer.analyze(p);
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%s: %d files (%.0f kB), %d runs after warm-up: wall p50 %.2f ms, p95 %.2f ms, max %.2f ms;"
                        + " CPU p50 %.2f ms, p95 %.2f ms%n", name, project.files().size(), bytes / 1e3, runs, nanos[runs / 2] / 1e6,
                nanos[(int) (runs * 0.95)] / 1e6, nanos[runs - 1] / 1e6, cpu[runs / 2] / 1e6, cpu[(int) (runs * 0.95)] / 1e6);
    }

    /** The project with one deploy file's text changed, as after a keystroke (a comment that grows). */
    private static Project edited(Project project, int run) {
        List<ProjectFile> files = new ArrayList<>();
        boolean done = false;
        for (ProjectFile f : project.files()) {
            if (!done && f.relative().endsWith(".yaml")) {
                files.add(new ProjectFile(f.path(), f.relative(), f.text() + "\n# edit " + run, f.named()));
                done = true;
            } else {
                files.add(f);
            }
        }
        return new Project(project.manifest(), project.reportManifest(), files, project.lookup());
    }

    /** Ten copies of the deploy files under deploy/copy-N/, so that each copy renders on its own. */
    private static Project tenTimes(Project project) {
        List<ProjectFile> files = new ArrayList<>(project.files());
        for (int copy = 1; copy < 10; copy++) {
            for (ProjectFile f : project.files()) {
                if (f.relative().startsWith("deploy/")) {
                    String relative = "deploy/copy-" + copy + "/" + f.relative().substring("deploy/".length());
                    files.add(new ProjectFile(relative, relative, f.text(), false));
                }
            }
        }
        List<String> relatives = files.stream().map(ProjectFile::relative).toList();
        return new Project(project.manifest(), project.reportManifest(), files,
                relative -> relatives.stream().anyMatch(r -> r.equals(relative) || r.startsWith(relative + "/")) || project.lookup().exists(relative));
    }
}
