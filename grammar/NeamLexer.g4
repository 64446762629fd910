// Lexer for Neam: the union of both dialects (0.6-era and 0.7+/1.x) and the documented superset.
// Declaration keywords and property names are NOT tokens: they are identifiers, validated later
// against the vocabulary data, so new kinds and keys need no grammar change.
lexer grammar NeamLexer;

channels { DOC_CHANNEL, ERROR_CHANNEL }

// A regular-expression literal `/\d+/i` is produced by nextToken below, not by a rule: whether a
// '/' starts one depends on the token before it (where an operand is expected, '/' cannot divide).
// UNTERMINATED_REGEX is one that does not close on its line (reported, then read as a literal).
tokens { REGEX, UNTERMINATED_REGEX }

@members {
    /** The types of the last two tokens on the parser's channel, -1 at the start. */
    private int lastSignificant = -1;
    private int beforeLastSignificant = -1;

    @Override
    public Token nextToken() {
        if (_input.LA(1) == '/' && dev.neam.parser.syntax.RegexLiterals.mayStartAfter(lastSignificant, beforeLastSignificant)) {
            int length = dev.neam.parser.syntax.RegexLiterals.length(_input);
            if (length > 0) {
                return significant(regex(length, REGEX));
            }
            int unterminated = dev.neam.parser.syntax.RegexLiterals.unterminatedLength(_input);
            if (unterminated > 0) {
                return significant(regex(unterminated, UNTERMINATED_REGEX));
            }
        }
        Token token = super.nextToken();
        return token.getChannel() == Token.DEFAULT_CHANNEL ? significant(token) : token;
    }

    @Override
    public void reset() {
        super.reset();
        lastSignificant = -1;
        beforeLastSignificant = -1;
    }

    private Token significant(Token token) {
        beforeLastSignificant = lastSignificant;
        lastSignificant = token.getType();
        return token;
    }

    private Token regex(int length, int type) {
        _token = null;
        _channel = Token.DEFAULT_CHANNEL;
        _tokenStartCharIndex = _input.index();
        _tokenStartCharPositionInLine = getInterpreter().getCharPositionInLine();
        _tokenStartLine = getInterpreter().getLine();
        _text = null;
        for (int i = 0; i < length; i++) {
            getInterpreter().consume(_input);
        }
        _type = type;
        return emit();
    }
}

// ---- trivia --------------------------------------------------------------------------------
// The shebang predicate sits after the first characters on purpose: a predicate at the start of
// a lexer rule would stop ANTLR from caching its DFA and make lexing ~50x slower.
SHEBANG       : '#!' {_tokenStartCharIndex == 0}? ~[\r\n]* -> channel(HIDDEN) ;
DOC_COMMENT   : '///' ~[\r\n]* -> channel(DOC_CHANNEL) ;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
// neamc has no block comments; they are accepted here and warned about.
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
UNTERMINATED_BLOCK_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(ERROR_CHANNEL) ;
WS            : [ \t\r\n\f]+ -> channel(HIDDEN) ;

// ---- keywords with a grammatical role (most can still be names, see NeamParser.identifier) ---
LET       : 'let' ;
CONST     : 'const' ;
FUN       : 'fun' ;
FN        : 'fn' ;
IF        : 'if' ;
ELSE      : 'else' ;
WHILE     : 'while' ;
FOR       : 'for' ;
IN        : 'in' ;
NOT       : 'not' ;
RETURN    : 'return' ;
EMIT      : 'emit' ;
BREAK     : 'break' ;
CONTINUE  : 'continue' ;
TRUE      : 'true' ;
FALSE     : 'false' ;
NIL       : 'nil' ;
MATCH     : 'match' ;
WITH      : 'with' ;
TRY       : 'try' ;
CATCH     : 'catch' ;
FINALLY   : 'finally' ;
THROW     : 'throw' ;
MODULE    : 'module' ;
IMPORT    : 'import' ;
USE       : 'use' ;
ADOPT     : 'adopt' ;
PUB       : 'pub' ;
AS        : 'as' ;
STRUCT    : 'struct' ;
MUT       : 'mut' ;
IMPL      : 'impl' ;
TRAIT     : 'trait' ;
SEALED    : 'sealed' ;
EXTEND    : 'extend' ;
TEST      : 'test' ;
SUITE     : 'suite' ;
GRANT     : 'grant' ;
TO        : 'to' ;
CHECKPOINT: 'checkpoint' ;
REWIND    : 'rewind' ;
PANIC     : 'panic' ;
DELETE    : 'delete' ;
SPAWN     : 'spawn' ;

// ---- literals ---------------------------------------------------------------------------------
// A backslash escapes the next character (`\"`, `\\`, `\n`, `\u00e9`): a `\"` never ends a string.
// neamc's own lexers have no escapes, but real programs rely on them. Strings may span lines;
// triple-quoted strings are verbatim.
TRIPLE_STRING : '"""' .*? '"""' ;
STRING        : '"' DQ_CHAR* '"' ;
SQ_STRING     : '\'' SQ_CHAR* '\'' ;
PATH          : 'p"' DQ_CHAR* '"' ;
FSTRING       : 'f"' DQ_CHAR* '"' | 'f\'' SQ_CHAR* '\'' ;
UNTERMINATED_STRING : ('"' DQ_CHAR* | '\'' SQ_CHAR* | 'p"' DQ_CHAR* | 'f"' DQ_CHAR* | 'f\'' SQ_CHAR*) '\\'? EOF ;

fragment DQ_CHAR : '\\' . | ~["\\] ;
fragment SQ_CHAR : '\\' . | ~['\\] ;

// A number with a unit written against it: 30s, 500ms, 24h, 180d.
QUANTITY  : DIGITS ('.' DIGITS)? [a-zA-Z_] [a-zA-Z0-9_]* ;
NUMBER    : DIGITS ('.' DIGITS?)? ;
IDENT     : [a-zA-Z_] [a-zA-Z0-9_]* ;

fragment DIGITS : [0-9]+ ;

// ---- operators and punctuation ----------------------------------------------------------------
LPAREN    : '(' ;
RPAREN    : ')' ;
LBRACE    : '{' ;
RBRACE    : '}' ;
LBRACK    : '[' ;
RBRACK    : ']' ;
COMMA     : ',' ;
SEMI      : ';' ;
COLONCOLON: '::' ;
COLON     : ':' ;
ELLIPSIS  : '...' ;
DOT       : '.' ;
HASH      : '#' ;
QQ        : '??' ;
// `x?.field`: dialect B's postfix '?' then a member; one token, so that `.field` is never taken for
// the first branch of a conditional.
QUESTION_DOT : '?.' ;
QUESTION  : '?' ;
DOLLAR    : '$' ;
AT        : '@' ;
PLUS_ASSIGN    : '+=' ;
MINUS_ASSIGN   : '-=' ;
STAR_ASSIGN    : '*=' ;
SLASH_ASSIGN   : '/=' ;
PERCENT_ASSIGN : '%=' ;
ARROW     : '->' ;
FATARROW  : '=>' ;
PIPE      : '|>' ;
ANDAND    : '&&' ;
OROR      : '||' ;
BAR       : '|' ;
EQ        : '==' ;
NEQ       : '!=' ;
LE        : '<=' ;
GE        : '>=' ;
LT        : '<' ;
GT        : '>' ;
ASSIGN    : '=' ;
PLUS      : '+' ;
MINUS     : '-' ;
STAR      : '*' ;
SLASH     : '/' ;
PERCENT   : '%' ;
BANG      : '!' ;

// Anything else (including non-ASCII letters outside strings and comments) is reported by the
// syntax layer and kept off the parser's channel so one bad character does not derail the parse.
ERROR_CHAR : . -> channel(ERROR_CHANNEL) ;
