// def, lambda and class: nested code units, defaults, annotations, closures, decorators.
#include "compile/compiler_impl.h"

namespace klass::compile {

namespace {

void check_debug_args(Compiler& c, const ast::Arguments* args) {
  auto check = [&](const ast::Arg* a) {
    if (a && a->arg == "__debug__") c.error(*a, "cannot assign to __debug__");
  };
  for (const ast::Arg* a : args->posonlyargs) check(a);
  for (const ast::Arg* a : args->args) check(a);
  check(args->vararg);
  for (const ast::Arg* a : args->kwonlyargs) check(a);
  check(args->kwarg);
}

}  // namespace

void Compiler::decorators(const ast::Seq<ast::Expr*>& list) {
  for (const ast::Expr* d : list) expr(d);
}

// [decorator.. function] -> [decorated]: each CALL 0 finds the function in
// self_or_null's place, so it becomes the decorator's only argument.
void Compiler::apply_decorators(const ast::Seq<ast::Expr*>& list) {
  for (uint32_t i = list.size(); i-- > 0;) {
    set_loc(*list[i]);
    b().emit(Op::CALL, 0);
  }
}

uint32_t Compiler::default_args(const ast::Arguments* args, const ast::Located& where) {
  uint32_t flags = 0;
  if (!args->defaults.empty()) {
    ConstValue folded;
    folded.kind = ConstValue::Kind::Tuple;
    bool all_const = true;
    for (const ast::Expr* d : args->defaults) {
      ConstValue v;
      if (!constant_fold(d, v)) {
        all_const = false;
        break;
      }
      folded.items.push_back(std::move(v));
    }
    if (all_const) {
      set_loc(where);
      load_const(folded);
    } else {
      for (const ast::Expr* d : args->defaults) expr(d);
      set_loc(where);
      b().emit(Op::BUILD_TUPLE, args->defaults.size());
    }
    flags |= 1;
  }
  uint32_t kw = 0;
  for (uint32_t i = 0; i < args->kwonlyargs.size(); ++i) {
    const ast::Expr* d = i < args->kw_defaults.size() ? args->kw_defaults[i] : nullptr;
    if (!d) continue;
    load_const(str_const(mangled(args->kwonlyargs[i]->arg)));
    expr(d);
    ++kw;
  }
  if (kw) {
    set_loc(where);
    b().emit(Op::BUILD_MAP, kw);
    flags |= 2;
  }
  return flags;
}

void Compiler::annotation_value(const ast::Expr* e) {
  if (future_flags() & CO_FUTURE_ANNOTATIONS)
    error(*e, "'from __future__ import annotations' is not supported yet", "SystemError");
  expr(e);
}

// Pushes the flattened (name, value) annotation pairs as one tuple.
bool Compiler::annotations(const ast::Arguments* args, const ast::Expr* returns, const ast::Located& where) {
  uint32_t count = 0;
  auto one = [&](std::string_view name, const ast::Expr* annotation) {
    if (!annotation) return;
    load_const(str_const(mangled(name)));
    if (annotation->is<ast::Starred>()) {
      // def f(*args: *Ts): the annotation is the single item of the unpacking.
      annotation_value(annotation->as<ast::Starred>()->value);
      b().emit(Op::UNPACK_SEQUENCE, 1);
    } else {
      annotation_value(annotation);
    }
    count += 2;
  };
  for (const ast::Arg* a : args->args) one(a->arg, a->annotation);
  for (const ast::Arg* a : args->posonlyargs) one(a->arg, a->annotation);
  if (args->vararg) one(args->vararg->arg, args->vararg->annotation);
  for (const ast::Arg* a : args->kwonlyargs) one(a->arg, a->annotation);
  if (args->kwarg) one(args->kwarg->arg, args->kwarg->annotation);
  one("return", returns);
  if (!count) return false;
  set_loc(where);
  b().emit(Op::BUILD_TUPLE, count);
  return true;
}

void Compiler::set_arg_counts(const ast::Arguments* args) {
  CodeUnit& code = *unit().code;
  code.posonlyargcount = static_cast<int>(args->posonlyargs.size());
  code.argcount = static_cast<int>(args->posonlyargs.size() + args->args.size());
  code.kwonlyargcount = static_cast<int>(args->kwonlyargs.size());
}

// [flags' values] -> [function], passing the cells the nested code captures.
void Compiler::make_closure(const std::shared_ptr<CodeUnit>& code, uint32_t flags, const ast::Located& where) {
  uint32_t nfree = 0;
  for (size_t i = 0; i < code->localsplus_names.size(); ++i) {
    if (!(code->localsplus_kinds[i] & LOCAL_FREE)) continue;
    b().emit(Op::LOAD_CLOSURE, cell_of(code->localsplus_names[i]));
    ++nfree;
  }
  if (nfree) {
    flags |= 8;
    b().emit(Op::BUILD_TUPLE, nfree);
  }
  ConstValue c;
  c.kind = ConstValue::Kind::Code;
  c.code = code;
  set_loc(where);
  load_const(c);
  b().emit(Op::MAKE_FUNCTION, flags);
}

void Compiler::function_def(const ast::FunctionDef* s) {
  const bool is_async = s->kind == ast::StmtKind::AsyncFunctionDef;
  check_debug_args(*this, s->args);
  if (s->name == "__debug__") error(*s, "cannot assign to __debug__");
  const int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
  decorators(s->decorator_list);
  set_loc(*s);
  uint32_t flags = default_args(s->args, *s);
  if (annotations(s->args, s->returns, *s)) flags |= 4;

  enter_unit(is_async ? UnitKind::AsyncFunction : UnitKind::Function, s, std::string(s->name), firstlineno);
  const ast::Constant* doc = docstring_of(s->body);
  add_const(doc ? to_const(doc->value) : ConstValue{});
  set_arg_counts(s->args);
  for (uint32_t i = doc ? 1 : 0; i < s->body.size(); ++i) stmt(s->body[i]);
  // Async generators need ASYNC_GEN_WRAP-like support in the VM: not yet.
  if (is_async && unit().scope->generator) error(*s, "asynchronous generators are not supported yet", "SystemError");
  std::shared_ptr<CodeUnit> code = leave_unit();

  set_loc(*s);
  make_closure(code, flags, *s);
  apply_decorators(s->decorator_list);
  set_loc(*s);
  name_op(s->name, ast::ExprContext::Store, *s);
}

void Compiler::lambda(const ast::Lambda* e) {
  check_debug_args(*this, e->args);
  uint32_t flags = default_args(e->args, *e);
  enter_unit(UnitKind::Lambda, e, "<lambda>", e->lineno);
  add_const(ConstValue{});  // a lambda has no docstring
  set_arg_counts(e->args);
  expr(e->body);
  set_loc(*e->body);
  b().emit(Op::RETURN_VALUE);
  std::shared_ptr<CodeUnit> code = leave_unit();
  set_loc(*e);
  make_closure(code, flags, *e);
}

//   LOAD_BUILD_CLASS; PUSH_NULL; <function of the body>; 'Name'; bases..; keywords..; CALL
void Compiler::class_def(const ast::ClassDef* s) {
  if (s->name == "__debug__") error(*s, "cannot assign to __debug__");
  const int firstlineno = s->decorator_list.empty() ? s->lineno : s->decorator_list[0]->lineno;
  decorators(s->decorator_list);

  enter_unit(UnitKind::Class, s, std::string(s->name), firstlineno);
  set_loc(*s);
  name_op("__name__", ast::ExprContext::Load, *s);
  name_op("__module__", ast::ExprContext::Store, *s);
  load_const(str_const(unit().code->qualname));
  name_op("__qualname__", ast::ExprContext::Store, *s);
  if (find_annotations(s->body)) b().emit(Op::SETUP_ANNOTATIONS);
  body_with_docstring(s->body);
  SourceSpan end = b().span();
  end.col = end.end_col = -1;
  b().set_span(end);
  if (unit().scope->needs_class_closure) {
    // The class cell goes into the namespace so type.__new__ can fill it.
    b().emit(Op::LOAD_CLOSURE, cell_of("__class__"));
    b().emit(Op::COPY, 1);
    name_op("__classcell__", ast::ExprContext::Store, *s);
  } else {
    load_none();
  }
  b().emit(Op::RETURN_VALUE);
  std::shared_ptr<CodeUnit> code = leave_unit();

  set_loc(*s);
  b().emit(Op::LOAD_BUILD_CLASS);
  b().emit(Op::PUSH_NULL);
  make_closure(code, 0, *s);
  load_const(str_const(s->name));
  call_helper(2, s->bases, s->keywords, *s);
  apply_decorators(s->decorator_list);
  set_loc(*s);
  name_op(s->name, ast::ExprContext::Store, *s);
}

}  // namespace klass::compile
