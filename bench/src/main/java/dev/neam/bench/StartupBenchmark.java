package dev.neam.bench;

import com.google.gson.Gson;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Time from process start to the {@code initialize} reply, as an editor waits for it, for: an empty
 * LSP4J server without a start-up archive (the yardstick), neam-lsp with plain {@code java -jar}, and
 * neam-lsp started by {@code bin/neam-lsp} once the launcher has written its start-up archive
 * (a first session trains it: open a file, ask for every feature, exit). Runs alternate between the
 * variants so that a change in the machine's load touches all of them. Also checks that the server
 * started by the launcher maps its classes from the archive.
 *
 * <p>Arguments: {@code --jar=PATH --launcher=PATH --work=DIR --runs=N}.
 */
public final class StartupBenchmark {
    static final double GOAL_RATIO = 0.6;

    private StartupBenchmark() {
    }

    record Variant(String name, List<String> command, Map<String, String> environment) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        Path jar = Path.of(options.getOrDefault("jar", "lsp/target/neam-lsp.jar")).toAbsolutePath().normalize();
        Path launcher = Path.of(options.getOrDefault("launcher", "bin/neam-lsp")).toAbsolutePath().normalize();
        Path work = Path.of(options.getOrDefault("work", "bench/target/startup")).toAbsolutePath().normalize();
        int runs = Integer.parseInt(options.getOrDefault("runs", "10"));
        Path cache = work.resolve("cache");
        ProjectGenerator.deleteRecursively(cache);
        Files.createDirectories(cache);
        Map<String, String> launcherEnvironment = Map.of("NEAM_LSP_CACHE_DIR", cache.toString(),
                "JAVA_HOME", System.getProperty("java.home"), "NEAM_LSP_JAR", jar.toString());

        long trainingStarted = System.nanoTime();
        train(List.of("sh", launcher.toString()), launcherEnvironment);
        double trainingSeconds = (System.nanoTime() - trainingStarted) / 1e9;
        Path archive = findArchive(cache);

        List<Variant> variants = List.of(
                new Variant("empty LSP4J server, no archive", List.of(BenchSupport.java(), "-cp", lsp4jClassPath(),
                        EmptyLanguageServer.class.getName()), Map.of()),
                new Variant("neam-lsp, java -jar, no archive", List.of(BenchSupport.java(), "-jar", jar.toString()), Map.of()),
                new Variant("neam-lsp, bin/neam-lsp with its archive", List.of("sh", launcher.toString()), launcherEnvironment));
        Map<Variant, List<Double>> millis = new LinkedHashMap<>();
        variants.forEach(v -> millis.put(v, new ArrayList<>()));
        String loadBefore = BenchSupport.loadAverage();
        for (int r = 0; r < runs + 1; r++) {
            for (Variant v : variants) {
                try (ServerSession session = ServerSession.start(v.command(), v.environment(), Map.of())) {
                    if (r > 0) { // the first round warms the file system cache
                        millis.get(v).add(session.initializeNanos / 1e6);
                    }
                }
            }
        }
        long shared = sharedClasses(launcher, launcherEnvironment, work);

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nstart-up to the initialize reply (%d runs each, alternating): %s%n",
                runs, BenchSupport.machine()));
        out.append(String.format(Locale.ROOT, "load average before: %s, after: %s%n", loadBefore, BenchSupport.loadAverage()));
        out.append(String.format(Locale.ROOT, "start-up archive: %s (%.1f MB), written by a first session of %.1f s%n",
                archive == null ? "NONE" : work.relativize(archive), archive == null ? 0 : Files.size(archive) / 1e6,
                trainingSeconds));
        double baseline = BenchSupport.median(millis.get(variants.get(0)));
        for (Variant v : variants) {
            double median = BenchSupport.median(millis.get(v));
            out.append(String.format(Locale.ROOT, "  %-42s median %6.0f ms  (%.2fx the empty server)  runs: %s%n", v.name(),
                    median, median / baseline, millis.get(v).stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList()));
        }
        double withArchive = BenchSupport.median(millis.get(variants.get(2)));
        out.append(String.format(Locale.ROOT, "  goal: with the archive <= %.1fx the empty server: %s (%.2fx)%n", GOAL_RATIO,
                BenchSupport.verdict(withArchive <= GOAL_RATIO * baseline), withArchive / baseline));
        out.append(String.format(Locale.ROOT, "  the server started by bin/neam-lsp loaded %d classes from the archive: %s%n",
                shared, BenchSupport.verdict(shared > 1000)));
        System.out.print(out);
    }

    /** A first session through the launcher: at its exit the launcher keeps the classes it loaded. */
    private static void train(List<String> command, Map<String, String> environment) throws Exception {
        String uri = "file:///tmp/neam-bench/training.neam";
        String text = LibraryCorpusGenerator.largeFile(400);
        try (ServerSession session = ServerSession.start(command, environment, Map.of("debounceMs", 50))) {
            session.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "neam", 1, text)));
            session.client.await(1);
            for (RequestType request : RequestType.ALL) {
                request.sender().send(session.server, new TextDocumentIdentifier(uri), new Position(20, 12)).get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static Path findArchive(Path cache) throws Exception {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(p -> p.toString().endsWith(".jsa")).findFirst().orElse(null);
        }
    }

    /** How many classes the server started by the launcher took from the archive ("shared objects file (top)"). */
    private static long sharedClasses(Path launcher, Map<String, String> environment, Path work) throws Exception {
        Path log = work.resolve("class-load.log");
        Files.deleteIfExists(log);
        Map<String, String> withLog = new LinkedHashMap<>(environment);
        withLog.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log);
        ServerSession.start(List.of("sh", launcher.toString()), withLog, Map.of()).close();
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("shared objects file (top)")).count();
        }
    }

    /** LSP4J, its JSON-RPC layer, Gson and the empty server, where this JVM loaded them from. */
    private static String lsp4jClassPath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : List.of(Launcher.class, LSPLauncher.class,
                Gson.class, LanguageServer.class, EmptyLanguageServer.class)) {
            String entry = Path.of(c.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
