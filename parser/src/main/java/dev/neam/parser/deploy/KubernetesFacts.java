package dev.neam.parser.deploy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Kustomize rendering and the object-graph checks know about Kubernetes, as data
 * ({@code kubernetes.json}): cluster-scoped kinds, strategic-merge keys of list fields, where each
 * workload kind keeps its pod spec and labels, and where Kustomize writes labels.
 */
final class KubernetesFacts {

    /** Where a workload kind keeps its pod spec, its pods' labels and its selector; whether probes apply and replicas scale it. */
    record WorkloadKind(List<String> podSpec, List<String> labels, List<String> selector, boolean server, boolean scalable) {
    }

    /** A field Kustomize writes labels into: {@code selector} fields (includeSelectors) or {@code template} fields. */
    record LabelField(Set<String> kinds, List<String> path, String role, boolean create) {
    }

    final List<String> kustomizationFiles;
    final Set<String> clusterScopedKinds;
    final Set<String> builtInGroups;
    final Map<String, String> mergeKeys;
    final Map<String, WorkloadKind> workloads;
    final List<LabelField> labelFields;

    private KubernetesFacts(JsonObject root) {
        kustomizationFiles = strings(root.get("kustomizationFiles"));
        clusterScopedKinds = Set.copyOf(strings(root.get("clusterScopedKinds")));
        builtInGroups = Set.copyOf(strings(root.get("builtInGroups")));
        Map<String, String> keys = new LinkedHashMap<>();
        root.getAsJsonObject("strategicMergeKeys").entrySet().forEach(e -> keys.put(e.getKey(), e.getValue().getAsString()));
        mergeKeys = Map.copyOf(keys);
        Map<String, WorkloadKind> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("workloadKinds").entrySet()) {
            JsonObject w = e.getValue().getAsJsonObject();
            kinds.put(e.getKey(), new WorkloadKind(path(w.get("podSpec").getAsString()), path(w.get("labels").getAsString()),
                    w.has("selector") ? path(w.get("selector").getAsString()) : null, w.get("server").getAsBoolean(),
                    w.get("scalable").getAsBoolean()));
        }
        workloads = Map.copyOf(kinds);
        List<LabelField> fields = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("labelFields")) {
            JsonObject f = e.getAsJsonObject();
            fields.add(new LabelField(Set.copyOf(strings(f.get("kinds"))), path(f.get("path").getAsString()), f.get("role").getAsString(),
                    f.get("create").getAsBoolean()));
        }
        labelFields = List.copyOf(fields);
    }

    /** Loaded when first asked for (the class holder idiom makes that thread-safe). */
    private static final class Holder {
        static final KubernetesFacts INSTANCE = load();
    }

    static KubernetesFacts get() {
        return Holder.INSTANCE;
    }

    /** The merge key of a list field in a strategic merge patch ({@code containers} → {@code name}), or null: the list is replaced. */
    String mergeKey(String parentField, String field) {
        String qualified = parentField == null ? null : mergeKeys.get(parentField + "/" + field);
        return qualified != null ? qualified : mergeKeys.get(field);
    }

    /** Whether objects of this apiVersion are built into Kubernetes (strategic merge knows their list keys) rather than custom resources. */
    boolean builtIn(String apiVersion) {
        if (apiVersion == null) {
            return false;
        }
        int slash = apiVersion.indexOf('/');
        return builtInGroups.contains(slash < 0 ? "" : apiVersion.substring(0, slash));
    }

    private static KubernetesFacts load() {
        return new KubernetesFacts(DeployCatalog.resource("kubernetes.json"));
    }

    static List<String> path(String slashed) {
        return List.of(slashed.split("/"));
    }

    private static List<String> strings(JsonElement array) {
        List<String> out = new ArrayList<>();
        array.getAsJsonArray().forEach(x -> out.add(x.getAsString()));
        return List.copyOf(out);
    }
}
