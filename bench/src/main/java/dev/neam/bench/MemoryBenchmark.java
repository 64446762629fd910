package dev.neam.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;

/**
 * Heap kept per open document by the real server (started as editors start it, with the JVM's
 * defaults): live heap after a full GC ({@code jcmd GC.run}, then {@code GC.heap_info}) once a
 * warm-up document has been opened and queried, and again after opening {@code docs} more
 * documents of about 1,000 lines and asking each for what an editor asks for a visible file
 * (diagnostics, symbols, folding, semantic tokens). The difference divided by the number of
 * documents is the cost of one open document. Done for generated and for library-style documents,
 * twice: with as many documents open as the server keeps hot (its {@code hotDocuments} setting, by
 * default 6: each keeps its tree and caches), and with many more open (the others keep only their
 * text, exports and findings). The goal applies to the second figure: what one more open document
 * costs in a real session.
 *
 * <p>Arguments: {@code --jar=PATH --docs=N --hotDocs=N --lines=N}.
 */
public final class MemoryBenchmark {
    static final double GOAL_KB_PER_DOCUMENT = 100;
    private static final List<String> ASKED = List.of("documentSymbol", "foldingRange", "semanticTokens/full");

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(args);
        Path jar = Path.of(options.getOrDefault("jar", "lsp/target/neam-lsp.jar")).toAbsolutePath().normalize();
        int docs = Integer.parseInt(options.getOrDefault("docs", "40"));
        int hotDocs = Integer.parseInt(options.getOrDefault("hotDocs", "5"));
        int lines = Integer.parseInt(options.getOrDefault("lines", "1000"));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nheap per open document (~%d lines each, live heap after a full GC; %d documents "
                        + "open, all hot, then %d open, the server's default hot set): %s; load average %s%n",
                lines, hotDocs, docs, BenchSupport.machine(), BenchSupport.loadAverage()));
        for (String kind : List.of("generated", "library-style")) {
            String text = kind.equals("generated") ? NeamFileGenerator.generate(lines) : LibraryCorpusGenerator.largeFile(lines);
            double hot = perDocument(jar, text, hotDocs);
            double many = perDocument(jar, text, docs);
            out.append(String.format(Locale.ROOT, "  %-14s %5d lines, %6.1f KB of text: %7.1f KB per document with %d open, "
                            + "%7.1f KB with %d open; goal <= %.0f KB with %d open: %s%n", kind, NeamFileGenerator.count(text),
                    text.getBytes(StandardCharsets.UTF_8).length / 1024.0, hot, hotDocs, many, docs, GOAL_KB_PER_DOCUMENT,
                    docs, BenchSupport.verdict(many <= GOAL_KB_PER_DOCUMENT)));
        }
        System.out.print(out);
    }

    private static double perDocument(Path jar, String text, int docs) throws Exception {
        try (ServerSession session = ServerSession.start(List.of(BenchSupport.java(), "-jar", jar.toString()), Map.of(),
                Map.of())) {
            String warmup = "file:///tmp/neam-bench/memory/warmup.neam";
            open(session, warmup, text);
            long before = liveHeapBytes(session.pid());
            for (int d = 0; d < docs; d++) {
                // distinct texts (as distinct files are), the same size
                String own = text.replaceFirst("\n", String.format(Locale.ROOT, " %05d\n", d));
                open(session, "file:///tmp/neam-bench/memory/doc" + d + ".neam", own);
            }
            ask(session, warmup); // hot at the end as at the start: only the new documents count
            long after = liveHeapBytes(session.pid());
            return (after - before) / 1024.0 / docs;
        }
    }

    private static void open(ServerSession session, String uri, String text) throws Exception {
        session.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "neam", 1, text)));
        session.client.await(uri);
        ask(session, uri);
    }

    private static void ask(ServerSession session, String uri) throws Exception {
        for (RequestType request : RequestType.ALL) {
            if (ASKED.contains(request.name())) {
                request.sender().send(session.server, new TextDocumentIdentifier(uri), new Position(0, 0)).get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** The heap in use right after a full collection, as {@code jcmd GC.heap_info} reports it. */
    private static long liveHeapBytes(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Thread.sleep(300);
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }
}
