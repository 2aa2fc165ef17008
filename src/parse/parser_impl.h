// The recursive-descent parser behind parse::parse (internal header).
//
// The parser follows CPython 3.11's PEG grammar (Grammar/python.gram) rule by
// rule but is written to be mostly deterministic: where the grammar has
// alternatives, we look at a token or two, or parse the common prefix once
// and decide afterwards (an assignment's targets are parsed as expressions
// and converted). Backtracking (mark()/reset()) is used only where the
// grammar truly needs it: `match` as a soft keyword and parenthesised
// `with` items.
//
// Errors: CPython runs a second pass with "invalid_*" rules to produce
// specific messages. We check for the same situations at the points where
// the parse would otherwise fail, so specific errors never fire on valid
// code. All syntax errors are thrown as SyntaxErrorThrow and caught in
// parse(); nothing escapes it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/arena.h"
#include "parse/ast.h"
#include "parse/tokenizer.h"

namespace klass::parse {

struct SyntaxErrorThrow {
    PendingError error;
    bool from_tokenizer = false;
};

// What a string of targets is being used for; selects the error message.
enum class TargetsType { Star, Del, For };

class Parser {
public:
    // `source` must be normalised (see source_text.h) and outlive the parser.
    Parser(Arena& arena, std::string_view source);

    ast::Module* parse_file();
    ast::Expression* parse_eval();
    ast::Interactive* parse_interactive();
    // Parses the text of an f-string replacement field wrapped in parentheses.
    ast::Expr* parse_fstring_expression();

    Tokenizer& tokenizer() { return tokenizer_; }
    // After a parse error: reads the rest of the input and returns a tokenizer
    // error found there, which CPython reports in preference to parser errors.
    bool find_later_tokenizer_error(int error_lineno, PendingError* out);
    // True when the parser fetched the end of the input (incomplete input).
    bool reached_end_of_input() const;
    void set_fstring_mode(bool on) { fstring_mode_ = on; }

private:
    friend class StringLiteralParser;
    friend class DepthGuard;
    friend class Speculation;

    // ---- tokens -------------------------------------------------------------
    // Tokens are returned by value: fetching more may reallocate tokens_.
    Token fill(std::size_t index);
    Token peek(std::size_t ahead = 0) { return fill(pos_ + ahead); }
    bool at(TokenKind kind) { return peek().kind == kind; }
    bool at_name(std::string_view soft_keyword);
    Token advance();
    bool accept(TokenKind kind);
    Token expect(TokenKind kind);          // "invalid syntax" if absent
    Token expect_forced(TokenKind kind);   // "expected ':'" if absent
    Token last_token() const { return tokens_[pos_ - 1]; }
    const Token& furthest_token() const { return tokens_[furthest_]; }
    // The last consumed token that is not NEWLINE/INDENT/DEDENT: where a node ends.
    const Token& last_significant_token() const;
    std::string_view text(const Token& token) const { return tokenizer_.text(token); }
    std::size_t mark() const { return pos_; }
    void reset(std::size_t mark) { pos_ = mark; }

    // ---- errors -------------------------------------------------------------
    [[noreturn]] void fail_invalid_syntax();
    [[noreturn]] void error_at(const Token& token, std::string msg, const char* type = "SyntaxError");
    [[noreturn]] void error_at(const ast::Located& node, std::string msg);
    [[noreturn]] void error_range(const ast::Located& from, const ast::Located& to, std::string msg);
    [[noreturn]] void error_range(const Token& from, const Token& to, std::string msg);
    [[noreturn]] void error_range(const ast::Located& from, const Token& to, std::string msg);
    [[noreturn]] void error_last_token(std::string msg, const char* type = "SyntaxError");
    [[noreturn]] void error_expected_block(const char* what, int header_line);
    void check_forgot_comma(ast::Expr* previous, const Token& start);
    bool peek_at_index_is_string(const Token& start);

    // ---- node construction --------------------------------------------------
    template <class T>
    T* make(const Token& start) {
        T* node = arena_.make<T>();
        const Token& end = last_significant_token();
        node->lineno = start.lineno;
        node->col_offset = start.col_offset;
        node->end_lineno = end.end_lineno;
        node->end_col_offset = end.end_col_offset;
        return node;
    }
    template <class T>
    T* make(const ast::Located& start) {
        T* node = arena_.make<T>();
        const Token& end = last_significant_token();
        node->lineno = start.lineno;
        node->col_offset = start.col_offset;
        node->end_lineno = end.end_lineno;
        node->end_col_offset = end.end_col_offset;
        return node;
    }
    template <class T>
    T* make_span(const ast::Located& start, const ast::Located& end) {
        T* node = arena_.make<T>();
        node->lineno = start.lineno;
        node->col_offset = start.col_offset;
        node->end_lineno = end.end_lineno;
        node->end_col_offset = end.end_col_offset;
        return node;
    }
    template <class T>
    T* make_span(const Token& start, const Token& end) {
        T* node = arena_.make<T>();
        node->lineno = start.lineno;
        node->col_offset = start.col_offset;
        node->end_lineno = end.end_lineno;
        node->end_col_offset = end.end_col_offset;
        return node;
    }
    template <class T>
    ast::Seq<T> seq(const std::vector<T>& items) {
        return {arena_.copy_array(items.data(), items.size()), std::uint32_t(items.size())};
    }
    ast::Identifier identifier(const Token& name_token);
    ast::Name* name_node(const Token& name_token, ast::ExprContext ctx = ast::ExprContext::Load);

    // ---- statements (parse_statements.cpp) ----------------------------------
    void parse_statement(std::vector<ast::Stmt*>& out);
    void parse_simple_statements(std::vector<ast::Stmt*>& out);
    ast::Stmt* parse_simple_statement();
    ast::Stmt* parse_expression_or_assignment();
    ast::Seq<ast::Stmt*> parse_block(const char* what, int header_line);
    ast::Stmt* parse_compound_statement();
    ast::Stmt* parse_function_def(std::vector<ast::Expr*> decorators, const Token* async_token);
    ast::Stmt* parse_class_def(std::vector<ast::Expr*> decorators, const Token* unused);
    void expect_header_colon(bool forced);
    ast::Seq<ast::Stmt*> parse_else_block();
    ast::Stmt* parse_decorated();
    ast::Stmt* parse_if(bool is_elif);
    ast::Stmt* parse_while();
    ast::Stmt* parse_for(const Token* async_token);
    ast::Stmt* parse_with(const Token* async_token);
    bool try_parse_parenthesized_with_items(std::vector<ast::WithItem*>& items);
    ast::WithItem* parse_with_item();
    ast::Stmt* parse_try();
    ast::Stmt* parse_return();
    ast::Stmt* parse_raise();
    ast::Stmt* parse_global_or_nonlocal();
    ast::Stmt* parse_del();
    ast::Stmt* parse_assert();
    ast::Stmt* parse_import();
    ast::Stmt* parse_import_from();
    ast::Alias* parse_dotted_alias();
    ast::Stmt* try_parse_match();

    // ---- patterns (parse_patterns.cpp) --------------------------------------
    ast::MatchCase* parse_case_block();
    ast::Pattern* parse_patterns();
    ast::Pattern* parse_pattern();
    ast::Pattern* parse_or_pattern();
    ast::Pattern* parse_closed_pattern();
    ast::Pattern* parse_sequence_pattern(TokenKind close);
    ast::Pattern* parse_mapping_pattern();
    ast::Pattern* parse_class_pattern(ast::Expr* cls);
    ast::Pattern* parse_maybe_star_pattern();
    ast::Expr* parse_signed_number();
    ast::Expr* parse_complex_or_signed_number();
    ast::Expr* parse_mapping_key();
    ast::Expr* parse_name_or_attr();

    // ---- expressions (parse_expressions.cpp) --------------------------------
    bool starts_comprehension();
    ast::Expr* parse_expressions();            // expression (',' expression)* [',']
    ast::Expr* parse_expression();             // disjunction ['if' disjunction 'else' expression] | lambdef
    ast::Expr* parse_star_expressions();
    ast::Expr* parse_star_expression();
    ast::Expr* parse_star_named_expressions_tuple(const Token& start, ast::Expr* first);
    ast::Expr* parse_star_named_expression();
    ast::Expr* parse_named_expression();
    ast::Expr* parse_assignment_expression();
    ast::Expr* parse_disjunction();
    ast::Expr* parse_conjunction();
    ast::Expr* parse_inversion();
    ast::Expr* parse_comparison();
    ast::Expr* parse_bitwise_or();
    ast::Expr* parse_bitwise_xor();
    ast::Expr* parse_bitwise_and();
    ast::Expr* parse_shift_expr();
    ast::Expr* parse_sum();
    ast::Expr* parse_term();
    ast::Expr* parse_factor();
    ast::Expr* parse_power();
    ast::Expr* parse_await_primary();
    ast::Expr* parse_primary();
    ast::Expr* parse_primary_trailers(ast::Expr* node, const Token& start);
    ast::Expr* parse_atom();
    ast::Expr* parse_paren_atom();
    ast::Expr* parse_list_atom();
    ast::Expr* parse_brace_atom();
    ast::Expr* parse_strings();
    ast::Expr* parse_number(const Token& token);
    ast::Expr* parse_slices();
    ast::Expr* parse_slice();
    ast::Expr* parse_lambda();
    ast::Expr* parse_yield_expression();
    ast::Expr* parse_star_expressions_or_yield();
    void parse_call_arguments(std::vector<ast::Expr*>& args, std::vector<ast::Keyword*>& keywords,
                              TokenKind close, const Token* open = nullptr);
    ast::Seq<ast::Comprehension*> parse_comprehension_clauses();
    ast::Expr* parse_star_target();
    ast::Expr* parse_star_targets();
    ast::Expr* parse_for_target();
    ast::Arguments* parse_parameters(TokenKind close, bool is_lambda);
    ast::Arg* parse_parameter(bool is_lambda, bool allow_star_annotation);
    ast::Expr* parse_annotation_after_colon();

    // ---- targets (parse_targets.cpp) -----------------------------------------
    // Returns the first sub-expression of `expr` that cannot be a target, or nullptr.
    static ast::Expr* find_invalid_target(ast::Expr* expr, TargetsType type);
    static const char* expr_name(const ast::Expr* expr);
    // Sets ctx to Store/Del throughout a valid target; reports invalid ones.
    void set_context(ast::Expr* expr, ast::ExprContext ctx);
    [[noreturn]] void report_invalid_target(ast::Expr* expr, TargetsType type);
    void check_target(ast::Expr* expr, TargetsType type);

    Arena& arena_;
    Tokenizer tokenizer_;
    std::vector<Token> tokens_;
    std::size_t pos_ = 0;
    // The furthest token looked at. CPython reports a generic syntax error
    // there; lookahead done only to phrase a better message must not move
    // it (see Speculation).
    std::size_t furthest_ = 0;
    int depth_ = 0;
    bool fstring_mode_ = false;
    // Set while parsing a `case` pattern or a target list, where `in`, `=`
    // and similar have other meanings; used to keep error checks quiet.
    bool speculating_ = false;
};

// A tentative parse done only to choose an error message: restores the
// position and the furthest-token mark, and silences nested error checks.
class Speculation {
public:
    explicit Speculation(Parser& parser)
        : parser_(parser), pos_(parser.pos_), furthest_(parser.furthest_), speculating_(parser.speculating_) {
        parser_.speculating_ = true;
    }
    ~Speculation() {
        parser_.pos_ = pos_;
        parser_.furthest_ = furthest_;
        parser_.speculating_ = speculating_;
    }
    Speculation(const Speculation&) = delete;
    Speculation& operator=(const Speculation&) = delete;

private:
    Parser& parser_;
    std::size_t pos_;
    std::size_t furthest_;
    bool speculating_;
};

// Guards recursion so absurdly nested input gives an error, not a crash.
class DepthGuard {
public:
    static constexpr int kMaxDepth = 1000;
    explicit DepthGuard(Parser& parser);
    ~DepthGuard() { --parser_.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

private:
    Parser& parser_;
};

}  // namespace klass::parse
