// Assignment and deletion targets: validation, naming and context.
//
// Targets are parsed as expressions and then checked here, so that one
// parse serves both `a, b = ...` and `a, b` and so that an invalid target
// can be named in the error ("cannot assign to function call").
#include "parse/parser_impl.h"

namespace klass::parse {

ast::Expr* Parser::find_invalid_target(ast::Expr* expr, TargetsType type) {
    switch (expr->kind) {
        case ast::ExprKind::List:
        case ast::ExprKind::Tuple:
            for (ast::Expr* element : static_cast<ast::List*>(expr)->elts) {
                if (ast::Expr* invalid = find_invalid_target(element, type)) return invalid;
            }
            return nullptr;
        case ast::ExprKind::Starred:
            if (type == TargetsType::Del) return expr;
            return find_invalid_target(expr->as<ast::Starred>()->value, type);
        case ast::ExprKind::Compare:
            // In `for x in y` the `x in y` may have been read as a comparison.
            if (type == TargetsType::For) {
                auto* compare = expr->as<ast::Compare>();
                if (compare->ops[0] == ast::CmpOperator::In) return find_invalid_target(compare->left, type);
                return nullptr;
            }
            return expr;
        case ast::ExprKind::Name:
        case ast::ExprKind::Subscript:
        case ast::ExprKind::Attribute:
            return nullptr;
        default:
            return expr;
    }
}

const char* Parser::expr_name(const ast::Expr* expr) {
    switch (expr->kind) {
        case ast::ExprKind::Attribute: return "attribute";
        case ast::ExprKind::Subscript: return "subscript";
        case ast::ExprKind::Starred: return "starred";
        case ast::ExprKind::Name: return "name";
        case ast::ExprKind::List: return "list";
        case ast::ExprKind::Tuple: return "tuple";
        case ast::ExprKind::Lambda: return "lambda";
        case ast::ExprKind::Call: return "function call";
        case ast::ExprKind::BoolOp:
        case ast::ExprKind::BinOp:
        case ast::ExprKind::UnaryOp: return "expression";
        case ast::ExprKind::GeneratorExp: return "generator expression";
        case ast::ExprKind::Yield:
        case ast::ExprKind::YieldFrom: return "yield expression";
        case ast::ExprKind::Await: return "await expression";
        case ast::ExprKind::ListComp: return "list comprehension";
        case ast::ExprKind::SetComp: return "set comprehension";
        case ast::ExprKind::DictComp: return "dict comprehension";
        case ast::ExprKind::Dict: return "dict literal";
        case ast::ExprKind::Set: return "set display";
        case ast::ExprKind::JoinedStr:
        case ast::ExprKind::FormattedValue: return "f-string expression";
        case ast::ExprKind::Constant:
            switch (expr->as<ast::Constant>()->value.kind) {
                case ast::ConstantValue::Kind::None: return "None";
                case ast::ConstantValue::Kind::True: return "True";
                case ast::ConstantValue::Kind::False: return "False";
                case ast::ConstantValue::Kind::Ellipsis: return "ellipsis";
                default: return "literal";
            }
        case ast::ExprKind::Compare: return "comparison";
        case ast::ExprKind::IfExp: return "conditional expression";
        case ast::ExprKind::NamedExpr: return "named expression";
        case ast::ExprKind::Slice: return "slice";
    }
    return "expression";
}

void Parser::set_context(ast::Expr* expr, ast::ExprContext ctx) {
    switch (expr->kind) {
        case ast::ExprKind::Name: expr->as<ast::Name>()->ctx = ctx; break;
        case ast::ExprKind::Attribute: expr->as<ast::Attribute>()->ctx = ctx; break;
        case ast::ExprKind::Subscript: expr->as<ast::Subscript>()->ctx = ctx; break;
        case ast::ExprKind::Starred: {
            auto* starred = expr->as<ast::Starred>();
            starred->ctx = ctx;
            set_context(starred->value, ctx);
            break;
        }
        case ast::ExprKind::List:
        case ast::ExprKind::Tuple: {
            auto* list = static_cast<ast::List*>(expr);
            list->ctx = ctx;
            for (ast::Expr* element : list->elts) set_context(element, ctx);
            break;
        }
        default:
            break;
    }
}

void Parser::report_invalid_target(ast::Expr* expr, TargetsType type) {
    ast::Expr* invalid = find_invalid_target(expr, type);
    if (invalid == nullptr) fail_invalid_syntax();
    const char* verb = type == TargetsType::Del ? "cannot delete " : "cannot assign to ";
    error_at(*invalid, std::string(verb) + expr_name(invalid));
}

void Parser::check_target(ast::Expr* expr, TargetsType type) {
    if (find_invalid_target(expr, type) != nullptr) report_invalid_target(expr, type);
}

}  // namespace klass::parse
