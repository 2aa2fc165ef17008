// str: immutable Unicode text, stored as UTF-8.
//
// UTF-8 makes klass strings zero-copy to C++ (`std::string_view`) and compact
// for the ASCII text that dominates programs. Python indexes by code point, so a
// str records its code-point length and whether it is pure ASCII (then byte
// index == code-point index); indexing a long non-ASCII str builds a sparse
// offset index once (text/unicode_*.h). Lone surrogates are stored as their
// 3-byte generalized-UTF-8 form.
#pragma once
#include <string>
#include <string_view>
#include "object/object.h"

namespace klass {

class VM;

struct Str : Obj {
  int64_t hash;      // -1 until computed
  size_t length;     // code points
  size_t size;       // bytes, excluding the terminating NUL
  void* cp_index;    // lazily built code-point index for non-ASCII text (malloc'd)
  // aux bit 0: ASCII only; bit 1: interned
  bool is_ascii() const { return aux & 1; }
  bool is_interned() const { return aux & 2; }
  char* data() { return reinterpret_cast<char*>(this + 1); }
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  std::string_view view() const { return {data(), size}; }
};

// New str from UTF-8 text (assumed valid generalized UTF-8).
Value make_str(VM& vm, std::string_view utf8);
// New str from text known to be ASCII (skips the scan).
Value make_ascii_str(VM& vm, std::string_view ascii);
// Allocates a str of `size` bytes to be filled by the caller, then sealed with
// str_seal (which counts code points and sets the ASCII flag).
Str* str_alloc(VM& vm, size_t size);
void str_seal(Str* s);

int64_t str_hash(Str* s);
bool str_equal(const Str* a, const Str* b);
inline std::string_view sv(Value v) { return v.as<Str>()->view(); }

// Code-point access.
uint32_t str_char_at(VM& vm, Str* s, size_t index);       // index < length
size_t str_byte_offset(VM& vm, Str* s, size_t cp_index);  // cp_index <= length
Value str_substring(VM& vm, Str* s, size_t start, size_t stop);  // code-point range
Value str_from_codepoint(VM& vm, uint32_t cp);

// The interning table of a VM (a weak set would let unused names go; names are
// few, so it keeps them).
class StrTable {
 public:
  Str* find(std::string_view s, int64_t hash) const;
  void insert(Str* s);
  void trace(class Tracer& t) const;
 private:
  void grow();
  Str** slots_ = nullptr;
  size_t mask_ = 0, used_ = 0;
 public:
  ~StrTable();
};

void init_str_type(VM& vm);

}  // namespace klass

namespace klass {
// repr(s) as a new str.
Value str_repr(VM& vm, Str* s);
// a + b for two str.
Value str_concat(VM& vm, Str* a, Str* b);
// The str methods beyond the core (types/str_methods.cpp): registered by init_str_type.
void add_str_methods(VM& vm);
}  // namespace klass
