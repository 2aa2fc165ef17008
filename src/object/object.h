// The header every garbage-collected object starts with, and the native layout
// that tells the collector how to trace and finalize an object.
#pragma once
#include <cstdint>
#include "object/value.h"

namespace klass {

struct Type;
class Tracer;

// How the collector sees an object's storage. Each built-in layout (str, list,
// instance, ...) has one; a user class shares the layout of its solid base.
struct Layout {
  const char* name;
  void (*trace)(Obj* self, Tracer& t);  // visit every reference the object holds
  void (*finalize)(Obj* self);          // release storage outside the GC heap; may be null
  // Variable-sized layouts (str, bytes, tuple keep their items inline) give the
  // size of their fixed part and the bytes of inline data an object has. A
  // Python subclass's extras (attribute dict, __slots__ values) then live
  // after the inline data instead of at a fixed offset: see object/instance.h.
  uint32_t fixed_size = 0;
  size_t (*var_bytes)(const Obj* self) = nullptr;
};

struct Obj {
  Type* cls;         // the object's class (never null for a live object)
  uint32_t gcbits;   // collector state; see gc/heap.cpp
  uint32_t aux;      // a small field each layout may use (e.g. a cached hash flag)
};
static_assert(sizeof(Obj) == 16);

inline Value val(const Obj* o) { return Value::object(o); }

}  // namespace klass
