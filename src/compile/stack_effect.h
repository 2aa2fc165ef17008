// How each instruction changes the depth of the value stack, as documented in
// opcodes.h. The assembler uses it to compute Code::stacksize and the depth the
// exception table restores; the VM may use it in debug checks.
#pragma once
#include <cstdint>
#include <optional>

#include "compile/opcodes.h"

namespace klass {

// Net change of the stack depth when `op` with `arg` falls through to the next
// instruction (`jumping` false) or takes its jump (`jumping` true). Returns
// nullopt for a direction the instruction never takes (e.g. falling through a
// RETURN_VALUE, or jumping from an instruction that is not a jump).
std::optional<int> stack_effect(Op op, uint32_t arg, bool jumping);

// True for instructions whose argument is a jump target.
bool is_jump(Op op);

// True for instructions after which execution never continues with the next one.
bool ends_flow(Op op);

// True for instructions that own an inline-cache slot (Instr::cache).
bool uses_inline_cache(Op op);

}  // namespace klass
