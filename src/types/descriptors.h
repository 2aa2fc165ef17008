// property, classmethod, staticmethod and __slots__ members.
#pragma once
#include "object/object.h"

namespace klass {

class VM;
struct Type;
struct Str;

struct Property : Obj {
  Value fget, fset, fdel, doc;  // None when absent
  Value name;                   // set by __set_name__
};

// classmethod and staticmethod share a layout: the wrapped callable and a dict.
struct FuncWrapper : Obj {
  Value func;
  struct Dict* dict;
};

Value make_classmethod(VM& vm, Value func);
Value make_staticmethod(VM& vm, Value func);
inline Value staticmethod_func(Value sm) { return sm.as<FuncWrapper>()->func; }
Value make_member_descriptor(VM& vm, Type* owner, Str* name, uint32_t offset);

void init_descriptor_types(VM& vm);

}  // namespace klass
