// What bytes.cpp, bytearray.cpp and bytes_methods.cpp share. Not for other layers:
// they use types/bytes.h.
#pragma once
#include <string>
#include <string_view>
#include "object/object.h"
#include "types/bytes.h"

namespace klass {

class VM;
struct Type;

bool is_bytes_obj(VM& vm, Value v);      // bytes or a subclass
bool is_bytearray_obj(VM& vm, Value v);  // bytearray or a subclass

// The data of `self` in a method of bytes or bytearray. A bytearray's view
// stays valid only until Python code runs (which may resize it): take it
// after converting the arguments.
std::string_view byte_data(Value self);

// A new object of self's kind: a bytearray for a bytearray (or subclass),
// else bytes — what the shared methods return.
Value make_same_kind(VM& vm, Value self, std::string_view data);
// An instance of `cls` (bytes or a subclass of it) holding `data`.
Value make_bytes_of(VM& vm, Type* cls, std::string_view data);

// A bytes-like argument, else TypeError "a bytes-like object is required, not 'X'".
bool buffer_arg(VM& vm, Value v, std::string_view* out);
// An int-like byte value: ValueError "byte must be in range(0, 256)".
bool byte_value(VM& vm, Value v, int* out);

// The contents of bytes(source, encoding, errors) / bytearray(...); absent
// arguments are error(). `kind` is "bytes" or "bytearray" (their messages
// differ slightly).
bool bytes_from_source(VM& vm, Value source, Value encoding, Value errors, const char* kind, std::string* out);

// The methods bytes and bytearray share, and their % operator (bytes_methods.cpp).
void add_bytes_common_methods(VM& vm, Type* type);

// An iterator over the bytes of a bytes or bytearray object (re-reading the
// data each step, as a bytearray may change meanwhile).
Value make_bytes_iterator(VM& vm, Value seq);

void init_bytearray_type(VM& vm);

}  // namespace klass
