package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.tests.support.JarCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * One document must not stall the others, and documents must not outlive their editor tab: the real
 * jar with a pathological file open answers requests on another document at once, and opening and
 * closing many documents leaves the heap where it was. The figures are printed; the bounds asserted
 * are generous regression guards (the targets are 100 ms and 10 MB).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
@Isolated // its latency and heap figures mean something only with nothing else running
class BoundedWorkTest {
    static final String OTHER = "file:///bounded/other.neam";
    static final String OTHER_TEXT = "// a small file beside the big one\nfun greet(name) {\n    return \"hello \" + name;\n}\nlet answer = greet(\"x\");\n";

    @TempDir
    Path dir;

    @Test
    void aFiveMegabyteFileOfNestingNeverHoldsUpRequestsOnAnotherDocument() {
        try (ServerProcess s = editorServer()) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"));
            s.open(OTHER, 1, OTHER_TEXT);
            List<Long> baseline = new ArrayList<>();
            for (int i = 0; i < 30; i++) { // warmed up: the first requests load classes; the last ten are the baseline
                long started = System.nanoTime();
                assertThat(symbols(s)).isEqualTo(2);
                assertThat(hover(s)).isTrue();
                baseline.add((System.nanoTime() - started) / 1_000_000);
            }
            baseline = baseline.subList(20, 30);

            long worst = 0;
            List<Long> figures = new ArrayList<>();
            for (String big : List.of("{".repeat(5 * 1024 * 1024), "let x = " + "(".repeat(3_900_000) + "1;\n",
                    "fun f() {\n" + "    if (a) {\n".repeat(200_000) + "}\n")) {
                String uri = "file:///bounded/big" + figures.size() + ".neam";
                s.open(uri, 1, big);
                for (int i = 0; i < 10; i++) {
                    long started = System.nanoTime();
                    assertThat(symbols(s)).isEqualTo(2);
                    assertThat(hover(s)).isTrue();
                    long took = (System.nanoTime() - started) / 1_000_000;
                    figures.add(took);
                    worst = Math.max(worst, took);
                }
                s.replace(uri, 2, big + "\n"); // an edit of the big file while requests keep coming
                long started = System.nanoTime();
                assertThat(symbols(s)).isEqualTo(2);
                worst = Math.max(worst, (System.nanoTime() - started) / 1_000_000);
                s.client.awaitVersion(uri, 2);
            }
            System.out.printf("documentSymbol+hover on another document with a pathological file open: worst %d ms,"
                    + " all %s; without it (baseline, same run): %s%n", worst, figures, baseline);
            assertThat(worst).as("a request on another document waited behind the big file").isLessThan(2_000);
        }
    }

    @Test
    void openingAndClosingTenThousandDocumentsLeavesTheHeapWhereItWas() throws Exception {
        try (ServerProcess s = editorServer()) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"));
            cycle(s, 0, 500); // warm up: classes, caches and the JIT reach their steady size
            long before = usedHeapAfterGc(s);
            cycle(s, 500, 10_500);
            long after = usedHeapAfterGc(s);
            System.out.printf("server heap after GC: %d KB before, %d KB after opening and closing 10,000 documents"
                    + " (%+d KB)%n", before / 1024, after / 1024, (after - before) / 1024);
            assertThat(after - before).as("heap growth after 10,000 documents opened and closed")
                    .isLessThan(10L * 1024 * 1024);
        }
    }

    @Test
    void documentsOfAProjectOpenedAndClosedWithoutFilesOnDiskLeaveTheHeapWhereItWas() throws Exception {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("neam.toml"), "[project]\nname = \"bounded\"\nversion = \"0.1.0\"\n");
        try (ServerProcess s = editorServer()) {
            s.initialize(Lsp.pushClient(), Lsp.json("{\"debounceMs\": 0}"), project);
            projectCycle(s, project, 0, 200);
            long before = usedHeapAfterGc(s);
            projectCycle(s, project, 200, 2_200);
            long after = usedHeapAfterGc(s);
            System.out.printf("server heap after GC: %d KB before, %d KB after opening and closing 2,000 unsaved"
                    + " documents of 100 functions in a project (%+d KB)%n", before / 1024, after / 1024,
                    (after - before) / 1024);
            assertThat(after - before).as("heap growth after 2,000 project documents opened and closed")
                    .isLessThan(4L * 1024 * 1024);
        }
    }

    /** The server with the JVM options an editor's launcher gives it: its latency and heap figures are what editors meet. */
    private static ServerProcess editorServer() {
        return ServerProcess.start(JarCommand.editorServer(), environment -> { });
    }

    /** Like {@link #cycle} for documents of a hundred functions in the project's source folder, never saved. */
    private void projectCycle(ServerProcess s, Path project, int from, int to) {
        for (int i = from; i < to; i++) {
            StringBuilder text = new StringBuilder();
            for (int f = 0; f < 100; f++) {
                text.append("fun f").append(i).append('_').append(f).append("(a) {\n    return a + ").append(f).append(";\n}\n");
            }
            String uri = project.resolve("src/doc" + i + ".neam").toUri().toString();
            s.open(uri, 1, text.toString());
            s.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        }
        s.open(OTHER, 1, OTHER_TEXT);
        assertThat(symbols(s)).isEqualTo(2);
        s.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(OTHER)));
        sleep(2_000);
    }

    /** Opens and closes documents {@code from} to {@code to}, each with its own text, then waits until the server is idle. */
    private void cycle(ServerProcess s, int from, int to) {
        for (int i = from; i < to; i++) {
            String uri = dir.resolve("doc" + i + ".neam").toUri().toString();
            s.open(uri, 1, "fun f" + i + "(a) {\n    let v" + i + " = a + " + i + ";\n    return v" + i + ";\n}\n"
                    + "agent A" + i + " {\n    provider: \"openai\"\n    model: \"gpt-4o\"\n}\n");
            s.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        }
        s.open(OTHER, 1, OTHER_TEXT);
        assertThat(symbols(s)).isEqualTo(2); // every notification before it has been handled
        s.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(OTHER)));
        sleep(2_000); // background analyses of the last documents finish
    }

    /** The server's used heap after full collections, from {@code jcmd} (the smallest of three readings). */
    private static long usedHeapAfterGc(ServerProcess s) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            run(jcmd, String.valueOf(s.process.pid()), "GC.run");
            sleep(300);
            least = Math.min(least, used(run(jcmd, String.valueOf(s.process.pid()), "GC.heap_info")));
        }
        return least;
    }

    /** The sum of the {@code used NK} figures of every heap space {@code GC.heap_info} lists. */
    static long used(String heapInfo) {
        Matcher m = Pattern.compile("total \\d+K, used (\\d+)K").matcher(heapInfo);
        long kb = 0;
        boolean found = false;
        while (m.find()) {
            kb += Long.parseLong(m.group(1));
            found = true;
        }
        assertThat(found).as("GC.heap_info gives the used heap: %s", heapInfo).isTrue();
        return kb * 1024;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static int symbols(ServerProcess s) {
        return Lsp.get(s.server.getTextDocumentService().documentSymbol(
                new DocumentSymbolParams(new TextDocumentIdentifier(OTHER)))).size();
    }

    private static boolean hover(ServerProcess s) {
        return Lsp.get(s.server.getTextDocumentService().hover(
                new HoverParams(new TextDocumentIdentifier(OTHER), new Position(4, 14)))) != null;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
