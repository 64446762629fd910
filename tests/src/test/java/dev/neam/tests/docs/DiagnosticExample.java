package dev.neam.tests.docs;

import dev.neam.tests.support.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A complete, minimal example of one diagnostic code: the files of a project that triggers it
 * ({@code bad}) and the same project fixed ({@code fixed}), from {@code examples/CODE.example}:
 * <pre>
 * # lint: --manifest-profile 0.6.8       (optional: options lint needs to report it)
 * # environment: OPENAI_API_KEY          (optional: reported only by the editor, when the variable is unset)
 * === bad src/main.neam                   (a file of the project that triggers it)
 * …
 * === fixed src/main.neam                 (the file as it is when fixed)
 * …
 * === both neam.toml                      (a file of both projects)
 * …
 * === bad logo.neam binary                (bytes written in hex)
 * === bad src/data.neam repeated 70000     (the text written once, the file holds it that many times)
 * </pre>
 * Other {@code #} lines before the first file are notes for readers of the example file.
 */
public record DiagnosticExample(String code, List<String> lintOptions, String environment, List<ExampleFile> files) {

    /** One file of an example. */
    public record ExampleFile(String side, String path, byte[] content, boolean binary, String unit, int repeated) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        boolean in(String project) {
            return side.equals("both") || side.equals(project);
        }
    }

    public static final String BAD = "bad";
    public static final String FIXED = "fixed";

    /** Every example, by code, in code order. */
    public static Map<String, DiagnosticExample> all() {
        Path folder = RepoPaths.repoRoot().resolve("tests/src/test/resources/examples");
        Map<String, DiagnosticExample> examples = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".example")).sorted().toList()) {
                String code = file.getFileName().toString().replace(".example", "");
                examples.put(code, parse(code, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    static DiagnosticExample parse(String code, String text) {
        List<String> options = new ArrayList<>();
        String environment = null;
        List<ExampleFile> files = new ArrayList<>();
        String[] header = null;
        StringBuilder content = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (header != null) {
                    files.add(file(header, content));
                }
                header = line.substring(4).trim().split("\\s+");
                if (header.length < 2 || !List.of(BAD, FIXED, "both").contains(header[0])) {
                    throw new IllegalArgumentException(code + ": bad file header '" + line + "'");
                }
                content.setLength(0);
            } else if (header != null) {
                content.append(line).append('\n');
            } else if (line.startsWith("# lint:")) {
                options.addAll(List.of(line.substring("# lint:".length()).trim().split("\\s+")));
            } else if (line.startsWith("# environment:")) {
                environment = line.substring("# environment:".length()).trim();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                throw new IllegalArgumentException(code + ": text before the first file: " + line);
            }
        }
        if (header != null) {
            files.add(file(header, content));
        }
        return new DiagnosticExample(code, List.copyOf(options), environment, List.copyOf(files));
    }

    private static ExampleFile file(String[] header, StringBuilder content) {
        String text = content.toString();
        while (text.endsWith("\n\n")) { // blank lines before the next header separate, they are not content
            text = text.substring(0, text.length() - 1);
        }
        boolean binary = header.length > 2 && header[2].equals("binary");
        // Files too large to write out (a file over the analysed size) are one text repeated.
        int repeated = header.length > 3 && header[2].equals("repeated") ? Integer.parseInt(header[3]) : 1;
        byte[] bytes = binary ? HexFormat.of().parseHex(text.replaceAll("\\s+", ""))
                : text.repeat(repeated).getBytes(StandardCharsets.UTF_8);
        return new ExampleFile(header[0], header[1], bytes, binary, text, repeated);
    }

    /** The files of one project ({@link #BAD} or {@link #FIXED}), in the order written. */
    public List<ExampleFile> project(String side) {
        return files.stream().filter(f -> f.in(side)).toList();
    }

    /** Writes one project under {@code folder}. */
    public void write(String side, Path folder) {
        try {
            Files.createDirectories(folder);
            for (ExampleFile f : project(side)) {
                Path target = folder.resolve(f.path());
                Files.createDirectories(target.getParent());
                Files.write(target, f.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
