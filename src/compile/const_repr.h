// Python-style repr() of compile-time constants, for the disassembler and for
// tests (the VM formats real objects itself).
#pragma once
#include <string>

#include "compile/code_unit.h"

namespace klass::compile {

std::string const_repr(const ConstValue& value);

// Python's repr of a str given as UTF-8 (surrogates in generalized UTF-8).
std::string str_repr(const std::string& utf8);

}  // namespace klass::compile
