// Names of the opcodes, for disassembly and error messages.
#include "compile/opcodes.h"

namespace klass {

const char* op_name(Op op) {
  static constexpr const char* kNames[] = {
#define KLASS_OP_NAME(name) #name,
      KLASS_OPCODES(KLASS_OP_NAME)
#undef KLASS_OP_NAME
  };
  auto index = static_cast<unsigned>(op);
  if (index >= static_cast<unsigned>(Op::COUNT_)) return "<invalid opcode>";
  return kNames[index];
}

}  // namespace klass
