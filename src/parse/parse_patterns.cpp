// `match` statement cases and their patterns (PEP 634).
#include "parse/parser_impl.h"

namespace klass::parse {

ast::MatchCase* Parser::parse_case_block() {
    if (!at_name("case")) fail_invalid_syntax();
    Token keyword = advance();
    ast::Pattern* pattern = parse_patterns();
    ast::Expr* guard = nullptr;
    if (accept(TokenKind::KwIf)) guard = parse_named_expression();
    expect_header_colon(false);
    ast::Seq<ast::Stmt*> body = parse_block("'case' statement", keyword.lineno);
    auto* match_case = arena_.make<ast::MatchCase>();
    match_case->pattern = pattern;
    match_case->guard = guard;
    match_case->body = body;
    return match_case;
}

// patterns: open_sequence_pattern | pattern
ast::Pattern* Parser::parse_patterns() {
    Token start = peek();
    ast::Pattern* first = parse_maybe_star_pattern();
    if (!at(TokenKind::Comma)) {
        if (first->is<ast::MatchStar>()) fail_invalid_syntax();
        return first;
    }
    std::vector<ast::Pattern*> patterns{first};
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::Colon) || at(TokenKind::KwIf)) break;
        patterns.push_back(parse_maybe_star_pattern());
    }
    auto* sequence = make<ast::MatchSequence>(start);
    sequence->patterns = seq(patterns);
    return sequence;
}

ast::Pattern* Parser::parse_maybe_star_pattern() {
    if (!at(TokenKind::Star)) return parse_pattern();
    Token star = advance();
    Token name = expect(TokenKind::Name);
    auto* node = make<ast::MatchStar>(star);
    if (text(name) != "_") node->name = identifier(name);
    return node;
}

// pattern: or_pattern ['as' capture_target]
ast::Pattern* Parser::parse_pattern() {
    DepthGuard guard(*this);
    Token start = peek();
    ast::Pattern* pattern = parse_or_pattern();
    if (!accept(TokenKind::KwAs)) return pattern;
    Token name = peek();
    if (name.kind != TokenKind::Name) {
        {
            Speculation speculation(*this);
            ast::Expr* target = nullptr;
            try {
                target = parse_expression();
            } catch (const SyntaxErrorThrow&) {
                target = nullptr;
            }
            if (target != nullptr) error_at(*target, "invalid pattern target");
        }
        fail_invalid_syntax();
    }
    if (text(name) == "_") error_at(name, "cannot use '_' as a target");
    advance();
    TokenKind next = peek().kind;
    if (next == TokenKind::Dot || next == TokenKind::LPar || next == TokenKind::Equal) fail_invalid_syntax();
    auto* node = make<ast::MatchAs>(start);
    node->pattern = pattern;
    node->name = identifier(name);
    return node;
}

ast::Pattern* Parser::parse_or_pattern() {
    Token start = peek();
    ast::Pattern* first = parse_closed_pattern();
    if (!at(TokenKind::VBar)) return first;
    std::vector<ast::Pattern*> patterns{first};
    while (accept(TokenKind::VBar)) patterns.push_back(parse_closed_pattern());
    auto* node = make<ast::MatchOr>(start);
    node->patterns = seq(patterns);
    return node;
}

ast::Pattern* Parser::parse_closed_pattern() {
    Token start = peek();
    switch (start.kind) {
        case TokenKind::KwNone:
        case TokenKind::KwTrue:
        case TokenKind::KwFalse: {
            advance();
            auto* node = make<ast::MatchSingleton>(start);
            node->value = start.kind == TokenKind::KwNone   ? ast::ConstantValue::Kind::None
                          : start.kind == TokenKind::KwTrue ? ast::ConstantValue::Kind::True
                                                            : ast::ConstantValue::Kind::False;
            return node;
        }
        case TokenKind::Number:
        case TokenKind::Minus: {
            ast::Expr* value = parse_complex_or_signed_number();
            auto* node = make<ast::MatchValue>(start);
            node->value = value;
            return node;
        }
        case TokenKind::String: {
            ast::Expr* value = parse_strings();
            if (value->is<ast::JoinedStr>()) error_at(*value, "patterns may only match literals and attribute lookups");
            auto* node = make<ast::MatchValue>(start);
            node->value = value;
            return node;
        }
        case TokenKind::Name: {
            TokenKind next = peek(1).kind;
            if (next != TokenKind::Dot && next != TokenKind::LPar) {
                advance();
                if (next == TokenKind::Equal) fail_invalid_syntax();
                auto* node = make<ast::MatchAs>(start);
                if (text(start) != "_") node->name = identifier(start);
                return node;
            }
            ast::Expr* name = parse_name_or_attr();
            if (at(TokenKind::LPar)) return parse_class_pattern(name);
            if (at(TokenKind::Equal)) fail_invalid_syntax();
            auto* node = make<ast::MatchValue>(start);
            node->value = name;
            return node;
        }
        case TokenKind::LPar: {
            advance();
            if (accept(TokenKind::RPar)) return make<ast::MatchSequence>(start);
            ast::Pattern* first = parse_maybe_star_pattern();
            if (accept(TokenKind::RPar)) {
                if (first->is<ast::MatchStar>()) fail_invalid_syntax();
                return first;  // a group keeps the inner position
            }
            std::vector<ast::Pattern*> patterns{first};
            expect(TokenKind::Comma);
            while (!at(TokenKind::RPar)) {
                patterns.push_back(parse_maybe_star_pattern());
                if (!accept(TokenKind::Comma)) break;
            }
            expect(TokenKind::RPar);
            auto* node = make<ast::MatchSequence>(start);
            node->patterns = seq(patterns);
            return node;
        }
        case TokenKind::LSqb:
            advance();
            return parse_sequence_pattern(TokenKind::RSqb);
        case TokenKind::LBrace:
            return parse_mapping_pattern();
        default:
            fail_invalid_syntax();
    }
}

ast::Pattern* Parser::parse_sequence_pattern(TokenKind close) {
    Token start = last_token();
    std::vector<ast::Pattern*> patterns;
    while (!at(close)) {
        patterns.push_back(parse_maybe_star_pattern());
        if (!accept(TokenKind::Comma)) break;
    }
    expect(close);
    auto* node = make<ast::MatchSequence>(start);
    node->patterns = seq(patterns);
    return node;
}

ast::Pattern* Parser::parse_mapping_pattern() {
    Token start = advance();  // '{'
    std::vector<ast::Expr*> keys;
    std::vector<ast::Pattern*> patterns;
    ast::Identifier rest;
    while (!at(TokenKind::RBrace)) {
        if (accept(TokenKind::DoubleStar)) {
            Token name = expect(TokenKind::Name);
            rest = identifier(name);
            accept(TokenKind::Comma);
            if (!at(TokenKind::RBrace)) fail_invalid_syntax();
            break;
        }
        keys.push_back(parse_mapping_key());
        expect(TokenKind::Colon);
        patterns.push_back(parse_pattern());
        if (!accept(TokenKind::Comma)) break;
    }
    expect(TokenKind::RBrace);
    auto* node = make<ast::MatchMapping>(start);
    node->keys = seq(keys);
    node->patterns = seq(patterns);
    node->rest = rest;
    return node;
}

ast::Expr* Parser::parse_mapping_key() {
    Token start = peek();
    switch (start.kind) {
        case TokenKind::KwNone:
        case TokenKind::KwTrue:
        case TokenKind::KwFalse:
            return parse_atom();
        case TokenKind::Number:
        case TokenKind::Minus:
            return parse_complex_or_signed_number();
        case TokenKind::String: {
            ast::Expr* value = parse_strings();
            if (value->is<ast::JoinedStr>()) error_at(*value, "patterns may only match literals and attribute lookups");
            return value;
        }
        case TokenKind::Name: {
            ast::Expr* value = parse_name_or_attr();
            if (!value->is<ast::Attribute>()) fail_invalid_syntax();
            return value;
        }
        default:
            fail_invalid_syntax();
    }
}

ast::Expr* Parser::parse_name_or_attr() {
    Token first = expect(TokenKind::Name);
    ast::Expr* node = name_node(first);
    while (accept(TokenKind::Dot)) {
        Token name = expect(TokenKind::Name);
        auto* attribute = make<ast::Attribute>(first);
        attribute->value = node;
        attribute->attr = identifier(name);
        node = attribute;
    }
    return node;
}

ast::Pattern* Parser::parse_class_pattern(ast::Expr* cls) {
    advance();  // '('
    std::vector<ast::Pattern*> patterns;
    std::vector<ast::Identifier> kwd_attrs;
    std::vector<ast::Pattern*> kwd_patterns;
    Token first_keyword;
    while (!at(TokenKind::RPar)) {
        if (at(TokenKind::Name) && peek(1).kind == TokenKind::Equal) {
            Token name = advance();
            if (kwd_attrs.empty()) first_keyword = name;
            advance();
            kwd_attrs.push_back(identifier(name));
            kwd_patterns.push_back(parse_pattern());
        } else {
            ast::Pattern* pattern = parse_pattern();
            if (!kwd_attrs.empty()) {
                error_at(*pattern, "positional patterns follow keyword patterns");
            }
            patterns.push_back(pattern);
        }
        if (!accept(TokenKind::Comma)) break;
    }
    expect(TokenKind::RPar);
    auto* node = make<ast::MatchClass>(*cls);
    node->cls = cls;
    node->patterns = seq(patterns);
    node->kwd_attrs = seq(kwd_attrs);
    node->kwd_patterns = seq(kwd_patterns);
    return node;
}

// signed_number | signed_real_number ('+' | '-') imaginary_number
ast::Expr* Parser::parse_complex_or_signed_number() {
    Token start = peek();
    ast::Expr* real = parse_signed_number();
    if (!at(TokenKind::Plus) && !at(TokenKind::Minus)) return real;
    if (real->is<ast::Constant>() && real->as<ast::Constant>()->value.kind == ast::ConstantValue::Kind::Complex) {
        error_at(*real, "real number required in complex literal");
    }
    if (real->is<ast::UnaryOp>() &&
        real->as<ast::UnaryOp>()->operand->as<ast::Constant>()->value.kind == ast::ConstantValue::Kind::Complex) {
        error_at(*real, "real number required in complex literal");
    }
    Token sign = advance();
    Token number = expect(TokenKind::Number);
    ast::Expr* imaginary = parse_number(number);
    if (imaginary->as<ast::Constant>()->value.kind != ast::ConstantValue::Kind::Complex) {
        error_at(*imaginary, "imaginary number required in complex literal");
    }
    auto* node = make<ast::BinOp>(start);
    node->left = real;
    node->op = sign.kind == TokenKind::Plus ? ast::BinOperator::Add : ast::BinOperator::Sub;
    node->right = imaginary;
    return node;
}

ast::Expr* Parser::parse_signed_number() {
    Token start = peek();
    if (accept(TokenKind::Minus)) {
        Token number = expect(TokenKind::Number);
        ast::Expr* operand = parse_number(number);
        auto* node = make<ast::UnaryOp>(start);
        node->op = ast::UnaryOperator::USub;
        node->operand = operand;
        return node;
    }
    Token number = expect(TokenKind::Number);
    return parse_number(number);
}

}  // namespace klass::parse
