// Lexer for Neam: the union of both dialects (0.6-era and 0.7+/1.x) and the documented superset.
// Declaration keywords and property names are NOT tokens: they are identifiers, validated later
// against the vocabulary data, so new kinds and keys need no grammar change.
lexer grammar NeamLexer;

channels { DOC_CHANNEL, ERROR_CHANNEL }

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
SPAWN     : 'spawn' ;

// ---- literals ---------------------------------------------------------------------------------
// Neam strings have no escape sequences: a backslash is an ordinary character and a string ends
// at the next quote. Strings may span lines.
TRIPLE_STRING : '"""' .*? '"""' ;
STRING        : '"' ~'"'* '"' ;
SQ_STRING     : '\'' ~'\''* '\'' ;
PATH          : 'p"' ~'"'* '"' ;
FSTRING       : 'f"' ~'"'* '"' | 'f\'' ~'\''* '\'' ;
UNTERMINATED_STRING : ('"' ~'"'* | '\'' ~'\''* | 'p"' ~'"'* | 'f"' ~'"'* | 'f\'' ~'\''*) EOF ;

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
