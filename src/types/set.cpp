// set, frozenset and set_iterator.
//
// The table follows CPython's exactly (minimum size 8, probes of 9 adjacent
// slots then a perturbed jump, resize when 3/5 full to 4x the live count,
// the same merge shortcuts), because the iteration order of a set — and so
// what a program prints — depends on it.
#include "types/set.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
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

constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr uint32_t kHashCached = 1;  // Obj::aux flag: Set::hash holds the frozenset hash

// Marks a deleted slot: a word that is neither a pointer nor any immediate.
const Value kDummy = Value::from_bits(0x1A);

bool is_live(Value k) { return k.ok() && k != kDummy; }

void trace_set(Obj* o, Tracer& t) {
  auto* s = static_cast<Set*>(o);
  if (s->table)
    for (size_t i = 0; i <= s->mask; ++i) t.visit(s->table[i].key);
  if (o->cls->flags & TF_HEAPTYPE) trace_instance_extras(o, t);
}
void finalize_set(Obj* o) {
  auto* s = static_cast<Set*>(o);
  std::free(s->table);
  s->table = nullptr;
}
const Layout kSetLayout{"set", trace_set, finalize_set};

SetEntry* new_table(size_t size) { return static_cast<SetEntry*>(std::calloc(size, sizeof(SetEntry))); }

bool ensure_table(VM& vm, Set* s) {
  if (s->table) return true;
  s->table = new_table(kMinSize);
  if (!s->table) {
    raise_memory_error(vm);
    return false;
  }
  s->mask = kMinSize - 1;
  return true;
}

// Inserts a key known to be absent into a table without deleted slots.
void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry* e = &table[i];
    if (!e->key.ok()) goto found;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++e;
        if (!e->key.ok()) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    e->key = key;
    e->hash = hash;
    return;
  }
}

bool table_resize(VM& vm, Set* s, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  SetEntry* table = new_table(newsize);
  if (!table) {
    raise_memory_error(vm);
    return false;
  }
  SetEntry* old = s->table;
  size_t oldsize = old ? s->mask + 1 : 0;
  for (size_t i = 0; i < oldsize; ++i)
    if (is_live(old[i].key)) insert_clean(table, newsize - 1, old[i].key, old[i].hash);
  std::free(old);
  s->table = table;
  s->mask = newsize - 1;
  s->fill = s->used;
  return true;
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

// 1 equal, 0 different, -1 only __eq__ can tell (see dict.cpp).
int quick_equal(VM& vm, Value a, Value b) {
  if (a == b) return 1;
  bool a_str = a.is_object() && a.as_object()->cls == vm.t.str;
  bool b_str = b.is_object() && b.as_object()->cls == vm.t.str;
  if (a_str && b_str) return str_equal(a.as<Str>(), b.as<Str>());
  if ((a.is_small_int() || a_str) && (b.is_small_int() || b_str)) return 0;
  return -1;
}

// Compares a stored key with `key` (same hash). 1 match, 0 no, -1 error,
// 2 the table changed under __eq__ (start again).
int entry_matches(VM& vm, Set* s, SetEntry* e, Value key) {
  int q = quick_equal(vm, e->key, key);
  if (q >= 0) return q;
  SetEntry* table = s->table;
  Value stored = e->key;
  q = equals(vm, stored, key);
  if (q < 0) return -1;
  if (table != s->table || e->key != stored) return 2;
  return q;
}

// The slot holding `key`, or null (not found, or error with an exception pending).
SetEntry* lookkey(VM& vm, Set* s, Value key, int64_t hash) {
restart:
  if (!s->table) return nullptr;
  size_t mask = s->mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry* e = &s->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (!e->key.ok()) return nullptr;
      if (e->hash == hash && e->key != kDummy) {
        int m = entry_matches(vm, s, e, key);
        if (m == 1) return e;
        if (m < 0) return nullptr;
        if (m == 2) goto restart;
        mask = s->mask;
      }
      if (probes-- == 0) break;
      ++e;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool add_entry(VM& vm, Set* s, Value key, int64_t hash) {
  if (!ensure_table(vm, s)) return false;
restart:
  size_t mask = s->mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  SetEntry* freeslot = nullptr;
  SetEntry* e;
  for (;;) {
    e = &s->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (!e->key.ok()) goto found_unused;
      if (e->key == kDummy) {
        if (!freeslot) freeslot = e;
      } else if (e->hash == hash) {
        int m = entry_matches(vm, s, e, key);
        if (m == 1) return true;
        if (m < 0) return false;
        if (m == 2) goto restart;
        mask = s->mask;
      }
      if (probes-- == 0) break;
      ++e;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused:
  if (freeslot) {
    ++s->used;
    freeslot->key = key;
    freeslot->hash = hash;
    return true;
  }
  ++s->fill;
  ++s->used;
  e->key = key;
  e->hash = hash;
  if (s->fill * 5 < mask * 3) return true;
  return table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

// 1 removed, 0 absent, -1 error.
int discard_entry(VM& vm, Set* s, Value key, int64_t hash) {
  SetEntry* e = lookkey(vm, s, key, hash);
  if (!e) return vm.has_exc() ? -1 : 0;
  e->key = kDummy;
  e->hash = -1;
  --s->used;
  return 1;
}

int contains_entry(VM& vm, Set* s, Value key, int64_t hash) {
  SetEntry* e = lookkey(vm, s, key, hash);
  if (e) return 1;
  return vm.has_exc() ? -1 : 0;
}

bool is_any_set(Value v) {
  if (!v.is_object()) return false;
  const Layout* l = v.as_object()->cls->layout;
  return l == &kSetLayout;
}

bool is_frozen(VM& vm, Value v) { return isinstance_of(vm, v, vm.t.frozenset); }

Set* set_alloc(VM& vm, Type* cls) {
  Obj* o;
  if (cls == vm.t.set || cls == vm.t.frozenset) {
    o = static_cast<Obj*>(vm.heap.allocate(sizeof(Set)));
    if (!o) {
      raise_memory_error(vm);
      return nullptr;
    }
    o->cls = cls;
  } else {
    o = alloc_object(vm, cls);
    if (!o) return nullptr;
  }
  return static_cast<Set*>(o);
}

// Adds every item of `other` (a set) to s, with CPython's shortcuts.
bool merge(VM& vm, Set* s, Set* other) {
  if (other == s || other->used == 0) return true;
  if (!ensure_table(vm, s)) return false;
  if ((s->fill + other->used) * 5 >= s->mask * 3 && !table_resize(vm, s, (s->used + other->used) * 2)) return false;
  if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
    for (size_t i = 0; i <= other->mask; ++i)
      if (other->table[i].key.ok()) s->table[i] = other->table[i];
    s->fill = other->fill;
    s->used = other->used;
    return true;
  }
  if (s->fill == 0) {
    s->fill = s->used = other->used;
    for (size_t i = 0; i <= other->mask; ++i)
      if (is_live(other->table[i].key)) insert_clean(s->table, s->mask, other->table[i].key, other->table[i].hash);
    return true;
  }
  for (size_t i = 0; other->table && i <= other->mask; ++i) {
    SetEntry e = other->table[i];
    if (is_live(e.key) && !add_entry(vm, s, e.key, e.hash)) return false;
  }
  return true;
}

bool update_internal(VM& vm, Set* s, Value other) {
  if (is_any_set(other)) return merge(vm, s, other.as<Set>());
  if (other.is_object() && other.as_object()->cls == vm.t.dict) {
    Dict* d = other.as<Dict>();
    if (!ensure_table(vm, s)) return false;
    if ((s->fill + d->used) * 5 >= s->mask * 3 && !table_resize(vm, s, (s->used + d->used) * 2)) return false;
    size_t pos = 0;
    Value k;
    int64_t h;
    while (dict_next_hash(d, &pos, &k, nullptr, &h))
      if (!add_entry(vm, s, k, h)) return false;
    return true;
  }
  Value it = get_iter(vm, other);
  if (!it.ok()) return false;
  for (;;) {
    Value k = iter_next(vm, it);
    if (!k.ok()) return !vm.has_exc();
    if (!set_add(vm, s, k)) return false;
  }
}

// A new set of class `cls` (or its built-in base's class for results of
// operations, see base_type) holding the items of iterable.
Value new_set(VM& vm, Type* cls, Value iterable) {
  Set* s = set_alloc(vm, cls);
  if (!s) return Value::error();
  if (iterable.ok() && !update_internal(vm, s, iterable)) return Value::error();
  return val(s);
}

// The class of an operation's result: set for set subclasses, frozenset for
// frozenset subclasses.
Type* base_type(VM& vm, Value v) { return is_frozen(vm, v) ? vm.t.frozenset : vm.t.set; }

Value copy_of(VM& vm, Value s) { return new_set(vm, base_type(vm, s), s); }

void clear_internal(Set* s) {
  std::free(s->table);
  s->table = nullptr;
  s->mask = 0;
  s->fill = s->used = 0;
}

void swap_bodies(Set* a, Set* b) {
  std::swap(a->table, b->table);
  std::swap(a->mask, b->mask);
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
}

// Looks `key` up; a set key that is unhashable is retried as a frozenset, as
// CPython does for `in`, remove and discard.
template <class F>
int with_frozen_fallback(VM& vm, Value key, F op) {
  int64_t h;
  if (hash_key(vm, key, &h)) return op(key, h);
  if (!isinstance_of(vm, key, vm.t.set) || !exc_matches(vm, vm.e.TypeError)) return -1;
  clear_exc(vm);
  Value fz = new_set(vm, vm.t.frozenset, key);
  if (!fz.ok() || !hash_key(vm, fz, &h)) return -1;
  return op(fz, h);
}

// ---- set algebra (CPython's algorithms, which fix the result's order) ----

Value intersection(VM& vm, Value so, Value other) {
  if (so == other) return copy_of(vm, so);
  Value result = new_set(vm, base_type(vm, so), Value::error());
  if (!result.ok()) return result;
  Set* r = result.as<Set>();
  if (is_any_set(other)) {
    Set* a = so.as<Set>();
    Set* b = other.as<Set>();
    if (b->used > a->used) std::swap(a, b);
    for (size_t i = 0; b->table && i <= b->mask; ++i) {
      SetEntry e = b->table[i];
      if (!is_live(e.key)) continue;
      int c = contains_entry(vm, a, e.key, e.hash);
      if (c < 0 || (c && !add_entry(vm, r, e.key, e.hash))) return Value::error();
    }
    return result;
  }
  Value it = get_iter(vm, other);
  if (!it.ok()) return it;
  for (;;) {
    Value k = iter_next(vm, it);
    if (!k.ok()) return vm.has_exc() ? Value::error() : result;
    int64_t h;
    if (!hash_key(vm, k, &h)) return Value::error();
    int c = contains_entry(vm, so.as<Set>(), k, h);
    if (c < 0 || (c && !add_entry(vm, r, k, h))) return Value::error();
  }
}

bool difference_update_internal(VM& vm, Set* s, Value other) {
  if (other.as_object() == s) {
    clear_internal(s);
    return true;
  }
  if (is_any_set(other)) {
    Value src = other;
    if ((other.as<Set>()->used >> 3) > s->used) {
      src = intersection(vm, val(s), other);
      if (!src.ok()) return false;
    }
    Set* o = src.as<Set>();
    for (size_t i = 0; o->table && i <= o->mask; ++i) {
      SetEntry e = o->table[i];
      if (is_live(e.key) && discard_entry(vm, s, e.key, e.hash) < 0) return false;
    }
  } else {
    Value it = get_iter(vm, other);
    if (!it.ok()) return false;
    for (;;) {
      Value k = iter_next(vm, it);
      if (!k.ok()) {
        if (vm.has_exc()) return false;
        break;
      }
      if (set_discard(vm, s, k) < 0) return false;
    }
  }
  if (s->fill - s->used <= s->mask / 4) return true;
  return table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

Value difference(VM& vm, Value so, Value other) {
  Set* s = so.as<Set>();
  size_t other_size;
  bool other_dict = other.is_object() && other.as_object()->cls == vm.t.dict;
  if (is_any_set(other))
    other_size = other.as<Set>()->used;
  else if (other_dict)
    other_size = other.as<Dict>()->used;
  else
    other_size = SIZE_MAX;
  if (other_size == SIZE_MAX || (s->used >> 2) > other_size) {
    Value r = copy_of(vm, so);
    if (!r.ok() || !difference_update_internal(vm, r.as<Set>(), other)) return Value::error();
    return r;
  }
  Value result = new_set(vm, base_type(vm, so), Value::error());
  if (!result.ok()) return result;
  for (size_t i = 0; s->table && i <= s->mask; ++i) {
    SetEntry e = s->table[i];
    if (!is_live(e.key)) continue;
    int c;
    if (other_dict) {
      Value v = dict_get_known_hash(vm, other.as<Dict>(), e.key, e.hash);
      c = v.ok() ? 1 : (vm.has_exc() ? -1 : 0);
    } else {
      c = contains_entry(vm, other.as<Set>(), e.key, e.hash);
    }
    if (c < 0 || (!c && !add_entry(vm, result.as<Set>(), e.key, e.hash))) return Value::error();
  }
  return result;
}

bool symmetric_difference_update_internal(VM& vm, Set* s, Value other) {
  if (other.as_object() == s) {
    clear_internal(s);
    return true;
  }
  auto toggle = [&](Value k, int64_t h) -> bool {
    int r = discard_entry(vm, s, k, h);
    if (r < 0) return false;
    return r == 1 || add_entry(vm, s, k, h);
  };
  if (other.is_object() && other.as_object()->cls == vm.t.dict) {
    size_t pos = 0;
    Value k;
    int64_t h;
    while (dict_next_hash(other.as<Dict>(), &pos, &k, nullptr, &h))
      if (!toggle(k, h)) return false;
    return true;
  }
  Value src = other;
  if (!is_any_set(other)) {
    src = new_set(vm, base_type(vm, val(s)), other);
    if (!src.ok()) return false;
  }
  Set* o = src.as<Set>();
  for (size_t i = 0; o->table && i <= o->mask; ++i) {
    SetEntry e = o->table[i];
    if (is_live(e.key) && !toggle(e.key, e.hash)) return false;
  }
  return true;
}

// 1 if every item of a (a set) is in b (any iterable), 0 if not, -1 on error.
int issubset(VM& vm, Value a, Value b) {
  Value other = b;
  if (!is_any_set(b)) {
    other = new_set(vm, vm.t.set, b);
    if (!other.ok()) return -1;
  }
  Set* s = a.as<Set>();
  Set* o = other.as<Set>();
  if (s->used > o->used) return 0;
  for (size_t i = 0; s->table && i <= s->mask; ++i) {
    SetEntry e = s->table[i];
    if (!is_live(e.key)) continue;
    int c = contains_entry(vm, o, e.key, e.hash);
    if (c <= 0) return c;
  }
  return 1;
}

int issuperset(VM& vm, Value a, Value b) {
  if (is_any_set(b)) return issubset(vm, b, a);
  Value it = get_iter(vm, b);
  if (!it.ok()) return -1;
  for (;;) {
    Value k = iter_next(vm, it);
    if (!k.ok()) return vm.has_exc() ? -1 : 1;
    int c = set_contains(vm, a.as<Set>(), k);
    if (c <= 0) return c;
  }
}

int64_t frozenset_hash(Set* s) {
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t h = 0;
  for (size_t i = 0; s->table && i <= s->mask; ++i)
    if (is_live(s->table[i].key)) h ^= shuffle(static_cast<uint64_t>(s->table[i].hash));
  h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (h == static_cast<uint64_t>(-1)) h = 590923713ULL;
  return static_cast<int64_t>(h);
}

}  // namespace

// ---- C++ API ----

Value make_set(VM& vm) { return new_set(vm, vm.t.set, Value::error()); }

Value make_frozenset(VM& vm, Value iterable) {
  if (!iterable.ok() && vm.empty_frozenset.ok()) return vm.empty_frozenset;
  return new_set(vm, vm.t.frozenset, iterable);
}

bool set_add(VM& vm, Set* s, Value key) {
  int64_t h;
  if (!hash_key(vm, key, &h)) return false;
  return add_entry(vm, s, key, h);
}

bool set_update(VM& vm, Set* s, Value iterable) { return update_internal(vm, s, iterable); }

int set_contains(VM& vm, Set* s, Value key) {
  return with_frozen_fallback(vm, key, [&](Value k, int64_t h) { return contains_entry(vm, s, k, h); });
}

int set_discard(VM& vm, Set* s, Value key) {
  return with_frozen_fallback(vm, key, [&](Value k, int64_t h) { return discard_entry(vm, s, k, h); });
}

bool set_next(Set* s, size_t* pos, Value* key) {
  if (!s->table) return false;
  while (*pos <= s->mask) {
    SetEntry& e = s->table[(*pos)++];
    if (is_live(e.key)) {
      *key = e.key;
      return true;
    }
  }
  return false;
}

bool set_difference_update(VM& vm, Set* s, Value other) { return difference_update_internal(vm, s, other); }

bool set_symmetric_difference_update(VM& vm, Set* s, Value other) {
  return symmetric_difference_update_internal(vm, s, other);
}

namespace {

// ---- methods ----

Set* self_set(const Value* args) { return args[0].as<Set>(); }

Type* check_new_cls(VM& vm, Value cls_v, Type* base) {
  if (!cls_v.is_object() || !is_subtype(cls_v.as_object()->cls, vm.t.type)) {
    raisef(vm, vm.e.TypeError, "%s.__new__(X): X is not a type object (%s)", base->name->data(), type_name(cls_v));
    return nullptr;
  }
  Type* cls = cls_v.as<Type>();
  if (!is_subtype(cls, base)) {
    raisef(vm, vm.e.TypeError, "%s.__new__(%s): %s is not a subtype of %s", base->name->data(), cls->name->data(),
           cls->name->data(), base->name->data());
    return nullptr;
  }
  return cls;
}

Value set_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = check_new_cls(vm, args[0], vm.t.set);
  if (!cls) return Value::error();
  if (cls == vm.t.set && !no_kwargs(vm, "set", kwnames)) return Value::error();
  Set* s = set_alloc(vm, cls);
  return s ? val(s) : Value::error();
}

Value set_init(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Set* s = self_set(args);
  if (s->cls == vm.t.set && !no_kwargs(vm, "set", kwnames)) return Value::error();
  if (!check_nargs(vm, "set", nargs - 1, 0, 1)) return Value::error();
  if (s->fill) clear_internal(s);
  if (nargs > 1 && !update_internal(vm, s, args[1])) return Value::error();
  return Value::none();
}

Value frozenset_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = check_new_cls(vm, args[0], vm.t.frozenset);
  if (!cls) return Value::error();
  if (cls == vm.t.frozenset && !no_kwargs(vm, "frozenset", kwnames)) return Value::error();
  if (!check_nargs(vm, "frozenset", nargs - 1, 0, 1)) return Value::error();
  Value iterable = nargs > 1 ? args[1] : Value::error();
  if (cls == vm.t.frozenset) {
    if (iterable.ok() && iterable.is_object() && iterable.as_object()->cls == vm.t.frozenset) return iterable;
    Value r = new_set(vm, cls, iterable);
    if (r.ok() && r.as<Set>()->used == 0 && vm.empty_frozenset.ok()) return vm.empty_frozenset;
    return r;
  }
  return new_set(vm, cls, iterable);
}

Value set_repr_m(VM& vm, const Value* args, size_t, Tuple*) {
  Set* s = self_set(args);
  std::string name(s->cls->name->view());
  if (repr_enter(vm, s) > 0) return make_str(vm, name + "(...)");
  if (s->used == 0) {
    repr_leave(vm, s);
    return make_str(vm, name + "()");
  }
  std::string out;
  size_t pos = 0;
  Value k;
  bool first = true;
  Value keys = make_list(vm);  // a snapshot: repr() of an item may change the set
  while (keys.ok() && set_next(s, &pos, &k)) list_append(vm, keys.as<List>(), k);
  for (size_t i = 0; keys.ok() && i < keys.as<List>()->size; ++i) {
    Value r = repr(vm, keys.as<List>()->items[i]);
    if (!r.ok()) {
      repr_leave(vm, s);
      return r;
    }
    if (!first) out += ", ";
    first = false;
    out += sv(r);
  }
  repr_leave(vm, s);
  if (!keys.ok()) return keys;
  if (s->cls == vm.t.set) return make_str(vm, "{" + out + "}");
  return make_str(vm, name + "({" + out + "})");
}

Value set_len_m(VM& vm, const Value* args, size_t, Tuple*) {
  return make_int(vm, static_cast<int64_t>(self_set(args)->used));
}

Value set_contains_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__contains__", nargs - 1, 1, 1)) return Value::error();
  int r = set_contains(vm, self_set(args), args[1]);
  return r < 0 ? Value::error() : Value::boolean(r);
}

Value frozenset_hash_m(VM& vm, const Value* args, size_t, Tuple*) {
  Set* s = self_set(args);
  if (!(s->aux & kHashCached)) {
    s->hash = frozenset_hash(s);
    s->aux |= kHashCached;
  }
  return make_int(vm, s->hash);
}

Value set_compare(VM& vm, const Value* args, size_t nargs, CompareOp op) {
  if (nargs != 2) return raisef(vm, vm.e.TypeError, "expected 1 argument, got %zu", nargs - 1);
  Value v = args[0], w = args[1];
  if (!is_any_set(w)) return vm.not_implemented;
  Set* a = v.as<Set>();
  Set* b = w.as<Set>();
  int r = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      if (a->used != b->used) {
        r = 0;
      } else if ((a->aux & kHashCached) && (b->aux & kHashCached) && a->hash != b->hash) {
        r = 0;
      } else {
        r = issubset(vm, v, w);
      }
      if (r >= 0 && op == CompareOp::Ne) r = !r;
      break;
    case CompareOp::Le: r = issubset(vm, v, w); break;
    case CompareOp::Ge: r = issuperset(vm, v, w); break;
    case CompareOp::Lt: r = a->used >= b->used ? 0 : issubset(vm, v, w); break;
    case CompareOp::Gt: r = a->used <= b->used ? 0 : issuperset(vm, v, w); break;
  }
  return r < 0 ? Value::error() : Value::boolean(r);
}
Value set_lt(VM& vm, const Value* a, size_t n, Tuple*) { return set_compare(vm, a, n, CompareOp::Lt); }
Value set_le(VM& vm, const Value* a, size_t n, Tuple*) { return set_compare(vm, a, n, CompareOp::Le); }
Value set_eq(VM& vm, const Value* a, size_t n, Tuple*) { return set_compare(vm, a, n, CompareOp::Eq); }
Value set_ne(VM& vm, const Value* a, size_t n, Tuple*) { return set_compare(vm, a, n, CompareOp::Ne); }
Value set_gt(VM& vm, const Value* a, size_t n, Tuple*) { return set_compare(vm, a, n, CompareOp::Gt); }
Value set_ge(VM& vm, const Value* a, size_t n, Tuple*) { return set_compare(vm, a, n, CompareOp::Ge); }

// ---- operators: both operands must be sets; `left` gives the result's class ----

Value op_or(VM& vm, Value left, Value right) {
  Value r = copy_of(vm, left);
  if (!r.ok() || left == right) return r;
  return update_internal(vm, r.as<Set>(), right) ? r : Value::error();
}
Value op_and(VM& vm, Value left, Value right) { return intersection(vm, left, right); }
Value op_sub(VM& vm, Value left, Value right) { return difference(vm, left, right); }
Value op_xor(VM& vm, Value left, Value right) {
  Value r = new_set(vm, base_type(vm, left), right);
  if (!r.ok() || !symmetric_difference_update_internal(vm, r.as<Set>(), left)) return Value::error();
  return r;
}

#define KLASS_SET_BINOP(name, impl)                                                       \
  Value set_##name(VM& vm, const Value* args, size_t nargs, Tuple*) {                     \
    if (!check_nargs(vm, "__" #name "__", nargs - 1, 1, 1)) return Value::error();        \
    if (!is_any_set(args[1])) return vm.not_implemented;                                  \
    return impl(vm, args[0], args[1]);                                                    \
  }                                                                                       \
  Value set_r##name(VM& vm, const Value* args, size_t nargs, Tuple*) {                    \
    if (!check_nargs(vm, "__r" #name "__", nargs - 1, 1, 1)) return Value::error();       \
    if (!is_any_set(args[1])) return vm.not_implemented;                                  \
    return impl(vm, args[1], args[0]);                                                    \
  }
KLASS_SET_BINOP(or, op_or)
KLASS_SET_BINOP(and, op_and)
KLASS_SET_BINOP(sub, op_sub)
KLASS_SET_BINOP(xor, op_xor)
#undef KLASS_SET_BINOP

Value set_ior(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__ior__", nargs - 1, 1, 1)) return Value::error();
  if (!is_any_set(args[1])) return vm.not_implemented;
  return update_internal(vm, self_set(args), args[1]) ? args[0] : Value::error();
}
Value set_isub(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__isub__", nargs - 1, 1, 1)) return Value::error();
  if (!is_any_set(args[1])) return vm.not_implemented;
  return difference_update_internal(vm, self_set(args), args[1]) ? args[0] : Value::error();
}
Value set_ixor(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__ixor__", nargs - 1, 1, 1)) return Value::error();
  if (!is_any_set(args[1])) return vm.not_implemented;
  return symmetric_difference_update_internal(vm, self_set(args), args[1]) ? args[0] : Value::error();
}
Value set_iand(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__iand__", nargs - 1, 1, 1)) return Value::error();
  if (!is_any_set(args[1])) return vm.not_implemented;
  Value tmp = intersection(vm, args[0], args[1]);
  if (!tmp.ok()) return tmp;
  swap_bodies(self_set(args), tmp.as<Set>());
  return args[0];
}

// ---- named methods ----

Value set_add_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "set.add", nargs - 1, 1, 1)) return Value::error();
  return set_add(vm, self_set(args), args[1]) ? Value::none() : Value::error();
}

Value set_discard_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "set.discard", nargs - 1, 1, 1)) return Value::error();
  return set_discard(vm, self_set(args), args[1]) < 0 ? Value::error() : Value::none();
}

Value set_remove_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "set.remove", nargs - 1, 1, 1)) return Value::error();
  int r = set_discard(vm, self_set(args), args[1]);
  if (r < 0) return Value::error();
  if (r == 0) return raise_key_error(vm, args[1]);
  return Value::none();
}

Value set_pop_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "set.pop", nargs - 1, 0, 0)) return Value::error();
  Set* s = self_set(args);
  if (s->used == 0) return raise(vm, vm.e.KeyError, "pop from an empty set");
  size_t i = s->finger & s->mask;
  while (!is_live(s->table[i].key)) i = (i + 1) & s->mask;
  Value key = s->table[i].key;
  s->table[i].key = kDummy;
  s->table[i].hash = -1;
  --s->used;
  s->finger = i + 1;
  return key;
}

Value set_clear_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "set.clear", nargs - 1, 0, 0)) return Value::error();
  clear_internal(self_set(args));
  return Value::none();
}

Value set_copy_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "copy", nargs - 1, 0, 0)) return Value::error();
  return copy_of(vm, args[0]);
}

Value frozenset_copy_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "frozenset.copy", nargs - 1, 0, 0)) return Value::error();
  if (args[0].as_object()->cls == vm.t.frozenset) return args[0];
  return copy_of(vm, args[0]);
}

Value set_union_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Value r = copy_of(vm, args[0]);
  for (size_t i = 1; r.ok() && i < nargs; ++i)
    if (!update_internal(vm, r.as<Set>(), args[i])) return Value::error();
  return r;
}

Value set_update_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  for (size_t i = 1; i < nargs; ++i)
    if (!update_internal(vm, self_set(args), args[i])) return Value::error();
  return Value::none();
}

Value set_intersection_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (nargs == 1) return copy_of(vm, args[0]);
  Value r = args[0];
  for (size_t i = 1; i < nargs; ++i) {
    r = intersection(vm, r, args[i]);
    if (!r.ok()) return r;
  }
  return r;
}

Value set_intersection_update_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Value tmp = set_intersection_m(vm, args, nargs, kw);
  if (!tmp.ok()) return tmp;
  swap_bodies(self_set(args), tmp.as<Set>());
  return Value::none();
}

Value set_difference_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (nargs == 1) return copy_of(vm, args[0]);
  Value r = difference(vm, args[0], args[1]);
  for (size_t i = 2; r.ok() && i < nargs; ++i)
    if (!difference_update_internal(vm, r.as<Set>(), args[i])) return Value::error();
  return r;
}

Value set_difference_update_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  for (size_t i = 1; i < nargs; ++i)
    if (!difference_update_internal(vm, self_set(args), args[i])) return Value::error();
  return Value::none();
}

Value set_symmetric_difference_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "symmetric_difference", nargs - 1, 1, 1)) return Value::error();
  return op_xor(vm, args[0], args[1]);
}

Value set_symmetric_difference_update_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "symmetric_difference_update", nargs - 1, 1, 1)) return Value::error();
  return symmetric_difference_update_internal(vm, self_set(args), args[1]) ? Value::none() : Value::error();
}

Value set_issubset_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "issubset", nargs - 1, 1, 1)) return Value::error();
  int r = issubset(vm, args[0], args[1]);
  return r < 0 ? Value::error() : Value::boolean(r);
}

Value set_issuperset_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "issuperset", nargs - 1, 1, 1)) return Value::error();
  int r = issuperset(vm, args[0], args[1]);
  return r < 0 ? Value::error() : Value::boolean(r);
}

Value set_isdisjoint_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "isdisjoint", nargs - 1, 1, 1)) return Value::error();
  Set* s = self_set(args);
  Value other = args[1];
  if (other == args[0]) return Value::boolean(s->used == 0);
  if (is_any_set(other)) {
    Set* a = s;
    Set* b = other.as<Set>();
    if (b->used > a->used) std::swap(a, b);
    for (size_t i = 0; b->table && i <= b->mask; ++i) {
      SetEntry e = b->table[i];
      if (!is_live(e.key)) continue;
      int c = contains_entry(vm, a, e.key, e.hash);
      if (c < 0) return Value::error();
      if (c) return Value::boolean(false);
    }
    return Value::boolean(true);
  }
  Value it = get_iter(vm, other);
  if (!it.ok()) return it;
  for (;;) {
    Value k = iter_next(vm, it);
    if (!k.ok()) return vm.has_exc() ? Value::error() : Value::boolean(true);
    int64_t h;
    if (!hash_key(vm, k, &h)) return Value::error();
    int c = contains_entry(vm, s, k, h);
    if (c < 0) return Value::error();
    if (c) return Value::boolean(false);
  }
}

Value set_reduce_m(VM& vm, const Value* args, size_t, Tuple*) {
  Value items = list_from_iterable(vm, args[0]);
  if (!items.ok()) return items;
  Value inner = make_tuple(vm, {items});
  if (!inner.ok()) return inner;
  Dict** dslot = instance_dict_slot(args[0]);
  Value state = dslot && *dslot ? val(*dslot) : Value::none();
  return make_tuple(vm, {val(args[0].as_object()->cls), inner, state});
}

Value set_sizeof_m(VM& vm, const Value* args, size_t, Tuple*) {
  Set* s = self_set(args);
  size_t n = s->table ? s->mask + 1 : kMinSize;
  return make_int(vm, static_cast<int64_t>(200 + (n > kMinSize ? n * sizeof(SetEntry) : 0)));
}

// ---- set_iterator ----

struct SetIter : Obj {
  Value set;    // error() once exhausted
  size_t pos;
  size_t used;  // s->used when made
  size_t left;
};

void trace_set_iter(Obj* o, Tracer& t) { t.visit(static_cast<SetIter*>(o)->set); }
const Layout kSetIterLayout{"set_iterator", trace_set_iter, nullptr};

Value set_iter_next(VM& vm, Value v) {
  auto* it = v.as<SetIter>();
  if (!it->set.ok()) return Value::error();
  Set* s = it->set.as<Set>();
  if (it->used != s->used) {
    it->used = SIZE_MAX;
    return raise(vm, vm.e.RuntimeError, "Set changed size during iteration");
  }
  Value k;
  if (!set_next(s, &it->pos, &k)) {
    it->set = Value::error();
    return Value::error();
  }
  if (it->left) --it->left;
  return k;
}

Value set_iter_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__iter__", nargs - 1, 0, 0)) return Value::error();
  auto* it = static_cast<SetIter*>(vm.heap.allocate(sizeof(SetIter)));
  if (!it) return raise_memory_error(vm);
  it->cls = vm.t.set_iterator;
  it->set = args[0];
  it->used = it->left = self_set(args)->used;
  return val(it);
}

Value set_iter_length_hint(VM& vm, const Value* args, size_t, Tuple*) {
  auto* it = args[0].as<SetIter>();
  if (!it->set.ok() || it->used != it->set.as<Set>()->used) return Value::small_int(0);
  return make_int(vm, static_cast<int64_t>(it->left));
}

Value set_iter_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  auto* it = args[0].as<SetIter>();
  auto* copy = static_cast<SetIter*>(vm.heap.allocate(sizeof(SetIter)));
  if (!copy) return raise_memory_error(vm);
  *copy = *it;
  copy->gcbits = 0;
  Value rest = list_from_iterable(vm, val(copy));
  Value fn = rest.ok() ? lookup_builtin(vm, "iter") : Value::error();
  Value inner = fn.ok() ? make_tuple(vm, {rest}) : Value::error();
  if (!inner.ok()) return Value::error();
  return make_tuple(vm, {fn, inner});
}

#define KLASS_COMMON_SET_METHODS                                                                        \
  {"__repr__", set_repr_m, METH_SLOT}, {"__len__", set_len_m, METH_SLOT},                              \
      {"__contains__", set_contains_m, METH_SLOT}, {"__iter__", set_iter_m, METH_SLOT},                \
      {"__lt__", set_lt, METH_SLOT}, {"__le__", set_le, METH_SLOT}, {"__eq__", set_eq, METH_SLOT},     \
      {"__ne__", set_ne, METH_SLOT}, {"__gt__", set_gt, METH_SLOT}, {"__ge__", set_ge, METH_SLOT},     \
      {"__or__", set_or, METH_SLOT}, {"__ror__", set_ror, METH_SLOT}, {"__and__", set_and, METH_SLOT}, \
      {"__rand__", set_rand, METH_SLOT}, {"__sub__", set_sub, METH_SLOT},                              \
      {"__rsub__", set_rsub, METH_SLOT}, {"__xor__", set_xor, METH_SLOT},                              \
      {"__rxor__", set_rxor, METH_SLOT}, {"__reduce__", set_reduce_m, METH_METHOD},                    \
      {"__sizeof__", set_sizeof_m, METH_METHOD},                                                        \
      {"union", set_union_m, METH_METHOD, "Return the union of sets as a new set."},                   \
      {"intersection", set_intersection_m, METH_METHOD, "Return the intersection of two sets as a new set."}, \
      {"difference", set_difference_m, METH_METHOD, "Return the difference of two or more sets as a new set."}, \
      {"symmetric_difference", set_symmetric_difference_m, METH_METHOD,                                 \
       "Return the symmetric difference of two sets as a new set."},                                    \
      {"issubset", set_issubset_m, METH_METHOD, "Report whether another set contains this set."},      \
      {"issuperset", set_issuperset_m, METH_METHOD, "Report whether this set contains another set."},  \
      {"isdisjoint", set_isdisjoint_m, METH_METHOD, "Return True if two sets have a null intersection."}

const MethodDef kSetMethods[] = {
    KLASS_COMMON_SET_METHODS,
    {"__new__", set_new, METH_STATIC, "Create and return a new object."},
    {"__init__", set_init, METH_SLOT},
    {"__ior__", set_ior, METH_SLOT},
    {"__iand__", set_iand, METH_SLOT},
    {"__isub__", set_isub, METH_SLOT},
    {"__ixor__", set_ixor, METH_SLOT},
    {"add", set_add_m, METH_METHOD, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"discard", set_discard_m, METH_METHOD, "Remove an element from a set if it is a member.\n\nUnlike set.remove(), "
     "the discard() method does not raise\nan exception when an element is missing from the set."},
    {"remove", set_remove_m, METH_METHOD, "Remove an element from a set; it must be a member.\n\nIf the element is "
     "not a member, raise a KeyError."},
    {"pop", set_pop_m, METH_METHOD, "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"clear", set_clear_m, METH_METHOD, "Remove all elements from this set."},
    {"copy", set_copy_m, METH_METHOD, "Return a shallow copy of a set."},
    {"update", set_update_m, METH_METHOD, "Update a set with the union of itself and others."},
    {"intersection_update", set_intersection_update_m, METH_METHOD,
     "Update a set with the intersection of itself and another."},
    {"difference_update", set_difference_update_m, METH_METHOD, "Remove all elements of another set from this set."},
    {"symmetric_difference_update", set_symmetric_difference_update_m, METH_METHOD,
     "Update a set with the symmetric difference of itself and another."},
    {}};

const MethodDef kFrozenSetMethods[] = {
    KLASS_COMMON_SET_METHODS,
    {"__new__", frozenset_new, METH_STATIC, "Create and return a new object."},
    {"__hash__", frozenset_hash_m, METH_SLOT},
    {"copy", frozenset_copy_m, METH_METHOD, "Return a shallow copy of a set."},
    {}};
#undef KLASS_COMMON_SET_METHODS

const MethodDef kSetIterMethods[] = {
    {"__iter__", iterator_iter_self, METH_SLOT},
    {"__next__", iterator_next, METH_SLOT},
    {"__length_hint__", set_iter_length_hint, METH_METHOD, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", set_iter_reduce, METH_METHOD, "Return state information for pickling."},
    {}};

}  // namespace

void init_set_types(VM& vm) {
  setup_builtin_type(vm, vm.t.set, "set", vm.t.object, &kSetLayout, sizeof(Set), TF_BASETYPE, set_new);
  add_methods(vm, vm.t.set, kSetMethods);
  dict_set_cstr(vm, vm.t.set->dict, "__hash__", Value::none());
  dict_set_cstr(vm, vm.t.set->dict, "__doc__",
                make_str(vm, "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered "
                             "collection of unique elements."));
  setup_builtin_type(vm, vm.t.frozenset, "frozenset", vm.t.object, &kSetLayout, sizeof(Set), TF_BASETYPE,
                     frozenset_new);
  add_methods(vm, vm.t.frozenset, kFrozenSetMethods);
  dict_set_cstr(vm, vm.t.frozenset->dict, "__doc__",
                make_str(vm, "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
                             "Build an immutable unordered collection of unique elements."));
  setup_builtin_type(vm, vm.t.set_iterator, "set_iterator", vm.t.object, &kSetIterLayout, sizeof(SetIter), 0);
  vm.t.set_iterator->iternext = set_iter_next;
  add_methods(vm, vm.t.set_iterator, kSetIterMethods);
  if (!vm.empty_frozenset.ok()) vm.empty_frozenset = new_set(vm, vm.t.frozenset, Value::error());
}

}  // namespace klass
