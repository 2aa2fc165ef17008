// dict: the hash table, its C++ API, and the dict type's methods. Views and
// iterators are in dict_views.cpp.
//
// Layout (as CPython's compact dict): `entries` holds (hash, key, value) in
// insertion order; `index` is an open-addressing table (CPython's perturbed
// probing) whose slots hold entry numbers. Deleting leaves a hole in
// `entries` and a "deleted" mark in `index`; both go away at the next resize.
#include "types/dict.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/int.h"
#include "types/iterators.h"
#include "types/list.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;
constexpr size_t kMinSize = 8;
constexpr int64_t kNotFound = -1;
constexpr int64_t kError = -2;

void trace_dict(Obj* o, Tracer& t) {
  auto* d = static_cast<Dict*>(o);
  for (size_t i = 0; i < d->nentries; ++i) {
    t.visit(d->entries[i].key);
    t.visit(d->entries[i].value);
  }
  if (o->cls->flags & TF_HEAPTYPE) trace_instance_extras(o, t);
}

void free_storage(Dict* d) {
  std::free(d->entries);
  std::free(d->index);
  d->entries = nullptr;
  d->index = nullptr;
  d->mask = d->used = d->nentries = d->capacity = 0;
}

void finalize_dict(Obj* o) { free_storage(static_cast<Dict*>(o)); }

const Layout kDictLayout{"dict", trace_dict, finalize_dict};

// Entries a table of `size` index slots may hold (CPython's 2/3 load factor).
size_t usable(size_t size) { return size * 2 / 3; }

// Rebuilds the table with room for at least `min_used` live entries,
// compacting away deleted entries. False on MemoryError (raised).
bool resize(VM& vm, Dict* d, size_t min_used) {
  size_t size = kMinSize;
  while (usable(size) < min_used) {
    size <<= 1;
    if (size > (size_t(1) << 31)) {
      raise_memory_error(vm);
      return false;
    }
  }
  size_t cap = usable(size);
  auto* index = static_cast<int32_t*>(std::malloc(size * sizeof(int32_t)));
  auto* entries = static_cast<DictEntry*>(std::malloc(cap * sizeof(DictEntry)));
  if (!index || !entries) {
    std::free(index);
    std::free(entries);
    raise_memory_error(vm);
    return false;
  }
  std::memset(index, 0xff, size * sizeof(int32_t));  // all kEmpty
  size_t n = 0, mask = size - 1;
  for (size_t k = 0; k < d->nentries; ++k) {
    DictEntry& e = d->entries[k];
    if (!e.key.ok()) continue;
    entries[n] = e;
    uint64_t perturb = static_cast<uint64_t>(e.hash);
    size_t i = static_cast<size_t>(e.hash) & mask;
    while (index[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = static_cast<int32_t>(n++);
  }
  std::free(d->entries);
  std::free(d->index);
  d->entries = entries;
  d->index = index;
  d->mask = mask;
  d->capacity = cap;
  d->nentries = n;
  d->used = n;
  return true;
}

// Equality of a stored key and a probe key without running Python code:
// 1 equal, 0 different, -1 only __eq__ can tell.
int quick_equal(VM& vm, Value a, Value b) {
  if (a == b) return 1;
  bool a_str = a.is_object() && a.as_object()->cls == vm.t.str;
  bool b_str = b.is_object() && b.as_object()->cls == vm.t.str;
  if (a_str && b_str) return str_equal(a.as<Str>(), b.as<Str>());
  if ((a.is_small_int() || a_str) && (b.is_small_int() || b_str)) return 0;
  return -1;
}

// Finds `key`: its entry number, kNotFound, or kError. *slot receives the
// index slot of the entry when found.
int64_t lookup(VM& vm, Dict* d, Value key, int64_t hash, size_t* slot) {
restart:
  if (!d->index) return kNotFound;
  size_t mask = d->mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) return kNotFound;
    if (ix >= 0) {
      DictEntry* e = &d->entries[ix];
      if (e->hash == hash) {
        int q = quick_equal(vm, e->key, key);
        if (q < 0) {
          // __eq__ may change the dict: start over if it did.
          DictEntry* before = d->entries;
          Value stored = e->key;
          q = equals(vm, stored, key);
          if (q < 0) return kError;
          if (d->entries != before || d->mask != mask || before[ix].key != stored) goto restart;
        }
        if (q) {
          *slot = i;
          return ix;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// The index slot holding entry number `ix` (which must be live).
size_t slot_of(Dict* d, int64_t ix) {
  int64_t hash = d->entries[ix].hash;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & d->mask;
  while (d->index[i] != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & d->mask;
  }
  return i;
}

bool hash_key(VM& vm, Value key, int64_t* h) {
  if (key.is_small_int()) {
    *h = int_hash(key);
    return true;
  }
  if (key.is_object() && key.as_object()->cls == vm.t.str) {
    *h = str_hash(key.as<Str>());
    return true;
  }
  return hash(vm, key, h);
}

bool insert(VM& vm, Dict* d, Value key, int64_t hash, Value value) {
  size_t slot;
  int64_t ix = lookup(vm, d, key, hash, &slot);
  if (ix == kError) return false;
  if (ix >= 0) {
    d->entries[ix].value = value;
    ++d->version;
    return true;
  }
  if (d->nentries >= d->capacity && !resize(vm, d, d->used * 2 + 1)) return false;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t mask = d->mask;
  size_t i = static_cast<size_t>(hash) & mask;
  while (d->index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  d->index[i] = static_cast<int32_t>(d->nentries);
  d->entries[d->nentries++] = DictEntry{hash, key, value};
  ++d->used;
  ++d->version;
  return true;
}

void remove_entry(Dict* d, int64_t ix, size_t slot) {
  d->index[slot] = kDeleted;
  d->entries[ix].key = Value::error();
  d->entries[ix].value = Value::error();
  --d->used;
  ++d->version;
}

Dict* dict_alloc(VM& vm) {
  auto* d = static_cast<Dict*>(vm.heap.allocate(sizeof(Dict)));
  if (!d) {
    raise_memory_error(vm);
    return nullptr;
  }
  d->cls = vm.t.dict;
  d->version = 1;
  return d;
}

bool is_dict(Value v) { return v.is_object() && (v.as_object()->cls->flags & TF_DICT_SUBCLASS); }

}  // namespace

// ---- C++ API ----

Value make_dict(VM& vm, size_t reserve) {
  Dict* d = dict_alloc(vm);
  if (!d) return Value::error();
  if (reserve > usable(kMinSize) && !resize(vm, d, reserve)) return Value::error();
  return val(d);
}

Value dict_get_known_hash(VM& vm, Dict* d, Value key, int64_t hash) {
  size_t slot;
  int64_t ix = lookup(vm, d, key, hash, &slot);
  return ix >= 0 ? d->entries[ix].value : Value::error();
}

Value dict_get(VM& vm, Dict* d, Value key) {
  int64_t h;
  if (!hash_key(vm, key, &h)) return Value::error();
  return dict_get_known_hash(vm, d, key, h);
}

Value dict_get_str(Dict* d, Str* key) {
  if (!d->index) return Value::error();
  int64_t hash = str_hash(key);
  size_t mask = d->mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) return Value::error();
    if (ix >= 0) {
      DictEntry& e = d->entries[ix];
      if (e.key.bits() == reinterpret_cast<uint64_t>(key)) return e.value;
      if (e.hash == hash && e.key.is_object() && (e.key.as_object()->cls->flags & TF_STR_SUBCLASS) &&
          str_equal(e.key.as<Str>(), key))
        return e.value;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value dict_get_cstr(VM& vm, Dict* d, const char* key) { return dict_get_str(d, vm.intern(key)); }

bool dict_set_known_hash(VM& vm, Dict* d, Value key, int64_t hash, Value value) {
  return insert(vm, d, key, hash, value);
}

bool dict_set(VM& vm, Dict* d, Value key, Value value) {
  int64_t h;
  if (!hash_key(vm, key, &h)) return false;
  return insert(vm, d, key, h, value);
}

bool dict_set_str(VM& vm, Dict* d, Str* key, Value value) { return insert(vm, d, val(key), str_hash(key), value); }

bool dict_set_cstr(VM& vm, Dict* d, const char* key, Value value) {
  if (!value.ok()) return false;
  return dict_set_str(vm, d, vm.intern(key), value);
}

int dict_del(VM& vm, Dict* d, Value key) {
  int64_t h;
  if (!hash_key(vm, key, &h)) return -1;
  size_t slot;
  int64_t ix = lookup(vm, d, key, h, &slot);
  if (ix == kError) return -1;
  if (ix == kNotFound) return 0;
  remove_entry(d, ix, slot);
  return 1;
}

int dict_contains(VM& vm, Dict* d, Value key) {
  int64_t h;
  if (!hash_key(vm, key, &h)) return -1;
  size_t slot;
  int64_t ix = lookup(vm, d, key, h, &slot);
  return ix == kError ? -1 : ix >= 0;
}

bool dict_next_hash(Dict* d, size_t* pos, Value* key, Value* value, int64_t* hash) {
  while (*pos < d->nentries) {
    DictEntry& e = d->entries[(*pos)++];
    if (!e.key.ok()) continue;
    *key = e.key;
    if (value) *value = e.value;
    if (hash) *hash = e.hash;
    return true;
  }
  return false;
}

bool dict_next(Dict* d, size_t* pos, Value* key, Value* value) { return dict_next_hash(d, pos, key, value, nullptr); }

Value dict_copy(VM& vm, Dict* d) {
  Value r = make_dict(vm, d->used);
  if (!r.ok()) return r;
  Dict* nd = r.as<Dict>();
  for (size_t i = 0; i < d->nentries; ++i) {
    DictEntry e = d->entries[i];
    if (e.key.ok() && !insert(vm, nd, e.key, e.hash, e.value)) return Value::error();
  }
  return r;
}

void dict_clear(Dict* d) {
  free_storage(d);
  ++d->version;
}

namespace {

// d[key] = value for every key of `src` (a dict whose iteration is dict's own).
bool merge_from_dict(VM& vm, Dict* d, Dict* src) {
  if (src == d || src->used == 0) return true;
  if (d->used == 0 && !resize(vm, d, src->used)) return false;
  size_t n = src->used;
  for (size_t i = 0; i < src->nentries; ++i) {
    DictEntry e = src->entries[i];
    if (!e.key.ok()) continue;
    if (!insert(vm, d, e.key, e.hash, e.value)) return false;
    if (src->used != n) {
      raise(vm, vm.e.RuntimeError, "dict mutated during update");
      return false;
    }
  }
  return true;
}

Value dict_iter_m(VM& vm, const Value* args, size_t nargs, Tuple*);

// Does this dict (subclass) iterate like dict itself (so its entries may be read directly)?
bool iterates_natively(VM& vm, Value v) {
  Type* t = v.as_object()->cls;
  if (t == vm.t.dict) return true;
  Value it = lookup_special(vm, t, SM::iter);
  return it.is_object() && it.as_object()->cls == vm.t.wrapper_descriptor &&
         it.as<MethodDescriptor>()->def->fn == dict_iter_m;
}

// for k in m.keys(): d[k] = m[k]
bool merge_from_keys(VM& vm, Dict* d, Value m, Value keys_fn) {
  Value keys = call0(vm, keys_fn);
  if (!keys.ok()) return false;
  Value it = get_iter(vm, keys);
  if (!it.ok()) return false;
  for (;;) {
    Value k = iter_next(vm, it);
    if (!k.ok()) return !vm.has_exc();
    Value v = get_item(vm, m, k);
    if (!v.ok() || !dict_set(vm, d, k, v)) return false;
  }
}

bool merge_from_pairs(VM& vm, Dict* d, Value pairs) {
  Value it = get_iter(vm, pairs);
  if (!it.ok()) return false;
  for (size_t n = 0;; ++n) {
    Value item = iter_next(vm, it);
    if (!item.ok()) return !vm.has_exc();
    Value seq = item;
    bool is_seq = item.is_object() && (item.as_object()->cls == vm.t.tuple || item.as_object()->cls == vm.t.list);
    if (!is_seq) {
      seq = list_from_iterable(vm, item);
      if (!seq.ok()) {
        if (exc_matches(vm, vm.e.TypeError)) {
          clear_exc(vm);
          raisef(vm, vm.e.TypeError, "cannot convert dictionary update sequence element #%zu to a sequence", n);
        }
        return false;
      }
    }
    bool tuple = seq.as_object()->cls == vm.t.tuple;
    size_t len = tuple ? seq.as<Tuple>()->size : seq.as<List>()->size;
    if (len != 2) {
      raisef(vm, vm.e.ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required", n, len);
      return false;
    }
    Value k = tuple ? (*seq.as<Tuple>())[0] : seq.as<List>()->items[0];
    Value v = tuple ? (*seq.as<Tuple>())[1] : seq.as<List>()->items[1];
    if (!dict_set(vm, d, k, v)) return false;
  }
}

}  // namespace

bool dict_merge_mapping(VM& vm, Dict* d, Value m) {
  if (is_dict(m) && iterates_natively(vm, m)) return merge_from_dict(vm, d, m.as<Dict>());
  Value keys_fn = getattr(vm, m, vm.n.keys);
  if (!keys_fn.ok()) return false;
  return merge_from_keys(vm, d, m, keys_fn);
}

bool dict_update(VM& vm, Dict* d, Value other) {
  if (is_dict(other) && iterates_natively(vm, other)) return merge_from_dict(vm, d, other.as<Dict>());
  Value keys_fn = getattr_opt(vm, other, vm.n.keys);
  if (keys_fn.ok()) return merge_from_keys(vm, d, other, keys_fn);
  if (vm.has_exc()) return false;
  return merge_from_pairs(vm, d, other);
}

namespace {

// ---- methods ----

Value dict_new(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Value cls_v = args[0];
  if (!cls_v.is_object() || !is_subtype(cls_v.as_object()->cls, vm.t.type))
    return raisef(vm, vm.e.TypeError, "dict.__new__(X): X is not a type object (%s)", type_name(cls_v));
  Type* cls = cls_v.as<Type>();
  if (!is_subtype(cls, vm.t.dict))
    return raisef(vm, vm.e.TypeError, "dict.__new__(%s): %s is not a subtype of dict", cls->name->data(),
                  cls->name->data());
  if (cls == vm.t.dict) return make_dict(vm);
  Obj* o = alloc_object(vm, cls);
  if (!o) return Value::error();
  static_cast<Dict*>(o)->version = 1;
  return val(o);
}

// dict.__init__ and dict.update: one optional positional argument, then keywords.
bool update_with_args(VM& vm, const char* fname, Dict* d, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_nargs(vm, fname, nargs, 0, 1)) return false;
  if (nargs == 1 && !dict_update(vm, d, args[0])) return false;
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < nkw; ++i)
    if (!dict_set(vm, d, (*kwnames)[i], args[nargs + i])) return false;
  return true;
}

Value dict_init(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  return update_with_args(vm, "dict", args[0].as<Dict>(), args + 1, nargs - 1, kwnames) ? Value::none()
                                                                                        : Value::error();
}

Value dict_update_m(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  return update_with_args(vm, "update", args[0].as<Dict>(), args + 1, nargs - 1, kwnames) ? Value::none()
                                                                                          : Value::error();
}

Value dict_repr_m(VM& vm, const Value* args, size_t, Tuple*) {
  Dict* d = args[0].as<Dict>();
  if (d->used == 0) return make_str(vm, "{}");
  if (repr_enter(vm, d) > 0) return make_str(vm, "{...}");
  std::string out = "{";
  bool first = true;
  for (size_t i = 0; i < d->nentries; ++i) {
    DictEntry e = d->entries[i];  // a copy: repr() may change the dict
    if (!e.key.ok()) continue;
    if (!first) out += ", ";
    first = false;
    Value k = repr(vm, e.key);
    Value v = k.ok() ? repr(vm, e.value) : Value::error();
    if (!v.ok()) {
      repr_leave(vm, d);
      return Value::error();
    }
    out += sv(k);
    out += ": ";
    out += sv(v);
  }
  repr_leave(vm, d);
  out += "}";
  return make_str(vm, out);
}

Value dict_len_m(VM& vm, const Value* args, size_t, Tuple*) {
  return make_int(vm, static_cast<int64_t>(args[0].as<Dict>()->used));
}

Value dict_getitem(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "dict.__getitem__", nargs - 1, 1, 1)) return Value::error();
  Dict* d = args[0].as<Dict>();
  Value v = dict_get(vm, d, args[1]);
  if (v.ok() || vm.has_exc()) return v;
  if (d->cls != vm.t.dict) {
    Value missing = lookup_special(vm, d->cls, SM::missing);
    if (missing.ok()) return call_special(vm, args[0], SM::missing, &args[1], 1);
  }
  return raise_key_error(vm, args[1]);
}

Value dict_setitem(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__setitem__", nargs - 1, 2, 2)) return Value::error();
  return dict_set(vm, args[0].as<Dict>(), args[1], args[2]) ? Value::none() : Value::error();
}

Value dict_delitem(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__delitem__", nargs - 1, 1, 1)) return Value::error();
  int r = dict_del(vm, args[0].as<Dict>(), args[1]);
  if (r < 0) return Value::error();
  if (r == 0) return raise_key_error(vm, args[1]);
  return Value::none();
}

Value dict_contains_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__contains__", nargs - 1, 1, 1)) return Value::error();
  int r = dict_contains(vm, args[0].as<Dict>(), args[1]);
  return r < 0 ? Value::error() : Value::boolean(r);
}

Value dict_iter_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__iter__", nargs - 1, 0, 0)) return Value::error();
  return make_dict_iterator(vm, vm.t.dict_keyiterator, args[0], false);
}

Value dict_reversed_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__reversed__", nargs - 1, 0, 0)) return Value::error();
  return make_dict_iterator(vm, vm.t.dict_keyiterator, args[0], true);
}

// a == b for two dicts: same length and every key of a maps to an equal value in b.
int dict_equal(VM& vm, Dict* a, Dict* b) {
  if (a->used != b->used) return 0;
  for (size_t i = 0; i < a->nentries; ++i) {
    DictEntry e = a->entries[i];
    if (!e.key.ok()) continue;
    Value bv = dict_get_known_hash(vm, b, e.key, e.hash);
    if (!bv.ok()) return vm.has_exc() ? -1 : 0;
    int eq = equals(vm, e.value, bv);
    if (eq <= 0) return eq;
  }
  return 1;
}

Value dict_eq_impl(VM& vm, const Value* args, size_t nargs, bool ne) {
  if (nargs != 2) return raisef(vm, vm.e.TypeError, "expected 1 argument, got %zu", nargs - 1);
  if (!is_dict(args[1])) return vm.not_implemented;
  int r = dict_equal(vm, args[0].as<Dict>(), args[1].as<Dict>());
  if (r < 0) return Value::error();
  return Value::boolean(ne ? !r : r);
}
Value dict_eq(VM& vm, const Value* args, size_t nargs, Tuple*) { return dict_eq_impl(vm, args, nargs, false); }
Value dict_ne(VM& vm, const Value* args, size_t nargs, Tuple*) { return dict_eq_impl(vm, args, nargs, true); }

// self | other, where the operands are both dicts (either may be a subclass).
Value dict_or_impl(VM& vm, Value left, Value right) {
  if (!is_dict(left) || !is_dict(right)) return vm.not_implemented;
  Value r = dict_copy(vm, left.as<Dict>());
  if (!r.ok() || !dict_update(vm, r.as<Dict>(), right)) return Value::error();
  return r;
}
Value dict_or(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__or__", nargs - 1, 1, 1)) return Value::error();
  return dict_or_impl(vm, args[0], args[1]);
}
Value dict_ror(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__ror__", nargs - 1, 1, 1)) return Value::error();
  return dict_or_impl(vm, args[1], args[0]);
}
Value dict_ior(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__ior__", nargs - 1, 1, 1)) return Value::error();
  if (!dict_update(vm, args[0].as<Dict>(), args[1])) return Value::error();
  return args[0];
}

Value dict_keys_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "dict.keys", nargs - 1, 0, 0)) return Value::error();
  return make_dict_view(vm, vm.t.dict_keys, args[0]);
}
Value dict_values_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "dict.values", nargs - 1, 0, 0)) return Value::error();
  return make_dict_view(vm, vm.t.dict_values, args[0]);
}
Value dict_items_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "dict.items", nargs - 1, 0, 0)) return Value::error();
  return make_dict_view(vm, vm.t.dict_items, args[0]);
}

Value dict_get_m(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "dict.get", kwnames) || !check_nargs(vm, "get", nargs - 1, 1, 2)) return Value::error();
  Value v = dict_get(vm, args[0].as<Dict>(), args[1]);
  if (v.ok() || vm.has_exc()) return v;
  return nargs > 2 ? args[2] : Value::none();
}

Value dict_setdefault_m(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "dict.setdefault", kwnames) || !check_nargs(vm, "setdefault", nargs - 1, 1, 2))
    return Value::error();
  Dict* d = args[0].as<Dict>();
  int64_t h;
  if (!hash_key(vm, args[1], &h)) return Value::error();
  Value v = dict_get_known_hash(vm, d, args[1], h);
  if (v.ok() || vm.has_exc()) return v;
  Value dflt = nargs > 2 ? args[2] : Value::none();
  if (!insert(vm, d, args[1], h, dflt)) return Value::error();
  return dflt;
}

Value dict_pop_m(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "dict.pop", kwnames) || !check_nargs(vm, "pop", nargs - 1, 1, 2)) return Value::error();
  Dict* d = args[0].as<Dict>();
  int64_t h;
  if (!hash_key(vm, args[1], &h)) return Value::error();
  size_t slot;
  int64_t ix = lookup(vm, d, args[1], h, &slot);
  if (ix == kError) return Value::error();
  if (ix == kNotFound) return nargs > 2 ? args[2] : raise_key_error(vm, args[1]);
  Value v = d->entries[ix].value;
  remove_entry(d, ix, slot);
  return v;
}

Value dict_popitem_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "dict.popitem", nargs - 1, 0, 0)) return Value::error();
  Dict* d = args[0].as<Dict>();
  if (d->used == 0) return raise(vm, vm.e.KeyError, "popitem(): dictionary is empty");
  int64_t ix = static_cast<int64_t>(d->nentries) - 1;
  while (!d->entries[ix].key.ok()) --ix;
  DictEntry e = d->entries[ix];
  Value pair = make_tuple(vm, {e.key, e.value});
  if (!pair.ok()) return pair;
  remove_entry(d, ix, slot_of(d, ix));
  d->nentries = static_cast<size_t>(ix);  // the freed tail entries can be reused
  return pair;
}

Value dict_copy_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "dict.copy", nargs - 1, 0, 0)) return Value::error();
  return dict_copy(vm, args[0].as<Dict>());
}

Value dict_clear_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "dict.clear", nargs - 1, 0, 0)) return Value::error();
  dict_clear(args[0].as<Dict>());
  return Value::none();
}

Value dict_fromkeys_m(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "dict.fromkeys", kwnames) || !check_nargs(vm, "fromkeys", nargs - 1, 1, 2))
    return Value::error();
  Value value = nargs > 2 ? args[2] : Value::none();
  Value d = call0(vm, args[0]);
  if (!d.ok()) return d;
  bool exact = d.is_object() && d.as_object()->cls == vm.t.dict;
  if (exact && is_dict(args[1]) && iterates_natively(vm, args[1])) {
    Dict* src = args[1].as<Dict>();
    for (size_t i = 0; i < src->nentries; ++i) {
      DictEntry e = src->entries[i];
      if (e.key.ok() && !insert(vm, d.as<Dict>(), e.key, e.hash, value)) return Value::error();
    }
    return d;
  }
  Value it = get_iter(vm, args[1]);
  if (!it.ok()) return it;
  for (;;) {
    Value k = iter_next(vm, it);
    if (!k.ok()) return vm.has_exc() ? Value::error() : d;
    bool ok = exact ? dict_set(vm, d.as<Dict>(), k, value) : set_item(vm, d, k, value);
    if (!ok) return Value::error();
  }
}

Value dict_sizeof_m(VM& vm, const Value* args, size_t, Tuple*) {
  Dict* d = args[0].as<Dict>();
  size_t bytes = 48 + (d->index ? (d->mask + 1) * sizeof(int32_t) + d->capacity * sizeof(DictEntry) : 0);
  return make_int(vm, static_cast<int64_t>(bytes));
}

const MethodDef kDictMethods[] = {
    {"__new__", dict_new, METH_STATIC, "Create and return a new object."},
    {"__init__", dict_init, METH_SLOT},
    {"__repr__", dict_repr_m, METH_SLOT},
    {"__len__", dict_len_m, METH_SLOT},
    {"__getitem__", dict_getitem, METH_SLOT},
    {"__setitem__", dict_setitem, METH_SLOT},
    {"__delitem__", dict_delitem, METH_SLOT},
    {"__contains__", dict_contains_m, METH_SLOT},
    {"__iter__", dict_iter_m, METH_SLOT},
    {"__reversed__", dict_reversed_m, METH_METHOD, "Return a reverse iterator over the dict keys."},
    {"__eq__", dict_eq, METH_SLOT},
    {"__ne__", dict_ne, METH_SLOT},
    {"__or__", dict_or, METH_SLOT},
    {"__ror__", dict_ror, METH_SLOT},
    {"__ior__", dict_ior, METH_SLOT},
    {"__sizeof__", dict_sizeof_m, METH_METHOD, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"keys", dict_keys_m, METH_METHOD, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", dict_values_m, METH_METHOD, "D.values() -> an object providing a view on D's values"},
    {"items", dict_items_m, METH_METHOD, "D.items() -> a set-like object providing a view on D's items"},
    {"get", dict_get_m, METH_METHOD, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault_m, METH_METHOD,
     "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is "
     "in the dictionary, else default."},
    {"pop", dict_pop_m, METH_METHOD,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, "
     "return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", dict_popitem_m, METH_METHOD,
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) "
     "order.\nRaises KeyError if the dict is empty."},
    {"update", dict_update_m, METH_METHOD,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() "
     "method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for "
     "k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]"},
    {"copy", dict_copy_m, METH_METHOD, "D.copy() -> a shallow copy of D"},
    {"clear", dict_clear_m, METH_METHOD, "D.clear() -> None.  Remove all items from D."},
    {"fromkeys", dict_fromkeys_m, METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {}};

}  // namespace

void init_dict_type(VM& vm) {
  setup_builtin_type(vm, vm.t.dict, "dict", vm.t.object, &kDictLayout, sizeof(Dict),
                     TF_BASETYPE | TF_DICT_SUBCLASS | TF_MAPPING, dict_new);
  add_methods(vm, vm.t.dict, kDictMethods);
  dict_set_cstr(vm, vm.t.dict->dict, "__hash__", Value::none());
  dict_set_cstr(vm, vm.t.dict->dict, "__doc__",
                make_str(vm, "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a "
                             "mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary "
                             "initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\n"
                             "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the "
                             "keyword argument list.  For example:  dict(one=1, two=2)"));
  init_dict_view_types(vm);
}

}  // namespace klass
