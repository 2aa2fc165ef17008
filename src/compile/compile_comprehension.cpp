// List/set/dict comprehensions and generator expressions. Each is its own
// function taking the outermost iterator as its argument `.0`; the outermost
// iterable is evaluated in the enclosing scope.
#include "compile/compiler_impl.h"

namespace klass::compile {

namespace {

struct ComprehensionParts {
  const ast::Seq<ast::Comprehension*>* generators;
  const ast::Expr* elt;
  const ast::Expr* value;  // dict comprehensions only
  const char* name;
  Op build;   // BUILD_LIST/SET/MAP, or NOP for generator expressions
  Op append;  // LIST_APPEND/SET_ADD/MAP_ADD
};

ComprehensionParts parts_of(const ast::Expr* e) {
  switch (e->kind) {
    case ast::ExprKind::ListComp: {
      auto* c = static_cast<const ast::ListComp*>(e);
      return {&c->generators, c->elt, nullptr, "<listcomp>", Op::BUILD_LIST, Op::LIST_APPEND};
    }
    case ast::ExprKind::SetComp: {
      auto* c = static_cast<const ast::ListComp*>(e);
      return {&c->generators, c->elt, nullptr, "<setcomp>", Op::BUILD_SET, Op::SET_ADD};
    }
    case ast::ExprKind::DictComp: {
      auto* c = e->as<ast::DictComp>();
      return {&c->generators, c->key, c->value, "<dictcomp>", Op::BUILD_MAP, Op::MAP_ADD};
    }
    default: {
      auto* c = static_cast<const ast::ListComp*>(e);
      return {&c->generators, c->elt, nullptr, "<genexpr>", Op::NOP, Op::NOP};
    }
  }
}

}  // namespace

void Compiler::comprehension(const ast::Expr* e) {
  const ComprehensionParts parts = parts_of(e);
  const ast::Seq<ast::Comprehension*>& generators = *parts.generators;
  for (const ast::Comprehension* g : generators)
    if (g->is_async) error(*e, "asynchronous comprehensions are not supported yet", "SystemError");

  enter_unit(UnitKind::Comprehension, e, parts.name, e->lineno);
  set_loc(*e);
  unit().code->argcount = 1;
  if (unit().scope->coroutine && parts.build != Op::NOP)
    error(*e, "asynchronous comprehensions are not supported yet", "SystemError");
  if (parts.build != Op::NOP) b().emit(parts.build, 0);

  // One loop per `for` clause, innermost last; `depth` counts the iterators on the stack.
  struct Loop {
    Compiler& c;
    const ComprehensionParts& parts;
    const ast::Expr* node;
    void operator()(uint32_t index, uint32_t depth) {
      const ast::Comprehension* gen = (*parts.generators)[index];
      CodeBuilder& b = c.b();
      Label start = b.new_label(), if_cleanup = b.new_label(), anchor = b.new_label();
      bool loops = true;
      if (index == 0) {
        b.emit(Op::LOAD_FAST, 0);  // .0
      } else {
        // `for y in [expr]` just binds y, without an iterator.
        const ast::Expr* it = gen->iter;
        if ((it->is<ast::List>() || it->is<ast::Tuple>()) && static_cast<const ast::List*>(it)->elts.size() == 1 &&
            !static_cast<const ast::List*>(it)->elts[0]->is<ast::Starred>()) {
          c.expr(static_cast<const ast::List*>(it)->elts[0]);
          loops = false;
        } else {
          c.expr(it);
          c.set_loc(*node);
          b.emit(Op::GET_ITER);
        }
      }
      if (loops) {
        ++depth;
        b.bind(start);
        b.emit_jump(Op::FOR_ITER, anchor);
      }
      c.store_target(gen->target);
      for (const ast::Expr* cond : gen->ifs) c.jump_if(cond, if_cleanup, false);
      if (index + 1 < parts.generators->size()) {
        (*this)(index + 1, depth);
      } else if (parts.build == Op::NOP) {
        c.expr(parts.elt);
        c.set_loc(*node);
        b.emit(Op::YIELD_VALUE);
        b.emit(Op::POP_TOP);
      } else {
        c.expr(parts.elt);
        if (parts.value) c.expr(parts.value);
        c.set_loc(*node);
        b.emit(parts.append, depth + 1);
      }
      b.bind(if_cleanup);
      if (loops) {
        c.set_loc(*node);
        b.emit_jump(Op::JUMP, start);
        b.bind(anchor);
      }
    }
  };
  Loop{*this, parts, e}(0, 0);
  if (parts.build != Op::NOP) {
    set_loc(*e);
    b().emit(Op::RETURN_VALUE);
  }
  std::shared_ptr<CodeUnit> code = leave_unit();

  set_loc(*e);
  make_closure(code, 0, *e);
  expr(generators[0]->iter);
  set_loc(*e);
  b().emit(Op::GET_ITER);
  // [function iterator]: the iterator sits in self_or_null's place and becomes `.0`.
  b().emit(Op::CALL, 0);
}

}  // namespace klass::compile
