package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.manifest.Secrets;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * ConfigMaps must not carry API keys (DEPLOY5002); Secret manifests committed with real-looking
 * credentials are flagged (DEPLOY5003). Values are never shown in full.
 */
final class ConfigDataCheck implements DeployCheck {

    @Override
    public void check(DeployContext context) {
        Pattern secretName = context.secretName();
        for (DeployUnit unit : context.units) {
            for (K8sObject config : unit.objects("ConfigMap")) {
                for (NodeTuple t : Yaml.entries(Yaml.get(config.root(), "data"))) {
                    String key = Yaml.text(t.getKeyNode());
                    String value = Yaml.text(t.getValueNode());
                    if (key == null || value == null || value.isBlank() || value.startsWith("$")) {
                        continue;
                    }
                    if (secretName.matcher(key).find() || Secrets.looksLikeCredential(value)) {
                        context.report(unit, t.getValueNode(), DiagnosticCode.DEPLOY_SECRET_IN_CONFIGMAP, "ConfigMap '" + config.written()
                                + "' holds " + key + " (" + Secrets.mask(value) + "); API keys belong in a Secret");
                    }
                }
            }
            for (K8sObject secret : unit.objects("Secret")) {
                committed(context, unit, secret, Yaml.get(secret.root(), "stringData"), false);
                committed(context, unit, secret, Yaml.get(secret.root(), "data"), true);
            }
        }
    }

    private static void committed(DeployContext context, DeployUnit unit, K8sObject secret, Node data, boolean base64) {
        for (NodeTuple t : Yaml.entries(data)) {
            String value = Yaml.text(t.getValueNode());
            if (value == null || value.isBlank()) {
                continue;
            }
            String plain = base64 ? decode(value) : value;
            if (plain != null && Secrets.looksLikeCredential(plain)) {
                context.report(unit, t.getValueNode(), DiagnosticCode.DEPLOY_COMMITTED_SECRET,
                        "Secret '" + secret.written() + "' commits a real-looking credential for " + Yaml.text(t.getKeyNode()) + " ("
                                + Secrets.mask(plain) + "); create the Secret outside Git and rotate the key");
            }
        }
    }

    private static String decode(String value) {
        try {
            return new String(Base64.getDecoder().decode(value.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
