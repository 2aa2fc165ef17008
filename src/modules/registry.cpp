#include "modules/registry.h"

#include <cstring>

#include "object/ops.h"
#include "types/dict.h"
#include "types/module.h"
#include "types/str.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

struct NativeModule {
  const char* name;
  NativeModuleInit init;
};

// Native modules other than builtins and sys; each lives in modules/<name>.cpp.
const NativeModule kNativeModules[] = {
    {"errno", init_errno_module},
    {"gc", init_gc_module},
    {"math", init_math_module},
    {"_random", init__random_module},
    {"_re", init__re_module},
    {"time", init_time_module},
    {"posix", init_posix_module},
    {"_struct", init__struct_module},
    {"_collections", init__collections_module},
    {"_io", init__io_module},
    {nullptr, nullptr},
};

}  // namespace

NativeModuleInit find_native_module(std::string_view name) {
  for (const NativeModule* m = kNativeModules; m->name; ++m)
    if (name == m->name) return m->init;
  return nullptr;
}

void init_modules(VM& vm) {
  vm.modules = make_dict(vm).as<Dict>();
  Module* b = make_module(vm, vm.intern("builtins"));
  vm.builtins_module = b;
  vm.builtins = b->dict;
  init_builtins_module(vm, b);
  install_builtin_open(vm);
  dict_set_str(vm, vm.modules, vm.intern("builtins"), val(b));
  Module* s = make_module(vm, vm.intern("sys"));
  vm.sys_module = s;
  dict_set_str(vm, vm.modules, vm.intern("sys"), val(s));
  init_sys_module(vm, s);
}

}  // namespace klass
