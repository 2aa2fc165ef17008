// Python-style repr() of compile-time constants, for the disassembler and for
// tests (the VM formats real objects itself).
#pragma once
#include <string>

#include "compile/code_unit.h"

namespace klass::compile {

std::string const_repr(const ConstValue& value);

}  // namespace klass::compile
