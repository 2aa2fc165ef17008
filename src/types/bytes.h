// bytes and bytearray.
#pragma once
#include <string_view>
#include "object/object.h"

namespace klass {

class VM;

// bytes: immutable, data inline after the header (a variable-sized layout).
struct Bytes : Obj {
  int64_t hash;  // -1 until computed
  size_t size;
  char* data() { return reinterpret_cast<char*>(this + 1); }
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  std::string_view view() const { return {data(), size}; }
};

// bytearray: mutable, storage outside the GC heap.
struct ByteArray : Obj {
  char* items;
  size_t size;
  size_t capacity;
  std::string_view view() const { return {items, size}; }
};

Value make_bytes(VM& vm, std::string_view data);
Value make_bytearray(VM& vm, std::string_view data);
// The bytes of a bytes-like object (bytes, bytearray); false if v is not one.
bool bytes_like(VM& vm, Value v, std::string_view* out);

void init_bytes_types(VM& vm);

}  // namespace klass
