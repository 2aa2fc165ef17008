// The modules klass provides without a file: native modules written in C++
// and the library modules written in Python that are embedded in the binary.
#pragma once
#include <string_view>
#include "object/object.h"

namespace klass {

class VM;
struct Module;

// Creates builtins and sys and registers them in sys.modules.
void init_modules(VM& vm);
// A native module's initialiser fills the module's dict; false on error.
using NativeModuleInit = bool (*)(VM& vm, Module* m);
// The native module called `name`, or null.
NativeModuleInit find_native_module(std::string_view name);
// The source of an embedded library module (lib/), or false.
bool find_embedded_module(std::string_view name, std::string_view* source, bool* is_package);

// Module initialisers (modules/*.cpp).
bool init_builtins_module(VM& vm, Module* m);
bool init_sys_module(VM& vm, Module* m);
bool init_errno_module(VM& vm, Module* m);
bool init_gc_module(VM& vm, Module* m);
bool init_math_module(VM& vm, Module* m);
bool init__random_module(VM& vm, Module* m);
bool init__re_module(VM& vm, Module* m);
bool init_time_module(VM& vm, Module* m);
bool init_posix_module(VM& vm, Module* m);
bool init__struct_module(VM& vm, Module* m);
bool init__collections_module(VM& vm, Module* m);
bool init__io_module(VM& vm, Module* m);
// Puts open() (modules/io_module.cpp) into builtins; the _io types are made
// on its first call.
bool install_builtin_open(VM& vm);

}  // namespace klass
