// tuple: an immutable array of values, stored inline.
//
// The items follow the object header. An instance of a Python subclass of
// tuple carries its attribute dict right after the header (at the class's
// dict_offset, like every other instance), so its items start further on:
// `aux` counts the extra words between the header and the items (0 for an
// exact tuple, whose memory is zeroed at allocation).
#pragma once
#include <initializer_list>
#include "compile/opcodes.h"
#include "object/object.h"
#include "object/special.h"

namespace klass {

class VM;
struct Type;

struct Tuple : Obj {
  size_t size;
  Value* items() { return reinterpret_cast<Value*>(this + 1) + aux; }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1) + aux; }
  Value& operator[](size_t i) { return items()[i]; }
  Value operator[](size_t i) const { return items()[i]; }
};

// A tuple of `n` items all set to None, to be filled before it escapes.
// (For n == 0 this is the shared empty tuple, once it exists.)
Tuple* tuple_alloc(VM& vm, size_t n);
// The same for an instance of `cls`, tuple or a subclass of it.
Tuple* tuple_alloc_of(VM& vm, Type* cls, size_t n);
Value make_tuple(VM& vm, const Value* items, size_t n);
Value make_tuple(VM& vm, std::initializer_list<Value> items);
// tuple(iterable)
Value tuple_from_iterable(VM& vm, Value iterable);
// hash(t) as CPython 3.11 computes it (xxHash-style mix of the items' hashes).
bool tuple_hash(VM& vm, Tuple* t, int64_t* out);

void init_tuple_type(VM& vm);

// ---- helpers shared by the built-in sequence types (tuple, list, range) ----

// Keeps `v`'s object visible to the collector's conservative stack scan up to
// this point. Needed where a local object is otherwise only reached through
// its malloc'd storage (a list's items) while something allocates.
inline void keep_alive(Value v) { asm volatile("" : : "r"(v.bits()) : "memory"); }

// True if `v` is an int or has __index__.
bool has_index(VM& vm, Value v);
// An int-like argument (via __index__) as int64. Not int-like: TypeError
// "'X' object cannot be interpreted as an integer". Too big: `overflow`
// ("cannot fit 'int' into an index-sized integer"), or with overflow == null
// OverflowError "Python int too large to convert to C ssize_t".
bool index_to_ssize(VM& vm, Value v, Type* overflow, int64_t* out);
// The subscript of `seq[i]` for an int-like i (IndexError when too big).
// Not int-like: TypeError "<kind> indices must be integers or slices, not X".
bool seq_subscript_index(VM& vm, Value v, const char* kind, int64_t* out);
// The optional start/stop arguments of index(): clamped like CPython's
// _PyEval_SliceIndex and resolved against `len` (negative counts from the end).
bool seq_bound_arg(VM& vm, Value v, int64_t len, int64_t* out);

// A read-only view of a sequence whose length and items are re-read at each
// step, because a list may change while its items' __eq__/__lt__ run.
struct SeqAccess {
  size_t (*len)(const Obj*);
  Value (*at)(const Obj*, size_t);
};
// Lexicographic rich comparison of two sequences of the same kind.
Value seq_richcompare(VM& vm, const SeqAccess& acc, Obj* a, Obj* b, CompareOp op);
// "(1, 2)" / "[1, 2]" with a recursion guard giving `recursive` ("[...]").
Value seq_repr(VM& vm, const SeqAccess& acc, Obj* self, const char* open, const char* close,
               bool one_item_comma, const char* recursive);
// A binary sequence operator (+, *) meets an operand it cannot handle: true if
// that operand's class is a Python class defining the reflected method `sm`,
// so the operator should return NotImplemented and let it answer; false if it
// should raise CPython's sequence error at once.
bool defer_to_reflected(VM& vm, Value other, SM sm);

}  // namespace klass
