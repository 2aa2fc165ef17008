// Argument handling shared by the str, bytes and bytearray methods, with
// CPython's wording (which differs between its older and newer argument
// parsers, so each method says which one it mimics).
#pragma once
#include <cstddef>
#include <cstdint>
#include "object/object.h"

namespace klass {

class VM;
struct Tuple;

enum class ArgWording {
  kParseTuple,  // "find() takes at least 1 argument (0 given)"
  kClinic,      // "replace expected at least 2 arguments, got 1"
};

// A method taking positional arguments only. `args`/`nargs` exclude self; the
// arguments are copied to out[0..nargs), the rest of `out` is left alone (the
// caller's defaults). False with TypeError on a keyword or a wrong count.
bool positional_args(VM& vm, const char* fname, const Value* args, size_t nargs, Tuple* kwnames, size_t min,
                     size_t max, ArgWording wording, Value* out);

// A method whose parameters may also be passed by name (split, encode,
// splitlines...): `names` lists them all, the first `required` must be given.
bool keyword_args(VM& vm, const char* fname, const char* const* names, size_t count, size_t required,
                  const Value* args, size_t nargs, Tuple* kwnames, Value* out);

// The optional start/end of find(), count(), startswith()...: absent or None
// leaves *out alone; an int-like value is clamped to the int64 range.
// TypeError "slice indices must be integers or None or have an __index__ method".
bool slice_bound_arg(VM& vm, Value v, int64_t* out);

// The type name a CPython "argument N must be X, not Y" message shows:
// "None" for None (the newer argument parser's wording), else the class name.
const char* arg_type_name(Value v);

// A size argument via __index__ (OverflowError when it does not fit).
bool ssize_arg(VM& vm, Value v, int64_t* out);

}  // namespace klass
