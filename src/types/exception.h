// BaseException and the built-in exception hierarchy.
#pragma once
#include "object/object.h"

namespace klass {

class VM;
struct Dict;
struct Code;

struct ExceptionObj : Obj {
  Value args;             // tuple
  Value traceback;        // traceback or None
  Value cause;            // __cause__ or None
  Value context;          // __context__ or None
  Value notes;            // __notes__ list, or error() when never set
  bool suppress_context;
  Dict* dict;             // instance attributes (dict_offset)
};

struct Traceback : Obj {
  Value next;             // traceback or None
  Value frame;            // frame object
  int lasti;
  int lineno;
};

bool is_exception_instance(VM& vm, Value v);
bool is_exception_class(VM& vm, Value v);
// Creates an instance of exception class `type` with args.
Value make_exception(VM& vm, Type* type, Value args_tuple);
// Prepends a traceback entry for the frame object `frame` at instruction `lasti`.
bool add_traceback(VM& vm, Value exc, Value frame, int lasti, int lineno);

void init_exception_types(VM& vm);
void init_exception_group_type(VM& vm);

}  // namespace klass
