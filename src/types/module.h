// module objects: a namespace dict with a name.
#pragma once
#include "object/object.h"

namespace klass {

class VM;
struct Dict;
struct Str;

struct Module : Obj {
  Dict* dict;
  uint64_t reload_generation;  // bumped by live reloading (live/)
};

Module* make_module(VM& vm, Str* name);
inline Dict* module_dict(Value m) { return m.as<Module>()->dict; }

void init_module_type(VM& vm);

}  // namespace klass
