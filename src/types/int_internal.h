// Shared between the files that implement int (int*.cpp) and bool: not for
// other layers, which use types/int.h.
#pragma once
#include <cstdint>
#include <cstddef>
#include "object/object.h"

namespace klass {

class VM;
struct Tuple;

// How the collector sees an int object (int and every subclass, bool's too).
extern const Layout kIntLayout;

// An int result wider than this many bits raises MemoryError instead of
// being computed: GMP aborts the process when an allocation fails, and 2**34
// bits (2 GiB) is past what a program here can mean to build.
constexpr int64_t kMaxIntBits = int64_t{1} << 34;

// The value of a small int or a bool (callers check `is_small_or_bool` first).
inline bool is_small_or_bool(Value v) { return v.is_small_int() || v.is_bool(); }
inline int64_t small_or_bool_value(Value v) {
  return v.is_small_int() ? v.as_small_int() : (v.is_true() ? 1 : 0);
}

// int.__new__(cls, x=0, /, base=10) (int_new.cpp).
Value int_new(VM& vm, const Value* args, size_t nargs, struct Tuple* kwnames);

// int_binary without bool's special case (int.__and__(True, False) is 0).
Value int_binary_op(VM& vm, int op, Value a, Value b);

// Argument checks of the number types' methods (int, bool, float and complex
// share them), with CPython's messages. `self` is args[0] and not counted.
//   slot wrappers (__add__, __neg__ ...): "expected 1 argument, got 2",
//     "wrapper __add__() takes no keyword arguments";
//   methods: "int.bit_length() takes no arguments (1 given)".
bool slot_args(VM& vm, const char* name, size_t nargs, Tuple* kwnames, size_t count);
bool method_args(VM& vm, const char* qualname, size_t nargs, Tuple* kwnames, size_t min, long max);

// The methods of int and bool that live in their own files.
void add_int_conversion_methods(VM& vm);  // int_bytes.cpp: to_bytes, from_bytes

}  // namespace klass
