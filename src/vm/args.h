// Argument checking for native functions, with CPython's messages.
#pragma once
#include <cstddef>
#include "object/object.h"

namespace klass {

class VM;
struct Tuple;

// Raises "f() takes no keyword arguments" if kwnames is non-empty.
bool no_kwargs(VM& vm, const char* fname, Tuple* kwnames);
// Checks min <= nargs <= max (max < 0: unbounded) with CPython's wording:
// "f() takes exactly one argument (2 given)", "f expected at most 2 arguments, got 3",
// "f() takes no arguments (1 given)" ...
bool check_nargs(VM& vm, const char* fname, size_t nargs, size_t min, long max);

// Binds the arguments of a call to named parameters, as a Python signature
// `def fname(p0, p1, ..., /, ...)` would: the first `posonly` names are
// positional-only, names from `kwonly_from` on are keyword-only (use SIZE_MAX
// for none), the first `required` are required. Unfilled optional slots keep
// what the caller put in `out` (its defaults). Returns false with TypeError.
struct Signature {
  const char* fname;
  const char* const* names;
  size_t count;
  size_t required = 0;
  size_t posonly = 0;
  size_t kwonly_from = static_cast<size_t>(-1);
};
bool bind_args(VM& vm, const Signature& sig, const Value* args, size_t nargs, Tuple* kwnames, Value* out);

}  // namespace klass
