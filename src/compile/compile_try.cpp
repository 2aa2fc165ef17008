// try/except/finally, with, and leaving them early (break/continue/return).
#include "compile/compiler_impl.h"

namespace klass::compile {

namespace {
constexpr size_t kMaxBlocks = 20;  // CPython's CO_MAXBLOCKS
}

void Compiler::push_fblock(const ast::Located& where, FrameBlockInfo info) {
  if (unit().fblocks.size() >= kMaxBlocks) error(where, "too many statically nested blocks");
  unit().fblocks.push_back(info);
}

void Compiler::pop_except_and_reraise() {
  b().emit(Op::COPY, 3);
  b().emit(Op::POP_EXCEPT);
  b().emit(Op::RERAISE, 1);
}

void Compiler::call_exit_with_nones() {
  // [exit] -> [exit(None, None, None)]: None sits in self_or_null's place and
  // becomes the first argument.
  load_none();
  load_none();
  load_none();
  b().emit(Op::CALL, 2);
}

// Undoes what one frame block keeps on the stack or in the exception state;
// with preserve_tos the value on top (a return value) is kept on top.
void Compiler::unwind_fblock(const FrameBlockInfo& info, bool preserve_tos) {
  switch (info.kind) {
    case FrameBlock::WhileLoop:
    case FrameBlock::ExceptionHandler:
    case FrameBlock::ExceptionGroupHandler:
    case FrameBlock::AsyncComprehensionGenerator:
      return;
    case FrameBlock::ForLoop:
      if (preserve_tos) b().emit(Op::SWAP, 2);
      b().emit(Op::POP_TOP);  // the iterator
      return;
    case FrameBlock::TryExcept:
      b().pop_block();
      return;
    case FrameBlock::FinallyTry: {
      b().pop_block();
      if (preserve_tos) push_fblock(ast::Located{}, {FrameBlock::PopValue});
      // The finally body runs with this try's block already gone.
      stmts(static_cast<const ast::Try*>(info.datum)->finalbody);
      if (preserve_tos) pop_fblock();
      return;
    }
    case FrameBlock::FinallyEnd:
      if (preserve_tos) b().emit(Op::SWAP, 2);
      b().emit(Op::POP_TOP);  // the exception
      if (preserve_tos) b().emit(Op::SWAP, 2);
      b().pop_block();
      b().emit(Op::POP_EXCEPT);
      return;
    case FrameBlock::With:
    case FrameBlock::AsyncWith: {
      SourceSpan saved = b().span();
      set_loc(*static_cast<const ast::Stmt*>(info.datum));
      b().pop_block();
      if (preserve_tos) b().emit(Op::SWAP, 2);
      call_exit_with_nones();
      if (info.kind == FrameBlock::AsyncWith) {
        b().emit(Op::GET_AWAITABLE, 2);
        load_none();
        yield_from_loop(true);
      }
      b().emit(Op::POP_TOP);
      b().set_span(saved);
      return;
    }
    case FrameBlock::HandlerCleanup: {
      if (info.has_name) b().pop_block();
      if (preserve_tos) b().emit(Op::SWAP, 2);
      b().pop_block();
      b().emit(Op::POP_EXCEPT);
      if (info.has_name) {
        auto* handler = static_cast<const ast::ExceptHandler*>(info.datum);
        load_none();
        name_op(handler->name, ast::ExprContext::Store, *handler);
        name_op(handler->name, ast::ExprContext::Del, *handler);
      }
      return;
    }
    case FrameBlock::PopValue:
      if (preserve_tos) b().emit(Op::SWAP, 2);
      b().emit(Op::POP_TOP);
      return;
  }
}

void Compiler::unwind_fblock_stack(const ast::Located& where, bool preserve_tos, FrameBlockInfo* loop, bool* found) {
  auto& blocks = unit().fblocks;
  if (blocks.empty()) return;
  FrameBlockInfo top = blocks.back();
  if (top.kind == FrameBlock::ExceptionGroupHandler)
    error(where, "'break', 'continue' and 'return' cannot appear in an except* block");
  if (loop && (top.kind == FrameBlock::WhileLoop || top.kind == FrameBlock::ForLoop)) {
    *loop = top;
    *found = true;
    return;
  }
  blocks.pop_back();
  unwind_fblock(top, preserve_tos);
  unwind_fblock_stack(where, preserve_tos, loop, found);
  unit().fblocks.push_back(top);
}

void Compiler::try_stmt(const ast::Try* s) {
  b().emit(Op::NOP);  // the `try:` line itself
  if (!s->finalbody.empty())
    try_finally(s);
  else
    try_except(s);
}

//   SETUP_FINALLY end; <body>; POP_BLOCK; <finalbody>; JUMP exit
//   end: SETUP_CLEANUP cleanup; PUSH_EXC_INFO; <finalbody>; RERAISE 0
//   cleanup: COPY 3; POP_EXCEPT; RERAISE 1
void Compiler::try_finally(const ast::Try* s) {
  Label end = b().new_label(), exit = b().new_label(), cleanup = b().new_label();
  b().setup(Region::Finally, end);
  push_fblock(*s, {FrameBlock::FinallyTry, 0, 0, s});
  if (!s->handlers.empty() && s->kind == ast::StmtKind::TryStar)
    try_star_except(s);
  else if (!s->handlers.empty())
    try_except(s);
  else
    stmts(s->body);
  b().pop_block();
  pop_fblock();
  stmts(s->finalbody);
  b().emit_jump(Op::JUMP, exit);

  b().bind(end);
  b().setup(Region::Cleanup, cleanup);
  b().emit(Op::PUSH_EXC_INFO);
  push_fblock(*s, {FrameBlock::FinallyEnd});
  stmts(s->finalbody);
  pop_fblock();
  b().emit(Op::RERAISE, 0);
  b().bind(cleanup);
  pop_except_and_reraise();
  b().bind(exit);
}

void Compiler::try_except(const ast::Try* s) {
  Label except = b().new_label(), end = b().new_label(), cleanup = b().new_label();
  set_loc(*s);
  b().setup(Region::Finally, except);
  push_fblock(*s, {FrameBlock::TryExcept});
  stmts(s->body);
  pop_fblock();
  b().pop_block();
  stmts(s->orelse);
  b().emit_jump(Op::JUMP, end);

  b().bind(except);
  b().setup(Region::Cleanup, cleanup);
  b().emit(Op::PUSH_EXC_INFO);
  push_fblock(*s, {FrameBlock::ExceptionHandler});
  const uint32_t n = s->handlers.size();
  for (uint32_t i = 0; i < n; ++i) {
    const ast::ExceptHandler* h = s->handlers[i];
    set_loc(*h);
    if (!h->type && i + 1 < n) error(*h, "default 'except:' must be last");
    Label next = b().new_label();
    if (h->type) {
      expr(h->type);
      set_loc(*h);
      b().emit(Op::CHECK_EXC_MATCH);
      b().emit_jump(Op::POP_JUMP_IF_FALSE, next);
    }
    if (!h->name.empty()) {
      Label cleanup_end = b().new_label();
      name_op(h->name, ast::ExprContext::Store, *h);
      // try: <handler body> finally: name = None; del name
      b().setup(Region::Cleanup, cleanup_end);
      push_fblock(*h, {FrameBlock::HandlerCleanup, 0, 0, h, true});
      stmts(h->body);
      pop_fblock();
      b().pop_block();
      b().pop_block();
      b().emit(Op::POP_EXCEPT);
      load_none();
      name_op(h->name, ast::ExprContext::Store, *h);
      name_op(h->name, ast::ExprContext::Del, *h);
      b().emit_jump(Op::JUMP, end);

      b().bind(cleanup_end);
      load_none();
      name_op(h->name, ast::ExprContext::Store, *h);
      name_op(h->name, ast::ExprContext::Del, *h);
      b().emit(Op::RERAISE, 1);
    } else {
      b().emit(Op::POP_TOP);  // the exception
      push_fblock(*h, {FrameBlock::HandlerCleanup, 0, 0, h, false});
      stmts(h->body);
      pop_fblock();
      b().pop_block();
      b().emit(Op::POP_EXCEPT);
      b().emit_jump(Op::JUMP, end);
    }
    b().bind(next);
  }
  pop_fblock();
  b().emit(Op::RERAISE, 0);
  b().bind(cleanup);
  pop_except_and_reraise();
  b().bind(end);
}

//   <expr>; BEFORE_WITH; SETUP_WITH final; <store or POP_TOP>; <body>; POP_BLOCK
//   exit(None, None, None); POP_TOP; JUMP exit
//   final: SETUP_CLEANUP cleanup; PUSH_EXC_INFO; WITH_EXCEPT_START; <finish>
void Compiler::with_stmt(const ast::With* s, uint32_t index) {
  const ast::WithItem* item = s->items[index];
  Label final_ = b().new_label(), exit = b().new_label(), cleanup = b().new_label();
  expr(item->context_expr);
  set_loc(*s);
  b().emit(Op::BEFORE_WITH);
  b().setup(Region::With, final_);
  push_fblock(*s, {FrameBlock::With, 0, 0, s});
  if (item->optional_vars)
    store_target(item->optional_vars);
  else
    b().emit(Op::POP_TOP);  // the __enter__ result
  if (index + 1 == s->items.size())
    stmts(s->body);
  else
    with_stmt(s, index + 1);
  b().pop_block();
  pop_fblock();
  set_loc(*s);
  call_exit_with_nones();
  b().emit(Op::POP_TOP);
  b().emit_jump(Op::JUMP, exit);

  b().bind(final_);
  b().setup(Region::Cleanup, cleanup);
  b().emit(Op::PUSH_EXC_INFO);
  b().emit(Op::WITH_EXCEPT_START);
  with_except_finish(cleanup);
  b().bind(exit);
}

// [exit lasti prev exc result]: a true result swallows the exception.
void Compiler::with_except_finish(Label cleanup) {
  Label suppress = b().new_label();
  b().emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
  b().emit(Op::RERAISE, 2);
  b().bind(cleanup);
  pop_except_and_reraise();
  b().bind(suppress);
  b().emit(Op::POP_TOP);  // exc
  b().pop_block();
  b().emit(Op::POP_EXCEPT);
  b().emit(Op::POP_TOP);  // lasti
  b().emit(Op::POP_TOP);  // exit
}

void Compiler::async_with_stmt(const ast::With* s, uint32_t) {
  if (unit().kind != UnitKind::AsyncFunction) error(*s, "'async with' outside async function");
  error(*s, "'async with' is not supported yet", "SystemError");
}

}  // namespace klass::compile
