#include "parse/tokenizer.h"

#include <cstdio>
#include <cstring>

#include "text/unicode_data.h"
#include "text/unicode_utf8.h"

namespace klass::parse {

namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) {
    return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_octal_digit(char c) { return c >= '0' && c <= '7'; }
bool is_binary_digit(char c) { return c == '0' || c == '1'; }

// Letters, digits, '_' and any non-ASCII byte may be part of an identifier;
// non-ASCII ones are validated afterwards (verify_identifier).
bool is_potential_identifier_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}
bool is_potential_identifier_char(char c) {
    return is_potential_identifier_start(c) || is_ascii_digit(c);
}

struct KeywordEntry {
    std::string_view text;
    TokenKind kind;
};

constexpr KeywordEntry kKeywords[] = {
    {"False", TokenKind::KwFalse},       {"None", TokenKind::KwNone},
    {"True", TokenKind::KwTrue},         {"and", TokenKind::KwAnd},
    {"as", TokenKind::KwAs},             {"assert", TokenKind::KwAssert},
    {"async", TokenKind::KwAsync},       {"await", TokenKind::KwAwait},
    {"break", TokenKind::KwBreak},       {"class", TokenKind::KwClass},
    {"continue", TokenKind::KwContinue}, {"def", TokenKind::KwDef},
    {"del", TokenKind::KwDel},           {"elif", TokenKind::KwElif},
    {"else", TokenKind::KwElse},         {"except", TokenKind::KwExcept},
    {"finally", TokenKind::KwFinally},   {"for", TokenKind::KwFor},
    {"from", TokenKind::KwFrom},         {"global", TokenKind::KwGlobal},
    {"if", TokenKind::KwIf},             {"import", TokenKind::KwImport},
    {"in", TokenKind::KwIn},             {"is", TokenKind::KwIs},
    {"lambda", TokenKind::KwLambda},     {"nonlocal", TokenKind::KwNonlocal},
    {"not", TokenKind::KwNot},           {"or", TokenKind::KwOr},
    {"pass", TokenKind::KwPass},         {"raise", TokenKind::KwRaise},
    {"return", TokenKind::KwReturn},     {"try", TokenKind::KwTry},
    {"while", TokenKind::KwWhile},       {"with", TokenKind::KwWith},
    {"yield", TokenKind::KwYield},
};

TokenKind keyword_or_name(std::string_view text) {
    if (text.size() < 2 || text.size() > 8) return TokenKind::Name;
    for (const auto& entry : kKeywords) {
        if (entry.text == text) return entry.kind;
    }
    return TokenKind::Name;
}

}  // namespace

std::string_view token_kind_spelling(TokenKind kind) {
    switch (kind) {
        case TokenKind::LPar: return "'('";
        case TokenKind::RPar: return "')'";
        case TokenKind::LSqb: return "'['";
        case TokenKind::RSqb: return "']'";
        case TokenKind::LBrace: return "'{'";
        case TokenKind::RBrace: return "'}'";
        case TokenKind::Colon: return "':'";
        case TokenKind::Comma: return "','";
        case TokenKind::Equal: return "'='";
        case TokenKind::KwIn: return "'in'";
        case TokenKind::KwImport: return "'import'";
        default: break;
    }
    for (const auto& entry : kKeywords) {
        if (entry.kind == kind) return entry.text;
    }
    return "token";
}

Tokenizer::Tokenizer(std::string_view source) : source_(source) { line_starts_.push_back(0); }

void Tokenizer::set_origin(int first_lineno, int first_line_col_shift) {
    line_base_ = first_lineno - 1;
    first_line_shift_ = first_line_col_shift;
}

std::string_view Tokenizer::line_text(int lineno) const {
    int index = lineno - line_base_ - 1;
    if (index < 0 || index >= int(line_starts_.size())) return {};
    std::size_t start = line_starts_[index];
    std::size_t end = source_.find('\n', start);
    if (end == std::string_view::npos) end = source_.size();
    return source_.substr(start, end - start);
}

void Tokenizer::new_line(std::size_t next_line_start) {
    ++lineno_;
    line_start_ = next_line_start;
    if (int(line_starts_.size()) < lineno_) line_starts_.push_back(next_line_start);
}

Token Tokenizer::make(TokenKind kind, std::size_t start, int start_line, std::size_t start_line_offset) {
    Token token;
    token.kind = kind;
    token.start = std::uint32_t(start);
    token.end = std::uint32_t(pos_);
    token.lineno = start_line + line_base_;
    token.col_offset = int(start - start_line_offset) + (start_line == 1 ? first_line_shift_ : 0);
    token.end_lineno = lineno_ + line_base_;
    token.end_col_offset = int(pos_ - line_start_) + (lineno_ == 1 ? first_line_shift_ : 0);
    token.level = int(brackets_.size());
    if (kind == TokenKind::Indent || kind == TokenKind::Dedent || kind == TokenKind::EndMarker) {
        token.col_offset = -1;
        if (pos_ >= source_.size() && lineno_ > 1) {
            // At the end of input CPython still stands on the last line.
            int last_line = lineno_ - 1;
            token.lineno = token.end_lineno = last_line + line_base_;
            token.end_col_offset = int(source_.size() - line_starts_[last_line - 1]);
        }
    }
    return token;
}

Token Tokenizer::fail(const char* type, std::string msg, int offset, int end_offset, bool incomplete) {
    error_.type = type;
    error_.msg = std::move(msg);
    error_.lineno = current_lineno();
    error_.end_lineno = current_lineno();
    int shift = lineno_ == 1 ? first_line_shift_ : 0;
    error_.offset = offset > 0 ? offset + shift : offset;
    error_.end_offset = end_offset > 0 ? end_offset + shift : end_offset;
    error_.incomplete_input = incomplete;
    done_ = true;
    Token token = make(TokenKind::Error, pos_, lineno_, line_start_);
    return token;
}

// CPython's tokenizer errors point at the character just before the cursor.
Token Tokenizer::fail_at_cursor(std::string msg) {
    std::size_t before = pos_ > line_start_ ? pos_ - 1 : pos_;
    while (before > line_start_ && (static_cast<unsigned char>(source_[before]) & 0xC0) == 0x80) --before;
    int offset = col_of(before) + (pos_ > line_start_ ? 1 : 0);
    return fail("SyntaxError", std::move(msg), offset, offset);
}

Token Tokenizer::next() {
    if (done_) {
        if (error_.msg.empty()) return make(TokenKind::EndMarker, pos_, lineno_, line_start_);
        return make(TokenKind::Error, pos_, lineno_, line_start_);
    }
    if (pending_indents_ != 0) {
        TokenKind kind = pending_indents_ > 0 ? TokenKind::Indent : TokenKind::Dedent;
        pending_indents_ += pending_indents_ > 0 ? -1 : 1;
        return make(kind, pos_, lineno_, line_start_);
    }
    if (at_line_start_ && brackets_.empty()) {
        Token token = scan_line_start();
        if (token.kind != TokenKind::EndMarker || done_) return token;
    }
    return scan_token();
}

// Measures the indentation of a new logical line, skipping blank and
// comment-only lines, and queues INDENT/DEDENT tokens. Returns EndMarker
// to mean "nothing special, go on scanning".
Token Tokenizer::scan_line_start() {
    for (;;) {
        int col = 0;
        int alt_col = 0;
        std::size_t p = pos_;
        while (p < source_.size()) {
            char c = source_[p];
            if (c == ' ') {
                ++col;
                ++alt_col;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                ++alt_col;
            } else if (c == '\f') {
                col = alt_col = 0;
            } else {
                break;
            }
            ++p;
        }
        if (p >= source_.size()) {
            pos_ = p;
            at_line_start_ = false;
            return Token{};  // end of input: scan_token emits the final tokens
        }
        char c = source_[p];
        // A line holding only a comment or nothing is skipped entirely: it
        // neither opens nor closes a block.
        if (c == '#' || c == '\n') {
            std::size_t end = source_.find('\n', p);
            if (end == std::string_view::npos) end = source_.size();
            pos_ = end < source_.size() ? end + 1 : end;
            if (end < source_.size()) new_line(pos_);
            continue;
        }
        pos_ = p;
        at_line_start_ = false;
        if (col == indents_.back()) {
            if (alt_col != alt_indents_.back()) {
                std::size_t eol = source_.find('\n', pos_);
                return fail("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
            }
        } else if (col > indents_.back()) {
            if (int(indents_.size()) >= kMaxIndent) {
                std::size_t eol = source_.find('\n', pos_);
                return fail("IndentationError", "too many levels of indentation",
                            int(eol - line_start_) + 1, -1);
            }
            if (alt_col <= alt_indents_.back()) {
                std::size_t eol = source_.find('\n', pos_);
                return fail("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
            }
            indents_.push_back(col);
            alt_indents_.push_back(alt_col);
            pending_indents_ = 1;
        } else {
            while (indents_.size() > 1 && col < indents_.back()) {
                indents_.pop_back();
                alt_indents_.pop_back();
                --pending_indents_;
            }
            if (col != indents_.back()) {
                std::size_t eol = source_.find('\n', pos_);
                return fail("IndentationError", "unindent does not match any outer indentation level",
                            int(eol - line_start_) + 1, -1);
            }
            if (alt_col != alt_indents_.back()) {
                std::size_t eol = source_.find('\n', pos_);
                return fail("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
            }
        }
        if (pending_indents_ != 0) {
            TokenKind kind = pending_indents_ > 0 ? TokenKind::Indent : TokenKind::Dedent;
            pending_indents_ += pending_indents_ > 0 ? -1 : 1;
            return make(kind, pos_, lineno_, line_start_);
        }
        return Token{};
    }
}

Token Tokenizer::scan_token() {
    for (;;) {
        // Skip spaces, comments and (inside brackets) newlines.
        while (pos_ < source_.size()) {
            char c = source_[pos_];
            if (c == ' ' || c == '\t' || c == '\f') {
                ++pos_;
            } else if (c == '#') {
                while (pos_ < source_.size() && source_[pos_] != '\n') ++pos_;
            } else if (c == '\\') {
                if (pos_ + 1 < source_.size() && source_[pos_ + 1] == '\n') {
                    pos_ += 2;
                    new_line(pos_);
                    if (pos_ >= source_.size()) {
                        // The offset points just past the backslash of the previous line.
                        --lineno_;
                        int offset = int(source_.size() - 1 - line_starts_[lineno_ - 1]) + 1;
                        return fail("SyntaxError", "unexpected EOF while parsing", offset, -1, true);
                    }
                } else {
                    pos_ += pos_ + 1 < source_.size() ? 2 : 1;
                    return fail("SyntaxError", "unexpected character after line continuation character",
                                col_of(pos_), 0);
                }
            } else if (c == '\n' && !brackets_.empty()) {
                ++pos_;
                new_line(pos_);
            } else {
                break;
            }
        }
        if (pos_ >= source_.size()) {
            if (!brackets_.empty()) {
                const OpenBracket& open = brackets_.back();
                error_.type = "SyntaxError";
                error_.msg = std::string("'") + open.ch + "' was never closed";
                error_.lineno = error_.end_lineno = open.lineno + line_base_;
                error_.offset = open.col + 1 + (open.lineno == 1 ? first_line_shift_ : 0);
                error_.end_offset = 0;
                error_.incomplete_input = true;
                done_ = true;
                return make(TokenKind::Error, pos_, lineno_, line_start_);
            }
            if (indents_.size() > 1) {
                indents_.pop_back();
                alt_indents_.pop_back();
                return make(TokenKind::Dedent, pos_, lineno_, line_start_);
            }
            done_ = true;
            return make(TokenKind::EndMarker, pos_, lineno_, line_start_);
        }
        std::size_t start = pos_;
        char c = source_[pos_];
        if (c == '\n') {
            // NEWLINE tokens are zero-width, as in CPython (errors point at them).
            Token token = make(TokenKind::Newline, start, lineno_, line_start_);
            ++pos_;
            new_line(pos_);
            at_line_start_ = true;
            return token;
        }
        if (is_potential_identifier_start(c)) return scan_identifier_or_string(start);
        if (is_ascii_digit(c) || (c == '.' && pos_ + 1 < source_.size() && is_ascii_digit(source_[pos_ + 1]))) {
            return scan_number(start);
        }
        if (c == '\'' || c == '"') return scan_string(start, start);
        return scan_operator(start);
    }
}

Token Tokenizer::scan_identifier_or_string(std::size_t start) {
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
        char c = source_[pos_];
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
            saw_b = true;
        } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
            saw_u = true;
        } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
            saw_r = true;
        } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
            saw_f = true;
        } else {
            break;
        }
        ++pos_;
        if (pos_ < source_.size() && (source_[pos_] == '\'' || source_[pos_] == '"')) {
            return scan_string(start, pos_);
        }
    }
    bool non_ascii = false;
    while (pos_ < source_.size() && is_potential_identifier_char(source_[pos_])) {
        if (static_cast<unsigned char>(source_[pos_]) >= 0x80) non_ascii = true;
        ++pos_;
    }
    if (non_ascii) {
        Token error_token;
        if (!verify_identifier(start, pos_, &error_token)) return error_token;
        return make(TokenKind::Name, start, lineno_, line_start_);
    }
    return make(keyword_or_name(source_.substr(start, pos_ - start)), start, lineno_, line_start_);
}

// Checks a non-ASCII identifier against Python's XID_Start/XID_Continue
// rules and reports the first character that cannot be part of it.
bool Tokenizer::verify_identifier(std::size_t start, std::size_t end, Token* error_token) {
    std::string_view name = source_.substr(start, end - start);
    std::size_t pos = 0;
    bool first = true;
    while (pos < name.size()) {
        std::size_t at = pos;
        char32_t cp = text::decode_utf8(name, pos);
        bool valid = first ? (cp == '_' || text::has_flag(cp, text::kXidStart)) : text::has_flag(cp, text::kXidContinue);
        first = false;
        if (valid) continue;
        pos_ = start + pos;
        char buffer[64];
        if (text::has_flag(cp, text::kPrintable)) {
            std::snprintf(buffer, sizeof buffer, " (U+%04X)", unsigned(cp));
            std::string msg = "invalid character '";
            msg.append(name.substr(at, pos - at));
            msg += "'";
            msg += buffer;
            *error_token = fail_at_cursor(std::move(msg));
        } else {
            std::snprintf(buffer, sizeof buffer, "invalid non-printable character U+%04X", unsigned(cp));
            *error_token = fail_at_cursor(buffer);
        }
        return false;
    }
    return true;
}

Token Tokenizer::scan_string(std::size_t start, std::size_t quote_pos) {
    int start_line = lineno_;
    std::size_t start_line_offset = line_start_;
    char quote = source_[quote_pos];
    pos_ = quote_pos + 1;
    int quote_size = 1;
    int end_quote_size = 0;
    if (pos_ < source_.size() && source_[pos_] == quote) {
        ++pos_;
        if (pos_ < source_.size() && source_[pos_] == quote) {
            ++pos_;
            quote_size = 3;
        } else {
            end_quote_size = 1;  // the empty string ''
        }
    }
    while (end_quote_size != quote_size) {
        if (pos_ >= source_.size() || (quote_size == 1 && source_[pos_] == '\n')) {
            bool at_eof = pos_ >= source_.size();
            int detected_at = at_eof ? lineno_ - 1 : lineno_;
            if (detected_at < start_line) detected_at = start_line;
            std::string msg = quote_size == 3 ? "unterminated triple-quoted string literal"
                                              : "unterminated string literal";
            msg += " (detected at line " + std::to_string(detected_at + line_base_) + ")";
            lineno_ = start_line;
            line_start_ = start_line_offset;
            int offset = int(start - start_line_offset) + 1;
            return fail("SyntaxError", std::move(msg), offset, offset, quote_size == 3);
        }
        char c = source_[pos_++];
        if (c == quote) {
            ++end_quote_size;
        } else {
            end_quote_size = 0;
            if (c == '\n') {
                new_line(pos_);
            } else if (c == '\\' && pos_ < source_.size()) {
                if (source_[pos_] == '\n') {
                    ++pos_;
                    new_line(pos_);
                } else {
                    ++pos_;
                }
            }
        }
    }
    return make(TokenKind::String, start, start_line, start_line_offset);
}

bool Tokenizer::scan_digits_with_underscores(bool (*is_digit)(char), Token* error_token, const char* kind) {
    // Precondition: at least one digit is at pos_. Consumes digit ('_'? digit)*.
    for (;;) {
        while (pos_ < source_.size() && is_digit(source_[pos_])) ++pos_;
        if (pos_ >= source_.size() || source_[pos_] != '_') return true;
        ++pos_;
        if (pos_ >= source_.size() || !is_digit(source_[pos_])) {
            *error_token = fail_at_cursor(std::string("invalid ") + kind + " literal");
            return false;
        }
    }
}

bool Tokenizer::verify_end_of_number(std::size_t start, const char* kind, Token* error_token) {
    if (pos_ >= source_.size()) return true;
    std::string_view rest = source_.substr(pos_);
    // A keyword that can legally follow a number ("1if x else y") is accepted,
    // as CPython 3.11 does (with a deprecation warning there).
    static constexpr std::string_view kFollowers[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
    for (std::string_view word : kFollowers) {
        if (rest.substr(0, word.size()) == word) return true;
    }
    if (is_potential_identifier_char(rest[0])) {
        *error_token = fail_at_cursor(std::string("invalid ") + kind + " literal");
        return false;
    }
    return true;
}

Token Tokenizer::scan_number(std::size_t start) {
    Token error_token;
    auto at = [&](std::size_t p) { return p < source_.size() ? source_[p] : '\0'; };
    auto finish = [&]() { return make(TokenKind::Number, start, lineno_, line_start_); };

    auto scan_radix = [&](bool (*is_digit)(char), const char* kind, bool report_decimal_digit) -> Token {
        pos_ += 2;  // "0x", "0o", "0b"
        do {
            if (at(pos_) == '_') ++pos_;
            if (!is_digit(at(pos_))) {
                if (report_decimal_digit && is_ascii_digit(at(pos_))) {
                    ++pos_;
                    return fail_at_cursor(std::string("invalid digit '") + source_[pos_ - 1] + "' in " + kind + " literal");
                }
                return fail_at_cursor(std::string("invalid ") + kind + " literal");
            }
            while (is_digit(at(pos_))) ++pos_;
        } while (at(pos_) == '_');
        if (report_decimal_digit && is_ascii_digit(at(pos_))) {
            ++pos_;
            return fail_at_cursor(std::string("invalid digit '") + source_[pos_ - 1] + "' in " + kind + " literal");
        }
        if (!verify_end_of_number(start, kind, &error_token)) return error_token;
        return finish();
    };

    bool fraction_or_exponent_follows = false;
    if (at(pos_) == '.') {
        ++pos_;
        fraction_or_exponent_follows = true;  // ".5": straight to the fraction
        if (!scan_digits_with_underscores(is_ascii_digit, &error_token, "decimal")) return error_token;
    } else if (at(pos_) == '0') {
        char c = at(pos_ + 1);
        if (c == 'x' || c == 'X') return scan_radix(is_hex_digit, "hexadecimal", false);
        if (c == 'o' || c == 'O') return scan_radix(is_octal_digit, "octal", true);
        if (c == 'b' || c == 'B') return scan_radix(is_binary_digit, "binary", true);
        // Zeros, possibly separated by underscores; "0" alone is fine.
        bool nonzero = false;
        ++pos_;
        for (;;) {
            if (at(pos_) == '_') {
                ++pos_;
                if (!is_ascii_digit(at(pos_))) return fail_at_cursor("invalid decimal literal");
            }
            if (at(pos_) != '0') break;
            ++pos_;
        }
        std::size_t zeros_end = pos_;
        if (is_ascii_digit(at(pos_))) {
            nonzero = true;
            if (!scan_digits_with_underscores(is_ascii_digit, &error_token, "decimal")) return error_token;
        }
        c = at(pos_);
        if (c != '.' && c != 'e' && c != 'E' && c != 'j' && c != 'J') {
            if (nonzero) {
                return fail("SyntaxError",
                            "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers",
                            col_of(start) + 1, col_of(zeros_end) + 1);
            }
            if (!verify_end_of_number(start, "decimal", &error_token)) return error_token;
            return finish();
        }
    } else {
        if (!scan_digits_with_underscores(is_ascii_digit, &error_token, "decimal")) return error_token;
    }
    if (!fraction_or_exponent_follows && at(pos_) == '.') {
        ++pos_;
        if (is_ascii_digit(at(pos_))) {
            if (!scan_digits_with_underscores(is_ascii_digit, &error_token, "decimal")) return error_token;
        }
    }
    if (at(pos_) == 'e' || at(pos_) == 'E') {
        std::size_t e_pos = pos_;
        ++pos_;
        if (at(pos_) == '+' || at(pos_) == '-') {
            ++pos_;
            if (!is_ascii_digit(at(pos_))) return fail_at_cursor("invalid decimal literal");
        } else if (!is_ascii_digit(at(pos_))) {
            // "1else": the 'e' starts a keyword, not an exponent.
            pos_ = e_pos;
            if (!verify_end_of_number(start, "decimal", &error_token)) return error_token;
            return finish();
        }
        if (!scan_digits_with_underscores(is_ascii_digit, &error_token, "decimal")) return error_token;
    }
    if (at(pos_) == 'j' || at(pos_) == 'J') {
        ++pos_;
        if (!verify_end_of_number(start, "imaginary", &error_token)) return error_token;
    } else if (!verify_end_of_number(start, "decimal", &error_token)) {
        return error_token;
    }
    return finish();
}

Token Tokenizer::scan_operator(std::size_t start) {
    auto at = [&](std::size_t p) { return p < source_.size() ? source_[p] : '\0'; };
    char c = source_[pos_];
    char c2 = at(pos_ + 1);
    char c3 = at(pos_ + 2);
    TokenKind kind = TokenKind::Unknown;
    int length = 1;
    auto three = [&](char a, char b, char d) { return c == a && c2 == b && c3 == d; };
    auto two = [&](char a, char b) { return c == a && c2 == b; };
    if (three('*', '*', '=')) kind = TokenKind::DoubleStarEqual, length = 3;
    else if (three('.', '.', '.')) kind = TokenKind::Ellipsis, length = 3;
    else if (three('/', '/', '=')) kind = TokenKind::DoubleSlashEqual, length = 3;
    else if (three('<', '<', '=')) kind = TokenKind::LeftShiftEqual, length = 3;
    else if (three('>', '>', '=')) kind = TokenKind::RightShiftEqual, length = 3;
    else if (two('!', '=')) kind = TokenKind::NotEqual, length = 2;
    else if (two('%', '=')) kind = TokenKind::PercentEqual, length = 2;
    else if (two('&', '=')) kind = TokenKind::AmperEqual, length = 2;
    else if (two('*', '*')) kind = TokenKind::DoubleStar, length = 2;
    else if (two('*', '=')) kind = TokenKind::StarEqual, length = 2;
    else if (two('+', '=')) kind = TokenKind::PlusEqual, length = 2;
    else if (two('-', '=')) kind = TokenKind::MinEqual, length = 2;
    else if (two('-', '>')) kind = TokenKind::RArrow, length = 2;
    else if (two('/', '/')) kind = TokenKind::DoubleSlash, length = 2;
    else if (two('/', '=')) kind = TokenKind::SlashEqual, length = 2;
    else if (two(':', '=')) kind = TokenKind::ColonEqual, length = 2;
    else if (two('<', '<')) kind = TokenKind::LeftShift, length = 2;
    else if (two('<', '=')) kind = TokenKind::LessEqual, length = 2;
    else if (two('<', '>')) kind = TokenKind::NotEqual, length = 2;
    else if (two('=', '=')) kind = TokenKind::EqEqual, length = 2;
    else if (two('>', '=')) kind = TokenKind::GreaterEqual, length = 2;
    else if (two('>', '>')) kind = TokenKind::RightShift, length = 2;
    else if (two('@', '=')) kind = TokenKind::AtEqual, length = 2;
    else if (two('^', '=')) kind = TokenKind::CircumflexEqual, length = 2;
    else if (two('|', '=')) kind = TokenKind::VBarEqual, length = 2;
    else {
        switch (c) {
            case '(': kind = TokenKind::LPar; break;
            case ')': kind = TokenKind::RPar; break;
            case '[': kind = TokenKind::LSqb; break;
            case ']': kind = TokenKind::RSqb; break;
            case '{': kind = TokenKind::LBrace; break;
            case '}': kind = TokenKind::RBrace; break;
            case ':': kind = TokenKind::Colon; break;
            case ',': kind = TokenKind::Comma; break;
            case ';': kind = TokenKind::Semi; break;
            case '+': kind = TokenKind::Plus; break;
            case '-': kind = TokenKind::Minus; break;
            case '*': kind = TokenKind::Star; break;
            case '/': kind = TokenKind::Slash; break;
            case '|': kind = TokenKind::VBar; break;
            case '&': kind = TokenKind::Amper; break;
            case '<': kind = TokenKind::Less; break;
            case '>': kind = TokenKind::Greater; break;
            case '=': kind = TokenKind::Equal; break;
            case '.': kind = TokenKind::Dot; break;
            case '%': kind = TokenKind::Percent; break;
            case '~': kind = TokenKind::Tilde; break;
            case '^': kind = TokenKind::Circumflex; break;
            case '@': kind = TokenKind::At; break;
            case '!': kind = TokenKind::Exclamation; break;
            default: kind = TokenKind::Unknown; break;
        }
    }
    if (kind == TokenKind::Unknown && static_cast<unsigned char>(c) < 0x20 && c != '\t') {
        ++pos_;
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "invalid non-printable character U+%04X", unsigned(c));
        return fail_at_cursor(buffer);
    }
    pos_ += std::size_t(length);
    switch (kind) {
        case TokenKind::LPar:
        case TokenKind::LSqb:
        case TokenKind::LBrace:
            if (int(brackets_.size()) >= kMaxBracketDepth) {
                return fail_at_cursor("too many nested parentheses");
            }
            brackets_.push_back({c, lineno_, col_of(start)});
            break;
        case TokenKind::RPar:
        case TokenKind::RSqb:
        case TokenKind::RBrace: {
            if (brackets_.empty()) return fail_at_cursor(std::string("unmatched '") + c + "'");
            OpenBracket open = brackets_.back();
            brackets_.pop_back();
            char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
            if (c != expected) {
                std::string msg = std::string("closing parenthesis '") + c +
                                  "' does not match opening parenthesis '" + open.ch + "'";
                if (open.lineno != lineno_) msg += " on line " + std::to_string(open.lineno + line_base_);
                return fail_at_cursor(std::move(msg));
            }
            break;
        }
        default:
            break;
    }
    return make(kind, start, lineno_, line_start_);
}

}  // namespace klass::parse
