// Expressions: operators, conditions, displays, calls, attributes, subscripts,
// f-strings, yield/await.
#include "compile/compiler_impl.h"

namespace klass::compile {

namespace {

// Above this many values on the stack, displays and calls are built piecewise.
constexpr uint32_t kStackUseGuideline = 30;

bool const_truth(const ConstValue& c) {
  using K = ConstValue::Kind;
  switch (c.kind) {
    case K::None:
    case K::False: return false;
    case K::True:
    case K::Ellipsis:
    case K::Code: return true;
    case K::Int: return c.int_fits ? c.i != 0 : true;
    case K::Float:
    case K::Imag: return c.f != 0.0;
    case K::Str:
    case K::Bytes: return !c.s.empty();
    case K::Tuple:
    case K::FrozenSet: return !c.items.empty();
  }
  return true;
}

bool is_const_none(const ast::Expr* e) {
  return e->is<ast::Constant>() && e->as<ast::Constant>()->value.kind == ast::ConstantValue::Kind::None;
}

}  // namespace

bool Compiler::has_starred(const ast::Seq<ast::Expr*>& elts) {
  for (const ast::Expr* e : elts)
    if (e->is<ast::Starred>()) return true;
  return false;
}

uint32_t Compiler::binary_op_arg(ast::BinOperator op, bool inplace) {
  BinaryOp r = BinaryOp::Add;
  using B = ast::BinOperator;
  switch (op) {
    case B::Add: r = BinaryOp::Add; break;
    case B::Sub: r = BinaryOp::Subtract; break;
    case B::Mult: r = BinaryOp::Multiply; break;
    case B::MatMult: r = BinaryOp::MatMul; break;
    case B::Div: r = BinaryOp::TrueDivide; break;
    case B::Mod: r = BinaryOp::Remainder; break;
    case B::Pow: r = BinaryOp::Power; break;
    case B::LShift: r = BinaryOp::LShift; break;
    case B::RShift: r = BinaryOp::RShift; break;
    case B::BitOr: r = BinaryOp::Or; break;
    case B::BitXor: r = BinaryOp::Xor; break;
    case B::BitAnd: r = BinaryOp::And; break;
    case B::FloorDiv: r = BinaryOp::FloorDivide; break;
  }
  return static_cast<uint32_t>(r) + (inplace ? kInplaceOffset : 0);
}

// The constant value of an expression CPython folds at compile time: literals,
// negated numbers and tuples of those.
bool Compiler::constant_fold(const ast::Expr* e, ConstValue& out) {
  if (e->is<ast::Constant>()) {
    out = to_const(e->as<ast::Constant>()->value);
    return true;
  }
  if (e->is<ast::UnaryOp>() && e->as<ast::UnaryOp>()->op == ast::UnaryOperator::USub &&
      e->as<ast::UnaryOp>()->operand->is<ast::Constant>()) {
    ConstValue v = to_const(e->as<ast::UnaryOp>()->operand->as<ast::Constant>()->value);
    switch (v.kind) {
      case ConstValue::Kind::Int:
        if (v.int_fits) {
          v.i = -v.i;
        } else if (v.s != "0") {
          v.s = "-" + v.s;
        }
        out = v;
        return true;
      case ConstValue::Kind::Float:
        v.f = -v.f;
        out = v;
        return true;
      default:
        return false;  // -1j has a real part of -0.0, which a ConstValue cannot hold
    }
  }
  if (e->is<ast::Tuple>() && e->as<ast::Tuple>()->ctx == ast::ExprContext::Load) {
    ConstValue t;
    t.kind = ConstValue::Kind::Tuple;
    for (const ast::Expr* item : e->as<ast::Tuple>()->elts) {
      ConstValue v;
      if (!constant_fold(item, v)) return false;
      t.items.push_back(std::move(v));
    }
    out = std::move(t);
    return true;
  }
  return false;
}

void Compiler::expr(const ast::Expr* e) {
  DepthScope depth(*this, *e);
  SourceSpan saved = b().span();
  set_loc(*e);
  expr_inner(e);
  b().set_span(saved);
}

void Compiler::expr_inner(const ast::Expr* e) {
  ConstValue folded;
  if (constant_fold(e, folded)) {
    load_const(folded);
    return;
  }
  using K = ast::ExprKind;
  switch (e->kind) {
    case K::BoolOp: bool_op(e->as<ast::BoolOp>()); return;
    case K::NamedExpr: {
      auto* n = e->as<ast::NamedExpr>();
      expr(n->value);
      set_loc(*e);
      b().emit(Op::COPY, 1);
      check_forbidden_target(n->target);
      store_target(n->target);
      return;
    }
    case K::BinOp: {
      auto* bin = e->as<ast::BinOp>();
      expr(bin->left);
      expr(bin->right);
      set_loc(*e);
      b().emit(Op::BINARY_OP, binary_op_arg(bin->op, false));
      return;
    }
    case K::UnaryOp: {
      auto* u = e->as<ast::UnaryOp>();
      expr(u->operand);
      set_loc(*e);
      switch (u->op) {
        case ast::UnaryOperator::Invert: b().emit(Op::UNARY_INVERT); break;
        case ast::UnaryOperator::Not: b().emit(Op::UNARY_NOT); break;
        case ast::UnaryOperator::UAdd: b().emit(Op::UNARY_POSITIVE); break;
        case ast::UnaryOperator::USub: b().emit(Op::UNARY_NEGATIVE); break;
      }
      return;
    }
    case K::Lambda: lambda(e->as<ast::Lambda>()); return;
    case K::IfExp: {
      auto* i = e->as<ast::IfExp>();
      Label end = b().new_label(), next = b().new_label();
      jump_if(i->test, next, false);
      expr(i->body);
      b().emit_jump(Op::JUMP, end);
      b().bind(next);
      expr(i->orelse);
      b().bind(end);
      return;
    }
    case K::Dict: dict_display(e->as<ast::Dict>()); return;
    case K::Set: starunpack(e->as<ast::Set>()->elts, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false); return;
    case K::ListComp:
    case K::SetComp:
    case K::DictComp:
    case K::GeneratorExp: comprehension(e); return;
    case K::Await: await_expr(e->as<ast::Await>()); return;
    case K::Yield: {
      if (!is_function_unit()) error(*e, "'yield' outside function");
      auto* y = e->as<ast::Yield>();
      if (y->value)
        expr(y->value);
      else
        load_none();
      set_loc(*e);
      b().emit(Op::YIELD_VALUE);
      return;
    }
    case K::YieldFrom: {
      if (!is_function_unit()) error(*e, "'yield' outside function");
      if (unit().kind == UnitKind::AsyncFunction) error(*e, "'yield from' inside async function");
      expr(e->as<ast::YieldFrom>()->value);
      set_loc(*e);
      b().emit(Op::GET_YIELD_FROM_ITER);
      load_none();
      yield_from_loop(false);
      return;
    }
    case K::Compare: compare(e->as<ast::Compare>()); return;
    case K::Call: call(e->as<ast::Call>()); return;
    case K::FormattedValue: formatted_value(e->as<ast::FormattedValue>()); return;
    case K::JoinedStr: joined_str(e->as<ast::JoinedStr>()); return;
    case K::Constant: load_const(to_const(e->as<ast::Constant>()->value)); return;
    case K::Attribute: attribute(e->as<ast::Attribute>()); return;
    case K::Subscript: subscript(e->as<ast::Subscript>()); return;
    case K::Starred: error(*e, "can't use starred expression here");
    case K::Name: name_op(e->as<ast::Name>()->id, ast::ExprContext::Load, *e); return;
    case K::List:
      starunpack(e->as<ast::List>()->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false);
      return;
    case K::Tuple:
      starunpack(e->as<ast::Tuple>()->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
      return;
    case K::Slice: slice(e->as<ast::Slice>()); return;
  }
}

void Compiler::bool_op(const ast::BoolOp* e) {
  Label end = b().new_label();
  Op jump = e->op == ast::BoolOperator::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  const uint32_t n = e->values.size() - 1;
  for (uint32_t i = 0; i < n; ++i) {
    expr(e->values[i]);
    set_loc(*e);
    b().emit_jump(jump, end);
  }
  expr(e->values[n]);
  b().bind(end);
}

void Compiler::compare_op(ast::CmpOperator op) {
  using C = ast::CmpOperator;
  switch (op) {
    case C::Is: b().emit(Op::IS_OP, 0); return;
    case C::IsNot: b().emit(Op::IS_OP, 1); return;
    case C::In: b().emit(Op::CONTAINS_OP, 0); return;
    case C::NotIn: b().emit(Op::CONTAINS_OP, 1); return;
    case C::Eq: b().emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Eq)); return;
    case C::NotEq: b().emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ne)); return;
    case C::Lt: b().emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Lt)); return;
    case C::LtE: b().emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Le)); return;
    case C::Gt: b().emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Gt)); return;
    case C::GtE: b().emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Ge)); return;
  }
}

namespace {

// `x in [1, 2]` and `x in {1, 2}` test against a constant tuple / frozenset.
bool fold_membership(const ast::Expr* right, ast::CmpOperator op, ConstValue& out, Compiler& c) {
  if (op != ast::CmpOperator::In && op != ast::CmpOperator::NotIn) return false;
  const ast::Seq<ast::Expr*>* elts = nullptr;
  ConstValue::Kind kind = ConstValue::Kind::Tuple;
  if (right->is<ast::List>()) elts = &right->as<ast::List>()->elts;
  if (right->is<ast::Set>()) {
    elts = &right->as<ast::Set>()->elts;
    kind = ConstValue::Kind::FrozenSet;
  }
  if (!elts) return false;
  ConstValue result;
  result.kind = kind;
  for (const ast::Expr* e : *elts) {
    ConstValue v;
    if (!c.constant_fold(e, v)) return false;
    result.items.push_back(std::move(v));
  }
  out = std::move(result);
  return true;
}

}  // namespace

void Compiler::compare(const ast::Compare* e) {
  // Only the last comparator may be folded: a middle one is also the left
  // operand of the next comparison and must keep its type.
  const uint32_t last = e->ops.size() - 1;
  auto operand = [&](uint32_t i) {
    ConstValue folded;
    if (i == last && fold_membership(e->comparators[i], e->ops[i], folded, *this)) {
      set_loc(*e->comparators[i]);
      load_const(folded);
    } else {
      expr(e->comparators[i]);
    }
  };
  expr(e->left);
  const uint32_t n = e->ops.size() - 1;
  if (n == 0) {
    operand(0);
    set_loc(*e);
    compare_op(e->ops[0]);
    return;
  }
  Label cleanup = b().new_label(), end = b().new_label();
  for (uint32_t i = 0; i < n; ++i) {
    operand(i);
    set_loc(*e);
    b().emit(Op::SWAP, 2);
    b().emit(Op::COPY, 2);
    compare_op(e->ops[i]);
    b().emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  operand(n);
  set_loc(*e);
  compare_op(e->ops[n]);
  b().emit_jump(Op::JUMP, end);
  b().bind(cleanup);
  b().emit(Op::SWAP, 2);
  b().emit(Op::POP_TOP);
  b().bind(end);
}

// Jumps to `target` when the truth of `e` equals `cond`, else falls through.
void Compiler::jump_if(const ast::Expr* e, Label target, bool cond) {
  DepthScope depth(*this, *e);
  ConstValue folded;
  if (constant_fold(e, folded)) {
    if (const_truth(folded) == cond) {
      set_loc(*e);
      b().emit_jump(Op::JUMP, target);
    }
    return;
  }
  using K = ast::ExprKind;
  switch (e->kind) {
    case K::UnaryOp:
      if (e->as<ast::UnaryOp>()->op == ast::UnaryOperator::Not) {
        jump_if(e->as<ast::UnaryOp>()->operand, target, !cond);
        return;
      }
      break;
    case K::BoolOp: {
      auto* op = e->as<ast::BoolOp>();
      const bool cond2 = op->op == ast::BoolOperator::Or;
      Label next2 = cond2 != cond ? b().new_label() : target;
      const uint32_t n = op->values.size() - 1;
      for (uint32_t i = 0; i < n; ++i) jump_if(op->values[i], next2, cond2);
      jump_if(op->values[n], target, cond);
      if (next2 != target) b().bind(next2);
      return;
    }
    case K::IfExp: {
      auto* i = e->as<ast::IfExp>();
      Label end = b().new_label(), next2 = b().new_label();
      jump_if(i->test, next2, false);
      jump_if(i->body, target, cond);
      b().emit_jump(Op::JUMP, end);
      b().bind(next2);
      jump_if(i->orelse, target, cond);
      b().bind(end);
      return;
    }
    case K::Compare: {
      auto* c = e->as<ast::Compare>();
      const uint32_t n = c->ops.size() - 1;
      if (n == 0 && (c->ops[0] == ast::CmpOperator::Is || c->ops[0] == ast::CmpOperator::IsNot) &&
          is_const_none(c->comparators[0])) {
        expr(c->left);
        set_loc(*e);
        bool jump_on_none = (c->ops[0] == ast::CmpOperator::Is) == cond;
        b().emit_jump(jump_on_none ? Op::POP_JUMP_IF_NONE : Op::POP_JUMP_IF_NOT_NONE, target);
        return;
      }
      if (n > 0) {
        Label cleanup = b().new_label(), end = b().new_label();
        expr(c->left);
        for (uint32_t i = 0; i < n; ++i) {
          expr(c->comparators[i]);
          set_loc(*e);
          b().emit(Op::SWAP, 2);
          b().emit(Op::COPY, 2);
          compare_op(c->ops[i]);
          b().emit_jump(Op::POP_JUMP_IF_FALSE, cleanup);
        }
        expr(c->comparators[n]);
        set_loc(*e);
        compare_op(c->ops[n]);
        b().emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
        b().emit_jump(Op::JUMP, end);
        b().bind(cleanup);
        b().emit(Op::POP_TOP);
        if (!cond) b().emit_jump(Op::JUMP, target);
        b().bind(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  expr(e);
  set_loc(*e);
  b().emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
}

// Lists, tuples and sets, with `*iterable` items.
void Compiler::starunpack(const ast::Seq<ast::Expr*>& elts, int pushed, Op build, Op add, Op extend, bool tuple) {
  const uint32_t n = elts.size();
  const SourceSpan span = b().span();
  if (n > 2 && !tuple) {
    ConstValue folded;
    folded.kind = build == Op::BUILD_SET ? ConstValue::Kind::FrozenSet : ConstValue::Kind::Tuple;
    bool all_const = true;
    for (const ast::Expr* e : elts) {
      ConstValue v;
      if (e->is<ast::Starred>() || !constant_fold(e, v)) {
        all_const = false;
        break;
      }
      folded.items.push_back(std::move(v));
    }
    if (all_const) {
      b().emit(build, static_cast<uint32_t>(pushed));
      load_const(folded);
      b().emit(extend, 1);
      return;
    }
  }
  const bool big = n + static_cast<uint32_t>(pushed) > kStackUseGuideline;
  const bool starred = has_starred(elts);
  if (!starred && !big) {
    for (const ast::Expr* e : elts) expr(e);
    b().set_span(span);
    b().emit(tuple ? Op::BUILD_TUPLE : build, n + static_cast<uint32_t>(pushed));
    return;
  }
  bool built = false;
  if (big) {
    b().emit(build, static_cast<uint32_t>(pushed));
    built = true;
  }
  for (uint32_t i = 0; i < n; ++i) {
    const ast::Expr* e = elts[i];
    if (e->is<ast::Starred>()) {
      if (!built) {
        b().set_span(span);
        b().emit(build, i + static_cast<uint32_t>(pushed));
        built = true;
      }
      expr(e->as<ast::Starred>()->value);
      b().set_span(span);
      b().emit(extend, 1);
    } else {
      expr(e);
      b().set_span(span);
      if (built) b().emit(add, 1);
    }
  }
  if (tuple) b().emit(Op::LIST_TO_TUPLE);
}

void Compiler::dict_display(const ast::Dict* e) {
  const SourceSpan span = b().span();
  // Emits keys[begin:end] (all present) as one dict.
  auto subdict = [&](uint32_t begin, uint32_t end) {
    const uint32_t n = end - begin;
    const bool big = n * 2 > kStackUseGuideline;
    if (n > 1 && !big) {
      ConstValue keys;
      keys.kind = ConstValue::Kind::Tuple;
      bool all_const = true;
      for (uint32_t i = begin; i < end; ++i) {
        ConstValue k;
        if (!constant_fold(e->keys[i], k)) {
          all_const = false;
          break;
        }
        keys.items.push_back(std::move(k));
      }
      if (all_const) {
        for (uint32_t i = begin; i < end; ++i) expr(e->values[i]);
        b().set_span(span);
        load_const(keys);
        b().emit(Op::BUILD_CONST_KEY_MAP, n);
        return;
      }
    }
    if (big) b().emit(Op::BUILD_MAP, 0);
    for (uint32_t i = begin; i < end; ++i) {
      expr(e->keys[i]);
      expr(e->values[i]);
      b().set_span(span);
      if (big) b().emit(Op::MAP_ADD, 1);
    }
    if (!big) b().emit(Op::BUILD_MAP, n);
  };
  const uint32_t n = e->values.size();
  uint32_t elements = 0;
  bool have_dict = false;
  for (uint32_t i = 0; i < n; ++i) {
    if (!e->keys[i]) {
      if (elements) {
        subdict(i - elements, i);
        if (have_dict) b().emit(Op::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        b().emit(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      expr(e->values[i]);
      b().set_span(span);
      b().emit(Op::DICT_UPDATE, 1);
    } else if (elements * 2 > kStackUseGuideline) {
      subdict(i - elements, i + 1);
      if (have_dict) b().emit(Op::DICT_UPDATE, 1);
      have_dict = true;
      elements = 0;
    } else {
      ++elements;
    }
  }
  if (elements) {
    subdict(n - elements, n);
    if (have_dict) b().emit(Op::DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) b().emit(Op::BUILD_MAP, 0);
}

void Compiler::attribute(const ast::Attribute* e) {
  expr(e->value);
  set_loc(*e);
  emit_name(Op::LOAD_ATTR, mangled(e->attr));
}

void Compiler::subscript(const ast::Subscript* e) {
  expr(e->value);
  if (e->slice->is<ast::Slice>())
    slice(e->slice->as<ast::Slice>());
  else
    expr(e->slice);
  set_loc(*e);
  b().emit(Op::BINARY_SUBSCR);
}

void Compiler::slice(const ast::Slice* e) {
  uint32_t n = 2;
  if (e->lower) expr(e->lower); else load_none();
  if (e->upper) expr(e->upper); else load_none();
  if (e->step) {
    expr(e->step);
    n = 3;
  }
  set_loc(*e);
  b().emit(Op::BUILD_SLICE, n);
}

void Compiler::joined_str(const ast::JoinedStr* e) {
  const uint32_t n = e->values.size();
  if (n > kStackUseGuideline) {
    load_const(str_const(""));
    emit_name(Op::LOAD_METHOD, "join");
    b().emit(Op::BUILD_LIST, 0);
    for (const ast::Expr* v : e->values) {
      expr(v);
      b().emit(Op::LIST_APPEND, 1);
    }
    b().emit(Op::CALL, 1);
    return;
  }
  for (const ast::Expr* v : e->values) expr(v);
  set_loc(*e);
  if (n != 1) b().emit(Op::BUILD_STRING, n);
}

void Compiler::formatted_value(const ast::FormattedValue* e) {
  expr(e->value);
  uint32_t arg = 0;
  switch (e->conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: break;
  }
  if (e->format_spec) {
    expr(e->format_spec);
    arg |= 4;
  }
  set_loc(*e);
  b().emit(Op::FORMAT_VALUE, arg);
}

// ---------------------------------------------------------------------------
// Calls.

void Compiler::call(const ast::Call* e) {
  const ast::Expr* func = e->func;
  const uint32_t nargs = e->args.size(), nkw = e->keywords.size();
  bool method_call = func->is<ast::Attribute>() && func->as<ast::Attribute>()->ctx == ast::ExprContext::Load &&
                     nargs + nkw + (nkw != 0) < kStackUseGuideline && !has_starred(e->args);
  for (const ast::Keyword* k : e->keywords)
    if (k->arg.empty()) method_call = false;
  if (method_call) {
    auto* attr = func->as<ast::Attribute>();
    expr(attr->value);
    set_loc(*func);
    emit_name(Op::LOAD_METHOD, mangled(attr->attr));
    call_helper(0, e->args, e->keywords, *e);
    return;
  }
  expr(func);
  set_loc(*e);
  b().emit(Op::PUSH_NULL);
  call_helper(0, e->args, e->keywords, *e);
}

void Compiler::keywords_to_map(const ast::Seq<ast::Keyword*>& keywords, uint32_t begin, uint32_t end) {
  const uint32_t n = end - begin;
  const bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big) {
    ConstValue names;
    names.kind = ConstValue::Kind::Tuple;
    for (uint32_t i = begin; i < end; ++i) {
      expr(keywords[i]->value);
      names.items.push_back(str_const(keywords[i]->arg));
    }
    load_const(names);
    b().emit(Op::BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) b().emit(Op::BUILD_MAP, 0);
  for (uint32_t i = begin; i < end; ++i) {
    load_const(str_const(keywords[i]->arg));
    expr(keywords[i]->value);
    if (big) b().emit(Op::MAP_ADD, 1);
  }
  if (!big) b().emit(Op::BUILD_MAP, n);
}

// [callable self_or_null (already_pushed values)] -> [result]
void Compiler::call_helper(int already_pushed, const ast::Seq<ast::Expr*>& args,
                           const ast::Seq<ast::Keyword*>& keywords, const ast::Located& where) {
  const uint32_t nargs = args.size(), nkw = keywords.size();
  for (uint32_t i = 0; i < nkw; ++i) {
    if (keywords[i]->arg.empty()) continue;
    for (uint32_t j = i + 1; j < nkw; ++j)
      if (keywords[j]->arg == keywords[i]->arg)
        error(*keywords[j], "keyword argument repeated: " + std::string(keywords[i]->arg));
  }
  bool simple = nargs + nkw * 2 <= kStackUseGuideline && !has_starred(args);
  for (const ast::Keyword* k : keywords)
    if (k->arg.empty()) simple = false;
  if (simple) {
    for (const ast::Expr* a : args) expr(a);
    if (nkw) {
      ConstValue names;
      names.kind = ConstValue::Kind::Tuple;
      for (const ast::Keyword* k : keywords) {
        expr(k->value);
        names.items.push_back(str_const(k->arg));
      }
      set_loc(where);
      b().emit(Op::KW_NAMES, add_const(names));
    }
    set_loc(where);
    b().emit(Op::CALL, static_cast<uint32_t>(already_pushed) + nargs + nkw);
    return;
  }
  // f(*args, **kwargs): one tuple and one dict.
  if (already_pushed == 0 && nargs == 1 && args[0]->is<ast::Starred>())
    expr(args[0]->as<ast::Starred>()->value);
  else
    starunpack(args, already_pushed, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
  if (nkw) {
    bool have_dict = false;
    uint32_t seen = 0;
    for (uint32_t i = 0; i < nkw; ++i) {
      if (!keywords[i]->arg.empty()) {
        ++seen;
        continue;
      }
      if (seen) {
        keywords_to_map(keywords, i - seen, i);
        if (have_dict) b().emit(Op::DICT_MERGE, 1);
        have_dict = true;
        seen = 0;
      }
      if (!have_dict) {
        b().emit(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      expr(keywords[i]->value);
      b().emit(Op::DICT_MERGE, 1);
    }
    if (seen) {
      keywords_to_map(keywords, nkw - seen, nkw);
      if (have_dict) b().emit(Op::DICT_MERGE, 1);
    }
  }
  set_loc(where);
  b().emit(Op::CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

// ---------------------------------------------------------------------------
// yield from / await.

//   start: SEND exit; YIELD_VALUE (delegating); JUMP start; exit:
void Compiler::yield_from_loop(bool) {
  Label start = b().new_label(), exit = b().new_label();
  b().bind(start);
  b().emit_jump(Op::SEND, exit);
  b().emit(Op::YIELD_VALUE);
  b().set_last_flags(1);
  b().emit_jump(Op::JUMP, start);
  b().bind(exit);
}

void Compiler::await_expr(const ast::Await* e) {
  if (!is_function_unit()) error(*e, "'await' outside function");
  if (unit().kind != UnitKind::AsyncFunction && unit().kind != UnitKind::Comprehension)
    error(*e, "'await' outside async function");
  expr(e->value);
  set_loc(*e);
  b().emit(Op::GET_AWAITABLE, 0);
  load_none();
  yield_from_loop(true);
}

}  // namespace klass::compile
