#include "parse/ast_dump.h"

#include "text/number_double.h"
#include "text/number_format.h"
#include "text/unicode_repr.h"

namespace klass::parse {

// ---------------------------------------------------------------------------
// The dumper

namespace {

const char* context_name(ast::ExprContext ctx) {
    switch (ctx) {
        case ast::ExprContext::Load: return "Load()";
        case ast::ExprContext::Store: return "Store()";
        case ast::ExprContext::Del: return "Del()";
    }
    return "Load()";
}

const char* operator_name(ast::BinOperator op) {
    static constexpr const char* kNames[] = {"Add()",    "Sub()",    "Mult()",   "MatMult()", "Div()",
                                             "Mod()",    "Pow()",    "LShift()", "RShift()",  "BitOr()",
                                             "BitXor()", "BitAnd()", "FloorDiv()"};
    return kNames[int(op)];
}

const char* unary_name(ast::UnaryOperator op) {
    static constexpr const char* kNames[] = {"Invert()", "Not()", "UAdd()", "USub()"};
    return kNames[int(op)];
}

const char* compare_name(ast::CmpOperator op) {
    static constexpr const char* kNames[] = {"Eq()", "NotEq()", "Lt()", "LtE()", "Gt()",
                                             "GtE()", "Is()",   "IsNot()", "In()", "NotIn()"};
    return kNames[int(op)];
}

std::string constant_repr(const ast::ConstantValue& value) {
    switch (value.kind) {
        case ast::ConstantValue::Kind::None: return "None";
        case ast::ConstantValue::Kind::True: return "True";
        case ast::ConstantValue::Kind::False: return "False";
        case ast::ConstantValue::Kind::Ellipsis: return "Ellipsis";
        case ast::ConstantValue::Kind::Int: return value.text;
        case ast::ConstantValue::Kind::Float: return text::float_repr(value.float_value);
        case ast::ConstantValue::Kind::Complex: return text::complex_repr(0.0, value.float_value);
        case ast::ConstantValue::Kind::Str: return text::repr_str(value.text);
        case ast::ConstantValue::Kind::Bytes: return text::repr_bytes(value.text);
    }
    return "None";
}

// Builds "Name(field=value, ...)" strings.
class Dumper {
public:
    explicit Dumper(bool include_attributes) : attributes_(include_attributes) {}

    std::string mod(const ast::Mod& node);
    std::string stmt(const ast::Stmt* node);
    std::string expr(const ast::Expr* node);
    std::string pattern(const ast::Pattern* node);

private:
    class Node {
    public:
        Node(const char* name) : out_(name) { out_ += '('; }
        Node& field(const char* name, const std::string& value) {
            if (!first_) out_ += ", ";
            first_ = false;
            out_ += name;
            out_ += '=';
            out_ += value;
            return *this;
        }
        Node& optional(const char* name, const std::string& value, bool present) {
            if (present) field(name, value);
            return *this;
        }
        std::string done() { return out_ + ")"; }
        std::string done(const ast::Located& located, bool attributes) {
            if (attributes) {
                field("lineno", std::to_string(located.lineno));
                field("col_offset", std::to_string(located.col_offset));
                field("end_lineno", std::to_string(located.end_lineno));
                field("end_col_offset", std::to_string(located.end_col_offset));
            }
            return done();
        }

    private:
        std::string out_;
        bool first_ = true;
    };

    template <class T, class F>
    std::string list(const ast::Seq<T>& items, F&& render) {
        std::string out = "[";
        for (std::uint32_t i = 0; i < items.size(); ++i) {
            if (i) out += ", ";
            out += render(items[i]);
        }
        return out + "]";
    }
    std::string stmts(const ast::Seq<ast::Stmt*>& items) {
        return list(items, [&](const ast::Stmt* s) { return stmt(s); });
    }
    std::string exprs(const ast::Seq<ast::Expr*>& items) {
        return list(items, [&](const ast::Expr* e) { return e ? expr(e) : std::string("None"); });
    }
    std::string patterns(const ast::Seq<ast::Pattern*>& items) {
        return list(items, [&](const ast::Pattern* p) { return pattern(p); });
    }
    std::string names(const ast::Seq<ast::Identifier>& items) {
        return list(items, [&](ast::Identifier id) { return text::repr_str(id); });
    }
    std::string opt_expr(const ast::Expr* e) { return e ? expr(e) : std::string(); }
    std::string arguments(const ast::Arguments* node);
    std::string arg(const ast::Arg* node);
    std::string keyword(const ast::Keyword* node);
    std::string alias(const ast::Alias* node);
    std::string comprehensions(const ast::Seq<ast::Comprehension*>& items);
    std::string function_def(const char* name, const ast::FunctionDef* node);

    bool attributes_;
};

std::string Dumper::mod(const ast::Mod& node) {
    switch (node.kind) {
        case ast::ModKind::Module: {
            auto* module = node.as<ast::Module>();
            return Node("Module").field("body", stmts(module->body)).field("type_ignores", "[]").done();
        }
        case ast::ModKind::Interactive:
            return Node("Interactive").field("body", stmts(node.as<ast::Interactive>()->body)).done();
        case ast::ModKind::Expression:
            return Node("Expression").field("body", expr(node.as<ast::Expression>()->body)).done();
    }
    return {};
}

std::string Dumper::arg(const ast::Arg* node) {
    return Node("arg")
        .field("arg", text::repr_str(node->arg))
        .optional("annotation", opt_expr(node->annotation), node->annotation != nullptr)
        .done(*node, attributes_);
}

std::string Dumper::arguments(const ast::Arguments* node) {
    auto args = [&](const ast::Seq<ast::Arg*>& items) {
        return list(items, [&](const ast::Arg* a) { return arg(a); });
    };
    return Node("arguments")
        .field("posonlyargs", args(node->posonlyargs))
        .field("args", args(node->args))
        .optional("vararg", node->vararg ? arg(node->vararg) : "", node->vararg != nullptr)
        .field("kwonlyargs", args(node->kwonlyargs))
        .field("kw_defaults", exprs(node->kw_defaults))
        .optional("kwarg", node->kwarg ? arg(node->kwarg) : "", node->kwarg != nullptr)
        .field("defaults", exprs(node->defaults))
        .done();
}

std::string Dumper::keyword(const ast::Keyword* node) {
    return Node("keyword")
        .optional("arg", text::repr_str(node->arg), !node->arg.empty())
        .field("value", expr(node->value))
        .done(*node, attributes_);
}

std::string Dumper::alias(const ast::Alias* node) {
    return Node("alias")
        .field("name", text::repr_str(node->name))
        .optional("asname", text::repr_str(node->asname), !node->asname.empty())
        .done(*node, attributes_);
}

std::string Dumper::comprehensions(const ast::Seq<ast::Comprehension*>& items) {
    return list(items, [&](const ast::Comprehension* c) {
        return Node("comprehension")
            .field("target", expr(c->target))
            .field("iter", expr(c->iter))
            .field("ifs", exprs(c->ifs))
            .field("is_async", std::to_string(c->is_async))
            .done();
    });
}

std::string Dumper::function_def(const char* name, const ast::FunctionDef* node) {
    return Node(name)
        .field("name", text::repr_str(node->name))
        .field("args", arguments(node->args))
        .field("body", stmts(node->body))
        .field("decorator_list", exprs(node->decorator_list))
        .optional("returns", opt_expr(node->returns), node->returns != nullptr)
        .done(*node, attributes_);
}

std::string Dumper::stmt(const ast::Stmt* node) {
    using K = ast::StmtKind;
    switch (node->kind) {
        case K::FunctionDef: return function_def("FunctionDef", node->as<ast::FunctionDef>());
        case K::AsyncFunctionDef: return function_def("AsyncFunctionDef", node->as<ast::AsyncFunctionDef>());
        case K::ClassDef: {
            auto* n = node->as<ast::ClassDef>();
            return Node("ClassDef")
                .field("name", text::repr_str(n->name))
                .field("bases", exprs(n->bases))
                .field("keywords", list(n->keywords, [&](const ast::Keyword* k) { return keyword(k); }))
                .field("body", stmts(n->body))
                .field("decorator_list", exprs(n->decorator_list))
                .done(*n, attributes_);
        }
        case K::Return: {
            auto* n = node->as<ast::Return>();
            return Node("Return").optional("value", opt_expr(n->value), n->value).done(*n, attributes_);
        }
        case K::Delete:
            return Node("Delete").field("targets", exprs(node->as<ast::Delete>()->targets)).done(*node, attributes_);
        case K::Assign: {
            auto* n = node->as<ast::Assign>();
            return Node("Assign").field("targets", exprs(n->targets)).field("value", expr(n->value)).done(*n, attributes_);
        }
        case K::AugAssign: {
            auto* n = node->as<ast::AugAssign>();
            return Node("AugAssign")
                .field("target", expr(n->target))
                .field("op", operator_name(n->op))
                .field("value", expr(n->value))
                .done(*n, attributes_);
        }
        case K::AnnAssign: {
            auto* n = node->as<ast::AnnAssign>();
            return Node("AnnAssign")
                .field("target", expr(n->target))
                .field("annotation", expr(n->annotation))
                .optional("value", opt_expr(n->value), n->value)
                .field("simple", std::to_string(n->simple))
                .done(*n, attributes_);
        }
        case K::For:
        case K::AsyncFor: {
            auto* n = static_cast<const ast::For*>(node);
            return Node(node->kind == K::For ? "For" : "AsyncFor")
                .field("target", expr(n->target))
                .field("iter", expr(n->iter))
                .field("body", stmts(n->body))
                .field("orelse", stmts(n->orelse))
                .done(*n, attributes_);
        }
        case K::While: {
            auto* n = node->as<ast::While>();
            return Node("While")
                .field("test", expr(n->test))
                .field("body", stmts(n->body))
                .field("orelse", stmts(n->orelse))
                .done(*n, attributes_);
        }
        case K::If: {
            auto* n = node->as<ast::If>();
            return Node("If")
                .field("test", expr(n->test))
                .field("body", stmts(n->body))
                .field("orelse", stmts(n->orelse))
                .done(*n, attributes_);
        }
        case K::With:
        case K::AsyncWith: {
            auto* n = static_cast<const ast::With*>(node);
            std::string items = list(n->items, [&](const ast::WithItem* item) {
                return Node("withitem")
                    .field("context_expr", expr(item->context_expr))
                    .optional("optional_vars", opt_expr(item->optional_vars), item->optional_vars)
                    .done();
            });
            return Node(node->kind == K::With ? "With" : "AsyncWith")
                .field("items", items)
                .field("body", stmts(n->body))
                .done(*n, attributes_);
        }
        case K::Match: {
            auto* n = node->as<ast::Match>();
            std::string cases = list(n->cases, [&](const ast::MatchCase* c) {
                return Node("match_case")
                    .field("pattern", pattern(c->pattern))
                    .optional("guard", opt_expr(c->guard), c->guard)
                    .field("body", stmts(c->body))
                    .done();
            });
            return Node("Match").field("subject", expr(n->subject)).field("cases", cases).done(*n, attributes_);
        }
        case K::Raise: {
            auto* n = node->as<ast::Raise>();
            return Node("Raise")
                .optional("exc", opt_expr(n->exc), n->exc)
                .optional("cause", opt_expr(n->cause), n->cause)
                .done(*n, attributes_);
        }
        case K::Try:
        case K::TryStar: {
            auto* n = static_cast<const ast::Try*>(node);
            std::string handlers = list(n->handlers, [&](const ast::ExceptHandler* h) {
                return Node("ExceptHandler")
                    .optional("type", opt_expr(h->type), h->type)
                    .optional("name", text::repr_str(h->name), !h->name.empty())
                    .field("body", stmts(h->body))
                    .done(*h, attributes_);
            });
            return Node(node->kind == K::Try ? "Try" : "TryStar")
                .field("body", stmts(n->body))
                .field("handlers", handlers)
                .field("orelse", stmts(n->orelse))
                .field("finalbody", stmts(n->finalbody))
                .done(*n, attributes_);
        }
        case K::Assert: {
            auto* n = node->as<ast::Assert>();
            return Node("Assert")
                .field("test", expr(n->test))
                .optional("msg", opt_expr(n->msg), n->msg)
                .done(*n, attributes_);
        }
        case K::Import: {
            auto* n = node->as<ast::Import>();
            return Node("Import")
                .field("names", list(n->names, [&](const ast::Alias* a) { return alias(a); }))
                .done(*n, attributes_);
        }
        case K::ImportFrom: {
            auto* n = node->as<ast::ImportFrom>();
            return Node("ImportFrom")
                .optional("module", text::repr_str(n->module), !n->module.empty())
                .field("names", list(n->names, [&](const ast::Alias* a) { return alias(a); }))
                .field("level", std::to_string(n->level))
                .done(*n, attributes_);
        }
        case K::Global:
            return Node("Global").field("names", names(node->as<ast::Global>()->names)).done(*node, attributes_);
        case K::Nonlocal:
            return Node("Nonlocal").field("names", names(node->as<ast::Nonlocal>()->names)).done(*node, attributes_);
        case K::Expr:
            return Node("Expr").field("value", expr(node->as<ast::ExprStmt>()->value)).done(*node, attributes_);
        case K::Pass: return Node("Pass").done(*node, attributes_);
        case K::Break: return Node("Break").done(*node, attributes_);
        case K::Continue: return Node("Continue").done(*node, attributes_);
    }
    return {};
}

std::string Dumper::expr(const ast::Expr* node) {
    using K = ast::ExprKind;
    switch (node->kind) {
        case K::BoolOp: {
            auto* n = node->as<ast::BoolOp>();
            return Node("BoolOp")
                .field("op", n->op == ast::BoolOperator::And ? "And()" : "Or()")
                .field("values", exprs(n->values))
                .done(*n, attributes_);
        }
        case K::NamedExpr: {
            auto* n = node->as<ast::NamedExpr>();
            return Node("NamedExpr").field("target", expr(n->target)).field("value", expr(n->value)).done(*n, attributes_);
        }
        case K::BinOp: {
            auto* n = node->as<ast::BinOp>();
            return Node("BinOp")
                .field("left", expr(n->left))
                .field("op", operator_name(n->op))
                .field("right", expr(n->right))
                .done(*n, attributes_);
        }
        case K::UnaryOp: {
            auto* n = node->as<ast::UnaryOp>();
            return Node("UnaryOp").field("op", unary_name(n->op)).field("operand", expr(n->operand)).done(*n, attributes_);
        }
        case K::Lambda: {
            auto* n = node->as<ast::Lambda>();
            return Node("Lambda").field("args", arguments(n->args)).field("body", expr(n->body)).done(*n, attributes_);
        }
        case K::IfExp: {
            auto* n = node->as<ast::IfExp>();
            return Node("IfExp")
                .field("test", expr(n->test))
                .field("body", expr(n->body))
                .field("orelse", expr(n->orelse))
                .done(*n, attributes_);
        }
        case K::Dict: {
            auto* n = node->as<ast::Dict>();
            return Node("Dict").field("keys", exprs(n->keys)).field("values", exprs(n->values)).done(*n, attributes_);
        }
        case K::Set: return Node("Set").field("elts", exprs(node->as<ast::Set>()->elts)).done(*node, attributes_);
        case K::ListComp:
        case K::SetComp:
        case K::GeneratorExp: {
            auto* n = static_cast<const ast::ListComp*>(node);
            const char* name = node->kind == K::ListComp ? "ListComp" : node->kind == K::SetComp ? "SetComp" : "GeneratorExp";
            return Node(name)
                .field("elt", expr(n->elt))
                .field("generators", comprehensions(n->generators))
                .done(*n, attributes_);
        }
        case K::DictComp: {
            auto* n = node->as<ast::DictComp>();
            return Node("DictComp")
                .field("key", expr(n->key))
                .field("value", expr(n->value))
                .field("generators", comprehensions(n->generators))
                .done(*n, attributes_);
        }
        case K::Await: return Node("Await").field("value", expr(node->as<ast::Await>()->value)).done(*node, attributes_);
        case K::Yield: {
            auto* n = node->as<ast::Yield>();
            return Node("Yield").optional("value", opt_expr(n->value), n->value).done(*n, attributes_);
        }
        case K::YieldFrom:
            return Node("YieldFrom").field("value", expr(node->as<ast::YieldFrom>()->value)).done(*node, attributes_);
        case K::Compare: {
            auto* n = node->as<ast::Compare>();
            return Node("Compare")
                .field("left", expr(n->left))
                .field("ops", list(n->ops, [](ast::CmpOperator op) { return std::string(compare_name(op)); }))
                .field("comparators", exprs(n->comparators))
                .done(*n, attributes_);
        }
        case K::Call: {
            auto* n = node->as<ast::Call>();
            return Node("Call")
                .field("func", expr(n->func))
                .field("args", exprs(n->args))
                .field("keywords", list(n->keywords, [&](const ast::Keyword* k) { return keyword(k); }))
                .done(*n, attributes_);
        }
        case K::FormattedValue: {
            auto* n = node->as<ast::FormattedValue>();
            return Node("FormattedValue")
                .field("value", expr(n->value))
                .field("conversion", std::to_string(n->conversion))
                .optional("format_spec", opt_expr(n->format_spec), n->format_spec)
                .done(*n, attributes_);
        }
        case K::JoinedStr:
            return Node("JoinedStr").field("values", exprs(node->as<ast::JoinedStr>()->values)).done(*node, attributes_);
        case K::Constant: {
            auto* n = node->as<ast::Constant>();
            return Node("Constant")
                .field("value", constant_repr(n->value))
                .optional("kind", text::repr_str(n->kind), !n->kind.empty())
                .done(*n, attributes_);
        }
        case K::Attribute: {
            auto* n = node->as<ast::Attribute>();
            return Node("Attribute")
                .field("value", expr(n->value))
                .field("attr", text::repr_str(n->attr))
                .field("ctx", context_name(n->ctx))
                .done(*n, attributes_);
        }
        case K::Subscript: {
            auto* n = node->as<ast::Subscript>();
            return Node("Subscript")
                .field("value", expr(n->value))
                .field("slice", expr(n->slice))
                .field("ctx", context_name(n->ctx))
                .done(*n, attributes_);
        }
        case K::Starred: {
            auto* n = node->as<ast::Starred>();
            return Node("Starred").field("value", expr(n->value)).field("ctx", context_name(n->ctx)).done(*n, attributes_);
        }
        case K::Name: {
            auto* n = node->as<ast::Name>();
            return Node("Name").field("id", text::repr_str(n->id)).field("ctx", context_name(n->ctx)).done(*n, attributes_);
        }
        case K::List:
        case K::Tuple: {
            auto* n = static_cast<const ast::List*>(node);
            return Node(node->kind == K::List ? "List" : "Tuple")
                .field("elts", exprs(n->elts))
                .field("ctx", context_name(n->ctx))
                .done(*n, attributes_);
        }
        case K::Slice: {
            auto* n = node->as<ast::Slice>();
            return Node("Slice")
                .optional("lower", opt_expr(n->lower), n->lower)
                .optional("upper", opt_expr(n->upper), n->upper)
                .optional("step", opt_expr(n->step), n->step)
                .done(*n, attributes_);
        }
    }
    return {};
}

std::string Dumper::pattern(const ast::Pattern* node) {
    using K = ast::PatternKind;
    switch (node->kind) {
        case K::MatchValue:
            return Node("MatchValue").field("value", expr(node->as<ast::MatchValue>()->value)).done(*node, attributes_);
        case K::MatchSingleton: {
            ast::ConstantValue value;
            value.kind = node->as<ast::MatchSingleton>()->value;
            return Node("MatchSingleton").field("value", constant_repr(value)).done(*node, attributes_);
        }
        case K::MatchSequence:
            return Node("MatchSequence")
                .field("patterns", patterns(node->as<ast::MatchSequence>()->patterns))
                .done(*node, attributes_);
        case K::MatchMapping: {
            auto* n = node->as<ast::MatchMapping>();
            return Node("MatchMapping")
                .field("keys", exprs(n->keys))
                .field("patterns", patterns(n->patterns))
                .optional("rest", text::repr_str(n->rest), !n->rest.empty())
                .done(*n, attributes_);
        }
        case K::MatchClass: {
            auto* n = node->as<ast::MatchClass>();
            return Node("MatchClass")
                .field("cls", expr(n->cls))
                .field("patterns", patterns(n->patterns))
                .field("kwd_attrs", names(n->kwd_attrs))
                .field("kwd_patterns", patterns(n->kwd_patterns))
                .done(*n, attributes_);
        }
        case K::MatchStar: {
            auto* n = node->as<ast::MatchStar>();
            return Node("MatchStar").optional("name", text::repr_str(n->name), !n->name.empty()).done(*n, attributes_);
        }
        case K::MatchAs: {
            auto* n = node->as<ast::MatchAs>();
            return Node("MatchAs")
                .optional("pattern", n->pattern ? pattern(n->pattern) : "", n->pattern)
                .optional("name", text::repr_str(n->name), !n->name.empty())
                .done(*n, attributes_);
        }
        case K::MatchOr:
            return Node("MatchOr").field("patterns", patterns(node->as<ast::MatchOr>()->patterns)).done(*node, attributes_);
    }
    return {};
}

}  // namespace

std::string dump(const ast::Mod& tree, bool include_attributes) { return Dumper(include_attributes).mod(tree); }
std::string dump(const ast::Stmt& node, bool include_attributes) { return Dumper(include_attributes).stmt(&node); }
std::string dump(const ast::Expr& node, bool include_attributes) { return Dumper(include_attributes).expr(&node); }

}  // namespace klass::parse
