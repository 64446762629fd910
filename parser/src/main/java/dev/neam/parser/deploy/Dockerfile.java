package dev.neam.parser.deploy;

import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Dockerfile as instructions with ranges, grouped into build stages. Line continuations
 * ({@code \} at the end of a line) are joined; comments and parser directives are skipped.
 */
public final class Dockerfile {

    /**
     * One instruction.
     *
     * @param keyword    upper-cased ({@code FROM}, {@code USER}…)
     * @param arguments  the text after the keyword, continuations joined with a space
     * @param range      the whole instruction
     * @param argsRange  the arguments as written (may span lines)
     */
    public record Instruction(String keyword, String arguments, Range range, Range argsRange, int argsOffset) {
    }

    /** A build stage: its FROM and the instructions up to the next FROM. */
    public record Stage(Instruction from, String name, String base, List<Instruction> instructions) {
        public Stage {
            instructions = List.copyOf(instructions);
        }

        public List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }

        public Instruction last(String keyword) {
            List<Instruction> found = all(keyword);
            return found.isEmpty() ? null : found.get(found.size() - 1);
        }
    }

    private final SourceText text;
    private final List<Instruction> instructions;
    private final List<Stage> stages;

    private Dockerfile(SourceText text, List<Instruction> instructions) {
        this.text = text;
        this.instructions = List.copyOf(instructions);
        this.stages = stages(instructions);
    }

    public static Dockerfile parse(String content) {
        SourceText text = new SourceText(content);
        List<Instruction> instructions = new ArrayList<>();
        int line = 0;
        while (line < text.lineCount()) {
            String raw = text.lineText(line);
            String trimmed = raw.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                line++;
                continue;
            }
            int startLine = line;
            int start = text.lineStart(line) + (raw.length() - raw.stripLeading().length());
            StringBuilder joined = new StringBuilder();
            int end;
            while (true) {
                String current = text.lineText(line);
                if (line != startLine && current.strip().startsWith("#")) {
                    line++; // Docker drops comment lines inside a continued instruction and keeps going
                    if (line >= text.lineCount()) {
                        end = text.lineEnd(line - 1);
                        break;
                    }
                    continue;
                }
                boolean continued = current.stripTrailing().endsWith("\\");
                String part = continued ? current.stripTrailing().substring(0, current.stripTrailing().length() - 1) : current;
                if (!part.isBlank()) {
                    joined.append(joined.length() == 0 ? part.strip() : " " + part.strip());
                }
                end = text.lineEnd(line);
                line++;
                if (!continued || line >= text.lineCount()) {
                    break;
                }
            }
            String all = joined.toString();
            int space = indexOfWhitespace(all);
            String keyword = (space < 0 ? all : all.substring(0, space)).toUpperCase(Locale.ROOT);
            String args = space < 0 ? "" : all.substring(space).strip();
            int lineOffset = text.lineStart(startLine);
            String first = text.lineText(startLine);
            int kw = first.toUpperCase(Locale.ROOT).indexOf(keyword);
            int argsStart = kw < 0 ? start : lineOffset + kw + keyword.length();
            while (argsStart < end && Character.isWhitespace(text.text().charAt(argsStart))) {
                argsStart++;
            }
            int argsEnd = end;
            String endText = text.text().substring(argsStart, argsEnd).stripTrailing();
            argsEnd = argsStart + endText.length();
            instructions.add(new Instruction(keyword, args, text.range(start, end), text.range(argsStart, Math.max(argsStart, argsEnd)),
                    argsStart));
        }
        return new Dockerfile(text, instructions);
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<Stage> stages(List<Instruction> instructions) {
        List<Stage> stages = new ArrayList<>();
        Instruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction i : instructions) {
            if (i.keyword().equals("FROM")) {
                if (from != null) {
                    stages.add(stage(from, body));
                }
                from = i;
                body = new ArrayList<>();
            } else if (from != null) {
                body.add(i);
            }
        }
        if (from != null) {
            stages.add(stage(from, body));
        }
        return List.copyOf(stages);
    }

    private static Stage stage(Instruction from, List<Instruction> body) {
        String[] words = from.arguments().split("\\s+");
        List<String> plain = new ArrayList<>();
        for (String w : words) {
            if (!w.startsWith("--")) {
                plain.add(w);
            }
        }
        String base = plain.isEmpty() ? "" : plain.get(0);
        String name = plain.size() >= 3 && plain.get(1).equalsIgnoreCase("AS") ? plain.get(2) : null;
        return new Stage(from, name, base, body);
    }

    public SourceText text() {
        return text;
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    public List<Stage> stages() {
        return stages;
    }

    /** The range of a substring of an instruction's arguments, found in the source; the arguments' range when not found. */
    public Range find(Instruction instruction, String needle) {
        String s = text.text();
        int from = instruction.argsOffset();
        int to = text.offsetAt(instruction.range().end());
        int at = s.indexOf(needle, from);
        if (at < 0 || at + needle.length() > to) {
            return instruction.argsRange();
        }
        return text.range(at, at + needle.length());
    }
}
