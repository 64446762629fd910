package dev.neam.tests.lsp;

import static dev.neam.tests.lsp.NavigationProject.at;
import static dev.neam.tests.lsp.NavigationProject.uri;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CallHierarchyIncomingCall;
import org.eclipse.lsp4j.CallHierarchyIncomingCallsParams;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.CallHierarchyOutgoingCall;
import org.eclipse.lsp4j.CallHierarchyOutgoingCallsParams;
import org.eclipse.lsp4j.CallHierarchyPrepareParams;
import org.eclipse.lsp4j.SymbolKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Call hierarchy over stdio: an item declared in an unopened file, its callers across the project, its callees. */
class CallHierarchyTest {
    @TempDir
    Path dir;

    @Test
    void incomingAndOutgoingCallsWithTheirCallSites() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = p.start(Lsp.pushClient())) {
            List<CallHierarchyItem> items = Lsp.get(s.server.getTextDocumentService()
                    .prepareCallHierarchy(new CallHierarchyPrepareParams(p.mainDocument(), at(9, 18))));
            assertThat(items).singleElement().satisfies(item -> {
                assertThat(item.getName()).isEqualTo("normalise");
                assertThat(item.getKind()).isEqualTo(SymbolKind.Function);
                assertThat(item.getUri()).isEqualTo(uri(p.search));
                assertThat(item.getSelectionRange()).isEqualTo(Lsp.range(7, 8, 7, 17));
            });

            List<CallHierarchyIncomingCall> incoming = Lsp.get(s.server.getTextDocumentService()
                    .callHierarchyIncomingCalls(new CallHierarchyIncomingCallsParams(items.get(0))));
            assertThat(incoming).extracting(c -> c.getFrom().getName()).containsExactly("ask", "tidy", "web_search");
            assertThat(incoming).extracting(c -> c.getFrom().getUri())
                    .containsExactly(uri(p.main), uri(p.other), uri(p.search));
            assertThat(incoming.get(0).getFromRanges()).containsExactly(Lsp.range(9, 16, 9, 25));
            assertThat(incoming.get(1).getFromRanges()).containsExactly(Lsp.range(2, 24, 2, 33));
            assertThat(incoming.get(2).getFrom().getDetail()).isEqualTo("skill");

            // ask, found as a caller, is asked in turn: the item carries what the server needs to find it again
            List<CallHierarchyOutgoingCall> outgoing = Lsp.get(s.server.getTextDocumentService()
                    .callHierarchyOutgoingCalls(new CallHierarchyOutgoingCallsParams(incoming.get(0).getFrom())));
            assertThat(outgoing).singleElement().satisfies(call -> {
                assertThat(call.getTo().getName()).isEqualTo("normalise");
                assertThat(call.getFromRanges()).containsExactly(Lsp.range(9, 16, 9, 25));
            });

            // the caller in a file nobody opened can be followed too
            List<CallHierarchyOutgoingCall> fromTidy = Lsp.get(s.server.getTextDocumentService()
                    .callHierarchyOutgoingCalls(new CallHierarchyOutgoingCallsParams(incoming.get(1).getFrom())));
            assertThat(fromTidy).extracting(c -> c.getTo().getName()).containsExactly("normalise");
        }
    }

    @Test
    void nothingToShowOnANameThatIsNoFunction() {
        NavigationProject p = new NavigationProject(dir);
        try (ServerProcess s = p.start(Lsp.pushClient())) {
            assertThat(Lsp.get(s.server.getTextDocumentService()
                    .prepareCallHierarchy(new CallHierarchyPrepareParams(p.mainDocument(), at(9, 8))))).isEmpty();
        }
    }
}
