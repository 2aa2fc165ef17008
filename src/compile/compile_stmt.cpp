// Statements: dispatch, control flow, imports, raise/assert, return/break/continue.
#include "compile/compiler_impl.h"

namespace klass::compile {

const ast::Constant* Compiler::docstring_of(const ast::Seq<ast::Stmt*>& body) {
  if (body.empty() || !body[0]->is<ast::ExprStmt>()) return nullptr;
  const ast::Expr* v = body[0]->as<ast::ExprStmt>()->value;
  if (!v->is<ast::Constant>() || v->as<ast::Constant>()->value.kind != ast::ConstantValue::Kind::Str) return nullptr;
  return v->as<ast::Constant>();
}

// Does the body annotate a name at this level (so __annotations__ must exist)?
bool Compiler::find_annotations(const ast::Seq<ast::Stmt*>& body) {
  for (const ast::Stmt* s : body) {
    using K = ast::StmtKind;
    switch (s->kind) {
      case K::AnnAssign: return true;
      case K::For:
      case K::AsyncFor: {
        auto* f = static_cast<const ast::For*>(s);
        if (find_annotations(f->body) || find_annotations(f->orelse)) return true;
        break;
      }
      case K::While:
        if (find_annotations(s->as<ast::While>()->body) || find_annotations(s->as<ast::While>()->orelse)) return true;
        break;
      case K::If:
        if (find_annotations(s->as<ast::If>()->body) || find_annotations(s->as<ast::If>()->orelse)) return true;
        break;
      case K::With:
      case K::AsyncWith:
        if (find_annotations(static_cast<const ast::With*>(s)->body)) return true;
        break;
      case K::Try:
      case K::TryStar: {
        auto* t = static_cast<const ast::Try*>(s);
        if (find_annotations(t->body) || find_annotations(t->orelse) || find_annotations(t->finalbody)) return true;
        for (const ast::ExceptHandler* h : t->handlers)
          if (find_annotations(h->body)) return true;
        break;
      }
      case K::Match:
        for (const ast::MatchCase* c : s->as<ast::Match>()->cases)
          if (find_annotations(c->body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

void Compiler::body_with_docstring(const ast::Seq<ast::Stmt*>& body) {
  uint32_t start = 0;
  if (const ast::Constant* doc = docstring_of(body)) {
    set_loc(*body[0]);
    load_const(to_const(doc->value));
    name_op("__doc__", ast::ExprContext::Store, *body[0]);
    start = 1;
  }
  for (uint32_t i = start; i < body.size(); ++i) stmt(body[i]);
}

void Compiler::stmts(const ast::Seq<ast::Stmt*>& body) {
  for (const ast::Stmt* s : body) stmt(s);
}

void Compiler::stmt(const ast::Stmt* s) {
  DepthScope depth(*this, *s);
  set_loc(*s);
  using K = ast::StmtKind;
  switch (s->kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef: function_def(static_cast<const ast::FunctionDef*>(s)); break;
    case K::ClassDef: class_def(s->as<ast::ClassDef>()); break;
    case K::Return: return_stmt(s->as<ast::Return>()); break;
    case K::Delete: delete_stmt(s->as<ast::Delete>()); break;
    case K::Assign: assign_stmt(s->as<ast::Assign>()); break;
    case K::AugAssign: aug_assign_stmt(s->as<ast::AugAssign>()); break;
    case K::AnnAssign: ann_assign_stmt(s->as<ast::AnnAssign>()); break;
    case K::For: for_stmt(s->as<ast::For>()); break;
    case K::AsyncFor: async_for_stmt(static_cast<const ast::For*>(s)); break;
    case K::While: while_stmt(s->as<ast::While>()); break;
    case K::If: if_stmt(s->as<ast::If>()); break;
    case K::With: with_stmt(s->as<ast::With>(), 0); break;
    case K::AsyncWith: async_with_stmt(static_cast<const ast::With*>(s), 0); break;
    case K::Match: match_stmt(s->as<ast::Match>()); break;
    case K::Raise: raise_stmt(s->as<ast::Raise>()); break;
    case K::Try: try_stmt(s->as<ast::Try>()); break;
    case K::TryStar: try_star(static_cast<const ast::Try*>(s)); break;
    case K::Assert: assert_stmt(s->as<ast::Assert>()); break;
    case K::Import: import_stmt(s->as<ast::Import>()); break;
    case K::ImportFrom: import_from_stmt(s->as<ast::ImportFrom>()); break;
    case K::Global:
    case K::Nonlocal: break;
    case K::Expr: expr_stmt(s->as<ast::ExprStmt>()); break;
    case K::Pass: b().emit(Op::NOP); break;
    case K::Break: break_stmt(s); break;
    case K::Continue: continue_stmt(s); break;
  }
}

void Compiler::expr_stmt(const ast::ExprStmt* s) {
  const ast::Expr* value = s->value;
  if (interactive() && units_.size() == 1) {
    expr(value);
    b().emit(Op::PRINT_EXPR);
    return;
  }
  if (value->is<ast::Constant>()) {
    b().emit(Op::NOP);  // a constant statement does nothing but keeps its line
    return;
  }
  expr(value);
  set_loc(*s);
  b().emit(Op::POP_TOP);
}

void Compiler::if_stmt(const ast::If* s) {
  Label end = b().new_label();
  Label next = s->orelse.empty() ? end : b().new_label();
  jump_if(s->test, next, false);
  stmts(s->body);
  if (!s->orelse.empty()) {
    b().emit_jump(Op::JUMP, end);
    b().bind(next);
    stmts(s->orelse);
  }
  b().bind(end);
}

void Compiler::while_stmt(const ast::While* s) {
  Label loop = b().new_label(), body = b().new_label(), anchor = b().new_label(), exit = b().new_label();
  b().bind(loop);
  push_fblock(*s, {FrameBlock::WhileLoop, loop, exit});
  jump_if(s->test, anchor, false);
  b().bind(body);
  stmts(s->body);
  // The test is repeated at the bottom so each iteration takes one jump.
  set_loc(*s);
  jump_if(s->test, body, true);
  pop_fblock();
  b().bind(anchor);
  stmts(s->orelse);
  b().bind(exit);
}

void Compiler::for_stmt(const ast::For* s) {
  Label start = b().new_label(), cleanup = b().new_label(), end = b().new_label();
  push_fblock(*s, {FrameBlock::ForLoop, start, end});
  expr(s->iter);
  set_loc(*s);
  b().emit(Op::GET_ITER);
  b().bind(start);
  b().emit_jump(Op::FOR_ITER, cleanup);
  store_target(s->target);
  stmts(s->body);
  set_loc(*s);
  b().emit_jump(Op::JUMP, start);
  b().bind(cleanup);
  pop_fblock();
  stmts(s->orelse);
  b().bind(end);
}

void Compiler::async_for_stmt(const ast::For* s) {
  Block* scope = unit().scope;
  if (!(scope->kind == BlockKind::Function && unit().kind == UnitKind::AsyncFunction) &&
      !(scope->comprehension && scope->coroutine))
    error(*s, "'async for' outside async function");
  error(*s, "'async for' is not supported yet", "SystemError");
}

void Compiler::break_stmt(const ast::Stmt* s) {
  FrameBlockInfo loop{};
  bool found = false;
  unwind_fblock_stack(*s, false, &loop, &found);
  if (!found) error(*s, "'break' outside loop");
  unwind_fblock(loop, false);
  set_loc(*s);
  b().emit_jump(Op::JUMP, loop.exit);
}

void Compiler::continue_stmt(const ast::Stmt* s) {
  FrameBlockInfo loop{};
  bool found = false;
  unwind_fblock_stack(*s, false, &loop, &found);
  if (!found) error(*s, "'continue' not properly in loop");
  set_loc(*s);
  b().emit_jump(Op::JUMP, loop.block);
}

void Compiler::return_stmt(const ast::Return* s) {
  if (!is_function_unit()) error(*s, "'return' outside function");
  if (s->value && unit().scope->coroutine && unit().scope->generator)
    error(*s, "'return' with value in async generator");
  const bool preserve_tos = s->value && !s->value->is<ast::Constant>();
  if (preserve_tos) {
    expr(s->value);
  } else if (s->value) {
    set_loc(*s->value);
    b().emit(Op::NOP);
  }
  if (!s->value || s->value->lineno != s->lineno) {
    set_loc(*s);
    b().emit(Op::NOP);
  }
  unwind_fblock_stack(*s, preserve_tos, nullptr, nullptr);
  set_loc(*s);
  if (!s->value) load_none();
  else if (!preserve_tos) load_const(to_const(s->value->as<ast::Constant>()->value));
  b().emit(Op::RETURN_VALUE);
}

void Compiler::raise_stmt(const ast::Raise* s) {
  uint32_t n = 0;
  if (s->exc) {
    expr(s->exc);
    ++n;
    if (s->cause) {
      expr(s->cause);
      ++n;
    }
  }
  set_loc(*s);
  b().emit(Op::RAISE_VARARGS, n);
}

void Compiler::assert_stmt(const ast::Assert* s) {
  // `assert (x, "msg")` is always true: CPython only warns, so do we (silently).
  Label end = b().new_label();
  jump_if(s->test, end, true);
  set_loc(*s);
  b().emit(Op::LOAD_ASSERTION_ERROR);
  if (s->msg) {
    b().emit(Op::PUSH_NULL);
    expr(s->msg);
    set_loc(*s);
    b().emit(Op::CALL, 1);
  }
  b().emit(Op::RAISE_VARARGS, 1);
  b().bind(end);
}

void Compiler::import_stmt(const ast::Import* s) {
  for (const ast::Alias* a : s->names) {
    set_loc(*a);
    ConstValue zero;
    zero.kind = ConstValue::Kind::Int;
    load_const(zero);
    load_none();
    emit_name(Op::IMPORT_NAME, a->name);
    if (!a->asname.empty()) {
      // `import a.b.c as d` binds d to the submodule a.b.c.
      std::string_view name = a->name;
      size_t dot = name.find('.');
      if (dot != std::string_view::npos) {
        while (dot != std::string_view::npos) {
          size_t next = name.find('.', dot + 1);
          std::string_view part = name.substr(dot + 1, next == std::string_view::npos ? next : next - dot - 1);
          emit_name(Op::IMPORT_FROM, part);
          if (next != std::string_view::npos) {
            b().emit(Op::SWAP, 2);
            b().emit(Op::POP_TOP);
          }
          dot = next;
        }
        name_op(a->asname, ast::ExprContext::Store, *a);
        b().emit(Op::POP_TOP);
        continue;
      }
      name_op(a->asname, ast::ExprContext::Store, *a);
    } else {
      std::string_view name = a->name;
      name_op(name.substr(0, name.find('.')), ast::ExprContext::Store, *a);
    }
  }
}

void Compiler::import_from_stmt(const ast::ImportFrom* s) {
  if (s->module == "__future__" && s->level == 0 && s->lineno > last_future_line())
    error(*s, "from __future__ imports must occur at the beginning of the file");
  ConstValue level;
  level.kind = ConstValue::Kind::Int;
  level.i = s->level;
  load_const(level);
  ConstValue names;
  names.kind = ConstValue::Kind::Tuple;
  for (const ast::Alias* a : s->names) names.items.push_back(str_const(a->name));
  load_const(names);
  emit_name(Op::IMPORT_NAME, s->module);
  if (s->names.size() == 1 && s->names[0]->name == "*") {
    if (unit().kind != UnitKind::Module) error(*s, "import * only allowed at module level");
    b().emit(Op::IMPORT_STAR);
    return;
  }
  for (const ast::Alias* a : s->names) {
    set_loc(*a);
    emit_name(Op::IMPORT_FROM, a->name);
    name_op(a->asname.empty() ? a->name : a->asname, ast::ExprContext::Store, *a);
  }
  set_loc(*s);
  b().emit(Op::POP_TOP);
}

}  // namespace klass::compile
