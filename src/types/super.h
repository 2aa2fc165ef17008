// super(): attribute lookup that starts after a given class in an MRO.
#pragma once
#include "object/object.h"
namespace klass {
class VM;
struct Type;
struct Super : Obj {
  Type* type;      // the class whose successors are searched
  Value obj;       // the instance or class bound, or None for an unbound super
  Type* obj_type;  // the type whose MRO is searched
};
void init_super_type(VM& vm);
}  // namespace klass
