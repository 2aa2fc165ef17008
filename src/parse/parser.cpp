// parse::parse and the Parser's token plumbing, errors and entry rules.
#include "parse/parser.h"

#include <algorithm>

#include "parse/parser_impl.h"
#include "parse/source_text.h"
#include "text/unicode_normalize.h"

namespace klass::parse {

// ---------------------------------------------------------------------------
// Tokens

Parser::Parser(Arena& arena, std::string_view source) : arena_(arena), tokenizer_(source) {
    tokens_.reserve(source.size() / 4 + 16);
}

Token Parser::fill(std::size_t index) {
    while (tokens_.size() <= index) {
        if (!tokens_.empty()) {
            TokenKind last = tokens_.back().kind;
            if (last == TokenKind::EndMarker) {
                if (tokens_.size() - 1 > furthest_) furthest_ = tokens_.size() - 1;
                return tokens_.back();
            }
            if (last == TokenKind::Error) throw SyntaxErrorThrow{tokenizer_.error(), true};
        }
        tokens_.push_back(tokenizer_.next());
    }
    if (index > furthest_) furthest_ = index;
    const Token& token = tokens_[index];
    if (token.kind == TokenKind::Error) throw SyntaxErrorThrow{tokenizer_.error(), true};
    return token;
}

bool Parser::at_name(std::string_view soft_keyword) {
    Token token = peek();
    return token.kind == TokenKind::Name && text(token) == soft_keyword;
}

Token Parser::advance() {
    Token token = fill(pos_);
    if (token.kind != TokenKind::EndMarker) ++pos_;
    return token;
}

bool Parser::accept(TokenKind kind) {
    if (peek().kind != kind) return false;
    ++pos_;
    return true;
}

Token Parser::expect(TokenKind kind) {
    if (peek().kind != kind) fail_invalid_syntax();
    return advance();
}

Token Parser::expect_forced(TokenKind kind) {
    if (peek().kind != kind) {
        error_last_token("expected " + std::string(token_kind_spelling(kind)));
    }
    return advance();
}

const Token& Parser::last_significant_token() const {
    std::size_t i = pos_;
    while (i > 0) {
        const Token& token = tokens_[i - 1];
        if (token.kind != TokenKind::Newline && token.kind != TokenKind::Indent &&
            token.kind != TokenKind::Dedent && token.kind != TokenKind::EndMarker) {
            return token;
        }
        --i;
    }
    return tokens_[0];
}

bool Parser::reached_end_of_input() const {
    return !tokens_.empty() &&
           (furthest_token().kind == TokenKind::EndMarker ||
            (tokens_.back().kind == TokenKind::Error && tokenizer_.error().incomplete_input));
}

// ---------------------------------------------------------------------------
// Errors

namespace {

PendingError error_for_range(const char* type, std::string msg, int lineno, int col, int end_lineno, int end_col) {
    PendingError error;
    error.type = type;
    error.msg = std::move(msg);
    error.lineno = lineno;
    error.offset = col + 1;
    error.end_lineno = end_lineno;
    error.end_offset = end_col + 1;
    return error;
}

}  // namespace

void Parser::error_at(const Token& token, std::string msg, const char* type) {
    throw SyntaxErrorThrow{error_for_range(type, std::move(msg), token.lineno, token.col_offset, token.end_lineno,
                                           is_positionless(token) ? -1 : token.end_col_offset)};
}

void Parser::error_at(const ast::Located& node, std::string msg) {
    throw SyntaxErrorThrow{error_for_range("SyntaxError", std::move(msg), node.lineno, node.col_offset,
                                           node.end_lineno, node.end_col_offset)};
}

void Parser::error_range(const ast::Located& from, const ast::Located& to, std::string msg) {
    throw SyntaxErrorThrow{error_for_range("SyntaxError", std::move(msg), from.lineno, from.col_offset,
                                           to.end_lineno, to.end_col_offset)};
}

void Parser::error_range(const Token& from, const Token& to, std::string msg) {
    throw SyntaxErrorThrow{error_for_range("SyntaxError", std::move(msg), from.lineno, from.col_offset,
                                           to.end_lineno, to.end_col_offset)};
}

void Parser::error_range(const ast::Located& from, const Token& to, std::string msg) {
    throw SyntaxErrorThrow{error_for_range("SyntaxError", std::move(msg), from.lineno, from.col_offset,
                                           to.end_lineno, to.end_col_offset)};
}

// CPython's RAISE_SYNTAX_ERROR: the error sits on the last token fetched.
void Parser::error_last_token(std::string msg, const char* type) {
    const Token& token = furthest_token();
    if (is_positionless(token)) {
        PendingError error;
        error.type = type;
        error.msg = std::move(msg);
        error.lineno = error.end_lineno = token.lineno;
        error.offset = token.end_col_offset;  // the cursor column
        error.end_offset = -1;
        throw SyntaxErrorThrow{error};
    }
    throw SyntaxErrorThrow{error_for_range(type, std::move(msg), token.lineno, token.col_offset, token.end_lineno,
                                           token.end_col_offset)};
}

void Parser::fail_invalid_syntax() {
    const Token& token = furthest_token();
    if (token.kind == TokenKind::Indent) error_last_token("unexpected indent", "IndentationError");
    if (token.kind == TokenKind::Dedent) error_last_token("unexpected unindent", "IndentationError");
    error_at(token, "invalid syntax");
}

void Parser::error_expected_block(const char* what, int header_line) {
    std::string msg = "expected an indented block after ";
    msg += what;
    msg += " on line " + std::to_string(header_line);
    error_last_token(std::move(msg), "IndentationError");
}

// ---------------------------------------------------------------------------
// Names

ast::Identifier Parser::identifier(const Token& name_token) {
    std::string_view raw = text(name_token);
    bool ascii = std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) return raw;  // the source buffer outlives the tree via the arena copy below
    return arena_.copy_string(text::normalize_identifier(raw));
}

ast::Name* Parser::name_node(const Token& name_token, ast::ExprContext ctx) {
    auto* node = arena_.make<ast::Name>();
    node->lineno = name_token.lineno;
    node->col_offset = name_token.col_offset;
    node->end_lineno = name_token.end_lineno;
    node->end_col_offset = name_token.end_col_offset;
    node->id = identifier(name_token);
    node->ctx = ctx;
    return node;
}

// ---------------------------------------------------------------------------
// Start rules

ast::Module* Parser::parse_file() {
    std::vector<ast::Stmt*> body;
    while (!at(TokenKind::EndMarker)) parse_statement(body);
    auto* module = arena_.make<ast::Module>();
    module->body = seq(body);
    return module;
}

ast::Expression* Parser::parse_eval() {
    ast::Expr* body = parse_expressions();
    while (accept(TokenKind::Newline)) {
    }
    expect(TokenKind::EndMarker);
    auto* expression = arena_.make<ast::Expression>();
    expression->body = body;
    return expression;
}

ast::Interactive* Parser::parse_interactive() {
    std::vector<ast::Stmt*> body;
    if (!accept(TokenKind::Newline) && !at(TokenKind::EndMarker)) {
        Token first = peek();
        bool compound = first.kind == TokenKind::KwDef || first.kind == TokenKind::KwIf ||
                        first.kind == TokenKind::KwClass || first.kind == TokenKind::KwWith ||
                        first.kind == TokenKind::KwFor || first.kind == TokenKind::KwTry ||
                        first.kind == TokenKind::KwWhile || first.kind == TokenKind::At ||
                        first.kind == TokenKind::KwAsync || at_name("match");
        if (compound) {
            parse_statement(body);
            accept(TokenKind::Newline);
        } else {
            parse_simple_statements(body);
        }
        while (accept(TokenKind::Newline)) {
        }
        if (!at(TokenKind::EndMarker)) {
            error_at(peek(), "multiple statements found while compiling a single statement");
        }
    }
    auto* interactive = arena_.make<ast::Interactive>();
    interactive->body = seq(body);
    return interactive;
}

ast::Expr* Parser::parse_fstring_expression() {
    ast::Expr* expr = parse_star_expressions();
    if (!at(TokenKind::Newline) && !at(TokenKind::EndMarker)) fail_invalid_syntax();
    return expr;
}

bool Parser::find_later_tokenizer_error(int error_lineno, PendingError* out) {
    if (!tokens_.empty() && (tokens_.back().kind == TokenKind::Error || tokens_.back().kind == TokenKind::EndMarker)) {
        return false;
    }
    for (;;) {
        Token token = tokenizer_.next();
        if (token.kind == TokenKind::EndMarker) return false;
        if (token.kind == TokenKind::Error) {
            const PendingError& error = tokenizer_.error();
            // An unclosed bracket only wins if it was opened before the error line.
            bool unclosed = error.msg.find("was never closed") != std::string::npos;
            if (unclosed && !(error_lineno > error.lineno)) return false;
            *out = error;
            return true;
        }
    }
}

DepthGuard::DepthGuard(Parser& parser) : parser_(parser) {
    if (++parser_.depth_ > kMaxDepth) {
        --parser_.depth_;
        parser_.error_at(parser_.peek(), "too many nested parentheses");
    }
}

// ---------------------------------------------------------------------------
// The public entry point

namespace {

SyntaxErrorInfo to_syntax_error(const PendingError& pending, const Tokenizer& tokenizer, std::string_view filename,
                                bool text_with_newline) {
    SyntaxErrorInfo info;
    info.type = pending.type;
    info.msg = pending.msg;
    info.filename = std::string(filename);
    info.lineno = pending.lineno;
    info.end_lineno = pending.end_lineno;
    std::string_view line = tokenizer.line_text(pending.lineno);
    info.offset = pending.offset > 0 ? utf8_prefix_length(line, pending.offset - 1) + 1 : pending.offset;
    std::string_view end_line = tokenizer.line_text(pending.end_lineno);
    info.end_offset = pending.end_offset > 0 ? utf8_prefix_length(end_line, pending.end_offset - 1) + 1
                                             : pending.end_offset;
    info.text = std::string(line);
    if (text_with_newline && info.lineno > 0) info.text += '\n';
    info.incomplete_input = pending.incomplete_input;
    return info;
}

}  // namespace

ParseResult parse(std::string_view source, std::string_view filename, ParseMode mode) {
    ParseResult result;
    std::string normalized;
    PendingError source_error;
    if (!normalize_source(source, normalized, source_error)) {
        SyntaxErrorInfo info;
        info.msg = source_error.msg;
        info.filename = std::string(filename);
        info.lineno = source_error.lineno;
        result.error_ = std::move(info);
        return result;
    }
    // The tree refers to identifiers in the source text, so the arena keeps it.
    std::string_view text = result.arena_->copy_string(normalized);
    Parser parser(*result.arena_, text);
    try {
        try {
            switch (mode) {
                case ParseMode::Exec: result.tree_ = parser.parse_file(); break;
                case ParseMode::Eval: result.tree_ = parser.parse_eval(); break;
                case ParseMode::Single: result.tree_ = parser.parse_interactive(); break;
            }
        } catch (SyntaxErrorThrow& thrown) {
            bool incomplete = parser.reached_end_of_input();
            PendingError error = thrown.error;
            bool from_tokenizer = thrown.from_tokenizer;
            if (!from_tokenizer) {
                PendingError later;
                if (parser.find_later_tokenizer_error(error.lineno, &later)) {
                    error = later;
                    from_tokenizer = true;
                }
            }
            error.incomplete_input = error.incomplete_input || incomplete;
            bool newline = !(from_tokenizer && std::string_view(error.type) == "SyntaxError");
            result.error_ = to_syntax_error(error, parser.tokenizer(), filename, newline);
            result.tree_ = nullptr;
        }
    } catch (const std::bad_alloc&) {
        SyntaxErrorInfo info;
        info.type = "MemoryError";
        info.filename = std::string(filename);
        result.error_ = std::move(info);
        result.tree_ = nullptr;
    } catch (const std::exception& e) {
        SyntaxErrorInfo info;
        info.msg = std::string("internal parser error: ") + e.what();
        info.filename = std::string(filename);
        result.error_ = std::move(info);
        result.tree_ = nullptr;
    }
    return result;
}

}  // namespace klass::parse
