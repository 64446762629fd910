package dev.neam.parser.deploy;

/** Image references: repository and tag. */
final class Images {
    private Images() {
    }

    /** {@code ghcr.io/a/b:1.0@sha256:…} → {@code ghcr.io/a/b}. */
    static String repository(String image) {
        String withoutDigest = image.replaceFirst("@.*$", "");
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.indexOf(':', slash + 1);
        return colon < 0 ? withoutDigest : withoutDigest.substring(0, colon);
    }

    /** The tag, or null when there is none. */
    static String tag(String image) {
        String withoutDigest = image.replaceFirst("@.*$", "");
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.indexOf(':', slash + 1);
        return colon < 0 ? null : withoutDigest.substring(colon + 1);
    }

    static boolean hasDigest(String image) {
        return image.contains("@sha256:");
    }
}
