package dev.neam.lsp.server;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * LSP4J's launcher, with one change: the reader is a {@link ProtocolReader}, which recovers from
 * broken frames and answers malformed messages through the same writer (and so the same lock) as
 * every other reply.
 */
final class StdioLauncherBuilder extends Launcher.Builder<LanguageClient> {
    private final ServerLog log;
    private MessageJsonHandler jsonHandler;
    private MessageConsumer outgoing;
    private RemoteEndpoint remoteEndpoint;

    StdioLauncherBuilder(ServerLog log) {
        this.log = log;
    }

    @Override
    protected MessageJsonHandler createJsonHandler() {
        jsonHandler = super.createJsonHandler();
        JsonAdaptersWarmUp.start(jsonHandler.getGson());
        return jsonHandler;
    }

    @Override
    protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
        outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, handler));
        RemoteEndpoint endpoint = exceptionHandler == null
                ? new RemoteEndpoint(outgoing, ServiceEndpoints.toEndpoint(localServices))
                : new RemoteEndpoint(outgoing, ServiceEndpoints.toEndpoint(localServices), exceptionHandler);
        handler.setMethodProvider(endpoint);
        endpoint.setJsonHandler(handler);
        remoteEndpoint = endpoint;
        return endpoint;
    }

    @Override
    protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer messageConsumer,
                                                                LanguageClient remoteProxy) {
        MessageProducer replying = new ProtocolReader(input, jsonHandler, remoteEndpoint, outgoing, log);
        return new ConcurrentMessageProcessor(replying, messageConsumer);
    }
}
