// The import system: finding, loading and caching modules (sys.modules,
// sys.path, packages, relative imports), plus the native and embedded
// library modules klass ships.
#pragma once
#include <string_view>
#include "object/object.h"

namespace klass {

class VM;
struct Str;
struct Dict;

// __import__(name, globals, locals, fromlist, level)
Value import_module_level(VM& vm, Str* name, Dict* globals, Value fromlist, int level);
// `from module import name`
Value import_from(VM& vm, Value module, Str* name);
// `from module import *` into a locals mapping
bool import_star(VM& vm, Value module, Value locals);
// Imports by absolute dotted name (sys.modules cache first).
Value import_absolute(VM& vm, std::string_view name);
// Finds the source of module `name` without importing it (for `klass -m`):
// its parent packages are imported, the module itself is not. False with
// ModuleNotFoundError raised when there is no such source module.
bool find_module_source(VM& vm, std::string_view name, std::string* source, std::string* filename);

}  // namespace klass
