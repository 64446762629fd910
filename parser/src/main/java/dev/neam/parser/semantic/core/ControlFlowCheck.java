package dev.neam.parser.semantic.core;

import dev.neam.parser.ast.Children;
import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.text.Range;
import java.util.List;

/**
 * `return` outside a function, `break`/`continue` outside a loop, and statements that can never
 * run because an earlier statement of the same block always leaves it.
 */
public final class ControlFlowCheck implements FileCheck {
    @Override
    public void check(FileContext context) {
        new Walk(context).node(context.tree(), false, false);
    }

    private static final class Walk {
        private final FileContext context;

        Walk(FileContext context) {
            this.context = context;
        }

        void node(Node node, boolean inFunction, boolean inLoop) {
            if (node == null) {
                return;
            }
            if (node instanceof Decl.Function || node instanceof Expr.Lambda || node instanceof Member.Handler
                    || node instanceof Decl.Test || node instanceof Decl.Hook) {
                children(node, true, false);
                return;
            }
            if (node instanceof Stmt.For || node instanceof Stmt.CStyleFor || node instanceof Stmt.While) {
                children(node, inFunction, true);
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
            children(node, inFunction, inLoop);
        }

        private void children(Node node, boolean inFunction, boolean inLoop) {
            for (Node child : Children.of(node)) {
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
