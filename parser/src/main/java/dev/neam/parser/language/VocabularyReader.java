package dev.neam.parser.language;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns {@code vocabulary.json} into the immutable model. Mistakes in the data (an unknown type, a
 * key listed twice in one block) fail loudly here, so a bad data change cannot ship quietly.
 */
final class VocabularyReader {
    static final String RESOURCE = "/dev/neam/parser/language/vocabulary.json";

    private final Map<String, JsonArray> propertySets = new HashMap<>();

    static Vocabulary readResource() {
        try (InputStream in = VocabularyReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary resource missing: " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vocabulary read(Reader json) {
        return new VocabularyReader().vocabulary(JsonParser.parseReader(json).getAsJsonObject());
    }

    private Vocabulary vocabulary(JsonObject root) {
        for (Map.Entry<String, JsonElement> set : root.getAsJsonObject("propertySets").entrySet()) {
            propertySets.put(set.getKey(), set.getValue().getAsJsonArray());
        }
        List<DialectSpec> dialects = new ArrayList<>();
        for (JsonObject d : objects(root, "dialects")) {
            dialects.add(new DialectSpec(Dialect.valueOf(str(d, "id")), str(d, "label"), str(d, "doc"),
                    strings(d, "commaFreeKinds")));
        }
        List<Profile> profiles = new ArrayList<>();
        for (JsonObject p : objects(root, "profiles")) {
            profiles.add(new Profile(str(p, "id"), dialects(p), strings(p, "aliases"), str(p, "doc")));
        }
        Map<String, String> units = new LinkedHashMap<>();
        for (JsonObject u : objects(root, "budgetUnits")) {
            units.put(str(u, "unit"), str(u, "doc"));
        }
        List<KeywordSpec> statementKeywords = new ArrayList<>();
        for (JsonObject s : objects(root, "statementKeywords")) {
            statementKeywords.add(new KeywordSpec(str(s, "keyword"), str(s, "doc"), str(s, "snippet"), dialects(s),
                    bool(s, "expression")));
        }
        List<KindSpec> kinds = new ArrayList<>();
        for (JsonObject k : objects(root, "kinds")) {
            kinds.add(kind(k));
        }
        JsonObject generic = root.getAsJsonObject("genericKinds");
        for (JsonObject family : objects(generic, "families")) {
            for (JsonObject k : objects(family, "kinds")) {
                String name = str(k, "name");
                kinds.add(new KindSpec(name, List.of(name.split(" ")), EnumSet.of(Dialect.B), str(family, "since"),
                        str(family, "label"), str(k, "doc"), true, null, BlockSpec.EMPTY_OPEN, List.of(), List.of(),
                        List.of(), List.of()));
            }
        }
        List<BuiltinSpec> builtins = new ArrayList<>();
        for (JsonObject b : objects(root, "builtins")) {
            builtins.add(builtin(b, dialects(b)));
        }
        List<NamespaceSpec> namespaces = new ArrayList<>();
        for (JsonObject n : objects(root, "namespaces")) {
            List<BuiltinSpec> members = new ArrayList<>();
            for (JsonObject m : objects(n, "members")) {
                members.add(builtin(m, EnumSet.allOf(Dialect.class)));
            }
            namespaces.add(new NamespaceSpec(str(n, "name"), str(n, "doc"), members));
        }
        List<SyntaxSpec> superset = new ArrayList<>();
        for (JsonObject c : objects(root, "superset")) {
            superset.add(new SyntaxSpec(str(c, "id"), str(c, "label"), str(c, "example"), str(c, "doc")));
        }
        List<ProviderSpec> providers = new ArrayList<>();
        for (JsonObject p : objects(root, "providers")) {
            providers.add(new ProviderSpec(str(p, "name"), strings(p, "credentials"),
                    ProviderSpec.CredentialsMode.valueOf(str(p, "credentialsMode").toUpperCase(Locale.ROOT)),
                    str(p, "defaultEndpoint"), str(p, "support"), str(p, "doc")));
        }
        List<ConstructSpec> constructs = new ArrayList<>();
        for (JsonObject c : objects(root, "constructs")) {
            constructs.add(new ConstructSpec(str(c, "id"), str(c, "label"), dialects(c), str(c, "doc")));
        }
        return new Vocabulary(dialects, profiles, units, statementKeywords, kinds, builtins, providers, constructs,
                namespaces, superset);
    }

    private static BuiltinSpec builtin(JsonObject b, Set<Dialect> dialects) {
        Integer arity = b.has("arity") && !b.get("arity").isJsonNull() ? b.get("arity").getAsInt() : null;
        BuiltinSpec spec = new BuiltinSpec(str(b, "name"), strings(b, "params"), arity, dialects, str(b, "doc"));
        if (arity != null && arity >= 0 && arity != spec.params().size()) {
            throw new IllegalStateException("built-in '" + spec.name() + "' has arity " + arity + " but "
                    + spec.params().size() + " parameters");
        }
        return spec;
    }

    private KindSpec kind(JsonObject k) {
        String id = str(k, "id");
        List<JsonObject> properties = new ArrayList<>();
        for (String set : strings(k, "include")) {
            JsonArray included = propertySets.get(set);
            if (included == null) {
                throw new IllegalStateException("kind '" + id + "' includes unknown property set '" + set + "'");
            }
            included.forEach(e -> properties.add(e.getAsJsonObject()));
        }
        // A kind may take a shared set minus a few keys (forge agents have no connected_knowledge).
        List<String> excluded = strings(k, "exclude");
        properties.removeIf(p -> excluded.contains(str(p, "key")));
        properties.addAll(objects(k, "properties"));
        BlockSpec body = block(id, k, properties, strings(k, "required"), UnknownKeys.ERROR);

        List<HandlerSpec> handlers = new ArrayList<>();
        for (JsonObject h : objects(k, "handlers")) {
            handlers.add(new HandlerSpec(str(h, "name"), bool(h, "required"), bool(h, "property"), str(h, "doc")));
        }
        List<MethodSpec> methods = new ArrayList<>();
        for (JsonObject m : objects(k, "methods")) {
            List<ResultKey> keys = new ArrayList<>();
            for (JsonObject r : objects(m, "resultKeys")) {
                keys.add(new ResultKey(str(r, "key"), str(r, "doc")));
            }
            methods.add(new MethodSpec(str(m, "name"), strings(m, "params"), str(m, "returns"), str(m, "doc"), keys));
        }
        List<FieldSpec> fields = new ArrayList<>();
        for (JsonObject f : objects(k, "fields")) {
            fields.add(new FieldSpec(str(f, "name"), str(f, "doc")));
        }
        List<RejectedKey> rejected = new ArrayList<>();
        for (JsonObject r : objects(k, "rejected")) {
            rejected.add(new RejectedKey(str(r, "key"), str(r, "message")));
        }
        BindingForm binding = null;
        if (k.has("binding")) {
            JsonObject b = k.getAsJsonObject("binding");
            binding = new BindingForm(property(id, b, "="), str(b, "example"), str(b, "blockKey"));
        }
        return new KindSpec(id, strings(k, "header"), dialects(k), str(k, "since"), "", str(k, "doc"),
                bool(k, "advisory"), binding, body, handlers, methods, fields, rejected);
    }

    /** A block from its property objects and the block-level rules found on {@code owner}. */
    private BlockSpec block(String where, JsonObject owner, List<JsonObject> properties, List<String> required,
                            UnknownKeys defaultPolicy) {
        Map<String, PropertySpec> byKey = new LinkedHashMap<>();
        for (JsonObject p : properties) {
            PropertySpec spec = property(where, p, str(p, "key"));
            if (byKey.put(spec.key(), spec) != null) {
                throw new IllegalStateException("'" + where + "' lists the key '" + spec.key() + "' twice");
            }
        }
        for (PropertySpec spec : byKey.values()) {
            ActiveWhen when = spec.activeWhen();
            PropertySpec sibling = when == null ? null : byKey.get(when.key());
            if (when != null && (sibling == null || !sibling.values().containsAll(when.values()))) {
                throw new IllegalStateException("'" + where + "." + spec.key() + "' is active when '" + when.key()
                        + "' is " + when.values() + ", but no sibling key with those values is described");
            }
        }
        UnknownKeys policy = owner.has("unknownKeys")
                ? UnknownKeys.valueOf(str(owner, "unknownKeys").toUpperCase(Locale.ROOT)) : defaultPolicy;
        PropertySpec anyKey = owner.has("anyKey") ? property(where, owner.getAsJsonObject("anyKey"), "*") : null;
        List<String> requiredKeys = new ArrayList<>(required);
        requiredKeys.addAll(strings(owner, "requiredKeys"));
        for (String key : requiredKeys) {
            if (!byKey.containsKey(key)) {
                throw new IllegalStateException("'" + where + "' requires '" + key + "' but does not describe it");
            }
        }
        return new BlockSpec(byKey, policy, str(owner, "unknownKeysNote"), anyKey, requiredKeys,
                groups(owner, "exactlyOneOf"), groups(owner, "disjoint"));
    }

    private PropertySpec property(String where, JsonObject p, String key) {
        String at = where + "." + key;
        ValueType type = ValueType.fromId(str(p, "type"));
        BlockSpec nested = null;
        boolean hasBlock = p.has("properties") || p.has("anyKey") || p.has("requiredKeys") || p.has("exactlyOneOf");
        if (hasBlock || type == ValueType.BLOCK || type == ValueType.BLOCK_LIST || type == ValueType.BLOCK_MAP
                || type == ValueType.HANDOFF_LIST) {
            UnknownKeys fallback = p.has("properties") ? UnknownKeys.ERROR : UnknownKeys.ALLOW;
            nested = block(at, p, objects(p, "properties"), List.of(), fallback);
        }
        List<BindingTag> tags = new ArrayList<>();
        for (JsonObject t : objects(p, "tags")) {
            tags.add(new BindingTag(str(t, "tag"), str(t, "doc"),
                    block(at + "." + str(t, "tag"), t, objects(t, "properties"), List.of(), UnknownKeys.ERROR)));
        }
        PropertyStatus status = p.has("status")
                ? PropertyStatus.valueOf(str(p, "status").toUpperCase(Locale.ROOT)) : PropertyStatus.NORMAL;
        return new PropertySpec(key, type, strings(p, "targets"), strings(p, "values"),
                !"warning".equals(str(p, "enumSeverity")), number(p, "min"), number(p, "max"), bool(p, "integer"),
                bool(p, "nonEmpty"), p.has("lessThan") ? str(p, "lessThan") : null, str(p, "default"), dialects(p),
                status, strings(p, "mistakes"), nested, tags, p.has("arity") ? p.get("arity").getAsInt() : null,
                bool(p, "enforced"), str(p, "doc"), bool(p, "path"), bool(p, "boundAtDeclaration"),
                activeWhen(p), bool(p, "inlayDefault"),
                bool(p, "bareValues"), bool(p, "stringAccepted"));
    }

    private static ActiveWhen activeWhen(JsonObject p) {
        if (!p.has("activeWhen")) {
            return null;
        }
        JsonObject when = p.getAsJsonObject("activeWhen");
        return new ActiveWhen(str(when, "key"), strings(when, "values"));
    }

    // ---- small JSON helpers ----------------------------------------------------------------------

    private static List<JsonObject> objects(JsonObject o, String key) {
        List<JsonObject> out = new ArrayList<>();
        if (o.has(key)) {
            o.getAsJsonArray(key).forEach(e -> out.add(e.getAsJsonObject()));
        }
        return out;
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        if (o.has(key)) {
            o.getAsJsonArray(key).forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    private static List<List<String>> groups(JsonObject o, String key) {
        List<List<String>> out = new ArrayList<>();
        if (o.has(key)) {
            for (JsonElement group : o.getAsJsonArray(key)) {
                List<String> names = new ArrayList<>();
                group.getAsJsonArray().forEach(e -> names.add(e.getAsString()));
                out.add(names);
            }
        }
        return out;
    }

    private static Set<Dialect> dialects(JsonObject o) {
        Set<Dialect> out = EnumSet.noneOf(Dialect.class);
        strings(o, "dialects").forEach(d -> out.add(Dialect.valueOf(d)));
        return out;
    }

    private static String str(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : "";
    }

    private static boolean bool(JsonObject o, String key) {
        return o.has(key) && o.get(key).getAsBoolean();
    }

    private static Double number(JsonObject o, String key) {
        return o.has(key) ? o.get(key).getAsDouble() : null;
    }
}
