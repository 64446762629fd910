package dev.neam.parser.deploy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * A service URL as the agent is configured with it ({@code http://otel-collector:4318},
 * {@code postgres://user@db:5432/neam}): scheme, host and port (the scheme's default port when
 * none is written, if the scheme has one).
 */
record Endpoint(String scheme, String host, Integer port) {

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("http", 80, "https", 443, "postgres", 5432,
            "postgresql", 5432, "redis", 6379, "rediss", 6379);

    /** The endpoint of a URL, or null when it is not one (a placeholder such as ${VAR} included). */
    static Endpoint parse(String url) {
        if (url == null || url.isBlank() || url.contains("$")) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            Integer port = uri.getPort() >= 0 ? Integer.valueOf(uri.getPort()) : DEFAULT_PORTS.get(scheme);
            return new Endpoint(scheme, uri.getHost(), port);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The first label of the host: the compose service or Kubernetes Service it names ({@code otel-collector.observability.svc} → {@code otel-collector}). */
    String service() {
        int dot = host.indexOf('.');
        return dot < 0 ? host : host.substring(0, dot);
    }
}
