// Human-readable disassembly of code units, in the layout of CPython's `dis`:
// line numbers where a line starts, ">>" on jump targets, instruction index,
// opcode name, argument and its meaning, then the exception table. Nested code
// units (functions, classes, comprehensions) follow when `recursive` is set.
#pragma once
#include <string>

#include "compile/code_unit.h"

namespace klass::compile {

std::string disassemble(const CodeUnit& code, bool recursive = true);

// The meaning of one instruction's argument ("(x)", "(to 12)", ...), empty when none.
std::string describe_argument(const CodeUnit& code, const Instr& instr);

}  // namespace klass::compile
