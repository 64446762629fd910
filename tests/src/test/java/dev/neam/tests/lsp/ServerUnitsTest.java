package dev.neam.tests.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.neam.lsp.documents.DocumentSnapshot;
import dev.neam.lsp.documents.DocumentStore;
import dev.neam.lsp.documents.HotDocuments;
import dev.neam.lsp.documents.TextChanges;
import dev.neam.lsp.features.diagnostics.AffectedDocuments;
import dev.neam.lsp.features.diagnostics.DiagnosticConverter;
import dev.neam.lsp.features.diagnostics.DiagnosticScheduler;
import dev.neam.lsp.protocol.PositionConverter;
import dev.neam.lsp.protocol.PositionEncoding;
import dev.neam.lsp.server.ServerLog;
import dev.neam.lsp.settings.ServerSettings;
import dev.neam.lsp.settings.SettingsReader;
import dev.neam.parser.diagnostic.Category;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DiagnosticTag;
import org.junit.jupiter.api.Test;

/** The server's pieces in isolation, where timing can be controlled exactly. */
class ServerUnitsTest {
    static final ServerLog QUIET = new ServerLog(new PrintStream(new ByteArrayOutputStream()));
    static final PositionConverter UTF16 = new PositionConverter(PositionEncoding.UTF16);

    @Test
    void aResultForAVersionOvertakenDuringItsAnalysisIsDroppedNotPublished() throws Exception {
        DocumentStore store = new DocumentStore(UTF16);
        CountDownLatch analysisStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> published = new CopyOnWriteArrayList<>();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        DiagnosticScheduler scheduler = new DiagnosticScheduler(store, snapshot -> true, snapshot -> {
            String text = snapshot.content();
            if (text.equals("v1")) {
                analysisStarted.countDown();
                await(release);
            }
            return List.of(Diagnostic.of(DiagnosticCode.UNEXPECTED_TOKEN, Range.of(0, 0, 0, 1), text));
        }, () -> 0, executor, new DiagnosticScheduler.Publisher() {
            @Override
            public void publish(DocumentSnapshot snapshot, List<Diagnostic> diagnostics) {
                published.add(snapshot.version() + ":" + diagnostics.get(0).message());
            }

            @Override
            public void clear(String uri) {
                published.add("cleared");
            }
        }, none(), QUIET);
        try {
            scheduler.opened(store.open("file:///a.neam", "neam", 1, "v1"));
            assertThat(analysisStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // version 2 arrives while version 1 is being analysed
            store.change("file:///a.neam", 2, List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent("v2")))
                    .ifPresent(scheduler::changed);
            release.countDown();
            awaitSize(published, 1);
            Thread.sleep(200);
            assertThat(published).containsExactly("2:v2");

            store.close("file:///a.neam");
            scheduler.closed("file:///a.neam");
            assertThat(published).containsExactly("2:v2", "cleared");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void smallFilesWaitLessThanTheDebounceAndSavingAnalysesAtOnce() throws Exception {
        DocumentStore store = new DocumentStore(UTF16);
        List<Long> delays = new CopyOnWriteArrayList<>();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1) {
            @Override
            public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
                delays.add(unit.toMillis(delay));
                return super.schedule(() -> { }, 1, TimeUnit.DAYS); // never runs: only the delay is looked at
            }
        };
        DiagnosticScheduler scheduler = new DiagnosticScheduler(store, snapshot -> true, snapshot -> List.of(),
                () -> 1000, executor, new DiagnosticScheduler.Publisher() {
                    @Override
                    public void publish(DocumentSnapshot snapshot, List<Diagnostic> diagnostics) {
                    }

                    @Override
                    public void clear(String uri) {
                    }
                }, none(), QUIET);
        try {
            String large = "let x = 1;\n".repeat(3000);
            String small = "let x = 1;\n".repeat(99);
            store.open("file:///large.neam", "neam", 1, large);
            store.open("file:///small.neam", "neam", 1, small);
            store.change("file:///large.neam", 2, List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(large + " ")))
                    .ifPresent(scheduler::changed);
            store.change("file:///small.neam", 2, List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(small + " ")))
                    .ifPresent(scheduler::changed);
            // the setting for a file of 2,000 lines or more; 100 lines wait 100/2000 of it
            assertThat(delays).containsExactly(1000L, 50L);
            scheduler.saved("file:///large.neam");
            assertThat(delays).containsExactly(1000L, 50L, 0L);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void positionsConvertBetweenEncodingsAndClampToTheLine() {
        SourceText text = new SourceText("aé😀b\nxyz\n");
        PositionConverter utf8 = new PositionConverter(PositionEncoding.UTF8);
        PositionConverter utf32 = new PositionConverter(PositionEncoding.UTF32);
        Position b = new Position(0, 4); // UTF-16: a=0 é=1 😀=2,3 b=4

        assertThat(utf8.toLsp(text, b)).isEqualTo(new org.eclipse.lsp4j.Position(0, 7));
        assertThat(utf32.toLsp(text, b)).isEqualTo(new org.eclipse.lsp4j.Position(0, 3));
        assertThat(utf8.offset(text, new org.eclipse.lsp4j.Position(0, 7))).isEqualTo(4);
        assertThat(utf32.offset(text, new org.eclipse.lsp4j.Position(0, 3))).isEqualTo(4);
        assertThat(utf8.offset(text, new org.eclipse.lsp4j.Position(0, 5))).as("inside the emoji: before it").isEqualTo(2);
        assertThat(UTF16.offset(text, new org.eclipse.lsp4j.Position(1, 99))).as("past the end of the line").isEqualTo(9);
        assertThat(UTF16.offset(text, new org.eclipse.lsp4j.Position(9, 0))).as("past the last line").isEqualTo(10);
        assertThat(PositionEncoding.negotiate(List.of("utf-32", "utf-8"))).isEqualTo(PositionEncoding.UTF32);
        assertThat(PositionEncoding.negotiate(List.of("utf-7"))).isEqualTo(PositionEncoding.UTF16);
        assertThat(PositionEncoding.negotiate(null)).isEqualTo(PositionEncoding.UTF16);
    }

    @Test
    void changesApplyInOrderEachAgainstTheTextBefore() {
        SourceText text = new SourceText("one\ntwo\nthree\n");
        SourceText after = TextChanges.apply(text, List.of(
                Lsp.edit(1, 0, 1, 3, "TWO\nand a half"),
                Lsp.edit(0, 3, 1, 0, " "),                 // joins line 0 and the new line 1
                new org.eclipse.lsp4j.TextDocumentContentChangeEvent(Lsp.range(2, 5, 2, 5), "!")), UTF16);
        assertThat(after.text()).isEqualTo("one TWO\nand a half\nthree!\n");
        assertThat(TextChanges.apply(text, List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent("all new")), UTF16)
                .text()).isEqualTo("all new");
    }

    @Test
    void settingsAreReadFaultTolerantlyInTheExtensionsShape() {
        SettingsReader.Result init = SettingsReader.fromInitializationOptions(Lsp.json("""
                {"languageVersion": "0.6.2", "diagnostics": {"syntax": true, "semantic": false, "manifest": "yes"},
                 "debounceMs": 99999, "deploy": {"globs": ["k8s/**", 3, "k8s/**"]}}"""));
        ServerSettings s = init.settings();
        assertThat(s.languageVersion()).isEqualTo("0.6");
        assertThat(s.analysisOptions().languageVersion()).isEqualTo("0.6");
        assertThat(s.enabledCategories()).containsExactlyInAnyOrder(Category.SYNTAX, Category.MANIFEST, Category.DEPLOY);
        assertThat(s.debounceMs()).isEqualTo(ServerSettings.MAX_DEBOUNCE_MS);
        assertThat(s.deployGlobs()).containsExactly("k8s/**");
        assertThat(init.problems()).hasSize(2); // "yes" is no boolean; 3 is no glob
        assertThat(s.providerCredentials()).as("off unless asked for").isFalse();
        assertThat(s.analysisOptions().checksCredentials()).isFalse();

        SettingsReader.Result credentials = SettingsReader.fromInitializationOptions(Lsp.json(
                "{\"diagnostics\": {\"providerCredentials\": true}}"));
        assertThat(credentials.settings().analysisOptions().checksCredentials()).isTrue();
        SettingsReader.Result bad = SettingsReader.fromInitializationOptions(Lsp.json(
                "{\"diagnostics\": {\"providerCredentials\": \"yes\"}}"));
        assertThat(bad.settings().providerCredentials()).isFalse();
        assertThat(bad.problems()).containsExactly("diagnostics.providerCredentials must be true or false, got \"yes\"");

        assertThat(SettingsReader.fromInitializationOptions(null).settings()).isEqualTo(ServerSettings.DEFAULT);
        assertThat(ServerSettings.DEFAULT.debounceMs()).isEqualTo(200);
        assertThat(SettingsReader.fromConfigurationChange(Lsp.json("{\"python\": {}}"))).isEmpty();
        assertThat(SettingsReader.fromConfigurationChange(Lsp.json(
                "{\"neam\": {\"languageVersion\": \"1.x\"}}")).orElseThrow().settings().languageVersion())
                .isEqualTo("1.x");
    }

    @Test
    void theHotDocumentsSettingIsAWholeNumberWithinItsBounds() {
        assertThat(ServerSettings.DEFAULT.hotDocuments()).isEqualTo(ServerSettings.DEFAULT_HOT_DOCUMENTS);
        assertThat(SettingsReader.fromInitializationOptions(Lsp.json("{\"hotDocuments\": 12.4}")).settings().hotDocuments())
                .isEqualTo(12);
        assertThat(SettingsReader.fromInitializationOptions(Lsp.json("{\"hotDocuments\": 0}")).settings().hotDocuments())
                .as("at least the document in use").isEqualTo(1);
        assertThat(SettingsReader.fromInitializationOptions(Lsp.json("{\"hotDocuments\": 1e9}")).settings().hotDocuments())
                .isEqualTo(ServerSettings.MAX_HOT_DOCUMENTS);
        SettingsReader.Result bad = SettingsReader.fromInitializationOptions(Lsp.json("{\"hotDocuments\": \"many\"}"));
        assertThat(bad.settings().hotDocuments()).isEqualTo(ServerSettings.DEFAULT_HOT_DOCUMENTS);
        assertThat(bad.problems()).containsExactly("hotDocuments must be a number of documents, got \"many\"");
    }

    @Test
    void theHotDocumentsAreBoundedAndTheLeastRecentlyUsedCoolFirst() {
        List<String> cooled = new ArrayList<>();
        int[] limit = {3};
        HotDocuments hot = new HotDocuments(() -> limit[0], cooled::add);
        for (String uri : List.of("a", "b", "c", "a", "d", "e")) {
            hot.used(uri);
            assertThat(hot.uris().size()).isLessThanOrEqualTo(3);
        }
        assertThat(cooled).containsExactly("b", "c");
        assertThat(hot.uris()).containsExactly("a", "d", "e");
        hot.forget("d");
        assertThat(hot.isHot("d")).isFalse();
        limit[0] = 1; // the setting changed: the next use trims to it
        hot.used("e");
        assertThat(hot.uris()).containsExactly("e");
        assertThat(cooled).containsExactly("b", "c", "a");
    }

    @Test
    void diagnosticsCarryRelatedPlacesFixDataAndTags() {
        SourceText text = new SourceText("let a = 1;;\nlet a = 2;\n");
        Diagnostic d = Diagnostic.of(DiagnosticCode.STRAY_SEMICOLON, Range.of(0, 10, 0, 11), "stray ';'")
                .withRelated(new RelatedInformation(null, Range.of(1, 4, 1, 5), "here"))
                .withRelated(new RelatedInformation("/tmp/other.neam", Range.of(3, 0, 3, 2), "there"))
                .withData("fix", "remove");
        DiagnosticConverter converter = new DiagnosticConverter(UTF16, true, Set.of(DiagnosticTag.Unnecessary),
                uri -> java.util.Optional.empty());

        org.eclipse.lsp4j.Diagnostic lsp = converter.convert("file:///tmp/a.neam", text, List.of(d)).get(0);

        assertThat(lsp.getRelatedInformation()).extracting(r -> r.getLocation().getUri())
                .containsExactly("file:///tmp/a.neam", "file:///tmp/other.neam");
        assertThat(lsp.getRelatedInformation().get(0).getLocation().getRange()).isEqualTo(Lsp.range(1, 4, 1, 5));
        assertThat(((JsonObject) lsp.getData()).get("fix").getAsString()).isEqualTo("remove");
        assertThat(lsp.getTags()).containsExactly(DiagnosticTag.Unnecessary);
        assertThat(lsp.getSeverity()).isEqualTo(org.eclipse.lsp4j.DiagnosticSeverity.Warning);

        DiagnosticConverter plain = new DiagnosticConverter(UTF16, false, Set.of(), uri -> java.util.Optional.empty());
        org.eclipse.lsp4j.Diagnostic bare = plain.convert("file:///tmp/a.neam", text, List.of(d)).get(0);
        assertThat(bare.getRelatedInformation()).as("the client did not ask for related information").isNull();
        assertThat(bare.getTags()).isNull();
    }

    private static AffectedDocuments none() {
        return new AffectedDocuments() {
            @Override
            public List<DocumentSnapshot> affectedBy(DocumentSnapshot analysed, Collection<DocumentSnapshot> open) {
                return List.of();
            }

            @Override
            public List<DocumentSnapshot> affectedByFiles(Collection<String> uris, Collection<DocumentSnapshot> open) {
                return List.of();
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (list.size() < size && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
    }
}
