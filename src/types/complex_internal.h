// Shared between the files that implement complex (complex*.cpp).
#pragma once
#include <cstddef>
#include "object/object.h"

namespace klass {

class VM;
struct Tuple;

// complex.__new__(cls, real=0, imag=0) (complex_new.cpp).
Value complex_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace klass
