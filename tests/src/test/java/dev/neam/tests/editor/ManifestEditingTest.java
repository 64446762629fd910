package dev.neam.tests.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.assist.manifest.ManifestFold;
import dev.neam.parser.assist.manifest.ManifestFolding;
import dev.neam.parser.assist.manifest.ManifestFormatter;
import dev.neam.parser.assist.manifest.ManifestOutline;
import dev.neam.parser.assist.manifest.ManifestSymbol;
import dev.neam.parser.fix.TextEdit;
import dev.neam.parser.fix.TextEdits;
import dev.neam.parser.formatting.TextReplacement;
import dev.neam.parser.manifest.ManifestDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outline, folding and formatting of a neam.toml, with exact names, ranges and texts. */
class ManifestEditingTest {
    static final String MANIFEST = """
            # Support desk
            # (a sample)
            [package]
            name = "desk"
            version = "1.0.0"

            [deploy]
            default-target = "kubernetes"

            [deploy.kubernetes]
            replicas = 3
            resources.cpu = "1"

            # the agents neam-api serves
            [[agents]]
            id = "desk"
            capabilities = [
              "chat",
              "tools",
            ]

            [[agents]]
            id = "writer"
            limits = { max = 3, min = 1 }
            """;

    @Test
    void theOutlineNestsTablesWrittenBelowTheirParentAndListsKeysWithTheirValues() {
        List<String> lines = new ArrayList<>();
        render(ManifestOutline.of(ManifestDocument.parse(MANIFEST)), "", lines);
        assertThat(lines).containsExactly(
                "package [package] TABLE 2:0-4:17 sel 2:1-2:8",
                "  name \"desk\" STRING 3:0-3:13 sel 3:0-3:4",
                "  version \"1.0.0\" STRING 4:0-4:17 sel 4:0-4:7",
                "deploy [deploy] TABLE 6:0-11:19 sel 6:1-6:7",
                "  default-target \"kubernetes\" STRING 7:0-7:29 sel 7:0-7:14",
                "  kubernetes [deploy.kubernetes] TABLE 9:0-11:19 sel 9:1-9:18",
                "    replicas 3 NUMBER 10:0-10:12 sel 10:0-10:8",
                "    resources.cpu \"1\" STRING 11:0-11:19 sel 11:0-11:13",
                "agents[0] [[agents]] TABLE 14:0-19:1 sel 14:2-14:8",
                "  id \"desk\" STRING 15:0-15:11 sel 15:0-15:2",
                "  capabilities [ \"chat\", \"tools\", ] ARRAY 16:0-19:1 sel 16:0-16:12",
                "agents[1] [[agents]] TABLE 21:0-23:29 sel 21:2-21:8",
                "  id \"writer\" STRING 22:0-22:13 sel 22:0-22:2",
                "  limits { max = 3, min = 1 } INLINE_TABLE 23:0-23:29 sel 23:0-23:6",
                "    max 3 NUMBER 23:11-23:18 sel 23:11-23:14",
                "    min 1 NUMBER 23:20-23:27 sel 23:20-23:23");
    }

    @Test
    void tablesArraysAndCommentRunsFold() {
        List<ManifestFold> folds = ManifestFolding.of(ManifestDocument.parse(MANIFEST));
        assertThat(folds).containsExactly(
                new ManifestFold(0, 1, true),
                new ManifestFold(2, 4, false),
                new ManifestFold(6, 7, false),
                new ManifestFold(9, 11, false), // the comment above [[agents]] introduces it
                new ManifestFold(14, 19, false),
                new ManifestFold(16, 18, false), // the closing bracket stays visible
                new ManifestFold(21, 23, false));
    }

    @Test
    void formattingNormalisesSpacingIndentationAndBlankLinesAndKeepsComments() {
        String messy = """


                # Support desk
                  [package]   # identity
                name="desk"
                  version   =   "1.0.0"\s\s
                [deploy]
                # where it runs


                default-target =  "kubernetes"   # the usual one
                # the agents
                [[agents]]
                capabilities = [
                "chat",    # talks
                      [ "nested",
                  "list" ],
                    ]
                prompt = \"\"\"
                   kept   as written  \s
                \"\"\"
                """;
        String formatted = apply(messy, ManifestFormatter.format(ManifestDocument.parse(messy), "  ").orElseThrow());
        assertThat(formatted).isEqualTo("""
                # Support desk
                [package]   # identity
                name = "desk"
                version = "1.0.0"

                [deploy]
                # where it runs

                default-target = "kubernetes"   # the usual one

                # the agents
                [[agents]]
                capabilities = [
                  "chat",    # talks
                  [ "nested",
                    "list" ],
                ]
                prompt = \"\"\"
                   kept   as written  \s
                \"\"\"
                """);
        assertThat(ManifestFormatter.format(ManifestDocument.parse(formatted), "  ").orElseThrow())
                .as("formatting a formatted file changes nothing").isEmpty();
    }

    @Test
    void formattingKeepsWindowsLineBreaksAndUsesTheClientsIndentation() {
        String crlf = "[test]\r\ninclude=[\r\n\"a\",\r\n]\r\n";
        String formatted = apply(crlf, ManifestFormatter.format(ManifestDocument.parse(crlf), "\t").orElseThrow());
        assertThat(formatted).isEqualTo("[test]\r\ninclude = [\r\n\t\"a\",\r\n]\r\n");
    }

    @Test
    void aFileWithSyntaxErrorsIsNotFormatted() {
        assertThat(ManifestFormatter.format(ManifestDocument.parse("[package]\nname  =  \"desk\nversion = 1\n"), "  "))
                .isEmpty();
    }

    private static String apply(String text, List<TextReplacement> replacements) {
        return TextEdits.apply(text, replacements.stream().map(r -> new TextEdit(r.range(), r.newText())).toList());
    }

    private static void render(List<ManifestSymbol> symbols, String indent, List<String> out) {
        for (ManifestSymbol s : symbols) {
            out.add(indent + s.name() + " " + s.detail() + " " + s.kind() + " " + s.range() + " sel " + s.selectionRange());
            render(s.children(), indent + "  ", out);
        }
    }
}
