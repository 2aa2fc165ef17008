// CodeBuilder: the instruction list of one code unit while it is being
// compiled, and the assembler that turns it into the final CodeUnit fields.
//
// The compiler emits instructions with symbolic jump targets (labels) and
// marks protected regions with pseudo-instructions, as CPython's compiler
// does: `setup(kind, handler)` starts a region whose exceptions go to
// `handler`, `pop_block()` ends the innermost one. Regions are followed along
// the control flow, not the text, so a `break` that leaves a `try` only has to
// pop the region on its own path.
//
// assemble() then walks the control-flow graph once to find every
// instruction's stack depth and protecting region, drops unreachable code,
// pseudo-instructions and redundant NOPs, resolves labels to absolute indices,
// builds the exception table, computes stacksize and numbers the inline caches.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "compile/code_unit.h"

namespace klass::compile {

using Label = uint32_t;

// Kinds of protected regions (CPython's SETUP_* pseudo-instructions). When an
// instruction of the region raises, the stack is cut back and:
//   Finally: the exception is pushed                  (try/except/finally bodies)
//   Cleanup: lasti and the exception are pushed       (handlers' own cleanup)
//   With:    like Cleanup, but the stack is cut one lower, dropping the
//            __enter__ result that sat above __exit__ at the setup.
enum class Region : uint8_t { Finally, Cleanup, With };

class CodeBuilder {
public:
  Label new_label();
  // Binds `label` to the next instruction emitted.
  void bind(Label label);

  void emit(Op op, uint32_t arg = 0);
  void emit_jump(Op op, Label target);
  // Sets flags on the last emitted instruction (e.g. YIELD_VALUE's 1).
  void set_last_flags(uint8_t flags);

  void setup(Region kind, Label handler);
  void pop_block();

  // The source span given to the instructions emitted from now on.
  void set_span(const SourceSpan& span) { span_ = span; }
  const SourceSpan& span() const { return span_; }

  // Lets the compiler renumber arguments once a unit's layout is final
  // (cell and free variable slots follow the locals).
  template <class Fn>
  void rewrite_args(Fn&& fn) {
    for (Pending& p : instrs_)
      if (p.kind == Kind::Real) fn(p.op, p.arg);
  }

  // Number of instructions emitted so far (pseudo-instructions included).
  size_t size() const { return instrs_.size(); }
  // True when execution can reach the end of what was emitted so far: the
  // last instruction falls through, or a label is bound after it.
  bool end_reachable() const;

  // Fills code, spans, exceptions, stacksize and cache_count of `out`. Returns
  // false with a description in `error` when the instruction list is
  // inconsistent (a compiler bug, never the user's fault).
  bool assemble(CodeUnit& out, std::string& error) const;

private:
  enum class Kind : uint8_t { Real, Setup, PopBlock };
  struct Pending {
    Kind kind = Kind::Real;
    Op op = Op::NOP;
    Region region = Region::Finally;  // Setup only
    uint8_t flags = 0;
    uint32_t arg = 0;
    int64_t target = -1;              // label for jumps and Setup
    SourceSpan span;
  };

  std::vector<Pending> instrs_;
  std::vector<int64_t> label_positions_;  // instruction index, -1 while unbound
  SourceSpan span_;

  friend class Assembler;
};

}  // namespace klass::compile
