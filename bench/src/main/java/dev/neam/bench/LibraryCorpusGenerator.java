package dev.neam.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Code in the style of a standard library rather than of a generated project: many small modules
 * in areas (text, collections, time, net...), each documented with doc comments and {@code @param}
 * tags, public functions with nested calls, conditionals and collection literals, constants,
 * structs with methods, a skill over the module's functions, and tests; modules import functions of
 * their neighbours. The text depends only on the index, so runs are comparable.
 */
final class LibraryCorpusGenerator {
    private static final String[] AREAS = {"text", "collections", "time", "net", "json", "math", "io", "agents"};

    private LibraryCorpusGenerator() {
    }

    /** Writes a project of {@code files} modules into {@code root} (emptied first); returns the bytes written. */
    static long generate(Path root, int files) throws IOException {
        ProjectGenerator.deleteRecursively(root);
        Files.createDirectories(root);
        Files.writeString(root.resolve("neam.toml"), "[package]\nname = \"stdlib\"\nversion = \"1.0.0\"\n");
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            String area = AREAS[i % AREAS.length];
            Path file = root.resolve("src/std/" + area + "/mod" + i + ".neam");
            Files.createDirectories(file.getParent());
            String text = module(i);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    /** One module: a header, the imports of its neighbour and its declarations. */
    static String module(int i) {
        String area = AREAS[i % AREAS.length];
        StringBuilder s = new StringBuilder();
        s.append("// std.").append(area).append(".mod").append(i).append(": helpers for ").append(area).append(" values\n");
        s.append("module std.").append(area).append(".mod").append(i).append(";\n\n");
        if (i >= AREAS.length) {
            int neighbour = i - AREAS.length;
            s.append("import std.").append(area).append(".mod").append(neighbour).append(".{clamp_").append(neighbour)
                    .append(", join_").append(neighbour).append("};\n\n");
        }
        s.append(declarations(i, i >= AREAS.length ? i - AREAS.length : -1));
        return s.toString();
    }

    /** One file of about {@code lines} lines made of many modules' declarations (names kept apart by index). */
    static String largeFile(int lines) {
        StringBuilder s = new StringBuilder("// a large library module\nmodule std.large;\n\n");
        int i = 0;
        while (NeamFileGenerator.count(s) < lines) {
            s.append(declarations(i, i > 0 ? i - 1 : -1));
            i++;
        }
        return s.toString();
    }

    /** The declarations of module {@code i}; {@code uses} is the index whose functions it calls, or -1. */
    private static String declarations(int i, int uses) {
        String clampCall = uses < 0 ? "value" : "clamp_" + uses + "(value, 0, limit)";
        String joinCall = uses < 0 ? "parts[0] + separator + parts[1]" : "join_" + uses + "(parts, separator)";
        return """
                /// Default limit for values of kind %1$d.
                pub const LIMIT_%1$d: number = %2$d;

                /// Separators accepted by the helpers of kind %1$d, by name.
                const SEPARATORS_%1$d: map = {
                    "comma": ",",
                    "semicolon": ";",
                    "space": " ",
                };

                /// Keeps a value within bounds.
                /// @param value the value to bound
                /// @param low the smallest value returned
                /// @param high the largest value returned
                /// @returns the value, moved into [low, high]
                pub fun clamp_%1$d(value, low, high) {
                    if (value < low) {
                        return low;
                    }
                    if (value > high) {
                        return high;
                    }
                    return value;
                }

                /// Joins parts with a separator, skipping empty parts.
                /// @param parts the strings to join
                /// @param separator put between two parts
                pub fun join_%1$d(parts, separator) {
                    let result = "";
                    for part in parts {
                        if (len(part) > 0) {
                            if (len(result) > 0) {
                                result = result + separator;
                            }
                            result = result + str(part);
                        }
                    }
                    return result;
                }

                /// Scales a value and keeps it under the limit; nested calls as library code writes them.
                /// @param value the input
                /// @param factor multiplied with the input
                pub fun scale_%1$d(value, factor = 2) {
                    let limit = LIMIT_%1$d;
                    let scaled = ((value * factor) + (value / (factor + 1))) * (1 + (factor %% 3));
                    return clamp_%1$d(clamp_%1$d(scaled, -limit, limit), 0, limit) + len(str(%3$s));
                }

                /// Formats a pair of values for a log line.
                pub fun describe_%1$d(name, parts) {
                    let separator = SEPARATORS_%1$d.get("comma", ",");
                    let text = %4$s;
                    return f"{name}: {text} ({len(parts)} parts)";
                }

                /// A bounded range of values.
                pub struct Span%1$d {
                    low: number,
                    high: number,
                    fn width(self) { return self.high - self.low; }
                    fn contains(self, value) { return clamp_%1$d(value, self.low, self.high) == value; }
                }

                /// Scales values on request.
                pub skill scale_values_%1$d {
                    description: "Scales a value for kind %1$d and keeps it within the limit."
                    params: { value: number }
                    impl(value) {
                        return scale_%1$d(value, 3);
                    }
                }

                test "clamp %1$d keeps values in bounds" {
                    assert_eq(clamp_%1$d(5, 0, 3), 3);
                    assert_eq(join_%1$d(["a", "", "b"], "-"), "a-b");
                }

                """.formatted(i, 100 + i, clampCall, joinCall);
    }
}
