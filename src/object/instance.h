// `object`, the root class, and the storage of plain instances.
#pragma once
#include "object/object.h"

namespace klass {

class VM;
struct Type;

// Allocates an instance of `cls` (cls->instance_size bytes, zeroed, all Value
// fields none-initialised by the caller as needed). Null on out-of-memory (raised).
Obj* alloc_object(VM& vm, Type* cls);
// Allocates an instance of a variable-sized layout with `var_bytes` of inline
// data (e.g. a tuple subclass with n items: n * sizeof(Value)).
Obj* alloc_object_var(VM& vm, Type* cls, size_t var_bytes);
// Where a Python subclass's extras live inside an instance: the extras (dict
// pointer, __slots__ values) are described by offsets >= the layout's fixed
// size (Type::dict_offset, member offsets); this maps such an offset to an
// address, after the inline data for variable-sized layouts.
char* instance_extra(Obj* o, uint32_t offset);
// The layout of plain `object` instances.
const Layout* base_instance_layout();

void init_object_type(VM& vm);

}  // namespace klass
