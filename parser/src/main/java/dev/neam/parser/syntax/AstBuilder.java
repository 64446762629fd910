package dev.neam.parser.syntax;

import dev.neam.parser.ast.Attribute;
import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.ModulePath;
import dev.neam.parser.ast.Name;
import dev.neam.parser.ast.Node;
import dev.neam.parser.ast.Param;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Stmt;
import dev.neam.parser.ast.TypeRef;
import dev.neam.parser.ast.Value;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.grammar.NeamLexer;
import dev.neam.parser.grammar.NeamParser.*;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the immutable syntax tree from ANTLR's parse tree. The parse tree may be partial after
 * errors, so every step tolerates missing children and produces error nodes instead of failing.
 */
final class AstBuilder {
    private final DiagnosticSink sink;
    private final HiddenTokens hidden;
    private final FStringParts fstrings;
    /**
     * One string per distinct word of the document: a name is written many times (every use of a
     * variable, every `provider` key), and the tree of an open document is kept.
     */
    private final Map<String, String> words = new HashMap<>();

    AstBuilder(DiagnosticSink sink, HiddenTokens hidden, FStringParts fstrings) {
        this.sink = sink;
        this.hidden = hidden;
        this.fstrings = fstrings;
    }

    SourceFile program(ProgramContext ctx) {
        List<Stmt> items = new ArrayList<>();
        for (StatementContext s : ctx.statement()) {
            add(items, statement(s));
        }
        return new SourceFile(List.copyOf(items), sink.text().range(0, sink.text().length()));
    }

    // ---- statements ---------------------------------------------------------------------------

    Stmt statement(StatementContext ctx) {
        if (ctx == null) {
            return null;
        }
        ParserRuleContext alt = alternative(ctx);
        if (alt instanceof DeclarationContext c) {
            return declaration(c);
        }
        if (alt instanceof BlockContext c) {
            return block(c);
        }
        if (alt instanceof IfStatementContext c) {
            List<StatementContext> parts = c.statement();
            Stmt then = parts.isEmpty() ? null : statement(parts.get(0));
            Stmt otherwise = c.ELSE() != null && parts.size() > 1 ? statement(parts.get(1)) : null;
            return new Stmt.If(expr(c.expression()), then, otherwise, range(c));
        }
        if (alt instanceof WhileStatementContext c) {
            Stmt body = statement(c.statement());
            return new Stmt.While(expr(c.expression()), body, range(c));
        }
        if (alt instanceof CStyleForStatementContext c) {
            return cStyleFor(c);
        }
        if (alt instanceof ForStatementContext c) {
            List<Name> vars = names(c.identifier());
            Stmt body = c.block() != null ? block(c.block()) : statement(c.statement());
            return new Stmt.For(vars, expr(c.expression()), body, range(c));
        }
        if (alt instanceof ReturnStatementContext c) {
            return new Stmt.Return(c.expression() == null ? null : expr(c.expression()), range(c));
        }
        if (alt instanceof EmitStatementContext c) {
            return new Stmt.Emit(expr(c.expression()), range(c));
        }
        if (alt instanceof BreakStatementContext c) {
            return new Stmt.Break(range(c));
        }
        if (alt instanceof ContinueStatementContext c) {
            return new Stmt.Continue(range(c));
        }
        if (alt instanceof ThrowStatementContext c) {
            return new Stmt.Throw(expr(c.expression()), range(c));
        }
        if (alt instanceof TryStatementContext c) {
            List<BlockContext> blocks = c.block();
            Stmt.Block body = blocks.size() > 0 ? block(blocks.get(0)) : null;
            Stmt.Block handler = blocks.size() > 1 ? block(blocks.get(1)) : null;
            Stmt.Block fin = c.FINALLY() != null && blocks.size() > 2 ? block(blocks.get(2)) : null;
            Name variable = c.identifier() == null ? null : name(c.identifier());
            return new Stmt.Try(body, variable, handler, fin, range(c));
        }
        if (alt instanceof CheckpointStatementContext c) {
            return new Stmt.Checkpoint(c.expression() == null ? null : expr(c.expression()), range(c));
        }
        if (alt instanceof RewindStatementContext c) {
            return new Stmt.Rewind(c.expression() == null ? null : expr(c.expression()), range(c));
        }
        if (alt instanceof WithStatementContext c) {
            return new Stmt.With(expr(c.expression()), name(c.identifier()), block(c.block()), range(c));
        }
        if (alt instanceof GrantStatementContext c) {
            List<IdentifierContext> ids = c.identifier();
            return new Stmt.Grant(ids.size() > 0 ? name(ids.get(0)) : null, ids.size() > 1 ? name(ids.get(1)) : null,
                    range(c));
        }
        if (alt instanceof ExpressionStatementContext c) {
            return new Stmt.ExprStmt(expr(c.expression()), range(c));
        }
        if (alt instanceof DeleteStatementContext c) {
            return delete(c);
        }
        if (alt instanceof EmptyStatementContext c) {
            sink.report(DiagnosticCode.STRAY_SEMICOLON, range(c),
                    "unnecessary ';': neamc does not accept an empty statement here");
            return null;
        }
        return new Stmt.Error(range(ctx));
    }

    private Stmt cStyleFor(CStyleForStatementContext c) {
        Stmt init = null;
        ForInitContext i = c.forInit();
        if (i != null && i.LET() != null) {
            Decl.LetPattern pattern = i.identifier() == null ? null
                    : new Decl.LetPattern.Single(name(i.identifier()), range(i.identifier()));
            init = new Decl.Let(null, pattern, i.typeRef() == null ? null : type(i.typeRef()), expr(i.expression()),
                    range(i));
        } else if (i != null) {
            init = new Stmt.ExprStmt(expr(i.expression()), range(i));
        }
        for (ClauseEndContext end : c.clauseEnd()) {
            if (end.COMMA() != null) {
                sink.report(DiagnosticCode.UNEXPECTED_TOKEN, range(end),
                        "the clauses of a C-style 'for' are separated by ';', not ',': for (init; condition; update)");
            }
        }
        Expr condition = c.forCondition() == null ? null : expr(c.forCondition().expression());
        Expr update = c.forUpdate() == null ? null : expr(c.forUpdate().expression());
        return new Stmt.CStyleFor(init, condition, update, statement(c.statement()), range(c));
    }

    /** Only an entry or a field can be deleted: `delete name;` is reported at the name. */
    private Stmt delete(DeleteStatementContext c) {
        Expr target = expr(c.expression());
        if (target != null && !(target instanceof Expr.Index) && !(target instanceof Expr.Member)
                && !(target instanceof Expr.Error)) {
            sink.report(DiagnosticCode.UNEXPECTED_TOKEN, target.range(),
                    "'delete' removes a map entry or a field: write 'delete name[key];' or 'delete name.field;'");
        }
        return new Stmt.Delete(target, range(c));
    }

    Stmt.Block block(BlockContext ctx) {
        if (ctx == null) {
            return null;
        }
        List<Stmt> statements = new ArrayList<>();
        for (StatementContext s : ctx.statement()) {
            add(statements, statement(s));
        }
        return new Stmt.Block(List.copyOf(statements), range(ctx));
    }

    // ---- declarations -------------------------------------------------------------------------

    Stmt declaration(DeclarationContext ctx) {
        List<Attribute> collected = new ArrayList<>();
        ctx.attribute().forEach(a -> collected.addAll(attributes(a)));
        ctx.annotation().forEach(a -> collected.add(annotation(a)));
        List<Attribute> attributes = List.copyOf(collected);
        String visibility = ctx.visibility() == null ? null : text(ctx.visibility());
        String doc = doc(ctx.start);
        DeclarationCoreContext core = ctx.declarationCore();
        if (core == null) {
            return new Stmt.Error(range(ctx));
        }
        Range whole = range(ctx);
        ParserRuleContext alt = alternative(core);
        if (alt instanceof FunctionDeclContext c) {
            return new Decl.Function(attributes, visibility, c.FUN() != null ? "fun" : "fn", name(c.identifier()),
                    params(c.paramList()), type(c.returnType()), block(c.block()), doc, whole);
        }
        if (alt instanceof DomainDeclContext c) {
            List<Name> keywords = headerKeywords(names(c.IDENT()), name(c.identifier()));
            return new Decl.Domain(attributes, visibility, keywords, name(c.identifier()), members(c.declBody()), doc,
                    c.declBody() == null ? null : range(c.declBody()), whole);
        }
        if (alt instanceof BindingDeclContext c) {
            return new Decl.Binding(visibility, name(c.IDENT()), name(c.identifier()), expr(c.expression()), doc, whole);
        }
        if (alt instanceof LetDeclContext c) {
            return new Decl.Let(visibility, letPattern(c.letPattern()), c.typeRef() == null ? null : type(c.typeRef()),
                    expr(c.expression()), whole);
        }
        if (alt instanceof ConstDeclContext c) {
            return new Decl.Const(visibility, name(c.identifier()), c.typeRef() == null ? null : type(c.typeRef()),
                    expr(c.expression()), doc, whole);
        }
        if (alt instanceof ModuleDeclContext c) {
            return new Decl.Module(modulePath(c.modulePath()), whole);
        }
        if (alt instanceof ImportDeclContext c) {
            return importDecl(c, visibility, whole);
        }
        if (alt instanceof StructDeclContext c) {
            return struct(c, attributes, visibility, doc, whole);
        }
        if (alt instanceof ImplDeclContext c) {
            List<IdentifierContext> ids = c.identifier();
            Name first = ids.isEmpty() ? null : name(ids.get(0));
            boolean forTrait = c.FOR() != null && ids.size() > 1;
            return new Decl.Impl(attributes, forTrait ? first : null, forTrait ? name(ids.get(1)) : first,
                    methods(c.methodDecl()), whole);
        }
        if (alt instanceof ExtendDeclContext c) {
            return new Decl.Extend(name(c.identifier()), methods(c.methodDecl()), whole);
        }
        if (alt instanceof TraitDeclContext c) {
            List<IdentifierContext> ids = c.identifier();
            List<Name> supertraits = ids.size() > 1 ? names(ids.subList(1, ids.size()))
                    : List.of();
            return new Decl.Trait(visibility, ids.isEmpty() ? null : name(ids.get(0)), supertraits,
                    methods(c.methodDecl()), doc, whole);
        }
        if (alt instanceof SealedDeclContext c) {
            List<Decl.Variant> variants = c.variant().stream()
                    .map(v -> new Decl.Variant(name(v.identifier()), params(v.paramList()), range(v))).toList();
            return new Decl.Sealed(visibility, name(c.identifier()), variants, doc, whole);
        }
        if (alt instanceof TestDeclContext c) {
            return new Decl.Test(attributes, testName(c.testName()), block(c.block()), whole);
        }
        if (alt instanceof SuiteDeclContext c) {
            List<Stmt> items = new ArrayList<>();
            for (SuiteItemContext item : c.suiteItem()) {
                if (item.statement() != null) {
                    add(items, statement(item.statement()));
                } else {
                    items.add(new Decl.Hook(name(item.identifier()), block(item.block()), range(item)));
                }
            }
            return new Decl.Suite(attributes, testName(c.testName()), List.copyOf(items), whole);
        }
        return new Stmt.Error(whole);
    }

    /**
     * Header words belong to one line. Words on earlier lines are the remains of a header whose
     * '{' was forgotten: report them and keep only the words on the line of the name.
     */
    private List<Name> headerKeywords(List<Name> words, Name name) {
        if (name == null || words.isEmpty()) {
            return words;
        }
        int line = name.range().start().line();
        int first = words.size();
        while (first > 0 && words.get(first - 1).range().start().line() == line) {
            first--;
        }
        if (first == words.size() || first == 0) {
            // The name stands alone on its line (`claw agent` / `Bot {`): one header over two lines.
            return words;
        }
        int groupStart = 0;
        for (int i = 1; i <= first; i++) {
            if (i == first || words.get(i).range().start().line() != words.get(groupStart).range().start().line()) {
                List<Name> group = words.subList(groupStart, i);
                String header = String.join(" ", group.stream().map(Name::text).toList());
                sink.report(DiagnosticCode.MISSING_TOKEN,
                        Range.empty(group.get(group.size() - 1).range().end()),
                        "expected '{' to start the body of '" + header + "'");
                groupStart = i;
            }
        }
        return List.copyOf(words.subList(first, words.size()));
    }

    private Decl importDecl(ImportDeclContext c, String visibility, Range whole) {
        String keyword = c.IMPORT() != null ? "import" : c.USE() != null ? "use" : "adopt";
        Name alias = c.identifier() == null ? null : name(c.identifier());
        if (c.modulePath() == null) {
            Token literal = c.STRING() != null ? c.STRING().getSymbol() : c.SQ_STRING() != null ? c.SQ_STRING().getSymbol() : null;
            ModulePath path = literal == null ? null
                    : new ModulePath(List.of(named(unquote(literal.getText()), sink.range(literal))), sink.range(literal));
            return new Decl.Import(visibility, keyword, path, false, List.of(), alias, whole);
        }
        boolean wildcard = false;
        List<Name> names = List.of();
        if (c.importTail() != null) {
            wildcard = c.importTail().STAR() != null;
            names = names(c.importTail().identifier());
        }
        return new Decl.Import(visibility, keyword, modulePath(c.modulePath()), wildcard, names, alias, whole);
    }

    private Decl struct(StructDeclContext c, List<Attribute> attributes, String visibility, String doc, Range whole) {
        List<Decl.Field> fields = new ArrayList<>();
        List<Decl.Function> methods = new ArrayList<>();
        for (StructMemberContext m : c.structMember()) {
            if (m.fieldDecl() != null) {
                FieldDeclContext f = m.fieldDecl();
                List<Decl.Observer> observers = new ArrayList<>();
                if (f.observerBlock() != null) {
                    for (ObserverContext o : f.observerBlock().observer()) {
                        List<IdentifierContext> ids = o.identifier();
                        observers.add(new Decl.Observer(ids.isEmpty() ? null : name(ids.get(0)),
                                ids.size() > 1 ? name(ids.get(1)) : null,
                                block(o.block()), o.expression() == null ? null : expr(o.expression()), range(o)));
                    }
                }
                fields.add(new Decl.Field(name(f.identifier()), f.typeRef() == null ? null : type(f.typeRef()),
                        f.expression() == null ? null : expr(f.expression()), List.copyOf(observers), range(f)));
            } else if (m.functionDecl() != null) {
                FunctionDeclContext fn = m.functionDecl();
                methods.add(new Decl.Function(List.of(), m.visibility() == null ? null : text(m.visibility()),
                        fn.FUN() != null ? "fun" : "fn", name(fn.identifier()), params(fn.paramList()),
                        type(fn.returnType()), block(fn.block()), doc(m.start), range(m)));
            }
        }
        List<Name> typeParams = c.typeParams() == null ? List.of()
                : names(c.typeParams().identifier());
        return new Decl.Struct(attributes, visibility, c.MUT() != null, name(c.identifier()), typeParams,
                List.copyOf(fields), List.copyOf(methods), doc, whole);
    }

    private List<Decl.Function> methods(List<MethodDeclContext> contexts) {
        List<Decl.Function> methods = new ArrayList<>();
        for (MethodDeclContext m : contexts) {
            List<Attribute> attrs = m.attribute().stream().flatMap(a -> attributes(a).stream()).toList();
            methods.add(new Decl.Function(attrs, m.visibility() == null ? null : text(m.visibility()),
                    m.FUN() != null ? "fun" : "fn", name(m.identifier()), params(m.paramList()), type(m.returnType()),
                    m.block() == null ? null : block(m.block()), doc(m.start), range(m)));
        }
        return List.copyOf(methods);
    }

    private Expr.Literal testName(TestNameContext c) {
        if (c == null) {
            return null;
        }
        return new Expr.Literal(Expr.LiteralKind.STRING, text(c), range(c));
    }

    private Decl.LetPattern letPattern(LetPatternContext c) {
        if (c == null) {
            return null;
        }
        if (c.LBRACK() != null) {
            List<Name> names = new ArrayList<>();
            int rest = -1;
            List<PatternElementContext> elements = c.patternElement();
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i).ELLIPSIS() != null) {
                    rest = i;
                }
                add(names, name(elements.get(i).identifier()));
            }
            return new Decl.LetPattern.ListPattern(List.copyOf(names), rest, range(c));
        }
        if (c.LPAREN() != null) {
            return new Decl.LetPattern.TuplePattern(names(c.identifier()), range(c));
        }
        return new Decl.LetPattern.Single(c.identifier().isEmpty() ? null : name(c.identifier(0)), range(c));
    }

    // ---- declaration bodies -------------------------------------------------------------------

    List<Member> members(DeclBodyContext body) {
        if (body == null) {
            return List.of();
        }
        List<Member> members = new ArrayList<>();
        for (MemberContext m : body.member()) {
            add(members, member(m));
        }
        return List.copyOf(members);
    }

    private Member member(MemberContext ctx) {
        if (ctx instanceof PropertyMemberContext c) {
            Name key = key(c.memberKey());
            Value value = c.configValue() == null ? null : value(c.configValue());
            if (value == null && key != null) {
                sink.report(DiagnosticCode.MISSING_VALUE, key.range(),
                        "property '" + key.text() + "' has no value");
            }
            return new Member.Property(key, value, doc(c.start), range(c));
        }
        if (ctx instanceof HandlerMemberContext c) {
            return new Member.Handler(key(c.memberKey()), params(c.paramList()), type(c.returnType()), block(c.block()),
                    range(c));
        }
        if (ctx instanceof MethodMemberContext c) {
            return new Member.Handler(name(c.identifier()), params(c.paramList()), type(c.returnType()), block(c.block()),
                    range(c));
        }
        if (ctx instanceof NestedMemberContext c) {
            return new Member.Nested(key(c.memberKey()), new Value.Block(members(c.declBody()), range(c.declBody())),
                    range(c));
        }
        if (ctx instanceof BlockMemberContext c) {
            return new Member.Handler(key(c.memberKey()), List.of(), null, block(c.block()), range(c));
        }
        return null;
    }

    private Name key(MemberKeyContext c) {
        if (c == null) {
            return null;
        }
        String raw = text(c);
        return named(c.STRING() != null || c.SQ_STRING() != null ? unquote(raw) : raw, range(c));
    }

    Value value(ConfigValueContext ctx) {
        if (ctx instanceof BlockValueContext c) {
            return new Value.Block(members(c.declBody()), range(c));
        }
        if (ctx instanceof ListValueContext c) {
            List<Value> items = new ArrayList<>();
            for (ConfigValueContext item : c.configValue()) {
                add(items, value(item));
            }
            return new Value.ListValue(List.copyOf(items), range(c));
        }
        if (ctx instanceof UnitValueContext c) {
            Token number = c.NUMBER().getSymbol();
            Expr amount = new Expr.Literal(Expr.LiteralKind.NUMBER, number.getText(), sink.range(number));
            return new Value.WithUnit(amount, name(c.identifier()), range(c));
        }
        if (ctx instanceof SpreadValueContext c) {
            return new Expr.Spread(expr(c.expression()), range(c));
        }
        if (ctx instanceof ExpressionValueContext c) {
            Expr e = expr(c.expression());
            ValueSuffixContext suffix = c.valueSuffix();
            if (suffix == null || e == null) {
                return e;
            }
            Range r = range(c);
            if (suffix.declBody() != null) {
                return new Value.Tagged(e, new Value.Block(members(suffix.declBody()), range(suffix.declBody())), r);
            }
            return new Value.Annotated(e, suffix.annotation().stream().map(this::annotation).toList(), r);
        }
        return ctx == null ? null : new Expr.Error(range(ctx));
    }

    // ---- expressions --------------------------------------------------------------------------

    Expr expr(ExpressionContext ctx) {
        if (ctx == null) {
            return null;
        }
        if (ctx instanceof PrimaryExprContext c) {
            return primary(c.primary());
        }
        Range r = range(ctx);
        if (ctx instanceof CallExprContext c) {
            return new Expr.Call(expr(c.expression()), arguments(c.argumentList()), r);
        }
        if (ctx instanceof MemberExprContext c) {
            Name member = c.memberName() == null ? null : named(text(c.memberName()), range(c.memberName()));
            return new Expr.Member(expr(c.expression()), member, r);
        }
        if (ctx instanceof PropagateMemberExprContext c) {
            Expr target = expr(c.expression());
            // the '?' of the `?.` token ends the propagated operand
            Position question = sink.range(c.QUESTION_DOT().getSymbol()).start();
            Expr propagated = target == null ? null
                    : new Expr.Propagate(target, new Range(target.range().start(),
                            new Position(question.line(), question.character() + 1)));
            Name member = c.memberName() == null ? null : named(text(c.memberName()), range(c.memberName()));
            return new Expr.Member(propagated, member, r);
        }
        if (ctx instanceof QualifiedExprContext c) {
            Name member = c.anyWord() == null ? null : named(text(c.anyWord()), range(c.anyWord()));
            return new Expr.Member(expr(c.expression()), member, true, r);
        }
        if (ctx instanceof IndexExprContext c) {
            IndexOrSliceContext s = c.indexOrSlice();
            if (s == null) {
                return new Expr.Index(expr(c.expression()), null, r);
            }
            if (s.COLON().isEmpty() && s.COLONCOLON() == null) {
                return new Expr.Index(expr(c.expression()), expr(s.expression(0)), r);
            }
            return slice(expr(c.expression()), s, r);
        }
        if (ctx instanceof CopyWithExprContext c) {
            return new Expr.CopyWith(expr(c.expression()), arguments(c.argumentList()), r);
        }
        if (ctx instanceof UnaryExprContext c) {
            return new Expr.Unary(word(c.op.getText()), expr(c.expression()), r);
        }
        if (ctx instanceof BinaryExprContext c) {
            return new Expr.Binary(word(c.op.getText()), expr(c.expression(0)), expr(c.expression(1)), r);
        }
        if (ctx instanceof InExprContext c) {
            return new Expr.Binary(c.NOT() != null ? "not in" : "in", expr(c.expression(0)), expr(c.expression(1)), r);
        }
        if (ctx instanceof ConditionalExprContext c) {
            List<ExpressionContext> parts = c.expression();
            if (parts.size() == 1) {
                return new Expr.Propagate(expr(parts.get(0)), r);
            }
            if (parts.size() < 3) {
                sink.report(DiagnosticCode.UNEXPECTED_TOKEN, sink.range(c.QUESTION().getSymbol()),
                        "incomplete conditional: write 'condition ? value : other value'");
            }
            return new Expr.Conditional(expr(parts.get(0)), expr(parts.get(1)), parts.size() > 2 ? expr(parts.get(2)) : null,
                    r);
        }
        if (ctx instanceof AssignExprContext c) {
            return new Expr.Assign(word(c.op.getText()), expr(c.expression(0)), expr(c.expression(1)), r);
        }
        return new Expr.Error(r);
    }

    private Expr slice(Expr target, IndexOrSliceContext s, Range r) {
        // Children in order: [expr] ':' [expr] [':' [expr]]; assign each expression to its slot.
        Expr[] slots = new Expr[3];
        int slot = 0;
        for (int i = 0; i < s.getChildCount(); i++) {
            var child = s.getChild(i);
            if (child instanceof TerminalNode t && t.getSymbol().getType() == NeamLexer.COLON) {
                slot++;
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() == NeamLexer.COLONCOLON) {
                slot += 2;
            } else if (child instanceof ExpressionContext e && slot < 3) {
                slots[slot] = expr(e);
            }
        }
        return new Expr.Slice(target, slots[0], slots[1], slots[2], r);
    }

    private Expr primary(PrimaryContext ctx) {
        if (ctx == null) {
            return null;
        }
        Range r = range(ctx);
        if (ctx instanceof NumberLiteralContext) {
            return new Expr.Literal(Expr.LiteralKind.NUMBER, text(ctx), r);
        }
        if (ctx instanceof QuantityLiteralContext) {
            return new Expr.Literal(Expr.LiteralKind.QUANTITY, text(ctx), r);
        }
        if (ctx instanceof MoneyLiteralContext) {
            return new Expr.Literal(Expr.LiteralKind.MONEY, text(ctx), r);
        }
        if (ctx instanceof StringLiteralContext) {
            return new Expr.Literal(Expr.LiteralKind.STRING, text(ctx), r);
        }
        if (ctx instanceof PathLiteralContext) {
            return new Expr.Literal(Expr.LiteralKind.PATH, text(ctx), r);
        }
        if (ctx instanceof FstringLiteralContext c) {
            Token token = c.FSTRING().getSymbol();
            return new Expr.FString(token.getText(), fstrings.parts(token), r);
        }
        if (ctx instanceof BooleanLiteralContext) {
            return new Expr.Literal(Expr.LiteralKind.BOOLEAN, text(ctx), r);
        }
        if (ctx instanceof NilLiteralContext) {
            return new Expr.Literal(Expr.LiteralKind.NIL, text(ctx), r);
        }
        if (ctx instanceof PanicExprContext c) {
            return new Expr.Panic(arguments(c.argumentList()), r);
        }
        if (ctx instanceof SpawnExprContext c) {
            return new Expr.Spawn(name(c.identifier()), arguments(c.argumentList()), r);
        }
        if (ctx instanceof IdentifierExprContext c) {
            Name name = name(c.identifier());
            // the same span as its name most of the time: one range object for both
            return new Expr.Identifier(name, name != null && name.range().equals(r) ? name.range() : r);
        }
        if (ctx instanceof RegexLiteralContext) {
            return new Expr.Literal(Expr.LiteralKind.REGEX, text(ctx), r);
        }
        if (ctx instanceof ListLiteralContext c) {
            List<Expr> items = new ArrayList<>();
            for (ListItemContext item : c.listItem()) {
                add(items, item.ELLIPSIS() != null ? spread(item.expression(), range(item))
                        : expr(item.expression()));
            }
            return new Expr.ListLiteral(List.copyOf(items), r);
        }
        if (ctx instanceof MapLiteralContext c) {
            List<Expr.MapEntry> entries = new ArrayList<>();
            for (MapEntryContext e : c.mapEntry()) {
                if (e.ELLIPSIS() != null) {
                    entries.add(new Expr.MapEntry(null, spread(e.expression(0), range(e)), range(e)));
                    continue;
                }
                entries.add(new Expr.MapEntry(expr(e.expression(0)), e.expression().size() > 1 ? expr(e.expression(1)) : null,
                        range(e)));
            }
            return new Expr.MapLiteral(List.copyOf(entries), r);
        }
        if (ctx instanceof ParenOrTupleContext c) {
            // `(e)` is grouping; `()`, `(e,)` and `(a, b)` are tuples.
            if (c.expression().size() == 1 && c.COMMA().isEmpty()) {
                return expr(c.expression(0));
            }
            return new Expr.Tuple(exprs(c.expression()), r);
        }
        if (ctx instanceof LambdaExprContext c) {
            return new Expr.Lambda(params(c.paramList()), lambdaBody(c.lambdaBody()), r);
        }
        if (ctx instanceof ImplicitMemberExprContext c) {
            Name member = c.memberName() == null ? null : named(text(c.memberName()), range(c.memberName()));
            return new Expr.Member(null, member, r);
        }
        if (ctx instanceof MatchExprContext c) {
            List<Expr.MatchArm> arms = new ArrayList<>();
            for (MatchArmContext arm : c.matchArm()) {
                List<ExpressionContext> es = arm.expression();
                Expr pattern = es.isEmpty() ? null : expr(es.get(0));
                Expr guard = arm.IF() != null && es.size() > 1 ? expr(es.get(1)) : null;
                int bodyIndex = arm.IF() != null ? 2 : 1;
                Node body = arm.block() != null ? block(arm.block())
                        : es.size() > bodyIndex ? expr(es.get(bodyIndex)) : null;
                arms.add(new Expr.MatchArm(pattern, guard, body, range(arm)));
            }
            return new Expr.Match(expr(c.expression()), List.copyOf(arms), r);
        }
        return new Expr.Error(r);
    }

    private Expr spread(ExpressionContext value, Range whole) {
        return new Expr.Spread(expr(value), whole);
    }

    /** A lambda body; a bare last expression becomes a {@link Stmt.Result}. */
    private Stmt.Block lambdaBody(LambdaBodyContext ctx) {
        if (ctx == null) {
            return null;
        }
        List<Stmt> statements = new ArrayList<>();
        List<LambdaItemContext> items = ctx.lambdaItem();
        for (int i = 0; i < items.size(); i++) {
            LambdaItemContext item = items.get(i);
            if (item.statement() != null) {
                add(statements, statement(item.statement()));
            } else if (i == items.size() - 1) {
                add(statements, new Stmt.Result(expr(item.expression()), range(item)));
            } else {
                sink.report(DiagnosticCode.MISSING_TOKEN, Range.empty(range(item).end()),
                        "expected ';' at the end of the statement");
                add(statements, new Stmt.ExprStmt(expr(item.expression()), range(item)));
            }
        }
        return new Stmt.Block(List.copyOf(statements), range(ctx));
    }

    private List<Expr> exprs(List<ExpressionContext> contexts) {
        List<Expr> out = new ArrayList<>();
        for (ExpressionContext e : contexts) {
            add(out, expr(e));
        }
        return List.copyOf(out);
    }

    private List<Expr.Argument> arguments(ArgumentListContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<Expr.Argument> out = new ArrayList<>();
        for (ArgumentContext a : ctx.argument()) {
            Name label = a.anyWord() == null ? null : named(text(a.anyWord()), range(a.anyWord()));
            out.add(new Expr.Argument(label, expr(a.expression()), range(a)));
        }
        return List.copyOf(out);
    }

    // ---- shared pieces ------------------------------------------------------------------------

    private List<Param> params(ParamListContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<Param> out = new ArrayList<>();
        for (ParamContext p : ctx.param()) {
            out.add(new Param(name(p.identifier()), p.typeRef() == null ? null : type(p.typeRef()),
                    p.expression() == null ? null : expr(p.expression()), p.ELLIPSIS() != null,
                    p.annotation().stream().map(this::annotation).toList(), range(p)));
        }
        return List.copyOf(out);
    }

    private TypeRef type(ReturnTypeContext ctx) {
        return ctx == null ? null : type(ctx.typeRef());
    }

    private TypeRef type(TypeRefContext ctx) {
        return ctx == null ? null : new TypeRef(text(ctx), range(ctx));
    }

    private List<Attribute> attributes(AttributeContext ctx) {
        List<Attribute> out = new ArrayList<>();
        for (AttributeItemContext item : ctx.attributeItem()) {
            List<Expr> args = item.argumentList() == null ? List.of()
                    : arguments(item.argumentList()).stream().map(Expr.Argument::value).filter(Objects::nonNull).toList();
            out.add(new Attribute(named(text(item.anyWord()), range(item.anyWord())), args, range(item)));
        }
        return out;
    }

    private Attribute annotation(AnnotationContext ctx) {
        List<Expr> args = ctx.argumentList() == null ? List.of()
                : arguments(ctx.argumentList()).stream().map(Expr.Argument::value).filter(Objects::nonNull).toList();
        Name n = ctx.anyWord() == null ? null : named(text(ctx.anyWord()), range(ctx.anyWord()));
        return new Attribute(n, args, range(ctx));
    }

    private ModulePath modulePath(ModulePathContext ctx) {
        if (ctx == null) {
            return null;
        }
        return new ModulePath(names(ctx.identifier()), range(ctx));
    }

    private Name name(IdentifierContext ctx) {
        if (ctx == null || ctx.start == null || ctx.getChildCount() == 0) {
            return null;
        }
        return named(ctx.getText(), range(ctx));
    }

    private <T> List<Name> names(List<T> nodes) {
        List<Name> out = new ArrayList<>();
        for (T node : nodes) {
            add(out, node instanceof IdentifierContext id ? name(id) : name((TerminalNode) node));
        }
        return List.copyOf(out);
    }

    private Name name(TerminalNode node) {
        if (node == null) {
            return null;
        }
        return named(node.getText(), sink.range(node.getSymbol()));
    }

    /** The text of `///` comments directly above a token, without the slashes. */
    private String doc(Token start) {
        if (start == null || start.getTokenIndex() < 0) {
            return null;
        }
        List<Token> before = hidden.leftOf(start);
        if (before == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (Token t : before) {
            if (t.getType() == NeamLexer.DOC_COMMENT) {
                String text = t.getText();
                int body = 0;
                while (body < text.length() && text.charAt(body) == '/') {
                    body++;
                }
                if (body < text.length() && text.charAt(body) == ' ') {
                    body++;
                }
                lines.add(text.substring(body));
            } else if (t.getType() == NeamLexer.LINE_COMMENT || t.getType() == NeamLexer.BLOCK_COMMENT) {
                lines.clear();
            } else if (t.getType() == NeamLexer.WS && hasBlankLine(t.getText())) {
                lines.clear();
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static boolean hasBlankLine(String whitespace) {
        int first = whitespace.indexOf('\n');
        return first >= 0 && whitespace.indexOf('\n', first + 1) >= 0;
    }

    private Name named(String text, Range range) {
        return new Name(word(text), range);
    }

    private String word(String text) {
        String known = words.putIfAbsent(text, text);
        return known != null ? known : text;
    }

    private String text(ParserRuleContext ctx) {
        if (ctx == null || ctx.start == null || ctx.stop == null || ctx.stop.getStopIndex() < ctx.start.getStartIndex()) {
            return "";
        }
        return sink.text(ctx.start, ctx.stop);
    }

    Range range(ParserRuleContext ctx) {
        Token start = ctx.start;
        Token stop = ctx.stop;
        if (start == null) {
            return Range.empty(sink.text().positionAt(0));
        }
        Position first = sink.start(start);
        if (stop == null || stop.getTokenIndex() < start.getTokenIndex()) {
            return Range.empty(first);
        }
        return new Range(first, sink.end(stop));
    }

    private static String unquote(String raw) {
        if (raw.length() >= 2 && (raw.startsWith("\"") || raw.startsWith("'"))) {
            return raw.substring(1, raw.length() - (raw.endsWith(raw.substring(0, 1)) ? 1 : 0));
        }
        return raw;
    }

    /**
     * The one rule a context made of alternatives holds (`statement`, `declarationCore`), or null:
     * one look at the children instead of one search per alternative.
     */
    private static ParserRuleContext alternative(ParserRuleContext ctx) {
        for (int i = 0; i < ctx.getChildCount(); i++) {
            if (ctx.getChild(i) instanceof ParserRuleContext rule) {
                return rule;
            }
        }
        return null;
    }

    private static <T> void add(List<T> list, T item) {
        if (item != null) {
            list.add(item);
        }
    }

    static boolean isSynthetic(Token token) {
        return token.getStopIndex() < token.getStartIndex() && token.getType() != Token.EOF;
    }

}
