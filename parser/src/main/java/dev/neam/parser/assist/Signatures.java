package dev.neam.parser.assist;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Param;
import dev.neam.parser.text.SourceText;
import java.util.List;

/** How user functions read as signatures: {@code fun name(a, b: int = 1) -> string}. */
public final class Signatures {
    private Signatures() {
    }

    public static String function(Decl.Function f, SourceText text) {
        String keyword = f.keyword() == null ? "fun" : f.keyword();
        String name = f.name() == null ? "" : f.name().text();
        String returns = f.returnType() == null ? "" : " -> " + f.returnType().text();
        return keyword + " " + name + "(" + String.join(", ", params(f.params(), text)) + ")" + returns;
    }

    /** Each parameter as written, on one line. */
    public static List<String> params(List<Param> params, SourceText text) {
        return params.stream().map(p -> ValueText.oneLine(text.slice(p.range()))).toList();
    }
}
