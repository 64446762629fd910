package dev.neam.parser.semantic.core;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.semantic.TreeNodes;
import dev.neam.parser.text.Range;
import java.util.List;

/**
 * `return` outside a function, `break`/`continue` outside a loop, and statements that can never
 * run because an earlier statement of the same block always leaves it.
 */
public final class ControlFlowCheck implements FileCheck {
    @Override
    public void check(FileContext context) {
        TreeNodes tree = TreeNodes.of(context);
        if (tree.size() > 0) {
            new Walk(context, tree).node(0, false, false);
        }
    }

    /** Visits the tree through its nodes' indices in {@link TreeNodes}. */
    private static final class Walk {
        private final FileContext context;
        private final TreeNodes tree;

        Walk(FileContext context, TreeNodes tree) {
            this.context = context;
            this.tree = tree;
        }

        void node(int index, boolean inFunction, boolean inLoop) {
            Node node = tree.node(index);
            if (node instanceof Decl.Function || node instanceof Expr.Lambda || node instanceof Member.Handler
                    || node instanceof Decl.Test || node instanceof Decl.Hook) {
                children(index, true, false);
                return;
            }
            if (node instanceof Stmt.For || node instanceof Stmt.CStyleFor || node instanceof Stmt.While) {
                children(index, inFunction, true);
                return;
            }
            if (node instanceof Stmt.Return r && !inFunction) {
                context.report(Diagnostic.of(DiagnosticCode.RETURN_OUTSIDE_FUNCTION, keyword(r.range(), "return"),
                        "'return' is only allowed inside a function, method or handler"));
            } else if ((node instanceof Stmt.Break || node instanceof Stmt.Continue) && !inLoop) {
                String word = node instanceof Stmt.Break ? "break" : "continue";
                context.report(Diagnostic.of(DiagnosticCode.BREAK_OUTSIDE_LOOP, keyword(node.range(), word),
                        "'" + word + "' is only allowed inside a 'for' or 'while' loop"));
            }
            if (node instanceof Stmt.Block block) {
                unreachable(block.statements());
            }
            children(index, inFunction, inLoop);
        }

        private void children(int index, boolean inFunction, boolean inLoop) {
            for (int child = index + 1, end = tree.end(index); child < end; child = tree.end(child)) {
                node(child, inFunction, inLoop);
            }
        }

        private void unreachable(List<Stmt> statements) {
            for (int i = 0; i < statements.size() - 1; i++) {
                Stmt s = statements.get(i);
                if (s instanceof Stmt.Return || s instanceof Stmt.Throw || s instanceof Stmt.Break
                        || s instanceof Stmt.Continue) {
                    Stmt next = statements.get(i + 1);
                    Range range = new Range(next.range().start(), statements.get(statements.size() - 1).range().end());
                    context.report(Diagnostic.of(DiagnosticCode.UNREACHABLE_CODE, range,
                            "unreachable code: the statement before always leaves this block"));
                    return;
                }
            }
        }

        private static Range keyword(Range statement, String word) {
            return new Range(statement.start(),
                    new dev.neam.parser.text.Position(statement.start().line(), statement.start().character() + word.length()));
        }
    }
}
