#pragma once
#include "object/object.h"

namespace klass {
class VM;
struct Function;
struct Tuple;
// Fills a new frame's localsplus slots from call arguments; false with
// TypeError raised on a mismatch. Slots not bound are left empty.
bool bind_function_args(VM& vm, Function* fn, Value* slots, const Value* args, size_t nargs, Tuple* kwnames);
}  // namespace klass
