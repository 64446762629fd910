package dev.neam.parser.deploy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * KEDA ScaledObjects: replica bounds KEDA accepts (DEPLOY4006), and triggers with a type and the
 * metadata their scaler needs (DEPLOY4007; the required keys per trigger type are data; a
 * {@code <key>FromEnv} variant counts).
 */
final class KedaCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        JsonObject required = context.catalog.check("DEPLOY4007").parameters().getAsJsonObject("requiredMetadata");
        for (DeployUnit unit : context.units) {
            for (Autoscaler keda : Autoscaler.of(unit)) {
                if (keda.keda()) {
                    bounds(context, unit, keda);
                    triggers(context, unit, keda, required);
                }
            }
        }
    }

    private static void bounds(DeployContext context, DeployUnit unit, Autoscaler keda) {
        Node idleNode = Yaml.path(keda.object().root(), "spec", "idleReplicaCount");
        Long idle = Yaml.integer(idleNode);
        if (keda.minNode() != null && keda.min() != null && keda.min() < 0) {
            context.report(unit, keda.minNode(), DiagnosticCode.DEPLOY_KEDA_REPLICAS, "minReplicaCount " + keda.min() + " is below 0");
        } else if (keda.maxNode() != null && keda.max() != null && keda.max() < 1) {
            context.report(unit, keda.maxNode(), DiagnosticCode.DEPLOY_KEDA_REPLICAS, "maxReplicaCount " + keda.max() + " is below 1");
        } else if (keda.min() != null && keda.max() != null && keda.min() > keda.max()) {
            // at maxReplicaCount, unless only minReplicaCount was set by an overlay's patch
            Node own = Yaml.anchor(keda.object().root());
            Node at = keda.maxNode() == null || (keda.minNode() != null && context.patchedOr(own, keda.minNode()) == keda.minNode()
                    && context.patchedOr(own, keda.maxNode()) != keda.maxNode()) ? keda.minNode() : keda.maxNode();
            context.report(unit, at, DiagnosticCode.DEPLOY_KEDA_REPLICAS, null,
                    "maxReplicaCount " + keda.max() + " is below minReplicaCount " + keda.min(),
                    keda.maxNode() != null && keda.minNode() != null ? context.related(at == keda.minNode() ? keda.maxNode() : keda.minNode(),
                            at == keda.minNode() ? "maxReplicaCount" : "minReplicaCount") : null);
        } else if (idle != null && keda.min() != null && idle >= keda.min()) {
            context.report(unit, idleNode, DiagnosticCode.DEPLOY_KEDA_REPLICAS, "idleReplicaCount " + idle
                    + " must be below minReplicaCount " + keda.min() + (keda.minNode() == null ? " (the default)" : ""));
        }
    }

    private static void triggers(DeployContext context, DeployUnit unit, Autoscaler keda, JsonObject required) {
        Node spec = Yaml.get(keda.object().root(), "spec");
        List<Node> triggers = Yaml.items(Yaml.get(spec, "triggers"));
        if (triggers.isEmpty()) {
            Node at = Yaml.key(spec, "triggers") != null ? Yaml.key(spec, "triggers") : Yaml.key(keda.object().root(), "spec");
            context.report(unit, at != null ? at : keda.object().root(), DiagnosticCode.DEPLOY_KEDA_TRIGGERS, keda.label()
                    + " has no triggers: KEDA needs at least one to scale on");
            return;
        }
        for (Node trigger : triggers) {
            Node type = Yaml.get(trigger, "type");
            if (Yaml.text(type) == null) {
                context.report(unit, Yaml.anchor(trigger), DiagnosticCode.DEPLOY_KEDA_TRIGGERS, "the trigger has no type (prometheus, cron, cpu…)");
                continue;
            }
            JsonElement keys = required.get(Yaml.text(type));
            if (keys == null) {
                continue; // a scaler whose metadata is not known here
            }
            Node metadata = Yaml.get(trigger, "metadata");
            List<String> missing = new ArrayList<>();
            for (JsonElement key : keys.getAsJsonArray()) {
                String k = key.getAsString();
                if (Yaml.get(metadata, k) == null && Yaml.get(metadata, k + "FromEnv") == null) {
                    missing.add(k);
                }
            }
            if (!missing.isEmpty()) {
                List<String> all = new ArrayList<>();
                keys.getAsJsonArray().forEach(k -> all.add(k.getAsString()));
                context.report(unit, type, DiagnosticCode.DEPLOY_KEDA_TRIGGERS, "the " + Yaml.text(type) + " trigger needs metadata "
                        + String.join(", ", all) + "; missing: " + String.join(", ", missing));
            }
        }
    }
}
