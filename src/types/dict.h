// dict: an insertion-ordered hash table (an index array of slots pointing into
// a dense entry array, as CPython's compact dict).
//
// Keys are hashed and compared with Python semantics, which may run Python
// code (__hash__/__eq__) and so may raise: lookups return error() with an
// exception pending in that case, and "not found" without an exception.
// A key that is the very object stored matches without calling __eq__; str
// keys compare by value without calling anything.
#pragma once
#include <cstdint>
#include "object/object.h"

namespace klass {

class VM;
struct Str;
struct Type;

struct DictEntry {
  int64_t hash;
  Value key;    // error() marks a deleted entry
  Value value;
};

struct Dict : Obj {
  DictEntry* entries;   // dense, in insertion order (with holes for deletions); malloc'd
  int32_t* index;       // open-addressing table of entry numbers; -1 empty, -2 deleted; malloc'd
  size_t mask;          // index size - 1 (a power of two minus one); 0 while index is null
  size_t used;          // live entries
  size_t nentries;      // entries used so far (live + deleted)
  size_t capacity;      // entries allocated
  uint64_t version;     // changes on every mutation (global caches key on it)
};

Value make_dict(VM& vm, size_t reserve = 0);
// Looks up `key`. Returns the value, or error(): then vm.has_exc() tells an
// exception from "absent".
Value dict_get(VM& vm, Dict* d, Value key);
// Same for a str key: never raises (only str keys can match).
Value dict_get_str(Dict* d, Str* key);
Value dict_get_cstr(VM& vm, Dict* d, const char* key);
bool dict_set(VM& vm, Dict* d, Value key, Value value);   // false on error
bool dict_set_str(VM& vm, Dict* d, Str* key, Value value);
bool dict_set_cstr(VM& vm, Dict* d, const char* key, Value value);
// 1 removed, 0 absent, -1 error
int dict_del(VM& vm, Dict* d, Value key);
int dict_contains(VM& vm, Dict* d, Value key);
// Iteration: *pos starts at 0; returns false at the end.
bool dict_next(Dict* d, size_t* pos, Value* key, Value* value);
// The same, also giving the stored hash of the key.
bool dict_next_hash(Dict* d, size_t* pos, Value* key, Value* value, int64_t* hash);
// Lookup / insertion with a hash the caller already has.
Value dict_get_known_hash(VM& vm, Dict* d, Value key, int64_t hash);
bool dict_set_known_hash(VM& vm, Dict* d, Value key, int64_t hash, Value value);
// dict.update(other): a mapping (anything with keys()) or an iterable of pairs.
bool dict_update(VM& vm, Dict* d, Value other);
// {**other}: a mapping only; a non-mapping raises AttributeError ('X' object
// has no attribute 'keys'), as CPython's PyDict_Update does.
bool dict_merge_mapping(VM& vm, Dict* d, Value mapping);
// A new exact dict with the same items (also for subclasses).
Value dict_copy(VM& vm, Dict* d);
void dict_clear(Dict* d);

// Views and iterators (dict_views.cpp). `view_type` is vm.t.dict_keys,
// dict_values or dict_items; `iter_type` one of the three iterator types.
Value make_dict_view(VM& vm, Type* view_type, Value dict);
Value make_dict_iterator(VM& vm, Type* iter_type, Value dict, bool reversed);
void init_dict_view_types(VM& vm);

void init_dict_type(VM& vm);

}  // namespace klass
