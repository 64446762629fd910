package dev.neam.parser.navigation;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.text.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece of code that can call and be called: a function, a method, or a domain declaration
 * whose handlers run code (a skill with `impl(…) { … }`). Calls written at the top level of a
 * file belong to the file itself ({@link Kind#FILE}).
 *
 * @param detail for a method the type it belongs to, for a declaration its header words
 */
public record CallableUnit(String name, Kind kind, String detail, String path, Path file, Range nameRange,
                           Range range, Node node) {

    public enum Kind { FUNCTION, METHOD, DECLARATION, FILE }

    /** The units of a file, outermost first; lambdas belong to the unit they are written in. */
    public static List<CallableUnit> of(String path, Path file, SourceFile tree) {
        List<CallableUnit> out = new ArrayList<>();
        if (tree == null) {
            return out;
        }
        for (Stmt item : tree.items()) {
            if (item instanceof Decl.Function f && f.name() != null) {
                out.add(new CallableUnit(f.name().text(), Kind.FUNCTION, "function", path, file, f.name().range(),
                        f.range(), f));
            } else if (item instanceof Decl.Struct s && s.name() != null) {
                methods(out, s.name().text(), s.methods(), path, file);
            } else if (item instanceof Decl.Impl i && i.target() != null) {
                methods(out, i.target().text(), i.methods(), path, file);
            } else if (item instanceof Decl.Extend e && e.target() != null) {
                methods(out, e.target().text(), e.methods(), path, file);
            } else if (item instanceof Decl.Domain d && d.name() != null && hasHandler(d.members())) {
                out.add(new CallableUnit(d.name().text(), Kind.DECLARATION, d.kind(), path, file, d.name().range(),
                        d.range(), d));
            }
        }
        return out;
    }

    /** The unit whose code contains a range, or null for code outside any unit. */
    public static CallableUnit enclosing(List<CallableUnit> units, Range range) {
        CallableUnit best = null;
        for (CallableUnit unit : units) {
            if (unit.range().contains(range.start()) && unit.range().contains(range.end())
                    && (best == null || best.range().contains(unit.range().start()))) {
                best = unit;
            }
        }
        return best;
    }

    /** The pseudo-unit of a file's top-level code. */
    public static CallableUnit file(String path, Path file, SourceFile tree) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        Range whole = tree == null ? Range.of(0, 0, 0, 0) : tree.range();
        return new CallableUnit(name, Kind.FILE, "top-level code", path, file, Range.empty(whole.start()), whole,
                tree);
    }

    private static void methods(List<CallableUnit> out, String owner, List<Decl.Function> methods, String path,
                                Path file) {
        for (Decl.Function m : methods) {
            if (m.name() != null && m.body() != null) {
                out.add(new CallableUnit(m.name().text(), Kind.METHOD, owner, path, file, m.name().range(), m.range(),
                        m));
            }
        }
    }

    private static boolean hasHandler(List<Member> members) {
        for (Member member : members) {
            if (member instanceof Member.Handler
                    || member instanceof Member.Property p && p.value() instanceof dev.neam.parser.ast.Expr.Lambda) {
                return true;
            }
        }
        return false;
    }
}
