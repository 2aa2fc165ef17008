// Expressions, from star_expressions down to atoms; calls, slices, lambdas,
// comprehensions and parameter lists.
#include "parse/literals.h"
#include "parse/parser_impl.h"

namespace klass::parse {

namespace {

bool can_start_expression(TokenKind kind) {
    switch (kind) {
        case TokenKind::Name:
        case TokenKind::Number:
        case TokenKind::String:
        case TokenKind::LPar:
        case TokenKind::LSqb:
        case TokenKind::LBrace:
        case TokenKind::Minus:
        case TokenKind::Plus:
        case TokenKind::Tilde:
        case TokenKind::KwNot:
        case TokenKind::KwLambda:
        case TokenKind::KwAwait:
        case TokenKind::KwNone:
        case TokenKind::KwTrue:
        case TokenKind::KwFalse:
        case TokenKind::Ellipsis:
            return true;
        default:
            return false;
    }
}


// `next` is only consulted for `not in` and `is not`, so that lookahead
// does not reach further than CPython's (error positions depend on it).
template <class Next>
bool comparison_operator(TokenKind kind, Next next_kind, ast::CmpOperator* op, int* length) {
    using K = TokenKind;
    using O = ast::CmpOperator;
    *length = 1;
    switch (kind) {
        case K::EqEqual: *op = O::Eq; return true;
        case K::NotEqual: *op = O::NotEq; return true;
        case K::Less: *op = O::Lt; return true;
        case K::LessEqual: *op = O::LtE; return true;
        case K::Greater: *op = O::Gt; return true;
        case K::GreaterEqual: *op = O::GtE; return true;
        case K::KwIn: *op = O::In; return true;
        case K::KwNot:
            if (next_kind() != K::KwIn) return false;
            *op = O::NotIn;
            *length = 2;
            return true;
        case K::KwIs:
            if (next_kind() == K::KwNot) {
                *op = O::IsNot;
                *length = 2;
            } else {
                *op = O::Is;
            }
            return true;
        default:
            return false;
    }
}

}  // namespace

bool Parser::starts_comprehension() {
    TokenKind kind = peek().kind;
    return kind == TokenKind::KwFor || (kind == TokenKind::KwAsync && peek(1).kind == TokenKind::KwFor);
}

// ---------------------------------------------------------------------------
// Expression lists

ast::Expr* Parser::parse_star_expressions_or_yield() {
    return at(TokenKind::KwYield) ? parse_yield_expression() : parse_star_expressions();
}

ast::Expr* Parser::parse_expressions() {
    Token start = peek();
    ast::Expr* first = parse_expression();
    if (!at(TokenKind::Comma)) return first;
    std::vector<ast::Expr*> elts{first};
    while (accept(TokenKind::Comma)) {
        if (!can_start_expression(peek().kind)) break;
        elts.push_back(parse_expression());
    }
    auto* tuple = make<ast::Tuple>(start);
    tuple->elts = seq(elts);
    return tuple;
}

ast::Expr* Parser::parse_star_expressions() {
    Token start = peek();
    ast::Expr* first = parse_star_expression();
    if (!at(TokenKind::Comma)) return first;
    std::vector<ast::Expr*> elts{first};
    while (accept(TokenKind::Comma)) {
        TokenKind next = peek().kind;
        if (!can_start_expression(next) && next != TokenKind::Star) break;
        elts.push_back(parse_star_expression());
    }
    auto* tuple = make<ast::Tuple>(start);
    tuple->elts = seq(elts);
    return tuple;
}

ast::Expr* Parser::parse_star_expression() {
    if (at(TokenKind::Star)) {
        Token star = advance();
        ast::Expr* value = parse_bitwise_or();
        auto* node = make<ast::Starred>(star);
        node->value = value;
        return node;
    }
    return parse_expression();
}

ast::Expr* Parser::parse_star_named_expression() {
    if (at(TokenKind::Star)) {
        Token star = advance();
        ast::Expr* value = parse_bitwise_or();
        auto* node = make<ast::Starred>(star);
        node->value = value;
        return node;
    }
    return parse_named_expression();
}

ast::Expr* Parser::parse_star_named_expressions_tuple(const Token& start, ast::Expr* first) {
    std::vector<ast::Expr*> elts{first};
    while (accept(TokenKind::Comma)) {
        TokenKind next = peek().kind;
        if (!can_start_expression(next) && next != TokenKind::Star) break;
        elts.push_back(parse_star_named_expression());
    }
    auto* tuple = make<ast::Tuple>(start);
    tuple->elts = seq(elts);
    return tuple;
}

// ---------------------------------------------------------------------------
// Named and conditional expressions

ast::Expr* Parser::parse_named_expression() {
    if (at(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual) return parse_assignment_expression();
    ast::Expr* expr = parse_expression();
    if (at(TokenKind::ColonEqual)) {
        error_at(*expr, std::string("cannot use assignment expressions with ") + expr_name(expr));
    }
    if (at(TokenKind::Equal) && !speculating_) {
        // `if x = 1:` and friends; '=' never follows a named expression.
        ast::Expr* value = nullptr;
        Speculation speculation(*this);
        advance();
        try {
            value = can_start_expression(peek().kind) ? parse_bitwise_or() : nullptr;
        } catch (const SyntaxErrorThrow&) {
            value = nullptr;
        }
        if (value != nullptr && !at(TokenKind::Equal) && !at(TokenKind::ColonEqual)) {
            if (expr->is<ast::Name>()) {
                error_range(*expr, *value, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            if (find_invalid_target(expr, TargetsType::Star) != nullptr) {
                error_at(*expr, std::string("cannot assign to ") + expr_name(expr) +
                                    " here. Maybe you meant '==' instead of '='?");
            }
        }
    }
    return expr;
}

ast::Expr* Parser::parse_assignment_expression() {
    Token name = advance();
    advance();  // ':='
    ast::Expr* value = parse_expression();
    auto* node = make<ast::NamedExpr>(name);
    node->target = name_node(name, ast::ExprContext::Store);
    node->value = value;
    return node;
}

ast::Expr* Parser::parse_expression() {
    DepthGuard guard(*this);
    if (at(TokenKind::KwLambda)) return parse_lambda();
    Token start = peek();
    ast::Expr* body = parse_disjunction();
    if (!at(TokenKind::KwIf)) {
        check_forgot_comma(body, start);
        return body;
    }
    advance();
    ast::Expr* test = parse_disjunction();
    if (!accept(TokenKind::KwElse)) {
        if (at(TokenKind::Colon) || speculating_) fail_invalid_syntax();
        error_range(*body, *test, "expected 'else' after 'if' expression");
    }
    ast::Expr* orelse = parse_expression();
    auto* node = make<ast::IfExp>(start);
    node->test = test;
    node->body = body;
    node->orelse = orelse;
    return node;
}

// CPython's "invalid syntax. Perhaps you forgot a comma?": inside brackets,
// an expression directly followed by another one.
void Parser::check_forgot_comma(ast::Expr* previous, const Token& start) {
    if (speculating_ || !can_start_expression(peek().kind)) return;
    if (start.kind == TokenKind::Name) {
        std::string_view word = text(start);
        if (word == "match" || word == "case" || word == "_") return;
        if (peek_at_index_is_string(start)) return;
    }
    if (previous->is<ast::Name>()) {
        std::string_view id = previous->as<ast::Name>()->id;
        if (id == "print" || id == "exec") return;
    }
    Speculation speculation(*this);
    ast::Expr* next = nullptr;
    try {
        next = parse_expression();
    } catch (const SyntaxErrorThrow&) {
        next = nullptr;
    }
    if (next != nullptr && last_token().level > 0) {
        error_range(*previous, *next, "invalid syntax. Perhaps you forgot a comma?");
    }
}

// Whether the token after `start` (a NAME) is a STRING: CPython skips the
// comma hint for `name "string"`.
bool Parser::peek_at_index_is_string(const Token& start) {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
        if (tokens_[i].start == start.start && tokens_[i].kind == start.kind) {
            return i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::String;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------
// Boolean operators and comparisons

ast::Expr* Parser::parse_disjunction() {
    Token start = peek();
    ast::Expr* first = parse_conjunction();
    if (!at(TokenKind::KwOr)) return first;
    std::vector<ast::Expr*> values{first};
    while (accept(TokenKind::KwOr)) values.push_back(parse_conjunction());
    auto* node = make<ast::BoolOp>(start);
    node->op = ast::BoolOperator::Or;
    node->values = seq(values);
    return node;
}

ast::Expr* Parser::parse_conjunction() {
    Token start = peek();
    ast::Expr* first = parse_inversion();
    if (!at(TokenKind::KwAnd)) return first;
    std::vector<ast::Expr*> values{first};
    while (accept(TokenKind::KwAnd)) values.push_back(parse_inversion());
    auto* node = make<ast::BoolOp>(start);
    node->op = ast::BoolOperator::And;
    node->values = seq(values);
    return node;
}

ast::Expr* Parser::parse_inversion() {
    if (!at(TokenKind::KwNot)) return parse_comparison();
    // Iterative, so `not not ... x` does not recurse.
    std::vector<Token> nots;
    while (at(TokenKind::KwNot)) nots.push_back(advance());
    ast::Expr* operand = parse_comparison();
    for (auto it = nots.rbegin(); it != nots.rend(); ++it) {
        auto* node = make<ast::UnaryOp>(*it);
        node->op = ast::UnaryOperator::Not;
        node->operand = operand;
        operand = node;
    }
    return operand;
}

ast::Expr* Parser::parse_comparison() {
    Token start = peek();
    ast::Expr* left = parse_bitwise_or();
    ast::CmpOperator op;
    int length = 0;
    if (!comparison_operator(peek().kind, [&] { return peek(1).kind; }, &op, &length)) return left;
    std::vector<ast::CmpOperator> ops;
    std::vector<ast::Expr*> comparators;
    while (comparison_operator(peek().kind, [&] { return peek(1).kind; }, &op, &length)) {
        if (peek().kind == TokenKind::NotEqual && text(peek()) == "<>") fail_invalid_syntax();
        for (int i = 0; i < length; ++i) advance();
        ops.push_back(op);
        comparators.push_back(parse_bitwise_or());
    }
    auto* node = make<ast::Compare>(start);
    node->left = left;
    node->ops = seq(ops);
    node->comparators = seq(comparators);
    return node;
}

// ---------------------------------------------------------------------------
// Binary operators (all left-associative except **)

namespace {

struct BinaryLevel {
    TokenKind token;
    ast::BinOperator op;
};

}  // namespace

#define KLASS_BINARY_LEVEL(function, next, ...)                                \
    ast::Expr* Parser::function() {                                            \
        static constexpr BinaryLevel kOperators[] = {__VA_ARGS__};             \
        Token start = peek();                                                  \
        ast::Expr* left = next();                                              \
        for (;;) {                                                             \
            TokenKind kind = peek().kind;                                      \
            const BinaryLevel* found = nullptr;                                \
            for (const BinaryLevel& level : kOperators) {                      \
                if (level.token == kind) found = &level;                       \
            }                                                                  \
            if (found == nullptr) return left;                                 \
            advance();                                                         \
            ast::Expr* right = next();                                         \
            auto* node = make<ast::BinOp>(start);                              \
            node->left = left;                                                 \
            node->op = found->op;                                              \
            node->right = right;                                               \
            left = node;                                                       \
        }                                                                      \
    }

KLASS_BINARY_LEVEL(parse_bitwise_or, parse_bitwise_xor, {TokenKind::VBar, ast::BinOperator::BitOr})
KLASS_BINARY_LEVEL(parse_bitwise_xor, parse_bitwise_and, {TokenKind::Circumflex, ast::BinOperator::BitXor})
KLASS_BINARY_LEVEL(parse_bitwise_and, parse_shift_expr, {TokenKind::Amper, ast::BinOperator::BitAnd})
KLASS_BINARY_LEVEL(parse_shift_expr, parse_sum, {TokenKind::LeftShift, ast::BinOperator::LShift},
                   {TokenKind::RightShift, ast::BinOperator::RShift})
KLASS_BINARY_LEVEL(parse_sum, parse_term, {TokenKind::Plus, ast::BinOperator::Add},
                   {TokenKind::Minus, ast::BinOperator::Sub})
KLASS_BINARY_LEVEL(parse_term, parse_factor, {TokenKind::Star, ast::BinOperator::Mult},
                   {TokenKind::Slash, ast::BinOperator::Div}, {TokenKind::DoubleSlash, ast::BinOperator::FloorDiv},
                   {TokenKind::Percent, ast::BinOperator::Mod}, {TokenKind::At, ast::BinOperator::MatMult})

#undef KLASS_BINARY_LEVEL

ast::Expr* Parser::parse_factor() {
    TokenKind kind = peek().kind;
    if (kind != TokenKind::Plus && kind != TokenKind::Minus && kind != TokenKind::Tilde) return parse_power();
    // Iterative, so `- - - x` does not recurse.
    std::vector<Token> prefixes;
    while (at(TokenKind::Plus) || at(TokenKind::Minus) || at(TokenKind::Tilde)) prefixes.push_back(advance());
    ast::Expr* operand = parse_power();
    for (auto it = prefixes.rbegin(); it != prefixes.rend(); ++it) {
        auto* node = make<ast::UnaryOp>(*it);
        node->op = it->kind == TokenKind::Plus    ? ast::UnaryOperator::UAdd
                   : it->kind == TokenKind::Minus ? ast::UnaryOperator::USub
                                                  : ast::UnaryOperator::Invert;
        node->operand = operand;
        operand = node;
    }
    return operand;
}

ast::Expr* Parser::parse_power() {
    Token start = peek();
    ast::Expr* base = parse_await_primary();
    if (!accept(TokenKind::DoubleStar)) return base;
    DepthGuard guard(*this);
    ast::Expr* exponent = parse_factor();
    auto* node = make<ast::BinOp>(start);
    node->left = base;
    node->op = ast::BinOperator::Pow;
    node->right = exponent;
    return node;
}

ast::Expr* Parser::parse_await_primary() {
    if (!at(TokenKind::KwAwait)) return parse_primary();
    Token keyword = advance();
    ast::Expr* value = parse_primary();
    auto* node = make<ast::Await>(keyword);
    node->value = value;
    return node;
}

// ---------------------------------------------------------------------------
// Primaries: atoms followed by .name, (args) and [slices]

ast::Expr* Parser::parse_primary() {
    Token start = peek();
    return parse_primary_trailers(parse_atom(), start);
}

// Trailers start where the primary's first token does: `(a).b` starts at '('.
ast::Expr* Parser::parse_primary_trailers(ast::Expr* node, const Token& start) {
    for (;;) {
        switch (peek().kind) {
            case TokenKind::Dot: {
                advance();
                Token name = expect(TokenKind::Name);
                auto* attribute = make<ast::Attribute>(start);
                attribute->value = node;
                attribute->attr = identifier(name);
                node = attribute;
                break;
            }
            case TokenKind::LPar: {
                Token open = advance();
                std::vector<ast::Expr*> args;
                std::vector<ast::Keyword*> keywords;
                if (!at(TokenKind::RPar)) parse_call_arguments(args, keywords, TokenKind::RPar, &open);
                expect(TokenKind::RPar);
                auto* call = make<ast::Call>(start);
                call->func = node;
                call->args = seq(args);
                call->keywords = seq(keywords);
                node = call;
                break;
            }
            case TokenKind::LSqb: {
                advance();
                ast::Expr* slice = parse_slices();
                expect(TokenKind::RSqb);
                auto* subscript = make<ast::Subscript>(start);
                subscript->value = node;
                subscript->slice = slice;
                node = subscript;
                break;
            }
            default:
                return node;
        }
    }
}

void Parser::parse_call_arguments(std::vector<ast::Expr*>& args, std::vector<ast::Keyword*>& keywords,
                                  TokenKind close, const Token* open) {
    bool seen_keyword = false;
    bool seen_double_star = false;
    for (;;) {
        if (at(close)) break;
        Token start = peek();
        if (start.kind == TokenKind::Star) {
            advance();
            ast::Expr* value = parse_expression();
            if (seen_double_star) error_at(start, "iterable argument unpacking follows keyword argument unpacking");
            auto* starred = make<ast::Starred>(start);
            starred->value = value;
            args.push_back(starred);
        } else if (start.kind == TokenKind::DoubleStar) {
            advance();
            ast::Expr* value = parse_expression();
            auto* keyword = make<ast::Keyword>(start);
            keyword->value = value;
            keywords.push_back(keyword);
            seen_double_star = true;
        } else if (start.kind == TokenKind::Name && peek(1).kind == TokenKind::Equal) {
            advance();
            Token equal = advance();
            if (starts_comprehension() || !can_start_expression(peek().kind)) {
                if (!can_start_expression(peek().kind)) {
                    if (at(TokenKind::Comma) || at(close)) {
                        error_range(start, equal, "expected argument value expression");
                    }
                }
            }
            ast::Expr* value = parse_expression();
            if (starts_comprehension()) {
                error_range(start, equal, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            auto* keyword = make<ast::Keyword>(start);
            keyword->arg = identifier(start);
            keyword->value = value;
            keywords.push_back(keyword);
            seen_keyword = true;
        } else {
            ast::Expr* value = (start.kind == TokenKind::Name && peek(1).kind == TokenKind::ColonEqual)
                                   ? parse_assignment_expression()
                                   : parse_expression();
            if (at(TokenKind::Equal)) {
                Token equal = peek();
                if (value->is<ast::Constant>() &&
                    (start.kind == TokenKind::KwTrue || start.kind == TokenKind::KwFalse ||
                     start.kind == TokenKind::KwNone) &&
                    value->end_col_offset == start.end_col_offset) {
                    error_at(*value, std::string("cannot assign to ") + std::string(text(start)));
                }
                error_range(*value, equal, "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (starts_comprehension()) {
                if (value->is<ast::Starred>()) fail_invalid_syntax();
                ast::Seq<ast::Comprehension*> generators = parse_comprehension_clauses();
                bool alone = args.empty() && keywords.empty() && at(close);
                if (!alone || open == nullptr) {
                    error_range(*value, last_significant_token(), "Generator expression must be parenthesized");
                }
                auto* genexp = arena_.make<ast::GeneratorExp>();
                Token close_token = peek();
                genexp->lineno = open->lineno;
                genexp->col_offset = open->col_offset;
                genexp->end_lineno = close_token.end_lineno;
                genexp->end_col_offset = close_token.end_col_offset;
                genexp->elt = value;
                genexp->generators = generators;
                args.push_back(genexp);
                return;
            }
            if (seen_double_star) error_last_token("positional argument follows keyword argument unpacking");
            if (seen_keyword) error_last_token("positional argument follows keyword argument");
            args.push_back(value);
        }
        if (!accept(TokenKind::Comma)) break;
    }
}

// ---------------------------------------------------------------------------
// Subscripts

ast::Expr* Parser::parse_slices() {
    Token start = peek();
    ast::Expr* first = parse_slice();
    if (!at(TokenKind::Comma) && !first->is<ast::Starred>()) return first;
    std::vector<ast::Expr*> elts{first};
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RSqb)) break;
        elts.push_back(parse_slice());
    }
    auto* tuple = make<ast::Tuple>(start);
    tuple->elts = seq(elts);
    return tuple;
}

ast::Expr* Parser::parse_slice() {
    Token start = peek();
    if (start.kind == TokenKind::Star) {
        advance();
        ast::Expr* value = parse_bitwise_or();
        auto* starred = make<ast::Starred>(start);
        starred->value = value;
        return starred;
    }
    ast::Expr* lower = nullptr;
    if (!at(TokenKind::Colon)) {
        if (start.kind == TokenKind::Name && peek(1).kind == TokenKind::ColonEqual) {
            return parse_assignment_expression();
        }
        lower = parse_expression();
        if (!at(TokenKind::Colon)) return lower;
    }
    advance();  // ':'
    ast::Expr* upper = nullptr;
    ast::Expr* step = nullptr;
    auto ends_part = [&] {
        TokenKind kind = peek().kind;
        return kind == TokenKind::Colon || kind == TokenKind::RSqb || kind == TokenKind::Comma;
    };
    if (!ends_part()) upper = parse_expression();
    if (accept(TokenKind::Colon)) {
        if (!ends_part()) step = parse_expression();
    }
    auto* slice = make<ast::Slice>(start);
    slice->lower = lower;
    slice->upper = upper;
    slice->step = step;
    return slice;
}

// ---------------------------------------------------------------------------
// Atoms

ast::Expr* Parser::parse_atom() {
    Token token = peek();
    switch (token.kind) {
        case TokenKind::Name:
            advance();
            return name_node(token);
        case TokenKind::KwTrue:
        case TokenKind::KwFalse:
        case TokenKind::KwNone:
        case TokenKind::Ellipsis: {
            advance();
            auto* constant = make<ast::Constant>(token);
            constant->value.kind = token.kind == TokenKind::KwTrue    ? ast::ConstantValue::Kind::True
                                   : token.kind == TokenKind::KwFalse ? ast::ConstantValue::Kind::False
                                   : token.kind == TokenKind::KwNone  ? ast::ConstantValue::Kind::None
                                                                      : ast::ConstantValue::Kind::Ellipsis;
            return constant;
        }
        case TokenKind::Number:
            advance();
            return parse_number(token);
        case TokenKind::String:
            return parse_strings();
        case TokenKind::LPar:
            return parse_paren_atom();
        case TokenKind::LSqb:
            return parse_list_atom();
        case TokenKind::LBrace:
            return parse_brace_atom();
        default:
            fail_invalid_syntax();
    }
}

ast::Expr* Parser::parse_number(const Token& token) {
    auto* constant = make<ast::Constant>(token);
    if (!parse_number_literal(text(token), constant->value)) error_at(token, "invalid number literal");
    return constant;
}

ast::Expr* Parser::parse_paren_atom() {
    Token open = advance();
    if (accept(TokenKind::RPar)) return make<ast::Tuple>(open);
    if (at(TokenKind::KwYield)) {
        ast::Expr* yield = parse_yield_expression();
        expect(TokenKind::RPar);
        return yield;
    }
    ast::Expr* first = parse_star_named_expression();
    if (starts_comprehension()) {
        if (first->is<ast::Starred>()) error_at(*first, "iterable unpacking cannot be used in comprehension");
        ast::Seq<ast::Comprehension*> generators = parse_comprehension_clauses();
        expect(TokenKind::RPar);
        auto* genexp = make<ast::GeneratorExp>(open);
        genexp->elt = first;
        genexp->generators = generators;
        return genexp;
    }
    if (at(TokenKind::Comma)) {
        std::vector<ast::Expr*> elts{first};
        while (accept(TokenKind::Comma)) {
            if (at(TokenKind::RPar)) break;
            elts.push_back(parse_star_named_expression());
        }
        if (starts_comprehension()) {
            error_range(*first, *elts.back(), "did you forget parentheses around the comprehension target?");
        }
        expect(TokenKind::RPar);
        auto* tuple = make<ast::Tuple>(open);
        tuple->elts = seq(elts);
        return tuple;
    }
    if (first->is<ast::Starred>() && at(TokenKind::RPar)) error_at(*first, "cannot use starred expression here");
    expect(TokenKind::RPar);
    return first;  // a group keeps the position of what it encloses
}

ast::Expr* Parser::parse_list_atom() {
    Token open = advance();
    if (accept(TokenKind::RSqb)) return make<ast::List>(open);
    ast::Expr* first = parse_star_named_expression();
    if (starts_comprehension()) {
        if (first->is<ast::Starred>()) error_at(*first, "iterable unpacking cannot be used in comprehension");
        ast::Seq<ast::Comprehension*> generators = parse_comprehension_clauses();
        expect(TokenKind::RSqb);
        auto* comp = make<ast::ListComp>(open);
        comp->elt = first;
        comp->generators = generators;
        return comp;
    }
    std::vector<ast::Expr*> elts{first};
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RSqb)) break;
        elts.push_back(parse_star_named_expression());
    }
    if (elts.size() > 1 && starts_comprehension()) {
        error_range(*first, *elts.back(), "did you forget parentheses around the comprehension target?");
    }
    expect(TokenKind::RSqb);
    auto* list = make<ast::List>(open);
    list->elts = seq(elts);
    return list;
}

ast::Expr* Parser::parse_brace_atom() {
    Token open = advance();
    if (accept(TokenKind::RBrace)) return make<ast::Dict>(open);
    std::vector<ast::Expr*> keys;
    std::vector<ast::Expr*> values;
    auto parse_value_after_colon = [&](ast::Expr* key) -> ast::Expr* {
        Token colon = advance();
        if (at(TokenKind::Star)) {
            Token star = advance();
            ast::Expr* value = parse_bitwise_or();
            error_range(star, last_significant_token(), "cannot use a starred expression in a dictionary value");
            (void)value;
        }
        if (at(TokenKind::RBrace) || at(TokenKind::Comma)) {
            error_at(colon, "expression expected after dictionary key and ':'");
        }
        (void)key;
        return parse_expression();
    };
    auto parse_double_star_item = [&] {
        advance();
        keys.push_back(nullptr);
        values.push_back(parse_bitwise_or());
    };

    if (at(TokenKind::DoubleStar)) {
        parse_double_star_item();
    } else {
        Token first_token = peek();
        ast::Expr* first = parse_star_named_expression();
        bool bare_walrus = first->is<ast::NamedExpr>() && first_token.kind == TokenKind::Name;
        if (at(TokenKind::Colon) && !first->is<ast::Starred>() && !bare_walrus) {
            ast::Expr* value = parse_value_after_colon(first);
            if (starts_comprehension()) {
                ast::Seq<ast::Comprehension*> generators = parse_comprehension_clauses();
                expect(TokenKind::RBrace);
                auto* comp = make<ast::DictComp>(open);
                comp->key = first;
                comp->value = value;
                comp->generators = generators;
                return comp;
            }
            keys.push_back(first);
            values.push_back(value);
        } else {
            // A set display or comprehension.
            if (starts_comprehension()) {
                if (first->is<ast::Starred>()) error_at(*first, "iterable unpacking cannot be used in comprehension");
                ast::Seq<ast::Comprehension*> generators = parse_comprehension_clauses();
                expect(TokenKind::RBrace);
                auto* comp = make<ast::SetComp>(open);
                comp->elt = first;
                comp->generators = generators;
                return comp;
            }
            std::vector<ast::Expr*> elts{first};
            while (accept(TokenKind::Comma)) {
                if (at(TokenKind::RBrace)) break;
                elts.push_back(parse_star_named_expression());
            }
            expect(TokenKind::RBrace);
            auto* set = make<ast::Set>(open);
            set->elts = seq(elts);
            return set;
        }
    }
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBrace)) break;
        if (at(TokenKind::DoubleStar)) {
            parse_double_star_item();
            continue;
        }
        ast::Expr* key = parse_expression();
        if (!at(TokenKind::Colon)) {
            if (at(TokenKind::RBrace) || at(TokenKind::Comma)) {
                throw SyntaxErrorThrow{PendingError{"SyntaxError", "':' expected after dictionary key", key->lineno,
                                                    key->end_col_offset, key->end_lineno, -1}};
            }
            fail_invalid_syntax();
        }
        keys.push_back(key);
        values.push_back(parse_value_after_colon(key));
    }
    if (!at(TokenKind::RBrace) && !keys.empty() && keys.back() != nullptr && at(TokenKind::Colon)) {
        fail_invalid_syntax();
    }
    expect(TokenKind::RBrace);
    auto* dict = make<ast::Dict>(open);
    dict->keys = seq(keys);
    dict->values = seq(values);
    return dict;
}

// ---------------------------------------------------------------------------
// Comprehensions and targets

ast::Seq<ast::Comprehension*> Parser::parse_comprehension_clauses() {
    std::vector<ast::Comprehension*> clauses;
    while (starts_comprehension()) {
        auto* clause = arena_.make<ast::Comprehension>();
        if (accept(TokenKind::KwAsync)) clause->is_async = 1;
        advance();  // 'for'
        clause->target = parse_for_target();
        expect(TokenKind::KwIn);
        clause->iter = parse_disjunction();
        std::vector<ast::Expr*> ifs;
        while (accept(TokenKind::KwIf)) ifs.push_back(parse_disjunction());
        clause->ifs = seq(ifs);
        clauses.push_back(clause);
    }
    return seq(clauses);
}

ast::Expr* Parser::parse_star_target() {
    if (at(TokenKind::Star)) {
        Token star = advance();
        if (at(TokenKind::Star)) fail_invalid_syntax();
        ast::Expr* value = parse_star_target();
        auto* starred = make<ast::Starred>(star);
        starred->value = value;
        return starred;
    }
    return parse_primary();
}

ast::Expr* Parser::parse_star_targets() {
    Token start = peek();
    ast::Expr* first = parse_star_target();
    if (!at(TokenKind::Comma)) return first;
    std::vector<ast::Expr*> elts{first};
    while (accept(TokenKind::Comma)) {
        TokenKind next = peek().kind;
        if (!can_start_expression(next) && next != TokenKind::Star) break;
        elts.push_back(parse_star_target());
    }
    auto* tuple = make<ast::Tuple>(start);
    tuple->elts = seq(elts);
    return tuple;
}

// The targets of `for` (statement or comprehension), up to `in`.
ast::Expr* Parser::parse_for_target() {
    std::size_t m = mark();
    ast::Expr* target = parse_star_targets();
    if (at(TokenKind::KwIn) && find_invalid_target(target, TargetsType::For) == nullptr) {
        set_context(target, ast::ExprContext::Store);
        return target;
    }
    // Re-read as an expression to name what cannot be assigned to.
    reset(m);
    ast::Expr* expr = parse_star_expressions();
    if (find_invalid_target(expr, TargetsType::For) != nullptr) report_invalid_target(expr, TargetsType::For);
    fail_invalid_syntax();
}

// ---------------------------------------------------------------------------
// lambda, yield

ast::Expr* Parser::parse_lambda() {
    Token keyword = advance();
    ast::Arguments* args = parse_parameters(TokenKind::Colon, true);
    expect(TokenKind::Colon);
    ast::Expr* body = parse_expression();
    auto* node = make<ast::Lambda>(keyword);
    node->args = args;
    node->body = body;
    return node;
}

ast::Expr* Parser::parse_yield_expression() {
    Token keyword = advance();
    if (accept(TokenKind::KwFrom)) {
        ast::Expr* value = parse_expression();
        auto* node = make<ast::YieldFrom>(keyword);
        node->value = value;
        return node;
    }
    ast::Expr* value = nullptr;
    TokenKind next = peek().kind;
    if (can_start_expression(next) || next == TokenKind::Star) value = parse_star_expressions();
    auto* node = make<ast::Yield>(keyword);
    node->value = value;
    return node;
}

// ---------------------------------------------------------------------------
// Parameters of def and lambda

ast::Arg* Parser::parse_parameter(bool is_lambda, bool allow_star_annotation) {
    Token name = expect(TokenKind::Name);
    ast::Expr* annotation = nullptr;
    if (!is_lambda && accept(TokenKind::Colon)) {
        if (allow_star_annotation && at(TokenKind::Star)) {
            annotation = parse_star_expression();
        } else {
            annotation = parse_expression();
        }
    }
    auto* arg = make<ast::Arg>(name);
    arg->arg = identifier(name);
    arg->annotation = annotation;
    return arg;
}

ast::Arguments* Parser::parse_parameters(TokenKind close, bool is_lambda) {
    std::vector<ast::Arg*> posonly;
    std::vector<ast::Arg*> args;
    std::vector<ast::Arg*> kwonly;
    std::vector<ast::Expr*> defaults;
    std::vector<ast::Expr*> kw_defaults;
    ast::Arg* vararg = nullptr;
    ast::Arg* kwarg = nullptr;
    bool seen_default = false;
    bool seen_star = false;
    bool seen_slash = false;
    Token star_token;
    const char* var_positional = is_lambda ? "var-positional argument cannot have default value"
                                           : "var-positional argument cannot have default value";
    while (!at(close)) {
        Token token = peek();
        if (token.kind == TokenKind::Slash) {
            if (seen_slash) error_at(token, "/ may appear only once");
            if (seen_star) error_at(token, "/ must be ahead of *");
            if (args.empty()) error_at(token, "at least one argument must precede /");
            advance();
            posonly = std::move(args);
            args.clear();
            seen_slash = true;
        } else if (token.kind == TokenKind::Star) {
            if (seen_star) error_at(token, "* argument may appear only once");
            star_token = advance();
            seen_star = true;
            if (at(TokenKind::Comma)) {
                if (peek(1).kind == close || peek(1).kind == TokenKind::DoubleStar) {
                    error_at(star_token, "named arguments must follow bare *");
                }
            } else if (at(close)) {
                error_at(star_token, "named arguments must follow bare *");
            } else {
                vararg = parse_parameter(is_lambda, true);
                if (at(TokenKind::Equal)) error_last_token(var_positional);
            }
        } else if (token.kind == TokenKind::DoubleStar) {
            advance();
            kwarg = parse_parameter(is_lambda, false);
            if (at(TokenKind::Equal)) error_last_token("var-keyword argument cannot have default value");
            if (accept(TokenKind::Comma)) {
                if (!at(close)) error_last_token("arguments cannot follow var-keyword argument");
            }
            break;
        } else {
            ast::Arg* arg = parse_parameter(is_lambda, false);
            ast::Expr* default_value = nullptr;
            if (accept(TokenKind::Equal)) default_value = parse_expression();
            if (seen_star) {
                kwonly.push_back(arg);
                kw_defaults.push_back(default_value);
            } else {
                if (default_value != nullptr) {
                    defaults.push_back(default_value);
                    seen_default = true;
                } else if (seen_default) {
                    error_at(*arg, "non-default argument follows default argument");
                }
                args.push_back(arg);
            }
        }
        if (!accept(TokenKind::Comma)) break;
    }
    auto* arguments = arena_.make<ast::Arguments>();
    arguments->posonlyargs = seq(posonly);
    arguments->args = seq(args);
    arguments->vararg = vararg;
    arguments->kwonlyargs = seq(kwonly);
    arguments->kw_defaults = seq(kw_defaults);
    arguments->kwarg = kwarg;
    arguments->defaults = seq(defaults);
    return arguments;
}

}  // namespace klass::parse
