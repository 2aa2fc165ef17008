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

}  // namespace klass
