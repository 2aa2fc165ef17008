// set and frozenset: open-addressing hash tables with CPython's probing, so
// that iteration order (and so printed output) matches CPython's.
#pragma once
#include "object/object.h"

namespace klass {

class VM;
struct Type;

struct SetEntry {
  int64_t hash;
  Value key;  // error() = empty, `dummy` marker = deleted
};

struct Set : Obj {
  SetEntry* table;   // malloc'd, mask + 1 entries; null until the first insertion
  size_t mask;
  size_t fill;    // live + deleted
  size_t used;    // live
  int64_t hash;   // frozenset hash cache, -1 until computed (0 in fresh memory: see set.cpp)
  size_t finger;  // for pop()
};

Value make_set(VM& vm);
Value make_frozenset(VM& vm, Value iterable);  // iterable may be error() for empty
bool set_add(VM& vm, Set* s, Value key);
bool set_update(VM& vm, Set* s, Value iterable);
int set_contains(VM& vm, Set* s, Value key);
int set_discard(VM& vm, Set* s, Value key);
bool set_next(Set* s, size_t* pos, Value* key);
// s -= other, s ^= other (for any iterable other), as the set methods do.
bool set_difference_update(VM& vm, Set* s, Value other);
bool set_symmetric_difference_update(VM& vm, Set* s, Value other);

void init_set_types(VM& vm);

}  // namespace klass
