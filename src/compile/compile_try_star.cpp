// try/except* (exception groups).
//
// The handlers run one after the other against what is left of the group:
//   [prev orig [] rest]  where `orig` is the raised group, the list collects
// what the handlers raise or re-raise, and `rest` shrinks as CHECK_EG_MATCH
// splits off each handler's part. PREP_RERAISE_STAR then combines the list
// with the original group into what must propagate (or None).
#include "compile/compiler_impl.h"

namespace klass::compile {

void Compiler::try_star(const ast::Try* s) {
  b().emit(Op::NOP);  // the `try:` line itself
  if (!s->finalbody.empty())
    try_finally(s);
  else
    try_star_except(s);
}

void Compiler::try_star_except(const ast::Try* s) {
  Label except = b().new_label(), orelse = b().new_label(), end = b().new_label(), cleanup = b().new_label(),
        reraise_star = b().new_label();
  set_loc(*s);
  b().setup(Region::Finally, except);
  push_fblock(*s, {FrameBlock::TryExcept});
  stmts(s->body);
  pop_fblock();
  b().pop_block();
  b().emit_jump(Op::JUMP, orelse);

  b().bind(except);
  b().setup(Region::Cleanup, cleanup);
  b().emit(Op::PUSH_EXC_INFO);
  push_fblock(*s, {FrameBlock::ExceptionGroupHandler});
  const uint32_t n = s->handlers.size();
  for (uint32_t i = 0; i < n; ++i) {
    const ast::ExceptHandler* h = s->handlers[i];
    set_loc(*h);
    Label handled = b().new_label(), except_with_error = b().new_label(), no_match = b().new_label();
    if (i == 0) {
      b().emit(Op::COPY, 1);        // [orig exc]
      b().emit(Op::BUILD_LIST, 0);  // [orig exc []]
      b().emit(Op::SWAP, 2);        // [orig [] exc]
    }
    if (h->type) {
      expr(h->type);
      set_loc(*h);
      b().emit(Op::CHECK_EG_MATCH);
      b().emit(Op::COPY, 1);
      b().emit_jump(Op::POP_JUMP_IF_NONE, no_match);
    }
    Label cleanup_end = b().new_label();
    if (!h->name.empty())
      name_op(h->name, ast::ExprContext::Store, *h);
    else
      b().emit(Op::POP_TOP);  // the match
    b().setup(Region::Cleanup, cleanup_end);
    push_fblock(*h, {FrameBlock::HandlerCleanup, 0, 0, h, !h->name.empty()});
    stmts(h->body);
    pop_fblock();
    b().pop_block();
    if (!h->name.empty()) {
      load_none();
      name_op(h->name, ast::ExprContext::Store, *h);
      name_op(h->name, ast::ExprContext::Del, *h);
    }
    b().emit_jump(Op::JUMP, handled);

    // The handler raised: keep its exception for the final group.
    b().bind(cleanup_end);
    if (!h->name.empty()) {
      load_none();
      name_op(h->name, ast::ExprContext::Store, *h);
      name_op(h->name, ast::ExprContext::Del, *h);
    }
    b().emit(Op::LIST_APPEND, 3);  // the exception
    b().emit(Op::POP_TOP);         // lasti
    b().emit_jump(Op::JUMP, except_with_error);

    b().bind(handled);
    b().emit(Op::NOP);
    b().emit_jump(Op::JUMP, except_with_error);

    b().bind(no_match);
    b().emit(Op::POP_TOP);  // the match (None)

    b().bind(except_with_error);
    if (i + 1 == n) {
      // What no handler matched joins the list too.
      b().emit(Op::LIST_APPEND, 1);
      b().emit_jump(Op::JUMP, reraise_star);
    }
  }
  pop_fblock();
  Label reraise = b().new_label();
  b().bind(reraise_star);
  b().emit(Op::PREP_RERAISE_STAR);
  b().emit(Op::COPY, 1);
  b().emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  b().emit(Op::POP_TOP);
  b().pop_block();
  b().emit(Op::POP_EXCEPT);
  b().emit_jump(Op::JUMP, end);
  b().bind(reraise);
  b().pop_block();
  b().emit(Op::SWAP, 2);
  b().emit(Op::POP_EXCEPT);
  b().emit(Op::RERAISE, 0);
  b().bind(cleanup);
  pop_except_and_reraise();
  b().bind(orelse);
  stmts(s->orelse);
  b().bind(end);
}

}  // namespace klass::compile
