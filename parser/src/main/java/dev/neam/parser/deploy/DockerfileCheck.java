package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.diagnostic.Severity;
import dev.neam.parser.manifest.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dockerfiles: the final stage must not run as root (DEPLOY7001), must EXPOSE the port neam-api
 * listens on (DEPLOY7002) and have a HEALTHCHECK on /health (DEPLOY7003); no credential is baked in
 * with ENV or ARG (DEPLOY7004); base images are pinned (DEPLOY6003). The port and healthcheck
 * checks apply to images that run Neam (a Dockerfile that mentions neam).
 */
final class DockerfileCheck implements DeployCheck {

    private static final Pattern PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|'[^']*'|\\S*)");

    @Override
    public void check(DeployContext context) {
        for (ParsedFile file : context.files(DeployFileKind.DOCKERFILE)) {
            Dockerfile docker = file.dockerfile;
            List<String> stageNames = new ArrayList<>();
            for (Dockerfile.Stage stage : docker.stages()) {
                baseImage(context, file, stage, stageNames);
                if (stage.name() != null) {
                    stageNames.add(stage.name().toLowerCase(Locale.ROOT));
                }
                for (Dockerfile.Instruction i : stage.instructions()) {
                    if (i.keyword().equals("ENV") || i.keyword().equals("ARG")) {
                        secrets(context, file, docker, i);
                    }
                }
            }
            if (docker.stages().isEmpty()) {
                continue;
            }
            Dockerfile.Stage last = docker.stages().get(docker.stages().size() - 1);
            user(context, file, docker, last);
            boolean neam = docker.instructions().stream().anyMatch(i -> context.mentionsNeam(i.arguments()));
            if (neam) {
                int port = port(context, last);
                expose(context, file, docker, last, port);
                healthcheck(context, file, docker, last);
            }
        }
    }

    private static void baseImage(DeployContext context, ParsedFile file, Dockerfile.Stage stage, List<String> stageNames) {
        String base = stage.base();
        if (base.isEmpty() || base.equals("scratch") || base.contains("$") || stageNames.contains(base.toLowerCase(Locale.ROOT))) {
            return;
        }
        String problem = ImageTags.problem(context, base);
        if (problem != null) {
            context.report(file, DiagnosticCode.DEPLOY_IMAGE_TAG, file.dockerfile.find(stage.from(), base), problem);
        }
    }

    /** The user of the final stage: its last USER, else the last USER of the stage it builds on. */
    private static void user(DeployContext context, ParsedFile file, Dockerfile docker, Dockerfile.Stage last) {
        Dockerfile.Instruction user = null;
        for (Dockerfile.Stage s = last; s != null && user == null; s = parent(docker, s)) {
            user = s.last("USER");
        }
        if (user == null) {
            context.report(file, DiagnosticCode.DEPLOY_DOCKERFILE_USER, last.from().range(), "the final stage has no USER, so the "
                    + "container runs as root; add e.g. USER 1000:1000");
            return;
        }
        String who = user.arguments().split("\\s+")[0];
        String name = who.split(":")[0];
        if (name.equals("root") || name.equals("0")) {
            context.report(file, DiagnosticCode.DEPLOY_DOCKERFILE_USER, docker.find(user, who), "the final stage runs as root (USER "
                    + who + "); use a non-root user such as 1000:1000");
        }
    }

    private static Dockerfile.Stage parent(Dockerfile docker, Dockerfile.Stage stage) {
        for (Dockerfile.Stage s : docker.stages()) {
            if (s != stage && s.name() != null && s.name().equalsIgnoreCase(stage.base())) {
                return s;
            }
        }
        return null;
    }

    static int port(DeployContext context, Dockerfile.Stage stage) {
        String flag = context.catalog.string("DEPLOY1001", "portFlag");
        for (String keyword : List.of("CMD", "ENTRYPOINT")) {
            for (Dockerfile.Instruction i : stage.all(keyword)) {
                Matcher m = Pattern.compile(Pattern.quote(flag) + "\"?\\s*[,= ]\\s*\"?([0-9]{1,5})").matcher(i.arguments());
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        for (Dockerfile.Instruction i : stage.all("ENV")) {
            Matcher m = Pattern.compile("\\b" + context.catalog.string("DEPLOY1001", "portEnv") + "[= ]\"?([0-9]{1,5})").matcher(i.arguments());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return context.catalog.integer("DEPLOY1001", "defaultPort");
    }

    private static void expose(DeployContext context, ParsedFile file, Dockerfile docker, Dockerfile.Stage last, int port) {
        List<Dockerfile.Instruction> exposes = last.all("EXPOSE");
        if (exposes.isEmpty()) {
            context.report(file, DiagnosticCode.DEPLOY_DOCKERFILE_EXPOSE, last.from().range(), "the final stage does not EXPOSE "
                    + port + ", the port neam-api listens on");
            return;
        }
        for (Dockerfile.Instruction e : exposes) {
            for (String p : e.arguments().split("\\s+")) {
                if (p.replaceAll("/.*$", "").equals(String.valueOf(port))) {
                    return;
                }
            }
        }
        Dockerfile.Instruction first = exposes.get(0);
        context.report(file, DiagnosticCode.DEPLOY_DOCKERFILE_EXPOSE, first.argsRange(), "EXPOSE " + first.arguments()
                + " does not include " + port + ", the port neam-api listens on");
    }

    private static void healthcheck(DeployContext context, ParsedFile file, Dockerfile docker, Dockerfile.Stage last) {
        String path = context.catalog.string("DEPLOY7003", "path");
        Dockerfile.Instruction hc = last.last("HEALTHCHECK");
        if (hc == null) {
            context.report(file, DiagnosticCode.DEPLOY_DOCKERFILE_HEALTHCHECK, last.from().range(), "the final stage has no "
                    + "HEALTHCHECK; neam-api answers GET " + path);
        } else if (hc.arguments().strip().equalsIgnoreCase("NONE")) {
            context.report(file, DiagnosticCode.DEPLOY_DOCKERFILE_HEALTHCHECK, hc.argsRange(), "HEALTHCHECK NONE turns the health "
                    + "check off; neam-api answers GET " + path);
        } else if (!callsPath(hc.arguments(), path)) {
            context.report(file, DiagnosticCode.DEPLOY_DOCKERFILE_HEALTHCHECK, hc.argsRange(), "the HEALTHCHECK does not call "
                    + path + ", the endpoint neam-api serves for it");
        }
    }

    /** Whether a command calls exactly this path ({@code /health}, not {@code /healthz}). */
    static boolean callsPath(String command, String path) {
        return Pattern.compile(Pattern.quote(path) + "(?![A-Za-z0-9_.-])").matcher(command).find();
    }

    private static void secrets(DeployContext context, ParsedFile file, Dockerfile docker, Dockerfile.Instruction i) {
        Pattern secretName = context.secretName();
        String args = i.arguments();
        List<String[]> pairs = new ArrayList<>();
        Matcher m = PAIR.matcher(args);
        while (m.find()) {
            pairs.add(new String[] {m.group(1), m.group(2)});
        }
        if (pairs.isEmpty() && i.keyword().equals("ENV")) { // legacy form: ENV NAME value
            String[] words = args.split("\\s+", 2);
            if (words.length == 2) {
                pairs.add(new String[] {words[0], words[1]});
            }
        }
        for (String[] pair : pairs) {
            String value = pair[1].replaceAll("^[\"']|[\"']$", "");
            if (value.isEmpty() || value.startsWith("$")) {
                continue;
            }
            if (secretName.matcher(pair[0]).find() || Secrets.looksLikeCredential(value)) {
                context.report(file, DiagnosticCode.DEPLOY_DOCKERFILE_SECRET, Severity.ERROR, docker.find(i, pair[1]), i.keyword() + " "
                        + pair[0] + " bakes a credential into the image (" + Secrets.mask(value) + "); pass it at run time", null);
            }
        }
    }
}
