// Functions and descriptors implemented in C++, and the tables native types
// and modules declare them with.
//
//   static const MethodDef list_methods[] = {
//     {"append", list_append_m, METH_METHOD, "Append object to the end of the list."},
//     ...
//     {}};
//   add_methods(vm, vm.t.list, list_methods);
//
// A method receives self as args[0]. Argument checking helpers are in
// vm/args.h.
#pragma once
#include "object/type.h"

namespace klass {

enum MethodFlags : uint32_t {
  METH_METHOD = 0,        // an instance method: a method_descriptor in the type's dict
  METH_CLASS = 1,         // a classmethod: args[0] is the class
  METH_STATIC = 2,        // a staticmethod
  METH_SLOT = 4,          // a dunder wrapper (repr shows "slot wrapper")
  METH_FUNCTION = 8,      // a module-level function (builtin_function_or_method)
};

struct MethodDef {
  const char* name = nullptr;
  NativeFn fn = nullptr;
  uint32_t flags = 0;
  const char* doc = nullptr;
};

using GetterFn = Value (*)(VM& vm, Value self);
using SetterFn = bool (*)(VM& vm, Value self, Value value);  // value is error() for delete

struct GetSetDef {
  const char* name = nullptr;
  GetterFn get = nullptr;
  SetterFn set = nullptr;   // null: read-only
  const char* doc = nullptr;
};

// builtin_function_or_method: a native function, maybe bound to `self`.
struct BuiltinFunction : Obj {
  const MethodDef* def;
  Value self;      // error() for a plain function; the module for module functions is in `module`
  Value module;
  Str* name;       // interned copy of def->name
  Str* qualname_prefix;  // the owning type's name for bound methods (for __qualname__)
};

// method_descriptor / wrapper_descriptor / classmethod_descriptor in a type's dict.
struct MethodDescriptor : Obj {
  const MethodDef* def;
  Type* owner;
  Str* name;
};

struct GetSetDescriptor : Obj {
  const GetSetDef* def;
  Type* owner;
  Str* name;
};

// A __slots__ entry: reads/writes the instance's Value at `offset`.
struct MemberDescriptor : Obj {
  Type* owner;
  Str* name;
  uint32_t offset;
  bool readonly;
};

void add_methods(VM& vm, Type* type, const MethodDef* defs);
void add_getsets(VM& vm, Type* type, const GetSetDef* defs);
Value make_builtin_function(VM& vm, const MethodDef* def, Value self, Value module);
// Adds a module function table to a module dict.
void add_functions(VM& vm, struct Dict* module_dict, Value module, const MethodDef* defs);

void init_native_types(VM& vm);

}  // namespace klass
