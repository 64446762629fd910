package dev.neam.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic Neam project of a given size: {@code neam.toml} and {@code src/pkgD/fileI.neam}
 * files of about 40 lines each, 100 per folder, with functions, loops, an agent, imports of the
 * previous file of the same folder (so cross-file resolution is exercised) and a few findings: an
 * unused local in every file, a block comment (warning) in every 10th, a missing ';' (error) in
 * every 50th. The content depends only on the index, so runs are comparable.
 */
final class ProjectGenerator {
    static final int FILES_PER_FOLDER = 100;

    private ProjectGenerator() {
    }

    /** Writes the project into {@code root} (emptied first); returns the total size in bytes. */
    static long generate(Path root, int files) throws IOException {
        deleteRecursively(root);
        Files.createDirectories(root);
        Files.writeString(root.resolve("neam.toml"), "[project]\nname = \"bench\"\nversion = \"1.0.0\"\n");
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            int folder = i / FILES_PER_FOLDER;
            Path file = root.resolve("src/pkg" + folder + "/file" + i + ".neam");
            Files.createDirectories(file.getParent());
            String text = source(folder, i);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    static String source(int folder, int i) {
        boolean first = i % FILES_PER_FOLDER == 0;
        String previous = "pkg" + folder + ".file" + (i - 1);
        StringBuilder s = new StringBuilder();
        s.append("// Generated for the lint benchmark: file ").append(i).append('\n');
        s.append("module pkg").append(folder).append(".file").append(i).append(";\n\n");
        if (!first) {
            s.append("import ").append(previous).append(".{helper_").append(i - 1).append("};\n\n");
        }
        s.append("/// Adds up a few values; returns early when the total is large.\n");
        s.append("pub fun helper_").append(i).append("(x, y = 2) {\n");
        s.append("    let total = x * y;\n");
        s.append("    for item in range(3) {\n");
        s.append("        total = total + item;\n");
        s.append("    }\n");
        s.append("    if (total > 10) {\n");
        s.append("        return total;\n");
        s.append("    }\n");
        s.append("    return ").append(first ? "total" : "helper_" + (i - 1) + "(total)").append(";\n");
        s.append("}\n\n");
        s.append("fun format_").append(i).append("(value) {\n");
        s.append("    let label = \"value \" + str(").append(i).append(");\n");
        s.append("    return label + \": \" + str(value);\n");
        s.append("}\n\n");
        if (i % 10 == 0) {
            s.append("/* an old-style comment */\n");
        }
        s.append("pub agent Agent").append(i).append(" {\n");
        s.append("    provider: \"openai\"\n");
        s.append("    model: \"gpt-4o-mini\"\n");
        s.append("    temperature: 0.2\n");
        s.append("    system: \"You answer questions about topic ").append(i).append(".\"\n");
        s.append("}\n\n");
        s.append("fun main_").append(i).append("() {\n");
        s.append("    let unused = ").append(i).append(";\n");
        s.append("    let result = helper_").append(i).append("(").append(i % 7).append(")")
                .append(i % 50 == 0 ? "" : ";").append('\n');
        s.append("    emit format_").append(i).append("(result);\n");
        s.append("}\n");
        return s.toString();
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
