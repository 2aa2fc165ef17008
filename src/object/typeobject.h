// Creating types and keeping their caches right.
#pragma once
#include "object/type.h"

namespace klass {

class VM;
struct Dict;
struct Tuple;

// Allocates a zeroed Type object whose class is `meta` (at least type's size).
Type* alloc_type_object(VM& vm, Type* meta);
// Fills a built-in type: name, single base, layout, instance size, flags,
// native constructor (null: inherit the base's). Computes its MRO and dict.
void setup_builtin_type(VM& vm, Type* t, const char* name, Type* base, const Layout* layout,
                        uint32_t instance_size, uint32_t flags, NativeFn native_new = nullptr);
// Builds a built-in type with several bases (bool, ExceptionGroup).
void set_type_bases(VM& vm, Type* t, Tuple* bases);

// C3 linearisation of `t` from its __bases__; null with TypeError on an
// inconsistent hierarchy (CPython's message).
Tuple* compute_mro(VM& vm, Type* t);
// Call after any change to t's dict or bases: new version for t and all its
// subclasses, so every cache keyed on them misses.
void type_modified(VM& vm, Type* t);
void type_add_subclass(VM& vm, Type* base, Type* sub);

// type(name, bases, dict) / metaclass.__new__ path: creates a class.
Value type_new(VM& vm, Type* meta, Value name, Value bases, Value ns, Tuple* kwnames, const Value* kwvalues, size_t nkw);
// Calls `cls(*args, **kw)` the way type.__call__ does (__new__ then __init__).
Value type_call(VM& vm, Type* cls, const Value* args, size_t nargs, Tuple* kwnames);
// The metaclass for a class with these bases (most derived; TypeError on conflict).
Type* calculate_metaclass(VM& vm, Type* meta, Tuple* bases);
// Trace function shared by all type objects.
void trace_type(Obj* o, class Tracer& t);
extern const Layout kTypeLayout;
// Generic tracing of the parts a Python subclass adds to an instance
// (attribute dict, __slots__ values). Called by the collector for heap types.
void trace_instance_extras(Obj* o, class Tracer& t);
// The attribute dict slot of an instance, or null.
Dict** instance_dict_slot(Value v);

void init_type_type(VM& vm);

}  // namespace klass
