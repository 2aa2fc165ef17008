// The _collections module: the native deque under lib/collections.
//
// A deque is a ring buffer of Values (malloc'd, traced by the deque, freed by
// its finalizer) with an optional maxlen. Every mutation bumps `state`, so
// iterators and searches that call back into Python (== may run any code)
// notice when the deque changed under them, and report it as CPython does.
#include <cstdlib>
#include <cstring>

#include "compile/opcodes.h"
#include "modules/import.h"
#include "modules/registry.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/iterators.h"
#include "types/list.h"
#include "types/module.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

struct Deque : Obj {
  Value* items;      // ring buffer of `capacity` slots; null while empty
  size_t capacity;
  size_t head;       // slot of the leftmost item
  size_t size;
  int64_t maxlen;    // -1: unbounded
  uint64_t state;    // bumped by every mutation
};

Value& slot(Deque* d, size_t i) { return d->items[(d->head + i) % d->capacity]; }

void trace_deque(Obj* o, Tracer& t) {
  auto* d = static_cast<Deque*>(o);
  for (size_t i = 0; i < d->size; ++i) t.visit(slot(d, i));
  if (o->cls->flags & TF_HEAPTYPE) trace_instance_extras(o, t);
}

void finalize_deque(Obj* o) {
  auto* d = static_cast<Deque*>(o);
  std::free(d->items);
  d->items = nullptr;
  d->capacity = d->size = d->head = 0;
}

const Layout kDequeLayout{"collections.deque", trace_deque, finalize_deque, sizeof(Deque)};

Type* deque_type(VM& vm) { return dict_get_cstr(vm, vm.registry, "_collections.deque").as<Type>(); }

bool is_deque(VM& vm, Value v) { return v.is_object() && isinstance_of(vm, v, deque_type(vm)); }

Deque* self_deque(VM& vm, Value self, const char* method) {
  if (is_deque(vm, self)) return self.as<Deque>();
  raisef(vm, vm.e.TypeError, "descriptor '%s' for 'collections.deque' objects doesn't apply to a '%s' object",
         method, type_name(self));
  return nullptr;
}

// ---- storage ----

// Makes room for one more item (the ring is unrolled into a bigger buffer).
bool reserve_one(VM& vm, Deque* d) {
  if (d->size < d->capacity) return true;
  size_t capacity = d->capacity ? d->capacity * 2 : 8;
  auto* items = static_cast<Value*>(std::malloc(capacity * sizeof(Value)));
  if (!items) {
    raise_memory_error(vm);
    return false;
  }
  for (size_t i = 0; i < d->size; ++i) items[i] = slot(d, i);
  for (size_t i = d->size; i < capacity; ++i) items[i] = Value::none();
  std::free(d->items);
  d->items = items;
  d->capacity = capacity;
  d->head = 0;
  return true;
}

Value take_left(Deque* d) {
  Value v = d->items[d->head];
  d->items[d->head] = Value::none();
  d->head = (d->head + 1) % d->capacity;
  --d->size;
  ++d->state;
  return v;
}

Value take_right(Deque* d) {
  Value& s = slot(d, d->size - 1);
  Value v = s;
  s = Value::none();
  --d->size;
  ++d->state;
  return v;
}

bool push_right(VM& vm, Deque* d, Value v) {
  if (d->maxlen == 0) return true;
  if (d->maxlen > 0 && d->size >= static_cast<size_t>(d->maxlen)) take_left(d);
  if (!reserve_one(vm, d)) return false;
  slot(d, d->size) = v;
  ++d->size;
  ++d->state;
  return true;
}

bool push_left(VM& vm, Deque* d, Value v) {
  if (d->maxlen == 0) return true;
  if (d->maxlen > 0 && d->size >= static_cast<size_t>(d->maxlen)) take_right(d);
  if (!reserve_one(vm, d)) return false;
  d->head = (d->head + d->capacity - 1) % d->capacity;
  d->items[d->head] = v;
  ++d->size;
  ++d->state;
  return true;
}

void clear_items(Deque* d) {
  for (size_t i = 0; i < d->size; ++i) slot(d, i) = Value::none();
  d->size = 0;
  d->head = 0;
  ++d->state;
}

// The items, left to right, as a new list.
Value to_list(VM& vm, Deque* d) {
  Value l = make_list(vm, d->size);
  if (!l.ok()) return l;
  for (size_t i = 0; i < d->size; ++i)
    if (!list_append(vm, l.as<List>(), slot(d, i))) return Value::error();
  return l;
}

bool extend_right(VM& vm, Deque* d, Value self, Value iterable) {
  if (iterable == self) {
    iterable = to_list(vm, d);
    if (!iterable.ok()) return false;
  }
  Value it = get_iter(vm, iterable);
  if (!it.ok()) return false;
  for (;;) {
    Value v = iter_next(vm, it);
    if (!v.ok()) return !vm.has_exc();
    if (!push_right(vm, d, v)) return false;
  }
}

bool extend_left(VM& vm, Deque* d, Value self, Value iterable) {
  if (iterable == self) {
    iterable = to_list(vm, d);
    if (!iterable.ok()) return false;
  }
  Value it = get_iter(vm, iterable);
  if (!it.ok()) return false;
  for (;;) {
    Value v = iter_next(vm, it);
    if (!v.ok()) return !vm.has_exc();
    if (!push_left(vm, d, v)) return false;
  }
}

// An index argument (an int or __index__), as int64.
bool index_arg(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  return to_ssize(vm, v, out);
}

// The position of item `key` (negative counts from the right), or false with IndexError/TypeError.
bool item_position(VM& vm, Deque* d, Value key, size_t* out) {
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
  } else {
    if (!lookup_special(vm, type_of(vm, key), SM::index).ok()) {
      raisef(vm, vm.e.TypeError, "sequence index must be integer, not '%s'", type_name(key));
      return false;
    }
    if (!to_ssize(vm, key, &i)) return false;
  }
  auto n = static_cast<int64_t>(d->size);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raise(vm, vm.e.IndexError, "deque index out of range");
    return false;
  }
  *out = static_cast<size_t>(i);
  return true;
}

// Removes the item at position i, shifting the shorter side.
void delete_at(Deque* d, size_t i) {
  if (i < d->size / 2) {
    for (size_t k = i; k > 0; --k) slot(d, k) = slot(d, k - 1);
    take_left(d);
  } else {
    for (size_t k = i; k + 1 < d->size; ++k) slot(d, k) = slot(d, k + 1);
    take_right(d);
  }
}

// ---- construction ----

Value deque_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Obj* o = alloc_object(vm, args[0].as<Type>());
  if (!o) return Value::error();
  auto* d = static_cast<Deque*>(o);
  d->items = nullptr;
  d->capacity = d->head = d->size = 0;
  d->maxlen = -1;
  d->state = 0;
  return val(o);
}

Value deque_init(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Deque* d = self_deque(vm, args[0], "__init__");
  if (!d) return Value::error();
  static const char* const kNames[] = {"iterable", "maxlen"};
  Value a[2] = {Value::error(), Value::none()};
  if (nargs - 1 > 2) return raisef(vm, vm.e.TypeError, "deque() takes at most 2 arguments (%zu given)", nargs - 1);
  if (!bind_args(vm, Signature{"deque", kNames, 2, 0}, args + 1, nargs - 1, kw, a)) return Value::error();
  int64_t maxlen = -1;
  if (!a[1].is_none()) {
    if (!is_int(vm, a[1])) return raise(vm, vm.e.TypeError, "an integer is required");
    if (!int_to_int64(a[1], &maxlen)) return raise(vm, vm.e.OverflowError, "Python int too large to convert to C ssize_t");
    if (maxlen < 0) return raise(vm, vm.e.ValueError, "maxlen must be non-negative");
  }
  d->maxlen = maxlen;
  if (d->size) clear_items(d);
  if (a[0].ok() && !extend_right(vm, d, args[0], a[0])) return Value::error();
  return Value::none();
}

Value make_iterator(VM& vm, Value self, bool reversed);

// ---- methods ----

#define DEQUE_SELF(name)                          \
  Deque* d = self_deque(vm, args[0], name);       \
  if (!d || !no_kwargs(vm, "deque." name, kw)) return Value::error()

Value deque_append(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("append");
  if (!check_nargs(vm, "deque.append", nargs - 1, 1, 1) || !push_right(vm, d, args[1])) return Value::error();
  return Value::none();
}

Value deque_appendleft(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("appendleft");
  if (!check_nargs(vm, "deque.appendleft", nargs - 1, 1, 1) || !push_left(vm, d, args[1])) return Value::error();
  return Value::none();
}

Value deque_pop(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("pop");
  if (!check_nargs(vm, "deque.pop", nargs - 1, 0, 0)) return Value::error();
  if (!d->size) return raise(vm, vm.e.IndexError, "pop from an empty deque");
  return take_right(d);
}

Value deque_popleft(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("popleft");
  if (!check_nargs(vm, "deque.popleft", nargs - 1, 0, 0)) return Value::error();
  if (!d->size) return raise(vm, vm.e.IndexError, "pop from an empty deque");
  return take_left(d);
}

Value deque_extend(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("extend");
  if (!check_nargs(vm, "deque.extend", nargs - 1, 1, 1) || !extend_right(vm, d, args[0], args[1]))
    return Value::error();
  return Value::none();
}

Value deque_extendleft(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("extendleft");
  if (!check_nargs(vm, "deque.extendleft", nargs - 1, 1, 1) || !extend_left(vm, d, args[0], args[1]))
    return Value::error();
  return Value::none();
}

Value deque_clear(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("clear");
  if (!check_nargs(vm, "deque.clear", nargs - 1, 0, 0)) return Value::error();
  clear_items(d);
  return Value::none();
}

Value copy_of(VM& vm, Value self) {
  Deque* d = self.as<Deque>();
  Type* cls = type_of(vm, self);
  if (cls == deque_type(vm)) {
    Value copy = deque_new(vm, reinterpret_cast<Value*>(&cls), 1, nullptr);
    if (!copy.ok()) return copy;
    Deque* c = copy.as<Deque>();
    c->maxlen = d->maxlen;
    for (size_t i = 0; i < d->size; ++i)
      if (!push_right(vm, c, slot(d, i))) return Value::error();
    return copy;
  }
  // A subclass is rebuilt through its constructor: cls(self) or cls(self, maxlen).
  if (d->maxlen < 0) return call1(vm, val(cls), self);
  Value maxlen = make_int(vm, d->maxlen);
  if (!maxlen.ok()) return maxlen;
  return call2(vm, val(cls), self, maxlen);
}

Value deque_copy(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("copy");
  if (!check_nargs(vm, "deque.copy", nargs - 1, 0, 0)) return Value::error();
  return copy_of(vm, args[0]);
}

// Calls `visit(i, item)` for each item while it returns 0; checks after each
// comparison that the deque was not mutated. Returns the stopping index, -1
// when all were visited, -2 on error.
template <class F>
int64_t scan(VM& vm, Deque* d, size_t start, size_t stop, F visit) {
  uint64_t state = d->state;
  for (size_t i = start; i < stop && i < d->size; ++i) {
    Value item = slot(d, i);
    int r = visit(item);
    if (r < 0) return -2;
    if (d->state != state) {
      raise(vm, vm.e.RuntimeError, "deque mutated during iteration");
      return -2;
    }
    if (r > 0) return static_cast<int64_t>(i);
  }
  return -1;
}

Value deque_count(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("count");
  if (!check_nargs(vm, "deque.count", nargs - 1, 1, 1)) return Value::error();
  int64_t count = 0;
  Value target = args[1];
  int64_t r = scan(vm, d, 0, d->size, [&](Value item) {
    int eq = equals(vm, item, target);
    if (eq > 0) ++count;
    return eq < 0 ? -1 : 0;
  });
  if (r == -2) return Value::error();
  return make_int(vm, count);
}

Value deque_contains(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("__contains__");
  if (!check_nargs(vm, "deque.__contains__", nargs - 1, 1, 1)) return Value::error();
  Value target = args[1];
  int64_t r = scan(vm, d, 0, d->size, [&](Value item) { return equals(vm, item, target); });
  if (r == -2) return Value::error();
  return Value::boolean(r >= 0);
}

Value deque_index(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("index");
  if (!check_nargs(vm, "index", nargs - 1, 1, 3)) return Value::error();
  auto n = static_cast<int64_t>(d->size);
  int64_t start = 0, stop = n;
  if (nargs > 2 && !index_arg(vm, args[2], &start)) return Value::error();
  if (nargs > 3 && !index_arg(vm, args[3], &stop)) return Value::error();
  if (start < 0 && (start += n) < 0) start = 0;
  if (stop < 0 && (stop += n) < 0) stop = 0;
  if (stop > n) stop = n;
  Value target = args[1];
  int64_t r = -1;
  if (start < stop) {
    r = scan(vm, d, static_cast<size_t>(start), static_cast<size_t>(stop),
             [&](Value item) { return equals(vm, item, target); });
    if (r == -2) return Value::error();
  }
  if (r < 0) return raisef(vm, vm.e.ValueError, "%s is not in deque", repr_string(vm, target).c_str());
  return make_int(vm, r);
}

Value deque_remove(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("remove");
  if (!check_nargs(vm, "deque.remove", nargs - 1, 1, 1)) return Value::error();
  Value target = args[1];
  uint64_t state = d->state;
  for (size_t i = 0; i < d->size; ++i) {
    int eq = equals(vm, slot(d, i), target);
    if (eq < 0) return Value::error();
    if (d->state != state) return raise(vm, vm.e.IndexError, "deque mutated during iteration");
    if (eq > 0) {
      delete_at(d, i);
      return Value::none();
    }
  }
  return raisef(vm, vm.e.ValueError, "%s is not in deque", repr_string(vm, target).c_str());
}

Value deque_insert(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("insert");
  if (!check_nargs(vm, "insert", nargs - 1, 2, 2)) return Value::error();
  int64_t i;
  if (!index_arg(vm, args[1], &i)) return Value::error();
  if (d->maxlen >= 0 && d->size >= static_cast<size_t>(d->maxlen))
    return raise(vm, vm.e.IndexError, "deque already at its maximum size");
  auto n = static_cast<int64_t>(d->size);
  if (i < 0 && (i += n) < 0) i = 0;
  if (i > n) i = n;
  if (!push_right(vm, d, Value::none())) return Value::error();
  for (auto k = static_cast<size_t>(n); k > static_cast<size_t>(i); --k) slot(d, k) = slot(d, k - 1);
  slot(d, static_cast<size_t>(i)) = args[2];
  return Value::none();
}

Value deque_reverse(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("reverse");
  if (!check_nargs(vm, "deque.reverse", nargs - 1, 0, 0)) return Value::error();
  for (size_t i = 0, j = d->size; i + 1 < j; ++i, --j) std::swap(slot(d, i), slot(d, j - 1));
  ++d->state;
  return Value::none();
}

Value deque_rotate(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("rotate");
  if (!check_nargs(vm, "rotate", nargs - 1, 0, 1)) return Value::error();
  int64_t n = 1;
  if (nargs > 1 && !index_arg(vm, args[1], &n)) return Value::error();
  if (d->size <= 1) return Value::none();
  auto size = static_cast<int64_t>(d->size);
  int64_t steps = ((n % size) + size) % size;  // to the right
  if (!steps) return Value::none();
  // Rotating a full ring is moving the head; otherwise items move one by one.
  if (d->size == d->capacity) {
    d->head = (d->head + d->capacity - static_cast<size_t>(steps)) % d->capacity;
  } else {
    for (int64_t k = 0; k < steps; ++k) {
      Value v = take_right(d);
      d->head = (d->head + d->capacity - 1) % d->capacity;
      d->items[d->head] = v;
      ++d->size;
    }
  }
  ++d->state;
  return Value::none();
}

Value deque_len(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("__len__");
  return make_int(vm, static_cast<int64_t>(d->size));
}

Value deque_getitem(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("__getitem__");
  if (!check_nargs(vm, "__getitem__", nargs - 1, 1, 1)) return Value::error();
  size_t i;
  if (!item_position(vm, d, args[1], &i)) return Value::error();
  return slot(d, i);
}

Value deque_setitem(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("__setitem__");
  if (!check_nargs(vm, "__setitem__", nargs - 1, 2, 2)) return Value::error();
  size_t i;
  if (!item_position(vm, d, args[1], &i)) return Value::error();
  slot(d, i) = args[2];
  return Value::none();
}

Value deque_delitem(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("__delitem__");
  if (!check_nargs(vm, "__delitem__", nargs - 1, 1, 1)) return Value::error();
  size_t i;
  if (!item_position(vm, d, args[1], &i)) return Value::error();
  delete_at(d, i);
  return Value::none();
}

Value deque_repr(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("__repr__");
  int entered = repr_enter(vm, d);
  if (entered < 0) return Value::error();
  if (entered) return make_str(vm, "[...]");
  Value items = to_list(vm, d);
  Value text = items.ok() ? repr(vm, items) : items;
  repr_leave(vm, d);
  if (!text.ok()) return text;
  std::string out(type_of(vm, args[0])->name->view());
  out += "(";
  out += sv(text);
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  out += ")";
  return make_str(vm, out);
}

Value deque_reduce(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("__reduce__");
  // (cls, () or ((), maxlen), state, iterator over the items), as CPython's.
  Value ctor_args = vm.empty_tuple;
  if (d->maxlen >= 0) {
    Value maxlen = make_int(vm, d->maxlen);
    if (!maxlen.ok()) return maxlen;
    ctor_args = make_tuple(vm, {vm.empty_tuple, maxlen});
    if (!ctor_args.ok()) return ctor_args;
  }
  Dict** dict = instance_dict_slot(args[0]);
  Value state = dict && *dict && (*dict)->used ? val(*dict) : Value::none();
  Value items = make_iterator(vm, args[0], false);
  if (!items.ok()) return items;
  return make_tuple(vm, {val(type_of(vm, args[0])), ctor_args, state, items});
}

Value deque_add(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("__add__");
  if (!check_nargs(vm, "__add__", nargs - 1, 1, 1)) return Value::error();
  if (!is_deque(vm, args[1]))
    return raisef(vm, vm.e.TypeError, "can only concatenate deque (not \"%s\") to deque", type_name(args[1]));
  Value copy = copy_of(vm, args[0]);
  if (!copy.ok()) return copy;
  if (!is_deque(vm, copy) || !extend_right(vm, copy.as<Deque>(), copy, args[1])) return Value::error();
  return copy;
}

Value deque_iadd(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("__iadd__");
  if (!check_nargs(vm, "__iadd__", nargs - 1, 1, 1) || !extend_right(vm, d, args[0], args[1]))
    return Value::error();
  return args[0];
}

// self *= n: the items repeated n times (with a maxlen, only the last maxlen of them).
bool repeat_in_place(VM& vm, Deque* d, Value count) {
  int64_t n;
  if (!index_arg(vm, count, &n)) return false;
  if (n <= 0 || !d->size) {
    clear_items(d);
    return true;
  }
  if (n == 1) return true;
  Value snapshot = to_list(vm, d);
  if (!snapshot.ok()) return false;
  List* items = snapshot.as<List>();
  size_t size = items->size;
  int64_t rounds = n - 1;
  if (d->maxlen >= 0) {
    // The tail of the repetition is periodic: enough copies to fill maxlen give it.
    int64_t enough = d->maxlen / static_cast<int64_t>(size) + 1;
    if (rounds > enough) rounds = enough;
  } else if (static_cast<uint64_t>(n) > SIZE_MAX / 16 / size) {
    raise_memory_error(vm);
    return false;
  }
  for (int64_t r = 0; r < rounds; ++r)
    for (size_t i = 0; i < size && i < items->size; ++i)
      if (!push_right(vm, d, items->items[i])) return false;
  return true;
}

Value deque_imul(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("__imul__");
  if (!check_nargs(vm, "__imul__", nargs - 1, 1, 1) || !repeat_in_place(vm, d, args[1])) return Value::error();
  return args[0];
}

Value deque_mul(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("__mul__");
  if (!check_nargs(vm, "__mul__", nargs - 1, 1, 1)) return Value::error();
  if (!is_int(vm, args[1]) && !lookup_special(vm, type_of(vm, args[1]), SM::index).ok()) return vm.not_implemented;
  Value copy = copy_of(vm, args[0]);
  if (!copy.ok()) return copy;
  if (!is_deque(vm, copy) || !repeat_in_place(vm, copy.as<Deque>(), args[1])) return Value::error();
  return copy;
}

Value compare_deques(VM& vm, const Value* args, size_t nargs, CompareOp op) {
  Deque* d = self_deque(vm, args[0], "__eq__");
  if (!d || !check_nargs(vm, "comparison", nargs - 1, 1, 1)) return Value::error();
  if (!is_deque(vm, args[1])) return vm.not_implemented;
  Value a = to_list(vm, d);
  if (!a.ok()) return a;
  Value b = to_list(vm, args[1].as<Deque>());
  if (!b.ok()) return b;
  return compare(vm, op, a, b);
}

Value deque_lt(VM& vm, const Value* a, size_t n, Tuple*) { return compare_deques(vm, a, n, CompareOp::Lt); }
Value deque_le(VM& vm, const Value* a, size_t n, Tuple*) { return compare_deques(vm, a, n, CompareOp::Le); }
Value deque_eq(VM& vm, const Value* a, size_t n, Tuple*) { return compare_deques(vm, a, n, CompareOp::Eq); }
Value deque_ne(VM& vm, const Value* a, size_t n, Tuple*) { return compare_deques(vm, a, n, CompareOp::Ne); }
Value deque_gt(VM& vm, const Value* a, size_t n, Tuple*) { return compare_deques(vm, a, n, CompareOp::Gt); }
Value deque_ge(VM& vm, const Value* a, size_t n, Tuple*) { return compare_deques(vm, a, n, CompareOp::Ge); }

Value deque_class_getitem(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs(vm, "__class_getitem__", nargs - 1, 1, 1)) return Value::error();
  Value types = import_absolute(vm, "types");
  if (!types.ok()) return types;
  Value alias = getattr(vm, types, vm.intern("GenericAlias"));
  if (!alias.ok()) return alias;
  return call2(vm, alias, args[0], args[1]);
}

Value deque_get_maxlen(VM& vm, Value self) {
  Deque* d = self_deque(vm, self, "maxlen");
  if (!d) return Value::error();
  return d->maxlen < 0 ? Value::none() : make_int(vm, d->maxlen);
}

// ---- iterators ----

struct DequeIter : Obj {
  Value deque;   // error() once exhausted
  size_t index;  // next position from the left (or from the right when reversed)
  uint64_t state;
  bool reversed;
};

void trace_deque_iter(Obj* o, Tracer& t) { t.visit(static_cast<DequeIter*>(o)->deque); }

const Layout kDequeIterLayout{"_collections._deque_iterator", trace_deque_iter, nullptr, sizeof(DequeIter)};

Value deque_iter_next(VM& vm, Value self) {
  auto* it = self.as<DequeIter>();
  if (!it->deque.ok()) return Value::error();
  Deque* d = it->deque.as<Deque>();
  if (d->state != it->state) {
    it->deque = Value::error();
    return raise(vm, vm.e.RuntimeError, "deque mutated during iteration");
  }
  if (it->index >= d->size) {
    it->deque = Value::error();
    return Value::error();
  }
  size_t i = it->reversed ? d->size - 1 - it->index : it->index;
  ++it->index;
  return slot(d, i);
}

Value deque_iter_length_hint(VM& vm, const Value* args, size_t nargs, Tuple*) {
  auto* it = args[0].as<DequeIter>();
  if (!it->deque.ok()) return Value::small_int(0);
  Deque* d = it->deque.as<Deque>();
  return make_int(vm, it->index < d->size ? static_cast<int64_t>(d->size - it->index) : 0);
}

const MethodDef kDequeIterMethods[] = {
    {"__iter__", iterator_iter_self, METH_SLOT, nullptr},
    {"__next__", iterator_next, METH_SLOT, nullptr},
    {"__length_hint__", deque_iter_length_hint, METH_METHOD, "Private method returning an estimate of len(list(it))."},
    {}};

Value make_iterator(VM& vm, Value self, bool reversed) {
  const char* key = reversed ? "_collections._deque_reverse_iterator" : "_collections._deque_iterator";
  Obj* o = alloc_object(vm, dict_get_cstr(vm, vm.registry, key).as<Type>());
  if (!o) return Value::error();
  auto* it = static_cast<DequeIter*>(o);
  it->deque = self;
  it->index = 0;
  it->state = self.as<Deque>()->state;
  it->reversed = reversed;
  return val(o);
}

Value deque_iter(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("__iter__");
  return make_iterator(vm, args[0], false);
}

Value deque_reversed(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  DEQUE_SELF("__reversed__");
  return make_iterator(vm, args[0], true);
}

#undef DEQUE_SELF

const MethodDef kDequeMethods[] = {
    {"__new__", deque_new, METH_STATIC, "Create and return a new object.  See help(type) for accurate signature."},
    {"__init__", deque_init, METH_SLOT, "Initialize self.  See help(type(self)) for accurate signature."},
    {"append", deque_append, METH_METHOD, "Add an element to the right side of the deque."},
    {"appendleft", deque_appendleft, METH_METHOD, "Add an element to the left side of the deque."},
    {"pop", deque_pop, METH_METHOD, "Remove and return the rightmost element."},
    {"popleft", deque_popleft, METH_METHOD, "Remove and return the leftmost element."},
    {"extend", deque_extend, METH_METHOD, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", deque_extendleft, METH_METHOD, "Extend the left side of the deque with elements from the iterable"},
    {"clear", deque_clear, METH_METHOD, "Remove all elements from the deque."},
    {"copy", deque_copy, METH_METHOD, "Return a shallow copy of a deque."},
    {"__copy__", deque_copy, METH_METHOD, "Return a shallow copy of a deque."},
    {"count", deque_count, METH_METHOD, "D.count(value) -- return number of occurrences of value"},
    {"index", deque_index, METH_METHOD,
     "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present."},
    {"insert", deque_insert, METH_METHOD, "D.insert(index, object) -- insert object before index"},
    {"remove", deque_remove, METH_METHOD, "D.remove(value) -- remove first occurrence of value."},
    {"reverse", deque_reverse, METH_METHOD, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", deque_rotate, METH_METHOD, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__len__", deque_len, METH_SLOT, "Return len(self)."},
    {"__getitem__", deque_getitem, METH_SLOT, "Return self[key]."},
    {"__setitem__", deque_setitem, METH_SLOT, "Set self[key] to value."},
    {"__delitem__", deque_delitem, METH_SLOT, "Delete self[key]."},
    {"__contains__", deque_contains, METH_SLOT, "Return key in self."},
    {"__iter__", deque_iter, METH_SLOT, "Implement iter(self)."},
    {"__reversed__", deque_reversed, METH_METHOD, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"__repr__", deque_repr, METH_SLOT, "Return repr(self)."},
    {"__reduce__", deque_reduce, METH_METHOD, "Return state information for pickling."},
    {"__add__", deque_add, METH_SLOT, "Return self+value."},
    {"__iadd__", deque_iadd, METH_SLOT, "Implement self+=value."},
    {"__mul__", deque_mul, METH_SLOT, "Return self*value."},
    {"__rmul__", deque_mul, METH_SLOT, "Return value*self."},
    {"__imul__", deque_imul, METH_SLOT, "Implement self*=value."},
    {"__lt__", deque_lt, METH_SLOT, "Return self<value."},
    {"__le__", deque_le, METH_SLOT, "Return self<=value."},
    {"__eq__", deque_eq, METH_SLOT, "Return self==value."},
    {"__ne__", deque_ne, METH_SLOT, "Return self!=value."},
    {"__gt__", deque_gt, METH_SLOT, "Return self>value."},
    {"__ge__", deque_ge, METH_SLOT, "Return self>=value."},
    {"__class_getitem__", deque_class_getitem, METH_CLASS, "See PEP 585"},
    {}};

const GetSetDef kDequeGetSets[] = {
    {"maxlen", deque_get_maxlen, nullptr, "maximum size of a deque or None if unbounded"},
    {}};

bool make_types(VM& vm) {
  if (dict_get_cstr(vm, vm.registry, "_collections.deque").ok()) return true;
  Type* t = alloc_type_object(vm, vm.t.type);
  if (!t) return false;
  setup_builtin_type(vm, t, "deque", vm.t.object, &kDequeLayout, sizeof(Deque), TF_BASETYPE | TF_SEQUENCE, deque_new);
  add_methods(vm, t, kDequeMethods);
  add_getsets(vm, t, kDequeGetSets);
  if (!dict_set_cstr(vm, t->dict, "__module__", make_str(vm, "collections")) ||
      !dict_set_cstr(vm, t->dict, "__hash__", Value::none()) ||
      !dict_set_cstr(vm, t->dict, "__doc__",
                     make_str(vm, "A list-like sequence optimized for data accesses near its endpoints.")) ||
      !dict_set_cstr(vm, vm.registry, "_collections.deque", val(t)))
    return false;
  for (const char* name : {"_deque_iterator", "_deque_reverse_iterator"}) {
    Type* it = alloc_type_object(vm, vm.t.type);
    if (!it) return false;
    setup_builtin_type(vm, it, name, vm.t.object, &kDequeIterLayout, sizeof(DequeIter), 0);
    it->iternext = deque_iter_next;
    add_methods(vm, it, kDequeIterMethods);
    std::string key = std::string("_collections.") + name;
    if (!dict_set_cstr(vm, it->dict, "__module__", make_str(vm, "_collections")) ||
        !dict_set_cstr(vm, vm.registry, key.c_str(), val(it)))
      return false;
  }
  return true;
}

}  // namespace

bool init__collections_module(VM& vm, Module* m) {
  if (!make_types(vm)) return false;
  return dict_set_cstr(vm, m->dict, "deque", val(deque_type(vm)));
}

}  // namespace klass
