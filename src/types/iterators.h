// The built-in iterator types that are not tied to one container:
// enumerate, zip, map, filter, reversed, the sequence iterator made for
// objects that only define __getitem__ ("iterator"), and callable_iterator
// (iter(f, sentinel)). Also the __iter__/__next__ methods every native
// iterator type shares.
#pragma once
#include <cstddef>
#include "object/object.h"

namespace klass {

class VM;
struct Tuple;
struct Type;

// iter(obj) for an object with __getitem__ but no __iter__.
Value make_seq_iterator(VM& vm, Value seq);
// iter(callable, sentinel)
Value make_callable_iterator(VM& vm, Value callable, Value sentinel);

// `__iter__` returning self and `__next__` calling the type's iternext
// (StopIteration when exhausted), for the method tables of native iterators.
Value iterator_iter_self(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value iterator_next(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
// The native iternext of a type or of its nearest base that has one (Python
// subclasses of native iterators do not copy it).
using IterNextFn = Value (*)(VM& vm, Value it);
IterNextFn find_iternext(Type* t);
// The builtins-module function `name` (for __reduce__ results); raises
// AttributeError if it is missing.
Value lookup_builtin(VM& vm, const char* name);

void init_iterator_types(VM& vm);

}  // namespace klass
