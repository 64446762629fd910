package dev.neam.parser.deploy;

import org.snakeyaml.engine.v2.nodes.Node;

/** One Kubernetes object: a YAML document with apiVersion and kind, and the file it is in. */
record K8sObject(ParsedFile file, Node root, String apiVersion, String kind, String name) {

    /** The pod template's spec of a workload, the spec of a Pod, or null. */
    Node podSpec() {
        return switch (kind) {
            case "Pod" -> Yaml.get(root, "spec");
            case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "ReplicationController" ->
                    Yaml.path(root, "spec", "template", "spec");
            case "CronJob" -> Yaml.path(root, "spec", "jobTemplate", "spec", "template", "spec");
            default -> null;
        };
    }

    /** Whether the workload runs a long-lived server (probes apply), as opposed to a Job. */
    boolean isServer() {
        return switch (kind) {
            case "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController" -> true;
            default -> false;
        };
    }

    /** Labels of the pods it makes. */
    Node podLabels() {
        return kind.equals("Pod") ? Yaml.path(root, "metadata", "labels") : Yaml.path(root, "spec", "template", "metadata", "labels");
    }
}
