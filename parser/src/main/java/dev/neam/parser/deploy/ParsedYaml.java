package dev.neam.parser.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The YAML parse of deploy files, kept for the next analysis: the editor analyses the project again
 * after every keystroke, and all files but one are unchanged. A parse is reused only for the same
 * file with the same text (nodes carry no file, so two files never share one); nothing in the
 * analysis changes a parsed node.
 */
final class ParsedYaml {
    private static final int CAPACITY = 512;

    private record Key(String relative, String text) {
    }

    private static final Map<Key, YamlFile> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, YamlFile> eldest) {
            return size() > CAPACITY;
        }
    };

    private ParsedYaml() {
    }

    static YamlFile of(String relative, String text) {
        Key key = new Key(relative, text);
        synchronized (CACHE) {
            YamlFile cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        YamlFile parsed = YamlFile.parse(text);
        synchronized (CACHE) {
            CACHE.put(key, parsed);
        }
        return parsed;
    }
}
