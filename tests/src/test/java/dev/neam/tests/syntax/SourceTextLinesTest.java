package dev.neam.tests.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neam.parser.text.Position;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaks as LSP counts them: {@code \n}, {@code \r\n} and a lone {@code \r} each end a line. */
class SourceTextLinesTest {

    @Test
    void everyKindOfLineBreakEndsALine() {
        assertThat(starts("")).containsExactly(0);
        assertThat(starts("abc")).containsExactly(0);
        assertThat(starts("a\nb\n")).containsExactly(0, 2, 4);
        assertThat(starts("a\r\nb\r\n")).containsExactly(0, 3, 6);
        assertThat(starts("a\rb\r")).containsExactly(0, 2, 4);
        assertThat(starts("a\r\n\rb\n\r\n")).containsExactly(0, 3, 4, 6, 8);
        assertThat(starts("\n\n\n")).containsExactly(0, 1, 2, 3);
    }

    @Test
    void manyLinesKeepTheirStartsAndPositions() {
        String text = "x = 1;\n".repeat(1_000) + "last";
        SourceText source = new SourceText(text);
        assertThat(source.lineCount()).isEqualTo(1_001);
        assertThat(source.lineStart(1_000)).isEqualTo(7_000);
        assertThat(source.positionAt(7_002)).isEqualTo(new Position(1_000, 2));
        assertThat(source.lineText(999)).isEqualTo("x = 1;");
        String crlf = "x = 1;\r\n".repeat(40);
        assertThat(new SourceText(crlf).lineStart(39)).isEqualTo(39 * 8);
    }

    private static List<Integer> starts(String text) {
        SourceText source = new SourceText(text);
        List<Integer> starts = new ArrayList<>();
        for (int line = 0; line < source.lineCount(); line++) {
            starts.add(source.lineStart(line));
        }
        return starts;
    }
}
