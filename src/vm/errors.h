// Raising and inspecting exceptions inside the VM.
//
// Errors are values: a function that fails sets the VM's pending exception and
// returns Value::error() (or false / -1 for functions returning a status). The
// caller either handles it (vm_clear_exc) or returns error() in turn. No C++
// exception ever crosses VM code; C++ throws exist only at the public API
// boundary (klass::Error).
//
// Messages use printf formats; %s takes a C string. For object texts use
// type_name(v) (the class's __name__) and repr_cstr, or format the message
// yourself with std::string.
#pragma once
#include <string>
#include <string_view>
#include "object/object.h"

namespace klass {

class VM;
struct Type;

// Raise `type(message)`; always returns Value::error().
Value raise(VM& vm, Type* type, std::string_view message);
Value raisef(VM& vm, Type* type, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
// Raise an exception instance or class (as `raise x` does); error().
Value raise_value(VM& vm, Value exc);
// Raises type(*args) with an already-built args tuple.
Value raise_with_args(VM& vm, Type* type, Value args_tuple);
Value raise_memory_error(VM& vm);
// KeyError(key) / StopIteration(value) carry the value, not a message.
Value raise_key_error(VM& vm, Value key);
Value raise_stop_iteration(VM& vm, Value value);
// "'X' object has no attribute 'name'" with .name/.obj set as CPython does.
Value raise_attribute_error(VM& vm, Value obj, Value name);

// The class name of a value, for messages.
const char* type_name(Value v);
std::string type_name_str(Value v);

// Is an exception pending whose class is `type` or a subclass?
bool exc_matches(VM& vm, Type* type);
// Take the pending exception (clearing it).
Value take_exc(VM& vm);
void clear_exc(VM& vm);
// isinstance(exc, type) for exception matching (type may be a tuple); -1 on error.
int exception_matches(VM& vm, Value exc, Value type_or_tuple);

}  // namespace klass
