// Shared between the files that implement float (float*.cpp).
#pragma once
#include <cstddef>
#include "object/object.h"

namespace klass {

class VM;
struct Tuple;

// float.__new__(cls, x=0.0, /) and float.fromhex(cls, s) (float_new.cpp).
Value float_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value float_fromhex(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace klass
