// String literals: prefixes, escapes, implicit concatenation and f-strings.
//
// An f-string is split into literal text and replacement fields; each field's
// expression is parsed by a nested Parser over "(<expression>)" whose tokens
// are shifted to the field's place in the file, which is how CPython 3.11
// obtains the positions of f-string sub-expressions. The node shapes and
// positions (Constant parts spanning the whole literal, format_spec
// JoinedStr spanning the current token) follow CPython 3.11 exactly.
#include <cstring>

#include "parse/literals.h"
#include "parse/parser_impl.h"

namespace klass::parse {

namespace {

struct LiteralParts {
    bool bytes = false;
    bool raw = false;
    bool fstring = false;
    bool u_prefix = false;
    std::string_view body;  // between the quotes
};

LiteralParts split_literal(std::string_view token) {
    LiteralParts parts;
    std::size_t i = 0;
    while (i < token.size() && token[i] != '\'' && token[i] != '"') {
        char c = char(token[i] | 0x20);
        if (c == 'b') parts.bytes = true;
        if (c == 'r') parts.raw = true;
        if (c == 'f') parts.fstring = true;
        if (token[i] == 'u') parts.u_prefix = true;
        ++i;
    }
    std::size_t quote_size = token.size() - i >= 6 && token[i + 1] == token[i] && token[i + 2] == token[i] ? 3 : 1;
    parts.body = token.substr(i + quote_size, token.size() - i - 2 * quote_size);
    return parts;
}

}  // namespace

class StringLiteralParser {
public:
    StringLiteralParser(Parser& parser, const std::vector<Token>& tokens)
        : parser_(parser), tokens_(tokens), first_(tokens.front()), last_(tokens.back()) {}

    ast::Expr* build();

private:
    // CPython's FstringParser: pending literal text plus finished nodes.
    struct State {
        std::string last_str;
        std::vector<ast::Expr*> values;
        bool fmode = false;
    };

    [[noreturn]] void error(std::string msg) { parser_.error_last_token(std::move(msg)); }
    ast::Constant* make_str(std::string text, const Token& start, const Token& end);
    void flush_literal(State& state);
    ast::Expr* finish(State& state, const Token& start, const Token& end);
    void concat_fstring(State& state, const char*& s, const char* end, bool raw, int recurse_lvl, const Token& t);
    ast::Expr* parse_format_spec(const char*& s, const char* end, bool raw, int recurse_lvl, const Token& t);
    int find_literal(const char*& s, const char* end, bool raw, int recurse_lvl, std::string& literal);
    ast::Expr* find_expr(const char*& s, const char* end, bool raw, int recurse_lvl, const Token& t,
                         std::string& expr_text, bool& has_expr_text);
    ast::Expr* compile_expr(const char* expr_start, const char* expr_end, const Token& t);
    std::string decode_literal(std::string_view text, bool raw);

    Parser& parser_;
    const std::vector<Token>& tokens_;
    const Token& first_;
    const Token& last_;
    bool u_kind_ = false;
};

ast::Expr* Parser::parse_strings() {
    std::vector<Token> strings;
    while (at(TokenKind::String)) strings.push_back(advance());
    peek();  // CPython fetched the next token before decoding; errors point at it
    StringLiteralParser builder(*this, strings);
    return builder.build();
}

std::string StringLiteralParser::decode_literal(std::string_view text, bool raw) {
    if (raw || text.find('\\') == std::string_view::npos) return std::string(text);
    std::string out;
    std::string message;
    if (!decode_str_escapes(text, out, message)) error(message);
    return out;
}

ast::Expr* StringLiteralParser::build() {
    u_kind_ = parser_.text(first_).substr(0, 1) == "u";
    bool bytes_mode = false;
    std::string bytes;
    State state;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
        const Token& token = tokens_[i];
        LiteralParts parts = split_literal(parser_.text(token));
        if (i == 0) {
            bytes_mode = parts.bytes;
        } else if (parts.bytes != bytes_mode) {
            error("cannot mix bytes and nonbytes literals");
        }
        if (parts.bytes) {
            for (char c : parts.body) {
                if (static_cast<unsigned char>(c) >= 0x80) {
                    parser_.error_at(token, "bytes can only contain ASCII literal characters");
                }
            }
            if (parts.raw || parts.body.find('\\') == std::string_view::npos) {
                bytes.append(parts.body);
            } else {
                std::string decoded;
                std::string message;
                if (!decode_bytes_escapes(parts.body, decoded, message)) error(message);
                bytes += decoded;
            }
        } else if (parts.fstring) {
            const char* s = parts.body.data();
            concat_fstring(state, s, parts.body.data() + parts.body.size(), parts.raw, 0, token);
        } else {
            state.last_str += decode_literal(parts.body, parts.raw);
        }
    }
    if (bytes_mode) {
        auto* constant = parser_.make_span<ast::Constant>(first_, last_);
        constant->value.kind = ast::ConstantValue::Kind::Bytes;
        constant->value.text = std::move(bytes);
        return constant;
    }
    return finish(state, first_, last_);
}

ast::Constant* StringLiteralParser::make_str(std::string text, const Token& start, const Token& end) {
    auto* constant = parser_.make_span<ast::Constant>(start, end);
    constant->value.kind = ast::ConstantValue::Kind::Str;
    constant->value.text = std::move(text);
    if (u_kind_) constant->kind = "u";
    return constant;
}

void StringLiteralParser::flush_literal(State& state) {
    if (state.last_str.empty()) return;
    state.values.push_back(make_str(std::move(state.last_str), first_, last_));
    state.last_str.clear();
}

ast::Expr* StringLiteralParser::finish(State& state, const Token& start, const Token& end) {
    if (!state.fmode) return make_str(std::move(state.last_str), start, end);
    // The trailing literal spans start..end (for a format spec, the current
    // token), unlike literals flushed before a field, which span the literal.
    if (!state.last_str.empty()) {
        state.values.push_back(make_str(std::move(state.last_str), start, end));
        state.last_str.clear();
    }
    auto* joined = parser_.make_span<ast::JoinedStr>(start, end);
    joined->values = parser_.seq(state.values);
    return joined;
}

void StringLiteralParser::concat_fstring(State& state, const char*& s, const char* end, bool raw, int recurse_lvl,
                                         const Token& t) {
    state.fmode = true;
    for (;;) {
        std::string literal;
        int result = find_literal(s, end, raw, recurse_lvl, literal);
        state.last_str += literal;
        if (result == 1) continue;  // a doubled brace: keep scanning literal text
        if (s >= end || *s == '}') break;
        std::string expr_text;
        bool has_expr_text = false;
        ast::Expr* expression = find_expr(s, end, raw, recurse_lvl, t, expr_text, has_expr_text);
        if (has_expr_text) state.last_str += expr_text;
        flush_literal(state);
        state.values.push_back(expression);
    }
    if (recurse_lvl != 0 && (s >= end || *s != '}')) error("f-string: expecting '}'");
}

ast::Expr* StringLiteralParser::parse_format_spec(const char*& s, const char* end, bool raw, int recurse_lvl,
                                                  const Token& t) {
    State state;
    concat_fstring(state, s, end, raw, recurse_lvl, t);
    return finish(state, t, t);
}

// Scans literal text up to an unescaped '{' or '}'. Returns 1 when it
// stopped after the first of a doubled brace (the caller continues).
int StringLiteralParser::find_literal(const char*& str, const char* end, bool raw, int recurse_lvl,
                                      std::string& literal) {
    const char* s = str;
    const char* literal_start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                // \N{NAME}: its braces are not replacement fields.
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                break;
            }
        }
        if (ch == '{' || ch == '}') {
            if (recurse_lvl == 0) {
                if (s < end && *s == ch) {
                    str = s + 1;
                    result = 1;
                    literal = decode_literal(std::string_view(literal_start, std::size_t(s - literal_start)), raw);
                    return result;
                }
                if (ch == '}') {
                    str = s - 1;
                    error("f-string: single '}' is not allowed");
                }
            }
            --s;
            break;
        }
    }
    str = s;
    if (s != literal_start) {
        literal = decode_literal(std::string_view(literal_start, std::size_t(s - literal_start)), raw);
    }
    return result;
}

ast::Expr* StringLiteralParser::find_expr(const char*& str, const char* end, bool raw, int recurse_lvl,
                                          const Token& t, std::string& expr_text, bool& has_expr_text) {
    if (recurse_lvl >= 2) error("f-string: expressions nested too deeply");
    ++str;  // '{'
    const char* expr_start = str;
    char quote_char = 0;
    int string_type = 0;
    std::vector<char> brackets;
    for (; str < end; ++str) {
        char ch = *str;
        if (ch == '\\') error("f-string expression part cannot include a backslash");
        if (quote_char) {
            if (ch == quote_char) {
                if (string_type == 3) {
                    if (str + 2 < end && str[1] == ch && str[2] == ch) {
                        str += 2;
                        string_type = 0;
                        quote_char = 0;
                    }
                } else {
                    string_type = 0;
                    quote_char = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (str + 2 < end && str[1] == ch && str[2] == ch) {
                string_type = 3;
                str += 2;
            } else {
                string_type = 1;
            }
            quote_char = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (brackets.size() >= std::size_t(Tokenizer::kMaxBracketDepth)) {
                error("f-string: too many nested parenthesis");
            }
            brackets.push_back(ch);
        } else if (ch == '#') {
            error("f-string expression part cannot include '#'");
        } else if (brackets.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (str + 1 < end) {
                char next = str[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
                    (ch == '>' && next == '=')) {
                    ++str;
                    continue;
                }
                if (ch == '>' || ch == '<') continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (brackets.empty()) error(std::string("f-string: unmatched '") + ch + "'");
            char opening = brackets.back();
            brackets.pop_back();
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                error(std::string("f-string: closing parenthesis '") + ch + "' does not match opening parenthesis '" +
                      opening + "'");
            }
        }
    }
    const char* expr_end = str;
    if (quote_char) error("f-string: unterminated string");
    if (!brackets.empty()) error(std::string("f-string: unmatched '") + brackets.back() + "'");
    if (str >= end) error("f-string: expecting '}'");

    ast::Expr* expression = compile_expr(expr_start, expr_end, t);

    if (*str == '=') {
        ++str;
        while (str < end && (*str == ' ' || *str == '\t' || *str == '\n' || *str == '\r' || *str == '\f' ||
                             *str == '\v')) {
            ++str;
        }
        expr_text.assign(expr_start, str);
        has_expr_text = true;
    }
    int conversion = -1;
    if (str < end && *str == '!') {
        ++str;
        if (str >= end) error("f-string: expecting '}'");
        conversion = static_cast<unsigned char>(*str);
        ++str;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
    }
    if (str >= end) error("f-string: expecting '}'");
    ast::Expr* format_spec = nullptr;
    if (*str == ':') {
        ++str;
        if (str >= end) error("f-string: expecting '}'");
        format_spec = parse_format_spec(str, end, raw, recurse_lvl + 1, t);
    }
    if (str >= end || *str != '}') error("f-string: expecting '}'");
    ++str;
    if (has_expr_text && format_spec == nullptr && conversion == -1) conversion = 'r';
    auto* formatted = parser_.make_span<ast::FormattedValue>(first_, last_);
    formatted->value = expression;
    formatted->conversion = conversion;
    formatted->format_spec = format_spec;
    return formatted;
}

ast::Expr* StringLiteralParser::compile_expr(const char* expr_start, const char* expr_end, const Token& t) {
    const char* s = expr_start;
    while (s != expr_end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) ++s;
    if (s == expr_end) error("f-string: empty expression not allowed");

    // Where the field sits in the file: lines and columns before its '{'.
    std::string_view token_text = parser_.text(t);
    const char* parent = token_text.data();
    const char* brace = expr_start - 1;
    int lines = 0;
    for (const char* p = parent; p < brace; ++p) {
        if (*p == '\n') ++lines;
    }
    int cols = 0;
    bool newline_after_brace = true;
    for (const char* p = brace + 1; p < expr_end + 1 && *p != '}' && *p != '\n'; ++p) {
        if (*p != ' ' && *p != '\t' && *p != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    if (!newline_after_brace) {
        const char* start = brace;
        while (start > parent && *start != '\n') --start;
        cols = int(brace - start);
        if (*start == '\n') cols -= 1;
    }

    std::string source = "(";
    source.append(expr_start, expr_end);
    source += ")\n";
    std::string_view stored = parser_.arena_.copy_string(source);
    Parser nested(parser_.arena_, stored);
    int shift = lines == 0 ? t.col_offset + cols : cols;
    nested.tokenizer().set_origin(t.lineno + lines, shift);
    nested.set_fstring_mode(true);
    try {
        return nested.parse_fstring_expression();
    } catch (SyntaxErrorThrow& thrown) {
        if (!thrown.from_tokenizer) {
            // CPython reports these relative to the "(expression)" text.
            thrown.error.msg = "f-string: " + thrown.error.msg;
            if (thrown.error.lineno == t.lineno + lines && thrown.error.offset > 0) thrown.error.offset -= shift;
            if (thrown.error.end_lineno == t.lineno + lines && thrown.error.end_offset > 0) {
                thrown.error.end_offset -= shift;
            }
        }
        throw;
    }
}

}  // namespace klass::parse
