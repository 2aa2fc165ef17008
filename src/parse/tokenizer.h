// Tokenizer: turns normalised Python source into tokens, one at a time.
//
// Tokens are produced on demand (the parser pulls them) because CPython
// reports a syntax error early in a file before a tokenizer error later in
// it; tokenizing eagerly would change which error wins.
//
// The input must already be normalised (see normalize_source in
// source_text.h): UTF-8 without BOM, '\n' line endings, ending with '\n'.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/token.h"

namespace klass::parse {

// A syntax error found while tokenizing or parsing, positioned in bytes.
// `offset`/`end_offset` are 1-based byte offsets into their lines; 0 and -1
// are passed through unchanged (CPython reports them for some errors).
struct PendingError {
    const char* type = "SyntaxError";
    std::string msg;
    int lineno = 0;
    int offset = 0;
    int end_lineno = 0;
    int end_offset = 0;
    bool incomplete_input = false;
};

class Tokenizer {
public:
    // Brackets deeper than this are "too many nested parentheses" (CPython's MAXLEVEL).
    static constexpr int kMaxBracketDepth = 200;
    // Blocks deeper than this are "too many levels of indentation" (MAXINDENT).
    static constexpr int kMaxIndent = 100;

    explicit Tokenizer(std::string_view source);

    // Positions of tokens on the first line are shifted right by
    // `first_line_col_shift`, and all lines are numbered from `first_lineno`;
    // used to parse the expressions of f-strings in place.
    void set_origin(int first_lineno, int first_line_col_shift);

    Token next();

    // Valid after next() returned TokenKind::Error.
    const PendingError& error() const { return error_; }

    struct OpenBracket {
        char ch;
        int lineno;
        int col;  // byte column
    };
    const std::vector<OpenBracket>& open_brackets() const { return brackets_; }

    std::string_view source() const { return source_; }
    std::string_view text(const Token& token) const {
        return source_.substr(token.start, token.end - token.start);
    }
    // The text of a physical line (1-based, in this tokenizer's numbering),
    // without its newline; empty if that line has not been reached.
    std::string_view line_text(int lineno) const;
    int current_lineno() const { return lineno_ + line_base_; }

private:
    Token make(TokenKind kind, std::size_t start, int start_line, std::size_t start_line_offset);
    Token fail(const char* type, std::string msg, int offset, int end_offset, bool incomplete = false);
    Token fail_at_cursor(std::string msg);
    Token scan_line_start();
    Token scan_token();
    Token scan_identifier_or_string(std::size_t start);
    Token scan_string(std::size_t start, std::size_t quote_pos);
    Token scan_number(std::size_t start);
    Token scan_operator(std::size_t start);
    bool verify_identifier(std::size_t start, std::size_t end, Token* error_token);
    bool verify_end_of_number(std::size_t start, const char* kind, Token* error_token);
    bool scan_digits_with_underscores(bool (*is_digit)(char), Token* error_token, const char* kind);
    void new_line(std::size_t next_line_start);
    int col_of(std::size_t pos) const { return int(pos - line_start_); }

    std::string_view source_;
    std::size_t pos_ = 0;
    std::size_t line_start_ = 0;
    int lineno_ = 1;
    int line_base_ = 0;           // added to every line number
    int first_line_shift_ = 0;    // added to columns on the first line
    std::vector<std::size_t> line_starts_;  // start offset of each line seen
    bool at_line_start_ = true;
    bool done_ = false;
    int pending_indents_ = 0;     // >0: INDENTs to emit, <0: DEDENTs
    std::vector<int> indents_{0};      // columns with tabs to multiples of 8
    std::vector<int> alt_indents_{0};  // columns with tabs counted as 1
    std::vector<OpenBracket> brackets_;
    PendingError error_;
};

}  // namespace klass::parse
