// Functions defined in Python, their bound methods, and closure cells.
#pragma once
#include "object/object.h"

namespace klass {

class VM;
struct Code;
struct Dict;
struct Tuple;
struct Str;

struct Cell : Obj {
  Value contents;  // error() while empty
};

struct Function : Obj {
  Code* code;
  Dict* globals;
  Dict* builtins;       // resolved from globals['__builtins__'] at creation
  Tuple* defaults;      // or null
  Dict* kwdefaults;     // or null
  Tuple* closure;       // of Cell, or null
  Str* name;
  Str* qualname;
  Value doc;
  Value module;
  Dict* annotations;    // or null (made on first access)
  Dict* dict;           // function attributes, or null
  uint32_t version;     // for CALL specialisation; changes when __code__/__defaults__ change
};

// A function bound to an instance: obj.method
struct Method : Obj {
  Value func;
  Value self;
};

Value make_cell(VM& vm, Value contents);
Value make_function(VM& vm, Code* code, Dict* globals, Str* qualname);
Value make_method(VM& vm, Value func, Value self);

void init_function_types(VM& vm);

}  // namespace klass
