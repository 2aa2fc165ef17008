// Assignment of every kind, augmented and annotated assignment, del.
#include "compile/compiler_impl.h"

namespace klass::compile {

namespace {

const ast::Seq<ast::Expr*>* display_elts(const ast::Expr* e) {
  if (e->is<ast::Tuple>() || e->is<ast::List>()) return &static_cast<const ast::List*>(e)->elts;
  return nullptr;
}

}  // namespace

void Compiler::assign_stmt(const ast::Assign* s) {
  // `a, b = b, a` swaps on the stack instead of building a tuple (as CPython's optimiser does).
  if (s->targets.size() == 1) {
    const auto* target_elts = display_elts(s->targets[0]);
    const auto* value_elts = s->value->is<ast::Tuple>() ? display_elts(s->value) : nullptr;
    ConstValue folded;
    if (target_elts && value_elts && target_elts->size() == value_elts->size() && value_elts->size() >= 1 &&
        value_elts->size() <= 3 && !has_starred(*target_elts) && !has_starred(*value_elts) &&
        !constant_fold(s->value, folded)) {
      for (const ast::Expr* v : *value_elts) expr(v);
      set_loc(*s->targets[0]);
      const uint32_t n = value_elts->size();
      if (n > 1) b().emit(Op::SWAP, n);
      for (uint32_t i = 0; i < n; ++i) store_target((*target_elts)[i]);
      return;
    }
  }
  expr(s->value);
  const uint32_t n = s->targets.size();
  for (uint32_t i = 0; i < n; ++i) {
    if (i + 1 < n) {
      set_loc(*s);
      b().emit(Op::COPY, 1);
    }
    store_target(s->targets[i]);
  }
}

void Compiler::check_forbidden_target(const ast::Expr* e) {
  if (e->is<ast::Name>() && e->as<ast::Name>()->id == "__debug__") error(*e, "cannot assign to __debug__");
}

// [value] -> []: stores into a target expression.
void Compiler::store_target(const ast::Expr* target) {
  DepthScope depth(*this, *target);
  set_loc(*target);
  using K = ast::ExprKind;
  switch (target->kind) {
    case K::Name:
      name_op(target->as<ast::Name>()->id, ast::ExprContext::Store, *target);
      return;
    case K::Attribute: {
      auto* a = target->as<ast::Attribute>();
      expr(a->value);
      set_loc(*target);
      emit_name(Op::STORE_ATTR, mangled(a->attr));
      return;
    }
    case K::Subscript: {
      auto* s = target->as<ast::Subscript>();
      expr(s->value);
      if (s->slice->is<ast::Slice>())
        slice(s->slice->as<ast::Slice>());
      else
        expr(s->slice);
      set_loc(*target);
      b().emit(Op::STORE_SUBSCR);
      return;
    }
    case K::Starred:
      error(*target, "starred assignment target must be in a list or tuple");
    case K::Tuple:
    case K::List: {
      const auto& elts = static_cast<const ast::List*>(target)->elts;
      unpack_helper(elts, target);
      for (const ast::Expr* e : elts) store_target(e->is<ast::Starred>() ? e->as<ast::Starred>()->value : e);
      return;
    }
    default:
      error(*target, "cannot assign to expression");
  }
}

void Compiler::unpack_helper(const ast::Seq<ast::Expr*>& elts, const ast::Expr* where) {
  const uint32_t n = elts.size();
  bool seen_star = false;
  for (uint32_t i = 0; i < n; ++i) {
    if (!elts[i]->is<ast::Starred>()) continue;
    if (seen_star) error(*where, "multiple starred expressions in assignment");
    const uint32_t after = n - i - 1;
    if (i >= (1u << 8) || after >= (1u << 23)) error(*where, "too many expressions in star-unpacking assignment");
    set_loc(*where);
    b().emit(Op::UNPACK_EX, i | (after << 8));
    seen_star = true;
  }
  if (!seen_star) {
    set_loc(*where);
    b().emit(Op::UNPACK_SEQUENCE, n);
  }
}

void Compiler::aug_assign_stmt(const ast::AugAssign* s) {
  const ast::Expr* target = s->target;
  check_forbidden_target(target);
  set_loc(*target);
  if (target->is<ast::Attribute>()) {
    auto* a = target->as<ast::Attribute>();
    expr(a->value);
    set_loc(*target);
    b().emit(Op::COPY, 1);
    emit_name(Op::LOAD_ATTR, mangled(a->attr));
  } else if (target->is<ast::Subscript>()) {
    auto* sub = target->as<ast::Subscript>();
    expr(sub->value);
    if (sub->slice->is<ast::Slice>())
      slice(sub->slice->as<ast::Slice>());
    else
      expr(sub->slice);
    set_loc(*target);
    b().emit(Op::COPY, 2);
    b().emit(Op::COPY, 2);
    b().emit(Op::BINARY_SUBSCR);
  } else if (target->is<ast::Name>()) {
    name_op(target->as<ast::Name>()->id, ast::ExprContext::Load, *target);
  } else {
    error(*target, "illegal expression for augmented assignment");
  }
  expr(s->value);
  set_loc(*s);
  b().emit(Op::BINARY_OP, binary_op_arg(s->op, true));
  set_loc(*target);
  if (target->is<ast::Attribute>()) {
    b().emit(Op::SWAP, 2);
    emit_name(Op::STORE_ATTR, mangled(target->as<ast::Attribute>()->attr));
  } else if (target->is<ast::Subscript>()) {
    b().emit(Op::SWAP, 3);
    b().emit(Op::SWAP, 2);
    b().emit(Op::STORE_SUBSCR);
  } else {
    name_op(target->as<ast::Name>()->id, ast::ExprContext::Store, *target);
  }
}

// Evaluates an expression only for its side effects (annotation targets such as `a.b: int`).
void Compiler::check_ann_expr(const ast::Expr* e) {
  expr(e);
  b().emit(Op::POP_TOP);
}

void Compiler::ann_assign_stmt(const ast::AnnAssign* s) {
  const ast::Expr* target = s->target;
  if (s->value) {
    expr(s->value);
    store_target(target);
  }
  const bool module_or_class = unit().kind == UnitKind::Module || unit().kind == UnitKind::Class;
  switch (target->kind) {
    case ast::ExprKind::Name:
      check_forbidden_target(target);
      if (s->simple && module_or_class) {
        annotation_value(s->annotation);
        set_loc(*s);
        emit_name(Op::LOAD_NAME, "__annotations__");
        load_const(str_const(mangled(target->as<ast::Name>()->id)));
        b().emit(Op::STORE_SUBSCR);
      }
      break;
    case ast::ExprKind::Attribute:
      if (!s->value) check_ann_expr(target->as<ast::Attribute>()->value);
      break;
    case ast::ExprKind::Subscript:
      if (!s->value) {
        auto* sub = target->as<ast::Subscript>();
        check_ann_expr(sub->value);
        if (sub->slice->is<ast::Slice>()) {
          auto* sl = sub->slice->as<ast::Slice>();
          if (sl->lower) check_ann_expr(sl->lower);
          if (sl->upper) check_ann_expr(sl->upper);
          if (sl->step) check_ann_expr(sl->step);
        } else {
          check_ann_expr(sub->slice);
        }
      }
      break;
    default:
      error(*target, "invalid node type for annotated assignment");
  }
  // A complex target's annotation is evaluated (and dropped) in modules and classes.
  if (!s->simple && module_or_class && !(future_flags() & CO_FUTURE_ANNOTATIONS)) check_ann_expr(s->annotation);
}

void Compiler::delete_stmt(const ast::Delete* s) {
  for (const ast::Expr* target : s->targets) {
    struct Deleter {
      Compiler& c;
      void operator()(const ast::Expr* t) {
        c.set_loc(*t);
        switch (t->kind) {
          case ast::ExprKind::Name:
            c.name_op(t->as<ast::Name>()->id, ast::ExprContext::Del, *t);
            return;
          case ast::ExprKind::Attribute:
            c.expr(t->as<ast::Attribute>()->value);
            c.set_loc(*t);
            c.emit_name(Op::DELETE_ATTR, c.mangled(t->as<ast::Attribute>()->attr));
            return;
          case ast::ExprKind::Subscript: {
            auto* sub = t->as<ast::Subscript>();
            c.expr(sub->value);
            if (sub->slice->is<ast::Slice>())
              c.slice(sub->slice->as<ast::Slice>());
            else
              c.expr(sub->slice);
            c.set_loc(*t);
            c.b().emit(Op::DELETE_SUBSCR);
            return;
          }
          case ast::ExprKind::Tuple:
          case ast::ExprKind::List:
            for (const ast::Expr* e : static_cast<const ast::List*>(t)->elts) (*this)(e);
            return;
          default:
            c.error(*t, "cannot delete expression");
        }
      }
    };
    Deleter{*this}(target);
  }
}

}  // namespace klass::compile
