package dev.neam.parser.semantic.references;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;

/**
 * {@code adopt X.*} and {@code adopt X.{a, b}} take tools from the MCP server {@code X}: it must be
 * an {@code mcp_server} declaration (declarations.md §2.6), not a module or another kind.
 */
public final class AdoptTargetCheck implements FileCheck {
    /** The keyword of the statement and the kind it draws tools from. */
    private static final String ADOPT = "adopt";
    private static final String SERVER_KIND = "mcp_server";

    @Override
    public void check(FileContext context) {
        for (Stmt item : context.tree().items()) {
            if (item instanceof Decl.Import i && ADOPT.equals(i.keyword()) && i.path() != null
                    && !i.path().segments().isEmpty()) {
                Name server = i.path().segments().get(0);
                NamedDeclarations.check(context, server.text(), server.range(), SERVER_KIND, ADOPT);
            }
        }
    }
}
