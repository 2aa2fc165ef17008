// Tokens produced by the Tokenizer and consumed by the Parser.
#pragma once

#include <cstdint>
#include <string_view>

namespace klass::parse {

enum class TokenKind : std::uint8_t {
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    // Operators and delimiters.
    LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Plus, Minus, Star, Slash,
    VBar, Amper, Less, Greater, Equal, Dot, Percent, EqEqual, NotEqual, LessEqual,
    GreaterEqual, Tilde, Circumflex, LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual,
    StarEqual, SlashEqual, PercentEqual, AmperEqual, VBarEqual, CircumflexEqual,
    LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At,
    AtEqual, RArrow, Ellipsis, ColonEqual, Exclamation,
    // A character that is no token at all ('$', '?', '`'): the parser reports
    // "invalid syntax" at it, as CPython does.
    Unknown,
    // Hard keywords. Soft keywords (match, case, _) are Names.
    KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak, KwClass,
    KwContinue, KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally, KwFor, KwFrom, KwGlobal,
    KwIf, KwImport, KwIn, KwIs, KwLambda, KwNonlocal, KwNot, KwOr, KwPass, KwRaise,
    KwReturn, KwTry, KwWhile, KwWith, KwYield,
    // The tokenizer found an error; Tokenizer::error() describes it.
    Error,
};

// The spelling of a token kind for messages ("'('", "':'", "'if'").
std::string_view token_kind_spelling(TokenKind kind);

inline bool is_keyword(TokenKind kind) {
    return kind >= TokenKind::KwFalse && kind <= TokenKind::KwYield;
}

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    int lineno = 0;
    int col_offset = 0;  // UTF-8 byte column
    int end_lineno = 0;
    int end_col_offset = 0;
    std::uint32_t start = 0;  // byte range in the source buffer
    std::uint32_t end = 0;
    int level = 0;  // bracket nesting depth after this token
};

// INDENT, DEDENT and ENDMARKER have no extent (col_offset == -1, as in
// CPython); for them end_col_offset holds the tokenizer's cursor column,
// which CPython uses to place errors reported at such tokens.
inline bool is_positionless(const Token& token) { return token.col_offset < 0; }

}  // namespace klass::parse
