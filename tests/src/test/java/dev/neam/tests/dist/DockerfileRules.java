package dev.neam.tests.dist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of hadolint (the Dockerfile linter; its releases are native binaries that none of the
 * package registries this project builds from carries) that apply to a Dockerfile like ours, written
 * after hadolint's rule list so that the image's Dockerfile is held to them:
 * DL3000 absolute WORKDIR, DL3002 last USER not root, DL3003 WORKDIR instead of cd, DL3004 no sudo,
 * DL3006 tagged base images, DL3007 no latest tag, DL3008/DL3009/DL3015 apt-get pinned, cleaned
 * and without recommends, DL3020 COPY instead of ADD, DL3021 a COPY of several sources into a
 * folder ending in '/', DL3022 COPY --from a stage defined before, DL3025 JSON notation for CMD
 * and ENTRYPOINT, DL3045 COPY to a relative destination only after WORKDIR, DL3059 no consecutive
 * RUN, DL4000 no MAINTAINER, DL4006 pipefail before piping in RUN.
 */
final class DockerfileRules {
    private static final Pattern PIPE = Pattern.compile("(?<![|])[|](?![|])");

    private DockerfileRules() {
    }

    /** An instruction on its logical line (continuations joined), with the line it starts on. */
    record Instruction(int line, String keyword, String arguments) {
    }

    static List<String> violations(String dockerfile) {
        List<Instruction> instructions = parse(dockerfile);
        List<String> out = new ArrayList<>();
        Set<String> stages = new HashSet<>();
        boolean workdir = false;
        boolean pipefail = false;
        String previous = "";
        String lastUser = null;
        int lastFrom = 0;
        for (Instruction i : instructions) {
            String args = i.arguments();
            switch (i.keyword()) {
                case "FROM" -> {
                    String[] words = args.split("\\s+");
                    String image = words[0];
                    if (!image.equals("scratch") && !stages.contains(image.toLowerCase(Locale.ROOT)) && !image.contains("$")
                            && !image.contains("@")) {
                        String afterRegistry = image.substring(image.lastIndexOf('/') + 1);
                        if (!afterRegistry.contains(":")) {
                            out.add("line " + i.line() + ": DL3006 tag the image explicitly: " + image);
                        } else if (afterRegistry.endsWith(":latest")) {
                            out.add("line " + i.line() + ": DL3007 do not use the latest tag: " + image);
                        }
                    }
                    if (words.length >= 3 && words[1].equalsIgnoreCase("AS")) {
                        stages.add(words[2].toLowerCase(Locale.ROOT));
                    }
                    workdir = false;
                    lastUser = null;
                    lastFrom = i.line();
                }
                case "WORKDIR" -> {
                    workdir = true;
                    if (!args.startsWith("/") && !args.startsWith("$")) {
                        out.add("line " + i.line() + ": DL3000 use absolute WORKDIR");
                    }
                }
                case "USER" -> lastUser = args.split("[\\s:]")[0];
                case "SHELL" -> pipefail = args.contains("pipefail");
                case "MAINTAINER" -> out.add("line " + i.line() + ": DL4000 MAINTAINER is deprecated");
                case "ADD" -> {
                    if (!args.matches(".*(https?://|\\.tar|\\.tgz|\\.gz|\\.xz|\\.bz2).*")) {
                        out.add("line " + i.line() + ": DL3020 use COPY instead of ADD for files and folders");
                    }
                }
                case "COPY" -> {
                    List<String> words = new ArrayList<>(List.of(args.split("\\s+")));
                    String from = null;
                    while (!words.isEmpty() && words.get(0).startsWith("--")) {
                        String flag = words.remove(0);
                        if (flag.startsWith("--from=")) {
                            from = flag.substring("--from=".length()).toLowerCase(Locale.ROOT);
                        }
                    }
                    if (from != null && !stages.contains(from) && !from.matches("[0-9]+") && !from.contains(":")) {
                        out.add("line " + i.line() + ": DL3022 COPY --from should reference a previously defined FROM alias");
                    }
                    String destination = words.get(words.size() - 1);
                    if (words.size() > 2 && !destination.endsWith("/")) {
                        out.add("line " + i.line() + ": DL3021 COPY with more than 2 arguments requires the last argument to end with /");
                    }
                    if (!destination.startsWith("/") && !destination.startsWith("$") && !workdir) {
                        out.add("line " + i.line() + ": DL3045 COPY to a relative destination without WORKDIR set");
                    }
                }
                case "RUN" -> {
                    if (previous.equals("RUN")) {
                        out.add("line " + i.line() + ": DL3059 multiple consecutive RUN instructions");
                    }
                    if (args.matches("(^|.*[;&|\\s])cd\\s.*")) {
                        out.add("line " + i.line() + ": DL3003 use WORKDIR to switch to a directory");
                    }
                    if (args.matches("(^|.*[;&|\\s])sudo\\s.*")) {
                        out.add("line " + i.line() + ": DL3004 do not use sudo");
                    }
                    if (PIPE.matcher(args).find() && !pipefail) {
                        out.add("line " + i.line() + ": DL4006 set the SHELL option -o pipefail before RUN with a pipe");
                    }
                    if (args.contains("apt-get install")) {
                        if (!args.contains("--no-install-recommends")) {
                            out.add("line " + i.line() + ": DL3015 avoid additional packages by specifying --no-install-recommends");
                        }
                        if (!args.matches(".*apt-get install[^;&]*=.*")) {
                            out.add("line " + i.line() + ": DL3008 pin versions in apt-get install");
                        }
                        if (!args.contains("rm -rf /var/lib/apt/lists")) {
                            out.add("line " + i.line() + ": DL3009 delete the apt-get lists after installing something");
                        }
                    }
                }
                case "CMD", "ENTRYPOINT" -> {
                    if (!args.startsWith("[")) {
                        out.add("line " + i.line() + ": DL3025 use the JSON notation for CMD and ENTRYPOINT");
                    }
                }
                default -> {
                }
            }
            previous = i.keyword();
        }
        if (lastUser != null && (lastUser.equals("root") || lastUser.equals("0"))) {
            out.add("line " + lastFrom + ": DL3002 the last USER must not be root");
        }
        return out;
    }

    private static List<Instruction> parse(String dockerfile) {
        List<Instruction> out = new ArrayList<>();
        String[] lines = dockerfile.split("\n", -1);
        StringBuilder current = null;
        int start = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (current == null && (line.isEmpty() || line.startsWith("#"))) {
                continue;
            }
            if (current != null && line.startsWith("#")) {
                continue; // a comment inside a continued instruction
            }
            if (current == null) {
                current = new StringBuilder();
                start = n + 1;
            }
            boolean continued = line.endsWith("\\");
            current.append(continued ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continued) {
                String text = current.toString().strip();
                int space = text.indexOf(' ');
                String keyword = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
                out.add(new Instruction(start, keyword, space < 0 ? "" : text.substring(space + 1).strip()));
                current = null;
            }
        }
        return out;
    }
}
