// The abstract syntax tree of klass: CPython 3.11's `ast` module, node for node.
//
// Shape of the tree (read this before walking it):
//
//  * Every node kind of Python.asdl is a struct of the same name with fields of
//    the same names, in namespace klass::ast (ast::FunctionDef, ast::Name, ...).
//  * The four sum types with many constructors -- mod, stmt, expr, pattern --
//    are modelled as a base struct (Mod, Stmt, Expr, Pattern) that carries a
//    `kind` enum, and one derived struct per constructor. Dispatch with a
//    switch on `kind` and downcast with `node->as<ast::Name>()` (checked by
//    assert in debug builds) or `node->is<ast::Name>()`.
//  * Small product types (arguments, arg, keyword, alias, withitem,
//    match_case, comprehension) and the single-constructor excepthandler are
//    plain structs. The operator and context enums (boolop, operator, unaryop,
//    cmpop, expr_context) are enum classes.
//  * `X*` sequences are ast::Seq<T>: a pointer + count into the arena, iterable
//    with range-for. Optional children (`expr?`) are nullptr when absent; the
//    only sequences that may hold nullptr are Dict::keys (for `**mapping`) and
//    arguments::kw_defaults (keyword-only parameter without a default), exactly
//    as in CPython.
//  * Identifiers are std::string_view into the arena, already NFKC-normalised
//    as Python does. An optional identifier (`identifier?`) is empty when
//    absent (Python identifiers are never empty).
//  * Positions: nodes that have `_attributes` in CPython derive from Located
//    and carry lineno / col_offset / end_lineno / end_col_offset with CPython's
//    meaning: lines are 1-based, columns are 0-based UTF-8 *byte* offsets.
//  * Constants carry no object-model values: ast::ConstantValue is a small
//    tagged value (see below). Strings are UTF-8; a lone surrogate such as
//    '\ud800' is stored as its 3-byte generalized-UTF-8 encoding (ED A0 80),
//    the convention used by klass's str everywhere.
//  * All nodes live in the parse::Arena owned by the parse result and are
//    freed together with it; never delete a node.
#pragma once

#include <cassert>
#include <cstdint>
#include <string>
#include <string_view>

namespace klass::ast {

// A sequence of children stored in the arena.
template <class T>
struct Seq {
    T* items = nullptr;
    std::uint32_t count = 0;

    T* begin() const { return items; }
    T* end() const { return items + count; }
    std::uint32_t size() const { return count; }
    bool empty() const { return count == 0; }
    T& operator[](std::uint32_t i) const {
        assert(i < count);
        return items[i];
    }
};

using Identifier = std::string_view;

struct Located {
    int lineno = 0;
    int col_offset = 0;
    int end_lineno = 0;
    int end_col_offset = 0;
};

// ---------------------------------------------------------------------------
// Enumerations (ASDL simple sums).

enum class ExprContext : std::uint8_t { Load, Store, Del };
enum class BoolOperator : std::uint8_t { And, Or };
enum class BinOperator : std::uint8_t {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOperator : std::uint8_t { Invert, Not, UAdd, USub };
enum class CmpOperator : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---------------------------------------------------------------------------
// Constant values.

struct ConstantValue {
    enum class Kind : std::uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
    Kind kind = Kind::None;
    // Int: true when the value fits in int_value; `text` always holds the
    // decimal digits (with a leading '-' never: literals are non-negative).
    bool int_fits = false;
    std::int64_t int_value = 0;
    // Float: the value; Complex: the imaginary part (the real part is 0.0).
    double float_value = 0.0;
    // Int: decimal digits; Str: UTF-8 text; Bytes: raw bytes.
    std::string text;
};

// ---------------------------------------------------------------------------
// Forward declarations.

struct Stmt;
struct Expr;
struct Pattern;

// ---------------------------------------------------------------------------
// Product types.

struct Arg : Located {
    Identifier arg;
    Expr* annotation = nullptr;
    std::string_view type_comment;  // always empty: klass ignores type comments
};

struct Arguments {
    Seq<Arg*> posonlyargs;
    Seq<Arg*> args;
    Arg* vararg = nullptr;
    Seq<Arg*> kwonlyargs;
    Seq<Expr*> kw_defaults;  // one per kwonlyarg; nullptr when it has no default
    Arg* kwarg = nullptr;
    Seq<Expr*> defaults;  // for the last len(defaults) of posonlyargs + args
};

struct Keyword : Located {
    Identifier arg;  // empty for `**mapping`
    Expr* value = nullptr;
};

struct Alias : Located {
    Identifier name;  // dotted name for `import a.b`, "*" for `from m import *`
    Identifier asname;
};

struct WithItem {
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr;
};

struct Comprehension {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    Seq<Expr*> ifs;
    int is_async = 0;
};

struct ExceptHandler : Located {
    Expr* type = nullptr;
    Identifier name;
    Seq<Stmt*> body;
};

struct MatchCase {
    Pattern* pattern = nullptr;
    Expr* guard = nullptr;
    Seq<Stmt*> body;
};

struct TypeIgnore {
    int lineno = 0;
    std::string_view tag;
};

// ---------------------------------------------------------------------------
// Helper for the sum types: typed downcasts keyed by a static Kind.

template <class Base, class KindEnum>
struct Variant {
    KindEnum kind;
    explicit Variant(KindEnum k) : kind(k) {}
    template <class T>
    bool is() const { return kind == T::Kind; }
    template <class T>
    T* as() {
        assert(is<T>());
        return static_cast<T*>(static_cast<Base*>(this));
    }
    template <class T>
    const T* as() const {
        assert(is<T>());
        return static_cast<const T*>(static_cast<const Base*>(this));
    }
};

// ---------------------------------------------------------------------------
// mod

enum class ModKind : std::uint8_t { Module, Interactive, Expression };

struct Mod : Variant<Mod, ModKind> {
    using Variant::Variant;
};

struct Module : Mod {
    static constexpr ModKind Kind = ModKind::Module;
    Module() : Mod(Kind) {}
    Seq<Stmt*> body;
    Seq<TypeIgnore> type_ignores;  // always empty
};

struct Interactive : Mod {
    static constexpr ModKind Kind = ModKind::Interactive;
    Interactive() : Mod(Kind) {}
    Seq<Stmt*> body;
};

struct Expression : Mod {
    static constexpr ModKind Kind = ModKind::Expression;
    Expression() : Mod(Kind) {}
    Expr* body = nullptr;
};

// ---------------------------------------------------------------------------
// stmt

enum class StmtKind : std::uint8_t {
    FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign,
    For, AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert,
    Import, ImportFrom, Global, Nonlocal, Expr, Pass, Break, Continue
};

struct Stmt : Located, Variant<Stmt, StmtKind> {
    using Variant::Variant;
};

#define KLASS_AST_STMT(Name)                          \
    static constexpr StmtKind Kind = StmtKind::Name;  \
    Name() : Stmt(Kind) {}

// FunctionDef and AsyncFunctionDef share a layout; `kind` tells them apart.
struct FunctionDef : Stmt {
    KLASS_AST_STMT(FunctionDef)
    Identifier name;
    Arguments* args = nullptr;
    Seq<Stmt*> body;
    Seq<Expr*> decorator_list;
    Expr* returns = nullptr;
    std::string_view type_comment;
protected:
    explicit FunctionDef(StmtKind k) : Stmt(k) {}
};
struct AsyncFunctionDef : FunctionDef {
    static constexpr StmtKind Kind = StmtKind::AsyncFunctionDef;
    AsyncFunctionDef() : FunctionDef(Kind) {}
};

struct ClassDef : Stmt {
    KLASS_AST_STMT(ClassDef)
    Identifier name;
    Seq<Expr*> bases;
    Seq<Keyword*> keywords;
    Seq<Stmt*> body;
    Seq<Expr*> decorator_list;
};

struct Return : Stmt {
    KLASS_AST_STMT(Return)
    Expr* value = nullptr;
};

struct Delete : Stmt {
    KLASS_AST_STMT(Delete)
    Seq<Expr*> targets;
};

struct Assign : Stmt {
    KLASS_AST_STMT(Assign)
    Seq<Expr*> targets;
    Expr* value = nullptr;
    std::string_view type_comment;
};

struct AugAssign : Stmt {
    KLASS_AST_STMT(AugAssign)
    Expr* target = nullptr;
    BinOperator op = BinOperator::Add;
    Expr* value = nullptr;
};

struct AnnAssign : Stmt {
    KLASS_AST_STMT(AnnAssign)
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr;
    int simple = 0;  // 1 for a bare, unparenthesised name target
};

// For and AsyncFor share a layout.
struct For : Stmt {
    KLASS_AST_STMT(For)
    Expr* target = nullptr;
    Expr* iter = nullptr;
    Seq<Stmt*> body;
    Seq<Stmt*> orelse;
    std::string_view type_comment;
protected:
    explicit For(StmtKind k) : Stmt(k) {}
};
struct AsyncFor : For {
    static constexpr StmtKind Kind = StmtKind::AsyncFor;
    AsyncFor() : For(Kind) {}
};

struct While : Stmt {
    KLASS_AST_STMT(While)
    Expr* test = nullptr;
    Seq<Stmt*> body;
    Seq<Stmt*> orelse;
};

struct If : Stmt {
    KLASS_AST_STMT(If)
    Expr* test = nullptr;
    Seq<Stmt*> body;
    Seq<Stmt*> orelse;  // an `elif` is a single nested If here
};

// With and AsyncWith share a layout.
struct With : Stmt {
    KLASS_AST_STMT(With)
    Seq<WithItem*> items;
    Seq<Stmt*> body;
    std::string_view type_comment;
protected:
    explicit With(StmtKind k) : Stmt(k) {}
};
struct AsyncWith : With {
    static constexpr StmtKind Kind = StmtKind::AsyncWith;
    AsyncWith() : With(Kind) {}
};

struct Match : Stmt {
    KLASS_AST_STMT(Match)
    Expr* subject = nullptr;
    Seq<MatchCase*> cases;
};

struct Raise : Stmt {
    KLASS_AST_STMT(Raise)
    Expr* exc = nullptr;
    Expr* cause = nullptr;
};

// Try and TryStar (`except*`) share a layout.
struct Try : Stmt {
    KLASS_AST_STMT(Try)
    Seq<Stmt*> body;
    Seq<ExceptHandler*> handlers;
    Seq<Stmt*> orelse;
    Seq<Stmt*> finalbody;
protected:
    explicit Try(StmtKind k) : Stmt(k) {}
};
struct TryStar : Try {
    static constexpr StmtKind Kind = StmtKind::TryStar;
    TryStar() : Try(Kind) {}
};

struct Assert : Stmt {
    KLASS_AST_STMT(Assert)
    Expr* test = nullptr;
    Expr* msg = nullptr;
};

struct Import : Stmt {
    KLASS_AST_STMT(Import)
    Seq<Alias*> names;
};

struct ImportFrom : Stmt {
    KLASS_AST_STMT(ImportFrom)
    Identifier module;  // empty for `from . import x`
    Seq<Alias*> names;
    int level = 0;  // number of leading dots
};

struct Global : Stmt {
    KLASS_AST_STMT(Global)
    Seq<Identifier> names;
};

struct Nonlocal : Stmt {
    KLASS_AST_STMT(Nonlocal)
    Seq<Identifier> names;
};

// The expression statement (ASDL `Expr`); named ExprStmt because `Expr` is
// the expression base type here.
struct ExprStmt : Stmt {
    static constexpr StmtKind Kind = StmtKind::Expr;
    ExprStmt() : Stmt(Kind) {}
    Expr* value = nullptr;
};

struct Pass : Stmt {
    KLASS_AST_STMT(Pass)
};
struct Break : Stmt {
    KLASS_AST_STMT(Break)
};
struct Continue : Stmt {
    KLASS_AST_STMT(Continue)
};

#undef KLASS_AST_STMT

// ---------------------------------------------------------------------------
// expr

enum class ExprKind : std::uint8_t {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
    GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
    Attribute, Subscript, Starred, Name, List, Tuple, Slice
};

struct Expr : Located, Variant<Expr, ExprKind> {
    using Variant::Variant;
};

#define KLASS_AST_EXPR(Name)                          \
    static constexpr ExprKind Kind = ExprKind::Name;  \
    Name() : Expr(Kind) {}

struct BoolOp : Expr {
    KLASS_AST_EXPR(BoolOp)
    BoolOperator op = BoolOperator::And;
    Seq<Expr*> values;
};

struct NamedExpr : Expr {
    KLASS_AST_EXPR(NamedExpr)
    Expr* target = nullptr;
    Expr* value = nullptr;
};

struct BinOp : Expr {
    KLASS_AST_EXPR(BinOp)
    Expr* left = nullptr;
    BinOperator op = BinOperator::Add;
    Expr* right = nullptr;
};

struct UnaryOp : Expr {
    KLASS_AST_EXPR(UnaryOp)
    UnaryOperator op = UnaryOperator::Not;
    Expr* operand = nullptr;
};

struct Lambda : Expr {
    KLASS_AST_EXPR(Lambda)
    Arguments* args = nullptr;
    Expr* body = nullptr;
};

struct IfExp : Expr {
    KLASS_AST_EXPR(IfExp)
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
};

struct Dict : Expr {
    KLASS_AST_EXPR(Dict)
    Seq<Expr*> keys;  // nullptr entry for `**mapping`
    Seq<Expr*> values;
};

struct Set : Expr {
    KLASS_AST_EXPR(Set)
    Seq<Expr*> elts;
};

// ListComp, SetComp and GeneratorExp share a layout.
struct ListComp : Expr {
    KLASS_AST_EXPR(ListComp)
    Expr* elt = nullptr;
    Seq<Comprehension*> generators;
protected:
    explicit ListComp(ExprKind k) : Expr(k) {}
};
struct SetComp : ListComp {
    static constexpr ExprKind Kind = ExprKind::SetComp;
    SetComp() : ListComp(Kind) {}
};
struct GeneratorExp : ListComp {
    static constexpr ExprKind Kind = ExprKind::GeneratorExp;
    GeneratorExp() : ListComp(Kind) {}
};

struct DictComp : Expr {
    KLASS_AST_EXPR(DictComp)
    Expr* key = nullptr;
    Expr* value = nullptr;
    Seq<Comprehension*> generators;
};

struct Await : Expr {
    KLASS_AST_EXPR(Await)
    Expr* value = nullptr;
};

struct Yield : Expr {
    KLASS_AST_EXPR(Yield)
    Expr* value = nullptr;
};

struct YieldFrom : Expr {
    KLASS_AST_EXPR(YieldFrom)
    Expr* value = nullptr;
};

struct Compare : Expr {
    KLASS_AST_EXPR(Compare)
    Expr* left = nullptr;
    Seq<CmpOperator> ops;
    Seq<Expr*> comparators;
};

struct Call : Expr {
    KLASS_AST_EXPR(Call)
    Expr* func = nullptr;
    Seq<Expr*> args;
    Seq<Keyword*> keywords;
};

struct FormattedValue : Expr {
    KLASS_AST_EXPR(FormattedValue)
    Expr* value = nullptr;
    int conversion = -1;  // -1 (none), 's', 'r' or 'a'
    Expr* format_spec = nullptr;  // a JoinedStr when present
};

struct JoinedStr : Expr {
    KLASS_AST_EXPR(JoinedStr)
    Seq<Expr*> values;  // Constant (str) and FormattedValue nodes
};

struct Constant : Expr {
    KLASS_AST_EXPR(Constant)
    ConstantValue value;
    std::string_view kind;  // "u" for a u'' literal, else empty
};

struct Attribute : Expr {
    KLASS_AST_EXPR(Attribute)
    Expr* value = nullptr;
    Identifier attr;
    ExprContext ctx = ExprContext::Load;
};

struct Subscript : Expr {
    KLASS_AST_EXPR(Subscript)
    Expr* value = nullptr;
    Expr* slice = nullptr;
    ExprContext ctx = ExprContext::Load;
};

struct Starred : Expr {
    KLASS_AST_EXPR(Starred)
    Expr* value = nullptr;
    ExprContext ctx = ExprContext::Load;
};

struct Name : Expr {
    KLASS_AST_EXPR(Name)
    Identifier id;
    ExprContext ctx = ExprContext::Load;
};

// List and Tuple share a layout.
struct List : Expr {
    KLASS_AST_EXPR(List)
    Seq<Expr*> elts;
    ExprContext ctx = ExprContext::Load;
protected:
    explicit List(ExprKind k) : Expr(k) {}
};
struct Tuple : List {
    static constexpr ExprKind Kind = ExprKind::Tuple;
    Tuple() : List(Kind) {}
};

struct Slice : Expr {
    KLASS_AST_EXPR(Slice)
    Expr* lower = nullptr;
    Expr* upper = nullptr;
    Expr* step = nullptr;
};

#undef KLASS_AST_EXPR

// ---------------------------------------------------------------------------
// pattern

enum class PatternKind : std::uint8_t {
    MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr
};

struct Pattern : Located, Variant<Pattern, PatternKind> {
    using Variant::Variant;
};

#define KLASS_AST_PATTERN(Name)                             \
    static constexpr PatternKind Kind = PatternKind::Name;  \
    Name() : Pattern(Kind) {}

struct MatchValue : Pattern {
    KLASS_AST_PATTERN(MatchValue)
    Expr* value = nullptr;
};

struct MatchSingleton : Pattern {
    KLASS_AST_PATTERN(MatchSingleton)
    ConstantValue::Kind value = ConstantValue::Kind::None;  // None, True or False
};

struct MatchSequence : Pattern {
    KLASS_AST_PATTERN(MatchSequence)
    Seq<Pattern*> patterns;
};

struct MatchMapping : Pattern {
    KLASS_AST_PATTERN(MatchMapping)
    Seq<Expr*> keys;
    Seq<Pattern*> patterns;
    Identifier rest;
};

struct MatchClass : Pattern {
    KLASS_AST_PATTERN(MatchClass)
    Expr* cls = nullptr;
    Seq<Pattern*> patterns;
    Seq<Identifier> kwd_attrs;
    Seq<Pattern*> kwd_patterns;
};

struct MatchStar : Pattern {
    KLASS_AST_PATTERN(MatchStar)
    Identifier name;  // empty for `*_`
};

struct MatchAs : Pattern {
    KLASS_AST_PATTERN(MatchAs)
    Pattern* pattern = nullptr;
    Identifier name;  // empty for the wildcard `_`
};

struct MatchOr : Pattern {
    KLASS_AST_PATTERN(MatchOr)
    Seq<Pattern*> patterns;
};

#undef KLASS_AST_PATTERN

}  // namespace klass::ast
