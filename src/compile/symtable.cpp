#include "compile/symtable.h"

#include <map>
#include <set>

#include "compile/code_unit.h"

namespace klass::compile {

// ---------------------------------------------------------------------------
// Block queries and mangling.

const Symbol* Block::find(std::string_view mangled) const {
  auto it = index.find(std::string(mangled));
  return it == index.end() ? nullptr : &symbols[it->second];
}

NameScope Block::scope_of(std::string_view mangled) const {
  const Symbol* s = find(mangled);
  return s ? s->scope : NameScope::Unknown;
}

uint32_t Block::flags_of(std::string_view mangled) const {
  const Symbol* s = find(mangled);
  return s ? s->flags : 0;
}

Block* SymbolTable::lookup(const void* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

std::string mangle(std::string_view class_name, std::string_view name) {
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return std::string(name);
  // Dunder names and dotted import names are left alone.
  if (name.size() >= 4 && name.substr(name.size() - 2) == "__") return std::string(name);
  if (name.find('.') != std::string_view::npos) return std::string(name);
  size_t skip = class_name.find_first_not_of('_');
  if (skip == std::string_view::npos) return std::string(name);
  return "_" + std::string(class_name.substr(skip)) + std::string(name);
}

// ---------------------------------------------------------------------------
// Pass 1: record how each block uses each name.

namespace {

struct ScopeError {
  std::string msg;
  std::string type = "SyntaxError";
  int lineno, col, end_lineno, end_col;
};

// A location of a node, for error messages.
struct Where {
  int lineno = 0, col = 0, end_lineno = 0, end_col = 0;
  template <class Node>
  static Where of(const Node& n) {
    return {n.lineno, n.col_offset, n.end_lineno, n.end_col_offset};
  }
};

[[noreturn]] void fail(std::string msg, const Where& w) {
  throw ScopeError{std::move(msg), "SyntaxError", w.lineno, w.col, w.end_lineno, w.end_col};
}

constexpr int kMaxDepth = 2000;

}  // namespace

class SymbolTableBuilder {
public:
  SymbolTableBuilder(SymbolTable& table, uint32_t future_flags) : table_(table), future_flags_(future_flags) {}

  void run(const ast::Mod& tree) {
    Block* top = enter(BlockKind::Module, "top", &tree, Where{});
    table_.top_ = top;
    switch (tree.kind) {
      case ast::ModKind::Module:
        stmts(tree.as<ast::Module>()->body);
        break;
      case ast::ModKind::Interactive:
        stmts(tree.as<ast::Interactive>()->body);
        break;
      case ast::ModKind::Expression:
        expr(tree.as<ast::Expression>()->body);
        break;
    }
    leave();
  }

private:
  // --- blocks ---

  Block* enter(BlockKind kind, std::string name, const void* node, const Where& w) {
    auto block = std::make_unique<Block>();
    Block* b = block.get();
    b->kind = kind;
    b->name = std::move(name);
    b->node = node;
    b->lineno = w.lineno;
    b->col_offset = w.col;
    b->parent = cur_;
    if (cur_) {
      cur_->children.push_back(b);
      b->nested = cur_->nested || cur_->kind == BlockKind::Function;
    }
    table_.blocks_.push_back(std::move(block));
    table_.by_node_[node] = b;
    stack_.push_back(b);
    cur_ = b;
    return b;
  }

  void leave() {
    stack_.pop_back();
    cur_ = stack_.empty() ? nullptr : stack_.back();
  }

  std::string mangled(std::string_view name) const { return mangle(private_, name); }

  Symbol& symbol(Block* b, const std::string& name) {
    auto it = b->index.find(name);
    if (it != b->index.end()) return b->symbols[it->second];
    b->index.emplace(name, b->symbols.size());
    b->symbols.push_back(Symbol{name, 0, NameScope::Unknown});
    return b->symbols.back();
  }

  void add_def_in(Block* b, std::string_view raw_name, uint32_t flag, const Where& w) {
    std::string name = mangled(raw_name);
    Symbol& s = symbol(b, name);
    if ((flag & DEF_PARAM) && (s.flags & DEF_PARAM))
      fail("duplicate argument '" + name + "' in function definition", w);
    s.flags |= flag;
    if (flag & DEF_PARAM) b->varnames.push_back(name);
  }

  void add_def(std::string_view name, uint32_t flag, const Where& w) { add_def_in(cur_, name, flag, w); }

  // --- statements ---

  void stmts(const ast::Seq<ast::Stmt*>& body) {
    for (ast::Stmt* s : body) stmt(s);
  }

  struct DepthGuard {
    int& depth;
    DepthGuard(int& d, const Where& w) : depth(d) {
      if (++depth > kMaxDepth)
        throw ScopeError{"maximum recursion depth exceeded during compilation", "RecursionError", w.lineno, w.col,
                         w.end_lineno, w.end_col};
    }
    ~DepthGuard() { --depth; }
  };

  void stmt(const ast::Stmt* s) {
    DepthGuard guard(depth_, Where::of(*s));
    using K = ast::StmtKind;
    switch (s->kind) {
      case K::FunctionDef:
      case K::AsyncFunctionDef: {
        auto* f = static_cast<const ast::FunctionDef*>(s);
        add_def(f->name, DEF_LOCAL, Where::of(*s));
        argument_defaults(f->args);
        annotations(f->args, f->returns);
        exprs(f->decorator_list);
        enter(BlockKind::Function, std::string(f->name), f, Where::of(*s));
        if (s->kind == K::AsyncFunctionDef) cur_->coroutine = true;
        parameters(f->args);
        stmts(f->body);
        leave();
        break;
      }
      case K::ClassDef: {
        auto* c = s->as<ast::ClassDef>();
        add_def(c->name, DEF_LOCAL, Where::of(*s));
        exprs(c->bases);
        for (ast::Keyword* k : c->keywords) expr(k->value);
        exprs(c->decorator_list);
        enter(BlockKind::Class, std::string(c->name), c, Where::of(*s));
        std::string saved = private_;
        private_ = std::string(c->name);
        stmts(c->body);
        private_ = saved;
        leave();
        break;
      }
      case K::Return: {
        auto* r = s->as<ast::Return>();
        if (r->value) {
          expr(r->value);
          cur_->returns_value = true;
        }
        break;
      }
      case K::Delete:
        exprs(s->as<ast::Delete>()->targets);
        break;
      case K::Assign: {
        auto* a = s->as<ast::Assign>();
        exprs(a->targets);
        expr(a->value);
        break;
      }
      case K::AnnAssign: {
        auto* a = s->as<ast::AnnAssign>();
        if (a->target->is<ast::Name>()) {
          auto* name = a->target->as<ast::Name>();
          uint32_t cur = cur_->flags_of(mangled(name->id));
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && cur_ != table_.top_ && a->simple) {
            fail(std::string("annotated name '") + std::string(name->id) + "' can't be " +
                     ((cur & DEF_GLOBAL) ? "global" : "nonlocal"),
                 Where::of(*s));
          }
          if (a->simple)
            add_def(name->id, DEF_ANNOT | DEF_LOCAL, Where::of(*name));
          else if (a->value)
            add_def(name->id, DEF_LOCAL, Where::of(*name));
        } else {
          expr(a->target);
        }
        annotation(a->annotation);
        if (a->value) expr(a->value);
        break;
      }
      case K::AugAssign: {
        auto* a = s->as<ast::AugAssign>();
        expr(a->target);
        expr(a->value);
        break;
      }
      case K::For:
      case K::AsyncFor: {
        auto* f = static_cast<const ast::For*>(s);
        expr(f->target);
        expr(f->iter);
        stmts(f->body);
        stmts(f->orelse);
        break;
      }
      case K::While: {
        auto* w = s->as<ast::While>();
        expr(w->test);
        stmts(w->body);
        stmts(w->orelse);
        break;
      }
      case K::If: {
        auto* i = s->as<ast::If>();
        expr(i->test);
        stmts(i->body);
        stmts(i->orelse);
        break;
      }
      case K::With:
      case K::AsyncWith: {
        auto* w = static_cast<const ast::With*>(s);
        for (ast::WithItem* item : w->items) {
          expr(item->context_expr);
          if (item->optional_vars) expr(item->optional_vars);
        }
        stmts(w->body);
        break;
      }
      case K::Match: {
        auto* m = s->as<ast::Match>();
        expr(m->subject);
        for (ast::MatchCase* c : m->cases) {
          pattern(c->pattern);
          if (c->guard) expr(c->guard);
          stmts(c->body);
        }
        break;
      }
      case K::Raise: {
        auto* r = s->as<ast::Raise>();
        if (r->exc) expr(r->exc);
        if (r->cause) expr(r->cause);
        break;
      }
      case K::Try:
      case K::TryStar: {
        auto* t = static_cast<const ast::Try*>(s);
        stmts(t->body);
        stmts(t->orelse);
        for (ast::ExceptHandler* h : t->handlers) {
          if (h->type) expr(h->type);
          if (!h->name.empty()) add_def(h->name, DEF_LOCAL, Where::of(*h));
          stmts(h->body);
        }
        stmts(t->finalbody);
        break;
      }
      case K::Assert: {
        auto* a = s->as<ast::Assert>();
        expr(a->test);
        if (a->msg) expr(a->msg);
        break;
      }
      case K::Import:
        for (ast::Alias* a : s->as<ast::Import>()->names) import_alias(a, s);
        break;
      case K::ImportFrom:
        for (ast::Alias* a : s->as<ast::ImportFrom>()->names) import_alias(a, s);
        break;
      case K::Global:
        for (ast::Identifier name : s->as<ast::Global>()->names) declare(name, true, s);
        break;
      case K::Nonlocal:
        if (cur_->kind == BlockKind::Module) fail("nonlocal declaration not allowed at module level", Where::of(*s));
        for (ast::Identifier name : s->as<ast::Nonlocal>()->names) declare(name, false, s);
        break;
      case K::Expr:
        expr(s->as<ast::ExprStmt>()->value);
        break;
      case K::Pass:
      case K::Break:
      case K::Continue:
        break;
    }
  }

  void declare(ast::Identifier raw, bool global, const ast::Stmt* s) {
    std::string name = mangled(raw);
    uint32_t cur = cur_->flags_of(name);
    const char* what = global ? "global" : "nonlocal";
    if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
      std::string msg;
      if (cur & DEF_PARAM)
        msg = "name '" + std::string(raw) + "' is parameter and " + what;
      else if (cur & USE)
        msg = "name '" + std::string(raw) + "' is used prior to " + what + " declaration";
      else if (cur & DEF_ANNOT)
        msg = "annotated name '" + std::string(raw) + "' can't be " + what;
      else
        msg = "name '" + std::string(raw) + "' is assigned to before " + what + " declaration";
      fail(msg, Where::of(*s));
    }
    add_def(raw, global ? DEF_GLOBAL : DEF_NONLOCAL, Where::of(*s));
    directives_[{cur_, name}] = Where::of(*s);
  }

  void import_alias(const ast::Alias* a, const ast::Stmt* s) {
    std::string_view stored = a->asname.empty() ? a->name : a->asname;
    if (a->asname.empty()) stored = stored.substr(0, stored.find('.'));
    if (a->name == "*") {
      if (cur_->kind != BlockKind::Module) fail("import * only allowed at module level", Where::of(*a));
      return;
    }
    add_def(stored, DEF_IMPORT, Where::of(*a));
  }

  // --- function pieces ---

  void argument_defaults(const ast::Arguments* args) {
    exprs(args->defaults);
    for (ast::Expr* e : args->kw_defaults)
      if (e) expr(e);
  }

  void annotation(const ast::Expr* e) {
    // Under `from __future__ import annotations` annotations stay strings.
    if (future_flags_ & CO_FUTURE_ANNOTATIONS) return;
    expr(e);
  }

  void annotations(const ast::Arguments* args, const ast::Expr* returns) {
    auto each = [&](const ast::Seq<ast::Arg*>& list) {
      for (ast::Arg* a : list)
        if (a->annotation) annotation(a->annotation);
    };
    each(args->posonlyargs);
    each(args->args);
    if (args->vararg && args->vararg->annotation) annotation(args->vararg->annotation);
    each(args->kwonlyargs);
    if (args->kwarg && args->kwarg->annotation) annotation(args->kwarg->annotation);
    if (returns) annotation(returns);
  }

  void parameters(const ast::Arguments* args) {
    for (ast::Arg* a : args->posonlyargs) add_def(a->arg, DEF_PARAM, Where::of(*a));
    for (ast::Arg* a : args->args) add_def(a->arg, DEF_PARAM, Where::of(*a));
    for (ast::Arg* a : args->kwonlyargs) add_def(a->arg, DEF_PARAM, Where::of(*a));
    if (args->vararg) {
      add_def(args->vararg->arg, DEF_PARAM, Where::of(*args->vararg));
      cur_->varargs = true;
    }
    if (args->kwarg) {
      add_def(args->kwarg->arg, DEF_PARAM, Where::of(*args->kwarg));
      cur_->varkeywords = true;
    }
  }

  // --- expressions ---

  void exprs(const ast::Seq<ast::Expr*>& list) {
    for (ast::Expr* e : list) expr(e);
  }

  void raise_if_comprehension(const ast::Expr* e) {
    if (!cur_->comprehension) return;
    const char* what = cur_->name == "listcomp"  ? "'yield' inside list comprehension"
                       : cur_->name == "setcomp" ? "'yield' inside set comprehension"
                       : cur_->name == "dictcomp" ? "'yield' inside dict comprehension"
                                                  : "'yield' inside generator expression";
    fail(what, Where::of(*e));
  }

  void expr(const ast::Expr* e) {
    DepthGuard guard(depth_, Where::of(*e));
    using K = ast::ExprKind;
    switch (e->kind) {
      case K::BoolOp:
        exprs(e->as<ast::BoolOp>()->values);
        break;
      case K::NamedExpr: {
        auto* n = e->as<ast::NamedExpr>();
        if (comp_iter_expr_ > 0)
          fail("assignment expression cannot be used in a comprehension iterable expression", Where::of(*e));
        expr(n->value);
        named_expr_target(n);
        break;
      }
      case K::BinOp: {
        auto* b = e->as<ast::BinOp>();
        expr(b->left);
        expr(b->right);
        break;
      }
      case K::UnaryOp:
        expr(e->as<ast::UnaryOp>()->operand);
        break;
      case K::Lambda: {
        auto* l = e->as<ast::Lambda>();
        argument_defaults(l->args);
        enter(BlockKind::Function, "lambda", l, Where::of(*e));
        cur_->lambda = true;
        parameters(l->args);
        expr(l->body);
        leave();
        break;
      }
      case K::IfExp: {
        auto* i = e->as<ast::IfExp>();
        expr(i->test);
        expr(i->body);
        expr(i->orelse);
        break;
      }
      case K::Dict: {
        auto* d = e->as<ast::Dict>();
        for (ast::Expr* k : d->keys)
          if (k) expr(k);
        exprs(d->values);
        break;
      }
      case K::Set:
        exprs(e->as<ast::Set>()->elts);
        break;
      case K::ListComp:
      case K::SetComp:
      case K::GeneratorExp: {
        auto* c = static_cast<const ast::ListComp*>(e);
        const char* name = e->kind == K::ListComp ? "listcomp" : e->kind == K::SetComp ? "setcomp" : "genexpr";
        comprehension(e, name, c->generators, c->elt, nullptr);
        break;
      }
      case K::DictComp: {
        auto* c = e->as<ast::DictComp>();
        comprehension(e, "dictcomp", c->generators, c->key, c->value);
        break;
      }
      case K::Await:
        expr(e->as<ast::Await>()->value);
        cur_->coroutine = true;
        break;
      case K::Yield: {
        auto* y = e->as<ast::Yield>();
        if (y->value) expr(y->value);
        cur_->generator = true;
        raise_if_comprehension(e);
        break;
      }
      case K::YieldFrom:
        expr(e->as<ast::YieldFrom>()->value);
        cur_->generator = true;
        raise_if_comprehension(e);
        break;
      case K::Compare: {
        auto* c = e->as<ast::Compare>();
        expr(c->left);
        exprs(c->comparators);
        break;
      }
      case K::Call: {
        auto* c = e->as<ast::Call>();
        expr(c->func);
        exprs(c->args);
        for (ast::Keyword* k : c->keywords) expr(k->value);
        break;
      }
      case K::FormattedValue: {
        auto* f = e->as<ast::FormattedValue>();
        expr(f->value);
        if (f->format_spec) expr(f->format_spec);
        break;
      }
      case K::JoinedStr:
        exprs(e->as<ast::JoinedStr>()->values);
        break;
      case K::Constant:
        break;
      case K::Attribute:
        expr(e->as<ast::Attribute>()->value);
        break;
      case K::Subscript: {
        auto* s = e->as<ast::Subscript>();
        expr(s->value);
        expr(s->slice);
        break;
      }
      case K::Starred:
        expr(e->as<ast::Starred>()->value);
        break;
      case K::Slice: {
        auto* s = e->as<ast::Slice>();
        if (s->lower) expr(s->lower);
        if (s->upper) expr(s->upper);
        if (s->step) expr(s->step);
        break;
      }
      case K::Name: {
        auto* n = e->as<ast::Name>();
        add_def(n->id, n->ctx == ast::ExprContext::Load ? USE : DEF_LOCAL, Where::of(*e));
        // A zero-argument super() needs the class cell.
        if (n->ctx == ast::ExprContext::Load && cur_->kind == BlockKind::Function && n->id == "super")
          add_def("__class__", USE, Where::of(*e));
        break;
      }
      case K::List:
      case K::Tuple:
        exprs(static_cast<const ast::List*>(e)->elts);
        break;
    }
  }

  // A walrus inside a comprehension binds in the nearest enclosing function
  // or module, never in the comprehension itself.
  void named_expr_target(const ast::NamedExpr* n) {
    auto* target = n->target->as<ast::Name>();
    if (!cur_->comprehension) {
      expr(n->target);
      return;
    }
    std::string name = mangled(target->id);
    for (size_t i = stack_.size(); i-- > 0;) {
      Block* b = stack_[i];
      if (b->comprehension) {
        if (b->flags_of(name) & DEF_COMP_ITER)
          fail("assignment expression cannot rebind comprehension iteration variable '" + std::string(target->id) + "'",
               Where::of(*n->target));
        continue;
      }
      if (b->kind == BlockKind::Function) {
        uint32_t in_scope = b->flags_of(name);
        add_def(target->id, (in_scope & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL, Where::of(*n->target));
        add_def_in(b, target->id, DEF_LOCAL, Where::of(*n->target));
        return;
      }
      if (b->kind == BlockKind::Module) {
        add_def(target->id, DEF_GLOBAL, Where::of(*n->target));
        add_def_in(b, target->id, DEF_GLOBAL, Where::of(*n->target));
        return;
      }
      fail("assignment expression within a comprehension cannot be used in a class body", Where::of(*n->target));
    }
  }

  void comprehension(const ast::Expr* e, const char* name, const ast::Seq<ast::Comprehension*>& generators,
                     const ast::Expr* elt, const ast::Expr* value) {
    const ast::Comprehension* outermost = generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    ++comp_iter_expr_;
    expr(outermost->iter);
    --comp_iter_expr_;
    bool is_generator = e->kind == ast::ExprKind::GeneratorExp;
    enter(BlockKind::Function, name, e, Where::of(*e));
    cur_->comprehension = true;
    if (outermost->is_async) cur_->coroutine = true;
    add_def(".0", DEF_PARAM, Where::of(*e));
    comprehension_target(outermost->target);
    exprs(outermost->ifs);
    for (uint32_t i = 1; i < generators.size(); ++i) {
      const ast::Comprehension* g = generators[i];
      comprehension_target(g->target);
      ++comp_iter_expr_;
      expr(g->iter);
      --comp_iter_expr_;
      exprs(g->ifs);
      if (g->is_async) cur_->coroutine = true;
    }
    if (value) expr(value);
    expr(elt);
    if (is_generator) cur_->generator = true;
    leave();
  }

  void comprehension_target(const ast::Expr* target) {
    ++comp_target_;
    expr(target);
    --comp_target_;
    mark_comp_iter(target);
  }

  void mark_comp_iter(const ast::Expr* target) {
    if (target->is<ast::Name>()) {
      symbol(cur_, mangled(target->as<ast::Name>()->id)).flags |= DEF_COMP_ITER;
    } else if (target->is<ast::Tuple>() || target->is<ast::List>()) {
      for (ast::Expr* e : static_cast<const ast::List*>(target)->elts) mark_comp_iter(e);
    } else if (target->is<ast::Starred>()) {
      mark_comp_iter(target->as<ast::Starred>()->value);
    }
  }

  // --- patterns ---

  void pattern(const ast::Pattern* p) {
    DepthGuard guard(depth_, Where::of(*p));
    using K = ast::PatternKind;
    switch (p->kind) {
      case K::MatchValue:
        expr(p->as<ast::MatchValue>()->value);
        break;
      case K::MatchSingleton:
        break;
      case K::MatchSequence:
        for (ast::Pattern* q : p->as<ast::MatchSequence>()->patterns) pattern(q);
        break;
      case K::MatchStar:
        if (!p->as<ast::MatchStar>()->name.empty()) add_def(p->as<ast::MatchStar>()->name, DEF_LOCAL, Where::of(*p));
        break;
      case K::MatchMapping: {
        auto* m = p->as<ast::MatchMapping>();
        exprs(m->keys);
        for (ast::Pattern* q : m->patterns) pattern(q);
        if (!m->rest.empty()) add_def(m->rest, DEF_LOCAL, Where::of(*p));
        break;
      }
      case K::MatchClass: {
        auto* c = p->as<ast::MatchClass>();
        expr(c->cls);
        for (ast::Pattern* q : c->patterns) pattern(q);
        for (ast::Pattern* q : c->kwd_patterns) pattern(q);
        break;
      }
      case K::MatchAs: {
        auto* a = p->as<ast::MatchAs>();
        if (a->pattern) pattern(a->pattern);
        if (!a->name.empty()) add_def(a->name, DEF_LOCAL, Where::of(*p));
        break;
      }
      case K::MatchOr:
        for (ast::Pattern* q : p->as<ast::MatchOr>()->patterns) pattern(q);
        break;
    }
  }

public:
  std::map<std::pair<Block*, std::string>, Where> directives_;

private:
  SymbolTable& table_;
  uint32_t future_flags_;
  std::vector<Block*> stack_;
  Block* cur_ = nullptr;
  std::string private_;
  int depth_ = 0;
  int comp_iter_expr_ = 0;
  int comp_target_ = 0;
};

// ---------------------------------------------------------------------------
// Pass 2: resolve every name to its scope.

namespace {

using NameSet = std::set<std::string>;

class Analyzer {
public:
  explicit Analyzer(const std::map<std::pair<Block*, std::string>, Where>& directives) : directives_(directives) {}

  // `bound`: names bound in enclosing function scopes (null at module level);
  // `free` collects names this block needs from outside; `global`: names
  // declared global in enclosing scopes.
  void analyze_block(Block* b, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local;
    NameSet new_global, new_bound, new_free;
    std::vector<NameScope> scopes(b->symbols.size());
    if (b->kind == BlockKind::Class) {
      new_global = global;
      if (bound) new_bound = *bound;
    }
    for (size_t i = 0; i < b->symbols.size(); ++i)
      scopes[i] = analyze_name(b, b->symbols[i], bound, local, free, global);

    if (b->kind != BlockKind::Class) {
      if (b->kind == BlockKind::Function) new_bound.insert(local.begin(), local.end());
      if (bound) new_bound.insert(bound->begin(), bound->end());
      new_global.insert(global.begin(), global.end());
    } else {
      new_bound.insert("__class__");
    }

    NameSet all_free;
    for (Block* child : b->children) {
      NameSet child_bound = new_bound, child_global = new_global, child_free;
      analyze_block(child, &child_bound, child_free, child_global);
      all_free.insert(child_free.begin(), child_free.end());
      if (child->has_free) b->has_free = true;
    }
    new_free.insert(all_free.begin(), all_free.end());

    if (b->kind == BlockKind::Function) {
      // Locals captured by children become cells.
      for (size_t i = 0; i < b->symbols.size(); ++i) {
        if (scopes[i] != NameScope::Local) continue;
        auto it = new_free.find(b->symbols[i].name);
        if (it == new_free.end()) continue;
        scopes[i] = NameScope::Cell;
        new_free.erase(it);
      }
    } else if (b->kind == BlockKind::Class) {
      if (new_free.erase("__class__")) b->needs_class_closure = true;
    }

    for (size_t i = 0; i < b->symbols.size(); ++i) b->symbols[i].scope = scopes[i];
    // Names free in children and not resolved here travel further up.
    for (const std::string& name : new_free) {
      auto it = b->index.find(name);
      if (it != b->index.end()) {
        Symbol& s = b->symbols[it->second];
        if (b->kind == BlockKind::Class && (s.flags & (DEF_BOUND | DEF_GLOBAL))) s.flags |= DEF_FREE_CLASS;
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global
      b->index.emplace(name, b->symbols.size());
      b->symbols.push_back(Symbol{name, 0, NameScope::Free});
    }
    free.insert(new_free.begin(), new_free.end());
  }

private:
  NameScope analyze_name(Block* b, const Symbol& s, NameSet* bound, NameSet& local, NameSet& free,
                         NameSet& global) {
    const std::string& name = s.name;
    if (s.flags & DEF_GLOBAL) {
      if (s.flags & DEF_NONLOCAL) error_at(b, name, "name '" + name + "' is nonlocal and global");
      global.insert(name);
      if (bound) bound->erase(name);
      return NameScope::GlobalExplicit;
    }
    if (s.flags & DEF_NONLOCAL) {
      if (!bound || !bound->count(name)) error_at(b, name, "no binding for nonlocal '" + name + "' found");
      b->has_free = true;
      free.insert(name);
      return NameScope::Free;
    }
    if (s.flags & DEF_BOUND) {
      local.insert(name);
      global.erase(name);
      return NameScope::Local;
    }
    if (bound && bound->count(name)) {
      b->has_free = true;
      free.insert(name);
      return NameScope::Free;
    }
    if (global.count(name)) return NameScope::GlobalImplicit;
    if (b->nested) b->has_free = true;
    return NameScope::GlobalImplicit;
  }

  [[noreturn]] void error_at(Block* b, const std::string& name, std::string msg) {
    auto it = directives_.find({b, name});
    Where w = it != directives_.end() ? it->second : Where{b->lineno, b->col_offset, b->lineno, b->col_offset};
    fail(std::move(msg), w);
  }

  const std::map<std::pair<Block*, std::string>, Where>& directives_;
};

}  // namespace

std::unique_ptr<SymbolTable> SymbolTable::build(const ast::Mod& tree, std::string_view filename,
                                                uint32_t future_flags, parse::SyntaxErrorInfo& error) {
  auto table = std::make_unique<SymbolTable>();
  try {
    SymbolTableBuilder builder(*table, future_flags);
    builder.run(tree);
    NameSet free, global;
    Analyzer(builder.directives_).analyze_block(table->top_, nullptr, free, global);
  } catch (const ScopeError& e) {
    error = parse::SyntaxErrorInfo{};
    error.type = e.type;
    error.msg = e.msg;
    error.filename = std::string(filename);
    error.lineno = e.lineno;
    error.offset = e.col + 1;
    error.end_lineno = e.end_lineno;
    error.end_offset = e.end_col + 1;
    return nullptr;
  }
  return table;
}

}  // namespace klass::compile
