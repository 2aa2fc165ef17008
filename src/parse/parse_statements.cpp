// Statements: simple statements, blocks and compound statements.
#include "parse/parser_impl.h"

namespace klass::parse {

namespace {

bool is_augassign(TokenKind kind, ast::BinOperator* op) {
    using K = TokenKind;
    using O = ast::BinOperator;
    switch (kind) {
        case K::PlusEqual: *op = O::Add; return true;
        case K::MinEqual: *op = O::Sub; return true;
        case K::StarEqual: *op = O::Mult; return true;
        case K::AtEqual: *op = O::MatMult; return true;
        case K::SlashEqual: *op = O::Div; return true;
        case K::PercentEqual: *op = O::Mod; return true;
        case K::AmperEqual: *op = O::BitAnd; return true;
        case K::VBarEqual: *op = O::BitOr; return true;
        case K::CircumflexEqual: *op = O::BitXor; return true;
        case K::LeftShiftEqual: *op = O::LShift; return true;
        case K::RightShiftEqual: *op = O::RShift; return true;
        case K::DoubleStarEqual: *op = O::Pow; return true;
        case K::DoubleSlashEqual: *op = O::FloorDiv; return true;
        default: return false;
    }
}

bool is_single_target(const ast::Expr* expr) {
    return expr->is<ast::Name>() || expr->is<ast::Attribute>() || expr->is<ast::Subscript>();
}

// The leftmost atom of an expression, e.g. `[a]` in `[a][0].b`.
const ast::Expr* leftmost_atom(const ast::Expr* expr) {
    for (;;) {
        switch (expr->kind) {
            case ast::ExprKind::Attribute: expr = expr->as<ast::Attribute>()->value; break;
            case ast::ExprKind::Subscript: expr = expr->as<ast::Subscript>()->value; break;
            case ast::ExprKind::Call: expr = expr->as<ast::Call>()->func; break;
            case ast::ExprKind::BinOp: expr = expr->as<ast::BinOp>()->left; break;
            default: return expr;
        }
    }
}

// Expressions of CPython's `bitwise_or` level: what may stand left of `=` in
// its "Maybe you meant '==' instead of '='?" hint.
bool is_bitwise_or_level(const ast::Expr* expr) {
    switch (expr->kind) {
        case ast::ExprKind::BoolOp:
        case ast::ExprKind::Compare:
        case ast::ExprKind::IfExp:
        case ast::ExprKind::Lambda:
        case ast::ExprKind::NamedExpr:
        case ast::ExprKind::Starred:
        case ast::ExprKind::Yield:
        case ast::ExprKind::YieldFrom:
            return false;
        case ast::ExprKind::UnaryOp:
            return expr->as<ast::UnaryOp>()->op != ast::UnaryOperator::Not;
        default:
            return true;
    }
}

}  // namespace

// ---------------------------------------------------------------------------
// Statements and blocks

void Parser::parse_statement(std::vector<ast::Stmt*>& out) {
    switch (peek().kind) {
        case TokenKind::KwDef:
        case TokenKind::KwIf:
        case TokenKind::KwClass:
        case TokenKind::KwWith:
        case TokenKind::KwFor:
        case TokenKind::KwTry:
        case TokenKind::KwWhile:
        case TokenKind::At:
            out.push_back(parse_compound_statement());
            return;
        case TokenKind::KwAsync: {
            TokenKind next = peek(1).kind;
            if (next == TokenKind::KwDef || next == TokenKind::KwFor || next == TokenKind::KwWith) {
                out.push_back(parse_compound_statement());
                return;
            }
            break;
        }
        case TokenKind::Name:
            if (at_name("match")) {
                if (ast::Stmt* match = try_parse_match()) {
                    out.push_back(match);
                    return;
                }
            }
            break;
        default:
            break;
    }
    parse_simple_statements(out);
}

void Parser::parse_simple_statements(std::vector<ast::Stmt*>& out) {
    for (;;) {
        ast::Stmt* stmt = parse_simple_statement();
        out.push_back(stmt);
        if (accept(TokenKind::Semi)) {
            if (at(TokenKind::Newline)) break;
            continue;
        }
        break;
    }
    if (!at(TokenKind::Newline)) {
        // `print x`: CPython's hint for Python 2 habits.
        ast::Stmt* last = out.back();
        if (last->is<ast::ExprStmt>()) {
            ast::Expr* value = last->as<ast::ExprStmt>()->value;
            if (value->is<ast::Name>() && !at(TokenKind::LPar)) {
                std::string_view id = value->as<ast::Name>()->id;
                if (id == "print" || id == "exec") {
                    Speculation speculation(*this);
                    ast::Expr* argument = nullptr;
                    try {
                        argument = parse_star_expressions();
                    } catch (const SyntaxErrorThrow&) {
                        argument = nullptr;
                    }
                    if (argument != nullptr) {
                        error_range(*value, *argument,
                                    "Missing parentheses in call to '" + std::string(id) + "'. Did you mean " +
                                        std::string(id) + "(...)?");
                    }
                }
            }
        }
        fail_invalid_syntax();
    }
    advance();
}

ast::Stmt* Parser::parse_simple_statement() {
    Token start = peek();
    switch (start.kind) {
        case TokenKind::KwReturn: return parse_return();
        case TokenKind::KwImport: return parse_import();
        case TokenKind::KwFrom: return parse_import_from();
        case TokenKind::KwRaise: return parse_raise();
        case TokenKind::KwDel: return parse_del();
        case TokenKind::KwAssert: return parse_assert();
        case TokenKind::KwGlobal:
        case TokenKind::KwNonlocal: return parse_global_or_nonlocal();
        case TokenKind::KwPass:
            advance();
            return make<ast::Pass>(start);
        case TokenKind::KwBreak:
            advance();
            return make<ast::Break>(start);
        case TokenKind::KwContinue:
            advance();
            return make<ast::Continue>(start);
        default:
            return parse_expression_or_assignment();
    }
}

ast::Stmt* Parser::parse_expression_or_assignment() {
    Token start = peek();
    ast::Expr* first = parse_star_expressions_or_yield();

    if (at(TokenKind::Colon)) {
        // Annotated assignment.
        if (first->is<ast::Tuple>()) {
            auto* tuple = first->as<ast::Tuple>();
            bool parenthesized = start.kind == TokenKind::LPar && tuple->end_col_offset == last_significant_token().end_col_offset;
            error_at(parenthesized || tuple->elts.empty() ? *first : *tuple->elts[0],
                     "only single target (not tuple) can be annotated");
        }
        if (first->is<ast::List>()) error_at(*first, "only single target (not list) can be annotated");
        if (!is_single_target(first)) error_at(*first, "illegal target for annotation");
        advance();
        set_context(first, ast::ExprContext::Store);
        ast::Expr* annotation = parse_expression();
        ast::Expr* value = nullptr;
        if (accept(TokenKind::Equal)) value = parse_star_expressions_or_yield();
        auto* node = make<ast::AnnAssign>(start);
        node->target = first;
        node->annotation = annotation;
        node->value = value;
        node->simple = first->is<ast::Name>() && start.kind == TokenKind::Name ? 1 : 0;
        return node;
    }

    if (at(TokenKind::Equal)) {
        std::vector<ast::Expr*> chain{first};
        while (accept(TokenKind::Equal)) chain.push_back(parse_star_expressions_or_yield());
        ast::Expr* value = chain.back();
        chain.pop_back();
        for (std::size_t i = 0; i < chain.size(); ++i) {
            ast::Expr* target = chain[i];
            if (target->is<ast::Yield>() || target->is<ast::YieldFrom>()) {
                error_at(*target, "assignment to yield expression not possible");
            }
            ast::Expr* invalid = find_invalid_target(target, TargetsType::Star);
            if (invalid == nullptr) continue;
            if (i == 0 && chain.size() == 1 && is_bitwise_or_level(target) && is_bitwise_or_level(value) &&
                !value->is<ast::Tuple>()) {
                const ast::Expr* atom = leftmost_atom(target);
                bool excluded = atom->is<ast::List>() || atom->is<ast::Tuple>() || atom->is<ast::GeneratorExp>() ||
                                (atom->is<ast::Constant>() &&
                                 (atom->as<ast::Constant>()->value.kind == ast::ConstantValue::Kind::True ||
                                  atom->as<ast::Constant>()->value.kind == ast::ConstantValue::Kind::False ||
                                  atom->as<ast::Constant>()->value.kind == ast::ConstantValue::Kind::None));
                if (!excluded) {
                    error_at(*target, std::string("cannot assign to ") + expr_name(target) +
                                          " here. Maybe you meant '==' instead of '='?");
                }
            }
            report_invalid_target(target, TargetsType::Star);
        }
        for (ast::Expr* target : chain) set_context(target, ast::ExprContext::Store);
        auto* node = make<ast::Assign>(start);
        node->targets = seq(chain);
        node->value = value;
        return node;
    }

    ast::BinOperator op;
    if (is_augassign(peek().kind, &op)) {
        if (!is_single_target(first)) {
            error_at(*first, std::string("'") + expr_name(first) + "' is an illegal expression for augmented assignment");
        }
        advance();
        set_context(first, ast::ExprContext::Store);
        ast::Expr* value = parse_star_expressions_or_yield();
        auto* node = make<ast::AugAssign>(start);
        node->target = first;
        node->op = op;
        node->value = value;
        return node;
    }

    auto* node = make<ast::ExprStmt>(start);
    node->value = first;
    return node;
}

ast::Seq<ast::Stmt*> Parser::parse_block(const char* what, int header_line) {
    std::vector<ast::Stmt*> body;
    if (accept(TokenKind::Newline)) {
        if (!at(TokenKind::Indent)) error_expected_block(what, header_line);
        advance();
        do {
            parse_statement(body);
        } while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker));
        accept(TokenKind::Dedent);
    } else {
        parse_simple_statements(body);
    }
    return seq(body);
}

namespace {
// "expected ':'" is reported when a header runs into the end of the line;
// other surprises after a header are plain invalid syntax.
}  // namespace

ast::Stmt* Parser::parse_compound_statement() {
    switch (peek().kind) {
        case TokenKind::At: return parse_decorated();
        case TokenKind::KwDef: return parse_function_def({}, nullptr);
        case TokenKind::KwClass: return parse_class_def({}, nullptr);
        case TokenKind::KwIf: return parse_if(false);
        case TokenKind::KwWhile: return parse_while();
        case TokenKind::KwFor: return parse_for(nullptr);
        case TokenKind::KwWith: return parse_with(nullptr);
        case TokenKind::KwTry: return parse_try();
        case TokenKind::KwAsync: {
            Token async_token = advance();
            switch (peek().kind) {
                case TokenKind::KwDef: return parse_function_def({}, &async_token);
                case TokenKind::KwFor: return parse_for(&async_token);
                case TokenKind::KwWith: return parse_with(&async_token);
                default: fail_invalid_syntax();
            }
        }
        default:
            fail_invalid_syntax();
    }
}

void Parser::expect_header_colon(bool forced) {
    if (accept(TokenKind::Colon)) return;
    if (forced || at(TokenKind::Newline)) error_last_token("expected ':'");
    fail_invalid_syntax();
}

ast::Stmt* Parser::parse_decorated() {
    std::vector<ast::Expr*> decorators;
    while (accept(TokenKind::At)) {
        decorators.push_back(parse_named_expression());
        expect(TokenKind::Newline);
    }
    if (at(TokenKind::KwDef)) return parse_function_def(std::move(decorators), nullptr);
    if (at(TokenKind::KwClass)) return parse_class_def(std::move(decorators), nullptr);
    if (at(TokenKind::KwAsync) && peek(1).kind == TokenKind::KwDef) {
        Token async_token = advance();
        return parse_function_def(std::move(decorators), &async_token);
    }
    fail_invalid_syntax();
}

ast::Stmt* Parser::parse_function_def(std::vector<ast::Expr*> decorators, const Token* async_token) {
    Token def_token = expect(TokenKind::KwDef);
    Token start = async_token ? *async_token : def_token;
    Token name = expect(TokenKind::Name);
    expect_forced(TokenKind::LPar);
    ast::Arguments* args = parse_parameters(TokenKind::RPar, false);
    expect(TokenKind::RPar);
    ast::Expr* returns = nullptr;
    if (accept(TokenKind::RArrow)) returns = parse_expression();
    expect_header_colon(true);
    ast::Seq<ast::Stmt*> body = parse_block("function definition", def_token.lineno);
    ast::FunctionDef* node = async_token ? static_cast<ast::FunctionDef*>(make<ast::AsyncFunctionDef>(start))
                                         : make<ast::FunctionDef>(start);
    node->name = identifier(name);
    node->args = args;
    node->body = body;
    node->decorator_list = seq(decorators);
    node->returns = returns;
    return node;
}

ast::Stmt* Parser::parse_class_def(std::vector<ast::Expr*> decorators, const Token*) {
    Token class_token = expect(TokenKind::KwClass);
    Token name = expect(TokenKind::Name);
    std::vector<ast::Expr*> bases;
    std::vector<ast::Keyword*> keywords;
    if (accept(TokenKind::LPar)) {
        if (!at(TokenKind::RPar)) parse_call_arguments(bases, keywords, TokenKind::RPar);
        expect(TokenKind::RPar);
    }
    expect_header_colon(false);
    ast::Seq<ast::Stmt*> body = parse_block("class definition", class_token.lineno);
    auto* node = make<ast::ClassDef>(class_token);
    node->name = identifier(name);
    node->bases = seq(bases);
    node->keywords = seq(keywords);
    node->body = body;
    node->decorator_list = seq(decorators);
    return node;
}

ast::Seq<ast::Stmt*> Parser::parse_else_block() {
    Token else_token = advance();
    expect_header_colon(true);
    return parse_block("'else' statement", else_token.lineno);
}

ast::Stmt* Parser::parse_if(bool is_elif) {
    Token keyword = advance();
    ast::Expr* test = parse_named_expression();
    expect_header_colon(false);
    ast::Seq<ast::Stmt*> body = parse_block(is_elif ? "'elif' statement" : "'if' statement", keyword.lineno);
    ast::Seq<ast::Stmt*> orelse;
    if (at(TokenKind::KwElif)) {
        std::vector<ast::Stmt*> nested{parse_if(true)};
        orelse = seq(nested);
    } else if (at(TokenKind::KwElse)) {
        orelse = parse_else_block();
    }
    auto* node = make<ast::If>(keyword);
    node->test = test;
    node->body = body;
    node->orelse = orelse;
    return node;
}

ast::Stmt* Parser::parse_while() {
    Token keyword = advance();
    ast::Expr* test = parse_named_expression();
    expect_header_colon(false);
    ast::Seq<ast::Stmt*> body = parse_block("'while' statement", keyword.lineno);
    ast::Seq<ast::Stmt*> orelse;
    if (at(TokenKind::KwElse)) orelse = parse_else_block();
    auto* node = make<ast::While>(keyword);
    node->test = test;
    node->body = body;
    node->orelse = orelse;
    return node;
}

ast::Stmt* Parser::parse_for(const Token* async_token) {
    Token keyword = expect(TokenKind::KwFor);
    Token start = async_token ? *async_token : keyword;
    ast::Expr* target = parse_for_target();
    expect(TokenKind::KwIn);
    ast::Expr* iter = parse_star_expressions();
    expect_header_colon(false);
    ast::Seq<ast::Stmt*> body = parse_block("'for' statement", keyword.lineno);
    ast::Seq<ast::Stmt*> orelse;
    if (at(TokenKind::KwElse)) orelse = parse_else_block();
    ast::For* node = async_token ? static_cast<ast::For*>(make<ast::AsyncFor>(start)) : make<ast::For>(start);
    node->target = target;
    node->iter = iter;
    node->body = body;
    node->orelse = orelse;
    return node;
}

ast::Stmt* Parser::parse_with(const Token* async_token) {
    Token keyword = expect(TokenKind::KwWith);
    Token start = async_token ? *async_token : keyword;
    std::vector<ast::WithItem*> items;
    bool parenthesized = false;
    if (at(TokenKind::LPar)) {
        std::size_t m = mark();
        parenthesized = try_parse_parenthesized_with_items(items);
        if (!parenthesized) {
            reset(m);
            items.clear();
        }
    }
    if (!parenthesized) {
        do {
            items.push_back(parse_with_item());
        } while (accept(TokenKind::Comma));
    }
    expect_header_colon(false);
    ast::Seq<ast::Stmt*> body = parse_block("'with' statement", keyword.lineno);
    ast::With* node = async_token ? static_cast<ast::With*>(make<ast::AsyncWith>(start)) : make<ast::With>(start);
    node->items = seq(items);
    node->body = body;
    return node;
}

// `with (a as b, c as d):` -- only if the parenthesised list is followed by ':'.
bool Parser::try_parse_parenthesized_with_items(std::vector<ast::WithItem*>& items) {
    try {
        advance();  // '('
        do {
            if (at(TokenKind::RPar)) break;
            items.push_back(parse_with_item());
        } while (accept(TokenKind::Comma));
        if (items.empty() || !accept(TokenKind::RPar)) return false;
        return at(TokenKind::Colon);
    } catch (const SyntaxErrorThrow&) {
        return false;
    }
}

ast::WithItem* Parser::parse_with_item() {
    auto* item = arena_.make<ast::WithItem>();
    item->context_expr = parse_expression();
    if (accept(TokenKind::KwAs)) {
        ast::Expr* target = parse_star_target();
        TokenKind next = peek().kind;
        if (next != TokenKind::Comma && next != TokenKind::RPar && next != TokenKind::Colon) {
            fail_invalid_syntax();
        }
        check_target(target, TargetsType::Star);
        set_context(target, ast::ExprContext::Store);
        item->optional_vars = target;
    }
    return item;
}

ast::Stmt* Parser::parse_try() {
    Token try_token = advance();
    expect_header_colon(true);
    ast::Seq<ast::Stmt*> body = parse_block("'try' statement", try_token.lineno);
    std::vector<ast::ExceptHandler*> handlers;
    bool star_handlers = false;
    while (at(TokenKind::KwExcept)) {
        Token except_token = advance();
        bool star = false;
        if (at(TokenKind::Star)) {
            Token star_token = peek();
            if (!handlers.empty() && !star_handlers) {
                error_range(except_token, star_token, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            advance();
            star = true;
        } else if (!handlers.empty() && star_handlers) {
            error_at(except_token, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        star_handlers = star;
        auto* handler_type = static_cast<ast::Expr*>(nullptr);
        ast::Identifier name;
        if (star && (at(TokenKind::Colon) || at(TokenKind::Newline))) {
            error_last_token("expected one or more exception types");
        }
        if (!at(TokenKind::Colon)) {
            if (at(TokenKind::Newline)) error_last_token("expected ':'");
            handler_type = parse_expression();
            if (at(TokenKind::Comma)) {
                // `except A, B:` -- Python 2 syntax.
                std::size_t m = mark();
                advance();
                parse_expressions();
                if (accept(TokenKind::KwAs)) expect(TokenKind::Name);
                if (at(TokenKind::Colon)) {
                    error_range(*handler_type, last_significant_token(),
                                "multiple exception types must be parenthesized");
                }
                reset(m);
            }
            if (accept(TokenKind::KwAs)) name = identifier(expect(TokenKind::Name));
        }
        expect_header_colon(false);
        ast::Seq<ast::Stmt*> handler_body =
            parse_block(star ? "'except*' statement" : "'except' statement", except_token.lineno);
        auto* handler = make<ast::ExceptHandler>(except_token);
        handler->type = handler_type;
        handler->name = name;
        handler->body = handler_body;
        handlers.push_back(handler);
    }
    ast::Seq<ast::Stmt*> orelse;
    if (!handlers.empty() && at(TokenKind::KwElse)) orelse = parse_else_block();
    ast::Seq<ast::Stmt*> finalbody;
    if (at(TokenKind::KwFinally)) {
        Token finally_token = advance();
        expect_header_colon(true);
        finalbody = parse_block("'finally' statement", finally_token.lineno);
    } else if (handlers.empty()) {
        error_last_token("expected 'except' or 'finally' block");
    }
    ast::Try* node = star_handlers ? static_cast<ast::Try*>(make<ast::TryStar>(try_token)) : make<ast::Try>(try_token);
    node->body = body;
    node->handlers = seq(handlers);
    node->orelse = orelse;
    node->finalbody = finalbody;
    return node;
}

// ---------------------------------------------------------------------------
// Simple statements

ast::Stmt* Parser::parse_return() {
    Token keyword = advance();
    ast::Expr* value = nullptr;
    if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) value = parse_star_expressions();
    auto* node = make<ast::Return>(keyword);
    node->value = value;
    return node;
}

ast::Stmt* Parser::parse_raise() {
    Token keyword = advance();
    ast::Expr* exc = nullptr;
    ast::Expr* cause = nullptr;
    if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
        exc = parse_expression();
        if (accept(TokenKind::KwFrom)) cause = parse_expression();
    }
    auto* node = make<ast::Raise>(keyword);
    node->exc = exc;
    node->cause = cause;
    return node;
}

ast::Stmt* Parser::parse_global_or_nonlocal() {
    Token keyword = advance();
    std::vector<ast::Identifier> names;
    do {
        names.push_back(identifier(expect(TokenKind::Name)));
    } while (accept(TokenKind::Comma));
    if (keyword.kind == TokenKind::KwGlobal) {
        auto* node = make<ast::Global>(keyword);
        node->names = seq(names);
        return node;
    }
    auto* node = make<ast::Nonlocal>(keyword);
    node->names = seq(names);
    return node;
}

ast::Stmt* Parser::parse_del() {
    Token keyword = advance();
    std::vector<ast::Expr*> targets;
    std::size_t m = mark();
    do {
        if (at(TokenKind::Newline) || at(TokenKind::Semi)) break;
        targets.push_back(parse_star_expression());
    } while (accept(TokenKind::Comma));
    if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
        // Report an invalid target in what follows `del` if there is one.
        {
            Speculation speculation(*this);
            reset(m);
            ast::Expr* all = nullptr;
            try {
                all = parse_star_expressions();
            } catch (const SyntaxErrorThrow&) {
                all = nullptr;
            }
            if (all != nullptr && find_invalid_target(all, TargetsType::Del) != nullptr) {
                report_invalid_target(all, TargetsType::Del);
            }
        }
        fail_invalid_syntax();
    }
    if (targets.empty()) fail_invalid_syntax();
    for (ast::Expr* target : targets) {
        check_target(target, TargetsType::Del);
        set_context(target, ast::ExprContext::Del);
    }
    auto* node = make<ast::Delete>(keyword);
    node->targets = seq(targets);
    return node;
}

ast::Stmt* Parser::parse_assert() {
    Token keyword = advance();
    ast::Expr* test = parse_expression();
    ast::Expr* msg = nullptr;
    if (accept(TokenKind::Comma)) msg = parse_expression();
    auto* node = make<ast::Assert>(keyword);
    node->test = test;
    node->msg = msg;
    return node;
}

// dotted_name ['as' NAME]
ast::Alias* Parser::parse_dotted_alias() {
    Token first = expect(TokenKind::Name);
    std::string name(identifier(first));
    bool dotted = false;
    while (accept(TokenKind::Dot)) {
        name += '.';
        name += identifier(expect(TokenKind::Name));
        dotted = true;
    }
    ast::Identifier asname;
    if (accept(TokenKind::KwAs)) asname = identifier(expect(TokenKind::Name));
    auto* alias = make<ast::Alias>(first);
    alias->name = dotted ? arena_.copy_string(name) : identifier(first);
    alias->asname = asname;
    return alias;
}

ast::Stmt* Parser::parse_import() {
    Token keyword = advance();
    std::vector<ast::Alias*> names;
    do {
        names.push_back(parse_dotted_alias());
    } while (accept(TokenKind::Comma));
    auto* node = make<ast::Import>(keyword);
    node->names = seq(names);
    return node;
}

ast::Stmt* Parser::parse_import_from() {
    Token keyword = advance();
    int level = 0;
    for (;;) {
        if (accept(TokenKind::Dot)) {
            level += 1;
        } else if (accept(TokenKind::Ellipsis)) {
            level += 3;
        } else {
            break;
        }
    }
    ast::Identifier module;
    if (at(TokenKind::Name)) {
        Token first = advance();
        std::string name(identifier(first));
        bool dotted = false;
        while (accept(TokenKind::Dot)) {
            name += '.';
            name += identifier(expect(TokenKind::Name));
            dotted = true;
        }
        module = dotted ? arena_.copy_string(name) : identifier(first);
    } else if (level == 0) {
        fail_invalid_syntax();
    }
    expect(TokenKind::KwImport);
    std::vector<ast::Alias*> names;
    if (at(TokenKind::Star)) {
        Token star = advance();
        auto* alias = make<ast::Alias>(star);
        alias->name = "*";
        names.push_back(alias);
    } else {
        bool parenthesized = accept(TokenKind::LPar);
        for (;;) {
            Token name = expect(TokenKind::Name);
            ast::Identifier asname;
            if (accept(TokenKind::KwAs)) asname = identifier(expect(TokenKind::Name));
            auto* alias = make<ast::Alias>(name);
            alias->name = identifier(name);
            alias->asname = asname;
            names.push_back(alias);
            if (!accept(TokenKind::Comma)) break;
            if (parenthesized && at(TokenKind::RPar)) break;
            if (!parenthesized && at(TokenKind::Newline)) {
                error_last_token("trailing comma not allowed without surrounding parentheses");
            }
        }
        if (parenthesized) expect(TokenKind::RPar);
    }
    auto* node = make<ast::ImportFrom>(keyword);
    node->module = module;
    node->names = seq(names);
    node->level = level;
    return node;
}

// ---------------------------------------------------------------------------
// match (a soft keyword: `match` may also be an ordinary name)

ast::Stmt* Parser::try_parse_match() {
    std::size_t m = mark();
    Token keyword = advance();
    ast::Expr* subject = nullptr;
    try {
        Token subject_start = peek();
        ast::Expr* first = parse_star_named_expression();
        if (at(TokenKind::Comma)) {
            subject = parse_star_named_expressions_tuple(subject_start, first);
        } else {
            if (first->is<ast::Starred>()) {
                reset(m);
                return nullptr;
            }
            subject = first;
        }
        if (!at(TokenKind::Colon)) {
            reset(m);
            return nullptr;
        }
    } catch (const SyntaxErrorThrow&) {
        reset(m);
        return nullptr;
    }
    advance();  // ':'
    if (!accept(TokenKind::Newline)) fail_invalid_syntax();
    if (!at(TokenKind::Indent)) error_expected_block("'match' statement", keyword.lineno);
    advance();
    std::vector<ast::MatchCase*> cases;
    do {
        cases.push_back(parse_case_block());
    } while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker));
    accept(TokenKind::Dedent);
    auto* node = make<ast::Match>(keyword);
    node->subject = subject;
    node->cases = seq(cases);
    return node;
}

}  // namespace klass::parse
