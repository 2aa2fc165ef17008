// list: a growable array of values (storage outside the GC heap, traced).
#pragma once
#include "object/object.h"

namespace klass {

class VM;
struct Type;

struct List : Obj {
  Value* items;      // malloc'd; null while empty or while being sorted
  size_t size;
  size_t capacity;
};

Value make_list(VM& vm, size_t reserve = 0);
Value make_list(VM& vm, const Value* items, size_t n);
// false on MemoryError (raised)
bool list_append(VM& vm, List* l, Value v);
bool list_extend(VM& vm, List* l, Value iterable);
bool list_reserve(VM& vm, List* l, size_t n);
Value list_from_iterable(VM& vm, Value iterable);
// Sorts in place (list.sort semantics: stable, key, reverse); false on error.
// key may be error() or None for none.
bool list_sort(VM& vm, List* l, Value key, bool reverse);
// Empties the list (freeing its storage).
void list_clear(List* l);

void init_list_type(VM& vm);

}  // namespace klass
