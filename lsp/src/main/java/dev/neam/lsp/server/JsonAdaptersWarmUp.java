package dev.neam.lsp.server;

import com.google.gson.Gson;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;

/**
 * Builds the JSON adapters of {@code initialize}'s parameters and result on a thread of its own
 * while the rest of the connection is set up. Gson makes an adapter per type by reflection the
 * first time it meets the type, and the parameters hold the client's whole capability tree (about
 * a hundred classes): on the protocol thread that came between the client's first message and our
 * reply. Adapters are kept per type by the same Gson, so the reader finds them made; if it gets
 * there first it makes them itself, as before.
 */
final class JsonAdaptersWarmUp {
    private JsonAdaptersWarmUp() {
    }

    static void start(Gson gson) {
        Thread thread = new Thread(() -> {
            try {
                gson.getAdapter(InitializeParams.class);
                gson.getAdapter(InitializeResult.class);
            } catch (RuntimeException | LinkageError e) {
                // the reader makes them when the message comes, and reports what fails there
            }
        }, "neam-json-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
