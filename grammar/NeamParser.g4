// Parser for Neam. It parses the SHAPES the two dialects share: which declaration keywords and
// which property keys are valid is data (the language vocabulary), checked after parsing, so an
// unknown keyword or key parses fine and is diagnosed with a precise message later.
parser grammar NeamParser;

options { tokenVocab = NeamLexer; }



program : statement* EOF ;

// An expression embedded in an f-string, parsed on its own.
standaloneExpression : expression EOF ;

// ---- statements -------------------------------------------------------------------------------

statement
    : declaration
    | block
    | ifStatement
    | whileStatement
    | cStyleForStatement
    | forStatement
    | returnStatement
    | emitStatement
    | breakStatement
    | continueStatement
    | throwStatement
    | tryStatement
    | checkpointStatement
    | rewindStatement
    | withStatement
    | grantStatement
    | expressionStatement
    | deleteStatement
    | emptyStatement
    ;

block : LBRACE statement* RBRACE ;

// Conditions are parenthesised, as neamc requires. Keeping '(' out of what may follow an
// expression lets the parser decide calls with one token of lookahead.
ifStatement    : IF LPAREN expression RPAREN statement (ELSE statement)? ;
whileStatement : WHILE LPAREN expression RPAREN statement ;

// `for (let i = 0; i < n; i += 1) { … }`: each of the three clauses may be left out.
// A ',' where a ';' belongs is accepted here and reported by the tree builder: one precise message
// instead of a cascade.
cStyleForStatement : FOR LPAREN forInit? clauseEnd forCondition? clauseEnd forUpdate? RPAREN statement ;
clauseEnd : SEMI | COMMA ;
forInit
    : LET MUT? identifier (COLON typeRef)? ASSIGN expression
    | expression
    ;
forCondition : expression ;
forUpdate    : expression ;

forStatement
    : FOR LPAREN identifier (COMMA identifier)* IN expression RPAREN statement
    | FOR LPAREN identifier (COMMA identifier)* RPAREN IN expression block
    | FOR identifier (COMMA identifier)* IN expression block
    ;

returnStatement     : RETURN expression? SEMI ;
emitStatement       : EMIT expression SEMI ;
breakStatement      : BREAK SEMI ;
continueStatement   : CONTINUE SEMI ;
throwStatement      : THROW expression SEMI ;
tryStatement        : TRY block CATCH (LPAREN identifier? RPAREN | identifier)? block (FINALLY block)? ;
checkpointStatement : CHECKPOINT expression? SEMI ;
rewindStatement     : REWIND (TO expression | expression)? SEMI ;
withStatement       : WITH expression AS identifier block ;
grantStatement      : GRANT identifier TO identifier SEMI ;
expressionStatement : expression SEMI ;
// `delete store[key];`, `delete record.field;`
deleteStatement     : DELETE expression SEMI ;
// A stray ';' (neamc has no empty statement); accepted and reported as a warning.
emptyStatement      : SEMI ;

// ---- declarations -----------------------------------------------------------------------------

declaration : (attribute | annotation)* visibility? declarationCore ;

declarationCore
    : functionDecl
    | structDecl
    | implDecl
    | extendDecl
    | traitDecl
    | sealedDecl
    | testDecl
    | suiteDecl
    | moduleDecl
    | importDecl
    | constDecl
    | letDecl
    | bindingDecl
    | domainDecl
    ;

attribute     : HASH LBRACK attributeItem (COMMA attributeItem)* COMMA? RBRACK ;
attributeItem : anyWord (LPAREN argumentList? RPAREN)? ;
annotation    : AT anyWord (LPAREN argumentList? RPAREN)? ;
visibility    : PUB (LPAREN anyWord RPAREN)? ;

functionDecl : (FUN | FN) identifier LPAREN paramList? RPAREN returnType? block ;

paramList  : param (COMMA param)* COMMA? ;
param      : ELLIPSIS? MUT? identifier (COLON typeRef)? (ASSIGN expression)? annotation* ;
returnType : (ARROW | COLON) typeRef ;

typeRef  : typeAtom (BAR typeAtom)* QUESTION? annotation* ;
typeAtom
    : identifier ((DOT | COLONCOLON) identifier)* (LT typeRef (COMMA typeRef)* GT)?
    | LBRACK typeRef RBRACK
    | LPAREN (typeRef (COMMA typeRef)*)? RPAREN
    | (FUN | FN) (LPAREN (typeRef (COMMA typeRef)*)? RPAREN)? (ARROW typeRef)?
    | NIL
    | STRING
    ;

structDecl   : MUT? STRUCT identifier typeParams? LBRACE structMember* RBRACE ;
typeParams   : LT identifier (COMMA identifier)* GT ;
structMember
    : fieldDecl COMMA?
    | attribute* visibility? functionDecl
    ;
fieldDecl     : attribute* visibility? identifier (COLON typeRef)? (ASSIGN expression)? observerBlock? ;
observerBlock : LBRACE observer* RBRACE ;
observer
    : identifier (LPAREN identifier? RPAREN)? block
    | identifier expression SEMI?
    ;

implDecl   : IMPL identifier (FOR identifier)? LBRACE methodDecl* RBRACE ;
extendDecl : EXTEND identifier LBRACE methodDecl* RBRACE ;
methodDecl : attribute* visibility? (FUN | FN) identifier LPAREN paramList? RPAREN returnType? (block | SEMI) ;
traitDecl  : TRAIT identifier (COLON identifier (PLUS identifier)*)? LBRACE methodDecl* RBRACE ;
sealedDecl : SEALED identifier LBRACE (variant COMMA?)* RBRACE ;
variant    : identifier (LPAREN paramList? RPAREN)? ;

testDecl  : TEST testName block ;
suiteDecl : SUITE testName LBRACE suiteItem* RBRACE ;
testName  : STRING | SQ_STRING | identifier ;
suiteItem
    : identifier block
    | statement
    ;

moduleDecl : MODULE modulePath SEMI? ;
importDecl
    : (IMPORT | USE | ADOPT) modulePath importTail? (AS identifier)? SEMI?
    | IMPORT (STRING | SQ_STRING) (AS identifier)? SEMI?
    ;
modulePath : identifier ((DOT | COLONCOLON) identifier)* ;
importTail
    : (DOT | COLONCOLON) STAR
    | (DOT | COLONCOLON) LBRACE (identifier (COMMA identifier)* COMMA?)? RBRACE
    ;

constDecl : CONST identifier (COLON typeRef)? ASSIGN expression SEMI ;
letDecl   : LET MUT? letPattern (COLON typeRef)? ASSIGN expression SEMI ;
letPattern
    : identifier
    | LBRACK patternElement (COMMA patternElement)* COMMA? RBRACK
    | LPAREN identifier (COMMA identifier)* COMMA? RPAREN
    ;
patternElement : ELLIPSIS? identifier ;

// `guardchain Safety = [A, B];`, `capability Files = cap("file:*");`, `type Id = string;`
bindingDecl : IDENT identifier ASSIGN expression SEMI ;

// `agent Triage { … }`, `claw agent Bot { … }`, `extern skill Search { … }`, `data agent X { … }`
// A header that runs over several lines (`agent Triage` with its '{' forgotten, then the next
// declaration) is split again by the tree builder, which reports the missing body.
domainDecl : IDENT+ identifier declBody ;

declBody : LBRACE (member | COMMA)* RBRACE ;

member
    : memberKey COLON configValue?                                      # propertyMember
    | memberKey LPAREN paramList? RPAREN returnType? block              # handlerMember
    | (FUN | FN) identifier LPAREN paramList? RPAREN returnType? block  # methodMember
    | memberKey declBody                                                # nestedMember
    | memberKey block                                                   # blockMember
    ;

memberKey : anyWord | STRING | SQ_STRING | NUMBER ;

// A value starting with '{' or '[' is a nested block or a list of values (the first alternatives
// win over the map and list literals of `expression`); anything else is an expression, optionally
// followed by a block (`handoff_to(X) { … }`, `mcp { … }`) or by annotations (`string @enum([...])`);
// a number may carry a unit word (`30 s`). Semantic predicates are avoided here: they slow prediction down a lot.
configValue
    : declBody                                                          # blockValue
    | LBRACK (configValue (COMMA configValue)* COMMA?)? RBRACK          # listValue
    | ELLIPSIS expression                                               # spreadValue
    | NUMBER identifier                                                 # unitValue
    | expression valueSuffix?                                           # expressionValue
    ;

valueSuffix
    : declBody
    | annotation+
    ;

// ---- expressions (lowest precedence last) ------------------------------------------------------

expression
    : primary                                                           # primaryExpr
    | expression LPAREN argumentList? RPAREN                            # callExpr
    | expression DOT memberName                                         # memberExpr
    | expression COLONCOLON anyWord                                     # qualifiedExpr
    | expression QUESTION_DOT memberName                                # propagateMemberExpr
    | expression LBRACK indexOrSlice RBRACK                             # indexExpr
    | expression WITH LPAREN argumentList? RPAREN                       # copyWithExpr
    | <assoc = right> op = (BANG | MINUS | NOT) expression              # unaryExpr
    | expression op = (STAR | SLASH | PERCENT) expression               # binaryExpr
    | expression op = (PLUS | MINUS) expression                         # binaryExpr
    | expression op = (LT | LE | GT | GE) expression                    # binaryExpr
    | expression NOT? IN expression                                     # inExpr
    | expression op = (EQ | NEQ) expression                             # binaryExpr
    | expression op = ANDAND expression                                 # binaryExpr
    | expression op = QQ expression                                     # binaryExpr
    | expression op = (OROR | BAR) expression                           # binaryExpr
    | expression op = PIPE expression                                   # binaryExpr
    // The conditional `c ? a : b`, and without its branches dialect B's postfix '?' (error
    // propagation). One alternative for both: the branches are taken whenever they are there, so
    // `key: c ? a : b` in a body whose commas are optional is never read as `key: c?` followed by a
    // property `a: b`; a semantic predicate would decide it too, at the cost of every expression's
    // prediction. The price: a postfix '?' applies to the whole operand before it (`a + b?` is
    // `(a + b)?`), which only matters to the tree, not to any check. A conditional missing its ':'
    // or its second value parses, and the tree builder reports it (one message, no cascade).
    | expression QUESTION (expression (COLON expression?)?)?            # conditionalExpr
    | <assoc = right> expression op = (ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | SLASH_ASSIGN | PERCENT_ASSIGN) expression # assignExpr
    ;

// `.name` alone is the right side of a pipe: `xs |> .len()`.
primary
    : NUMBER                                                            # numberLiteral
    | QUANTITY                                                          # quantityLiteral
    | DOLLAR NUMBER                                                     # moneyLiteral
    | (STRING | SQ_STRING | TRIPLE_STRING)                              # stringLiteral
    | PATH                                                              # pathLiteral
    | FSTRING                                                           # fstringLiteral
    | (TRUE | FALSE)                                                    # booleanLiteral
    | NIL                                                               # nilLiteral
    | PANIC BANG LPAREN argumentList? RPAREN                            # panicExpr
    | SPAWN identifier LPAREN argumentList? RPAREN                      # spawnExpr
    | identifier                                                        # identifierExpr
    | LBRACK (listItem (COMMA listItem)* COMMA?)? RBRACK                # listLiteral
    | LBRACE (mapEntry COMMA?)* RBRACE                                  # mapLiteral
    | LPAREN (expression (COMMA expression)* COMMA?)? RPAREN            # parenOrTuple
    | (FUN | FN) LPAREN paramList? RPAREN returnType? lambdaBody        # lambdaExpr
    | MATCH expression LBRACE matchArm* RBRACE                          # matchExpr
    | DOT memberName                                                    # implicitMemberExpr
    | REGEX                                                             # regexLiteral
    ;

// A lambda body may end with an expression without ';': its value is the lambda's result
// (`filter(xs, fun(d) { d.score >= min })`). A bare expression elsewhere in the body parses too and
// is reported by the tree builder as a missing ';' (one message, no cascade).
lambdaBody : LBRACE lambdaItem* RBRACE ;
lambdaItem : statement | expression ;

listItem : ELLIPSIS expression | expression ;

mapEntry : expression COLON expression | ELLIPSIS expression ;

matchArm : expression (IF expression)? FATARROW (block | expression) COMMA? ;

argumentList : argument (COMMA argument)* COMMA? ;
argument     : (anyWord COLON)? expression ;

// In this order: `xs[a::b]` is a slice with a step, not the qualified name `a::b`, and
// `xs[c ? 1 : 2]` an index, not a slice from an incomplete conditional.
indexOrSlice
    : expression? COLONCOLON expression?
    | expression
    | expression? COLON expression? (COLON expression?)?
    ;

memberName : anyWord | NUMBER ;

// Names: plain identifiers and the keywords that real programs also use as names. `match` and
// `fn` are keywords only in the newer dialect: 0.6-era programs may use them as names.
identifier
    : IDENT | MODULE | IMPORT | USE | ADOPT | AS | STRUCT | MUT | IMPL | TRAIT | SEALED | EXTEND
    | TEST | SUITE | GRANT | TO | CHECKPOINT | REWIND | PANIC | SPAWN | CATCH | FINALLY | TRY | MATCH | FN
    | DELETE
    ;

// Any word at all, for member names after '.', property keys and attribute names.
anyWord
    : identifier | LET | CONST | FUN | IF | ELSE | WHILE | FOR | IN | NOT | RETURN | EMIT
    | BREAK | CONTINUE | TRUE | FALSE | NIL | WITH | THROW | PUB
    ;
