// The object protocol: what `x.a`, `f(x)`, `x + y`, `repr(x)`, `iter(x)` ...
// mean for any value. Every operation dispatches through the value's type
// (special-method lookup, object/special.h), the same way for built-in and user
// classes; fast paths for the exact built-in types sit in front where it pays.
//
// Conventions: functions returning Value return error() with an exception
// pending on failure; `bool` functions return false on failure; `int` functions
// return -1 on failure.
#pragma once
#include <string>
#include "compile/opcodes.h"
#include "object/special.h"
#include "object/type.h"

namespace klass {

class VM;
struct Str;
struct Tuple;

Type* type_of(VM& vm, Value v);
bool is_subtype(Type* a, Type* b);              // a in b.__mro__
inline bool is_exact(VM& vm, Value v, Type* t) { return type_of(vm, v) == t; }
bool isinstance_of(VM& vm, Value v, Type* t);    // by MRO, ignoring __instancecheck__

// ---- attribute access ----
Value getattr(VM& vm, Value obj, Str* name);
Value getattr_cstr(VM& vm, Value obj, const char* name);
// Like getattr but an AttributeError becomes "absent": returns error() with no
// exception pending.
Value getattr_opt(VM& vm, Value obj, Str* name);
bool setattr(VM& vm, Value obj, Str* name, Value value);
bool delattr(VM& vm, Value obj, Str* name);
// object.__getattribute__ / __setattr__ (the generic algorithm).
Value generic_getattr(VM& vm, Value obj, Str* name, bool suppress);
bool generic_setattr(VM& vm, Value obj, Str* name, Value value);  // value error() = delete
// Looks `name` up along type's MRO without invoking descriptors; error() if absent.
Value type_lookup(VM& vm, Type* type, Str* name);
// The special method `sm` of type, or error() if the type has none. Cached.
Value lookup_special(VM& vm, Type* type, SM sm);
// Binds a value found on a type to `obj` (descriptor __get__), as attribute access does.
Value bind_descriptor(VM& vm, Value descr, Value obj, Type* owner);
// Calls the special method `sm` of type(self) with self and args; error() and
// no exception pending if the type has no such method.
Value call_special(VM& vm, Value self, SM sm, const Value* args, size_t nargs);

// ---- calling ----
Value call(VM& vm, Value callable, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
Value call0(VM& vm, Value callable);
Value call1(VM& vm, Value callable, Value a);
Value call2(VM& vm, Value callable, Value a, Value b);
Value call_method(VM& vm, Value obj, Str* name, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
// callable(*args_tuple, **kwargs_dict); kwargs may be error() for none.
Value call_with_tuple(VM& vm, Value callable, Value args_tuple, Value kwargs);
bool is_callable(VM& vm, Value v);
// False (with RecursionError raised) when the machine stack is nearly
// exhausted: native code that may recurse through Python calls checks it.
bool native_recursion_ok(VM& vm);

// ---- text ----
Value repr(VM& vm, Value v);      // a str
Value to_str(VM& vm, Value v);    // str(v)
Value ascii(VM& vm, Value v);
Value format(VM& vm, Value v, Value spec);
std::string repr_string(VM& vm, Value v);  // for messages; "<unrepresentable>" on error (cleared)

// ---- comparison, hashing, truth ----
bool hash(VM& vm, Value v, int64_t* out);
Value compare(VM& vm, CompareOp op, Value a, Value b);
int equals(VM& vm, Value a, Value b);             // -1 error, 0, 1; identity implies equal
int compare_bool(VM& vm, CompareOp op, Value a, Value b);
int truthy(VM& vm, Value v);

// ---- numbers ----
Value binary_op(VM& vm, BinaryOp op, Value a, Value b);  // in-place variants included
Value unary_op(VM& vm, Op op, Value v);                   // UNARY_NEGATIVE / POSITIVE / INVERT
// operator.index(v) as int; and as int64 with OverflowError message `what`.
Value to_index(VM& vm, Value v);
bool to_int64(VM& vm, Value v, int64_t* out);   // via __index__; raises on overflow
bool to_ssize(VM& vm, Value v, int64_t* out);   // for indices: huge values clamp? no: IndexError/OverflowError per CPython

// ---- containers ----
Value get_item(VM& vm, Value c, Value key);
bool set_item(VM& vm, Value c, Value key, Value v);
bool del_item(VM& vm, Value c, Value key);
int contains(VM& vm, Value container, Value item);
bool length(VM& vm, Value v, int64_t* out);

// Guards repr() of containers against self-reference ([[...]], {...}):
// repr_enter returns 1 if obj is already being repr'd on this VM (print the
// ellipsis form), 0 after recording it (call repr_leave when done).
int repr_enter(VM& vm, Obj* obj);
void repr_leave(VM& vm, Obj* obj);

// ---- iteration ----
Value get_iter(VM& vm, Value v);
// Next item, or error(): with an exception pending on failure, without one
// when the iterator is exhausted (StopIteration is swallowed).
Value iter_next(VM& vm, Value it);

}  // namespace klass
