package dev.neam.parser.workspace;

import java.nio.file.Path;

/**
 * Decides which entries a folder search of {@link WorkspaceFiles} skips, on top of its fixed rules
 * (hidden and build folders). A filter is immutable: entering a folder returns the filter for
 * inside it, so what a nested ignore file says stays within its folder.
 */
public interface DiscoveryFilter {

    /** Skips nothing. */
    DiscoveryFilter NONE = new DiscoveryFilter() {
        @Override
        public DiscoveryFilter startAt(Path root) {
            return this;
        }

        @Override
        public DiscoveryFilter enter(Path folder) {
            return this;
        }

        @Override
        public boolean skips(Path entry, boolean folder) {
            return false;
        }
    };

    /** The filter for a search of {@code root}: what applies from above it (not its own ignore file yet). */
    DiscoveryFilter startAt(Path root);

    /** The filter for the entries of {@code folder}, which the search is about to list. */
    DiscoveryFilter enter(Path folder);

    /** Whether the search skips this entry of the folder last entered. */
    boolean skips(Path entry, boolean folder);
}
