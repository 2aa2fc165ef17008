// list and its iterators (list_iterator, list_reverseiterator). Sorting is in
// list_sort.cpp.
#include "types/list.h"

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
#include "types/misc.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

void trace_list(Obj* o, Tracer& t) {
  auto* l = static_cast<List*>(o);
  if (l->items) t.visit_range(l->items, l->items + l->size);
  if (o->cls->flags & TF_HEAPTYPE) trace_instance_extras(o, t);
}
void finalize_list(Obj* o) {
  auto* l = static_cast<List*>(o);
  std::free(l->items);
  l->items = nullptr;
  l->size = l->capacity = 0;
}
const Layout kListLayout{"list", trace_list, finalize_list};

size_t list_len(const Obj* o) { return static_cast<const List*>(o)->size; }
Value list_at(const Obj* o, size_t i) { return static_cast<const List*>(o)->items[i]; }
const SeqAccess kListAccess{list_len, list_at};

bool is_list(Value v) { return v.is_object() && (v.as_object()->cls->flags & TF_LIST_SUBCLASS); }

// Sets the capacity to exactly `n` (n >= size).
bool list_set_capacity(VM& vm, List* l, size_t n) {
  if (n == l->capacity) return true;
  if (n > SIZE_MAX / sizeof(Value) / 2) {
    raise_memory_error(vm);
    return false;
  }
  if (n == 0) {
    std::free(l->items);
    l->items = nullptr;
    l->capacity = 0;
    return true;
  }
  auto* p = static_cast<Value*>(std::realloc(l->items, n * sizeof(Value)));
  if (!p) {
    raise_memory_error(vm);
    return false;
  }
  l->items = p;
  l->capacity = n;
  return true;
}

// Makes room for `n` items, over-allocating as CPython does so that appends
// are amortised O(1).
bool list_grow_to(VM& vm, List* l, size_t n) {
  if (n <= l->capacity) return true;
  size_t want = n + (n >> 3) + 6;
  want &= ~size_t(3);
  if (want < n) want = n;
  return list_set_capacity(vm, l, want);
}

// Replaces items [lo, hi) with the n values at `src` (which must not point
// into l's own storage).
bool list_replace(VM& vm, List* l, size_t lo, size_t hi, const Value* src, size_t n) {
  size_t old = hi - lo;
  size_t new_size = l->size - old + n;
  if (n > old && !list_grow_to(vm, l, new_size)) return false;
  if (n != old)
    std::memmove(static_cast<void*>(l->items + lo + n), l->items + hi, (l->size - hi) * sizeof(Value));
  if (n) std::memcpy(static_cast<void*>(l->items + lo), src, n * sizeof(Value));
  l->size = new_size;
  if (new_size < l->capacity / 4 && l->capacity > 16) list_set_capacity(vm, l, new_size + (new_size >> 3) + 6);
  return true;
}

List* list_alloc(VM& vm) {
  auto* l = static_cast<List*>(vm.heap.allocate(sizeof(List)));
  if (!l) {
    raise_memory_error(vm);
    return nullptr;
  }
  l->cls = vm.t.list;
  return l;
}

}  // namespace

Value make_list(VM& vm, size_t reserve) {
  List* l = list_alloc(vm);
  if (!l) return Value::error();
  if (reserve && !list_set_capacity(vm, l, reserve)) return Value::error();
  return val(l);
}

Value make_list(VM& vm, const Value* items, size_t n) {
  List* l = list_alloc(vm);
  if (!l) return Value::error();
  if (n) {
    if (!list_set_capacity(vm, l, n)) return Value::error();
    std::memcpy(static_cast<void*>(l->items), items, n * sizeof(Value));
    l->size = n;
  }
  return val(l);
}

bool list_reserve(VM& vm, List* l, size_t n) { return n <= l->capacity || list_set_capacity(vm, l, n); }

bool list_append(VM& vm, List* l, Value v) {
  if (l->size == l->capacity && !list_grow_to(vm, l, l->size + 1)) return false;
  l->items[l->size++] = v;
  return true;
}

void list_clear(List* l) { finalize_list(l); }

bool list_extend(VM& vm, List* l, Value iterable) {
  if (iterable.is_object()) {
    Type* t = iterable.as_object()->cls;
    // Exact lists and tuples are copied directly (subclasses may override
    // __iter__, so they are iterated).
    if (t == vm.t.list || t == vm.t.tuple) {
      // Read the source size first: l.extend(l) doubles l.
      bool src_list = t == vm.t.list;
      size_t n = src_list ? iterable.as<List>()->size : iterable.as<Tuple>()->size;
      if (!n) return true;
      if (!list_grow_to(vm, l, l->size + n)) return false;
      const Value* src = src_list ? iterable.as<List>()->items : iterable.as<Tuple>()->items();
      std::memcpy(static_cast<void*>(l->items + l->size), src, n * sizeof(Value));
      l->size += n;
      return true;
    }
  }
  Value it = get_iter(vm, iterable);
  if (!it.ok()) return false;
  for (;;) {
    Value x = iter_next(vm, it);
    if (!x.ok()) return !vm.has_exc();
    if (!list_append(vm, l, x)) return false;
  }
}

Value list_from_iterable(VM& vm, Value iterable) {
  Value l = make_list(vm);
  if (!l.ok() || !list_extend(vm, l.as<List>(), iterable)) return Value::error();
  return l;
}

namespace {

// The items of a value assigned to a slice, as a list we can read from while
// `self` changes. `msg` is CPython's error for a non-iterable.
Value assigned_items(VM& vm, List* self, Value v, const char* msg) {
  if (v.is_object() && v.as_object() == self) return make_list(vm, self->items, self->size);
  if (v.is_object() && v.as_object()->cls == vm.t.list) return make_list(vm, v.as<List>()->items, v.as<List>()->size);
  if (v.is_object() && v.as_object()->cls == vm.t.tuple)
    return make_list(vm, v.as<Tuple>()->items(), v.as<Tuple>()->size);
  Value it = get_iter(vm, v);
  if (!it.ok()) {
    if (exc_matches(vm, vm.e.TypeError)) {
      clear_exc(vm);
      raise(vm, vm.e.TypeError, msg);
    }
    return Value::error();
  }
  Value l = make_list(vm);
  if (!l.ok()) return l;
  for (;;) {
    Value x = iter_next(vm, it);
    if (!x.ok()) return vm.has_exc() ? Value::error() : l;
    if (!list_append(vm, l.as<List>(), x)) return Value::error();
  }
}

bool is_slice(VM& vm, Value v) { return v.is_object() && v.as_object()->cls == vm.t.slice; }

// Resolves an integer subscript against the list; IndexError `msg` if out of range.
bool list_position(VM& vm, List* l, Value key, const char* msg, size_t* out) {
  int64_t i;
  if (!seq_subscript_index(vm, key, "list", &i)) return false;
  if (i < 0) i += static_cast<int64_t>(l->size);
  if (i < 0 || i >= static_cast<int64_t>(l->size)) {
    raise(vm, vm.e.IndexError, msg);
    return false;
  }
  *out = static_cast<size_t>(i);
  return true;
}

// ---- construction ----

Value list_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Value cls_v = args[0];
  if (!cls_v.is_object() || !is_subtype(cls_v.as_object()->cls, vm.t.type))
    return raisef(vm, vm.e.TypeError, "list.__new__(X): X is not a type object (%s)", type_name(cls_v));
  Type* cls = cls_v.as<Type>();
  if (!is_subtype(cls, vm.t.list))
    return raisef(vm, vm.e.TypeError, "list.__new__(%s): %s is not a subtype of list", cls->name->data(),
                  cls->name->data());
  if (cls == vm.t.list) return make_list(vm);
  Obj* o = alloc_object(vm, cls);
  if (!o) return Value::error();
  return val(o);
}

Value list_init(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  List* l = args[0].as<List>();
  if (l->cls == vm.t.list && !no_kwargs(vm, "list", kwnames)) return Value::error();
  if (!check_nargs(vm, "list", nargs - 1, 0, 1)) return Value::error();
  list_clear(l);
  if (nargs > 1 && !list_extend(vm, l, args[1])) return Value::error();
  return Value::none();
}

// ---- protocol ----

Value list_repr_m(VM& vm, const Value* args, size_t, Tuple*) {
  return seq_repr(vm, kListAccess, args[0].as_object(), "[", "]", false, "[...]");
}

Value list_len_m(VM& vm, const Value* args, size_t, Tuple*) {
  return make_int(vm, static_cast<int64_t>(args[0].as<List>()->size));
}

Value list_compare(VM& vm, const Value* args, size_t nargs, CompareOp op) {
  if (nargs != 2) return raisef(vm, vm.e.TypeError, "expected 1 argument, got %zu", nargs - 1);
  if (!is_list(args[1])) return vm.not_implemented;
  List* a = args[0].as<List>();
  List* b = args[1].as<List>();
  // Lists of different lengths are never equal: no need to compare items.
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && a->size != b->size)
    return Value::boolean(op == CompareOp::Ne);
  return seq_richcompare(vm, kListAccess, a, b, op);
}
Value list_lt(VM& vm, const Value* a, size_t n, Tuple*) { return list_compare(vm, a, n, CompareOp::Lt); }
Value list_le(VM& vm, const Value* a, size_t n, Tuple*) { return list_compare(vm, a, n, CompareOp::Le); }
Value list_eq(VM& vm, const Value* a, size_t n, Tuple*) { return list_compare(vm, a, n, CompareOp::Eq); }
Value list_ne(VM& vm, const Value* a, size_t n, Tuple*) { return list_compare(vm, a, n, CompareOp::Ne); }
Value list_gt(VM& vm, const Value* a, size_t n, Tuple*) { return list_compare(vm, a, n, CompareOp::Gt); }
Value list_ge(VM& vm, const Value* a, size_t n, Tuple*) { return list_compare(vm, a, n, CompareOp::Ge); }

Value list_getitem(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "list.__getitem__", nargs - 1, 1, 1)) return Value::error();
  List* l = args[0].as<List>();
  Value key = args[1];
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (i < 0) i += static_cast<int64_t>(l->size);
    if (i < 0 || i >= static_cast<int64_t>(l->size)) return raise(vm, vm.e.IndexError, "list index out of range");
    return l->items[i];
  }
  if (is_slice(vm, key)) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, key.as<Slice>(), static_cast<int64_t>(l->size), &start, &stop, &step, &count))
      return Value::error();
    if (step == 1) return make_list(vm, l->items + start, static_cast<size_t>(count));
    Value r = make_list(vm, static_cast<size_t>(count));
    if (!r.ok()) return r;
    List* rl = r.as<List>();
    for (int64_t i = 0, j = start; i < count; ++i, j += step) rl->items[i] = l->items[j];
    rl->size = static_cast<size_t>(count);
    return r;
  }
  size_t i;
  if (!list_position(vm, l, key, "list index out of range", &i)) return Value::error();
  return l->items[i];
}

bool list_assign_slice(VM& vm, List* l, Slice* s, Value v) {
  int64_t start, stop, step, count;
  if (!slice_indices(vm, s, static_cast<int64_t>(l->size), &start, &stop, &step, &count)) return false;
  if (step == 1) {
    Value src = Value::error();
    if (v.ok()) {
      src = assigned_items(vm, l, v, "can only assign an iterable");
      if (!src.ok()) return false;
    }
    // The source may have run code that changed the list: clamp again.
    int64_t size = static_cast<int64_t>(l->size);
    int64_t lo = start < 0 ? 0 : (start > size ? size : start);
    int64_t hi = stop < lo ? lo : (stop > size ? size : stop);
    if (!src.ok()) return list_replace(vm, l, lo, hi, nullptr, 0);
    return list_replace(vm, l, lo, hi, src.as<List>()->items, src.as<List>()->size);
  }
  if (!v.ok()) {
    // Delete every step-th item: compact in one pass.
    if (count <= 0) return true;
    if (step < 0) {
      start = start + step * (count - 1);
      step = -step;
    }
    size_t w = start;
    for (size_t r = start; r < l->size; ++r) {
      bool removed = r >= static_cast<size_t>(start) && (r - start) % step == 0 &&
                     (r - start) / step < static_cast<size_t>(count);
      if (!removed) l->items[w++] = l->items[r];
    }
    l->size = w;
    return true;
  }
  Value src = assigned_items(vm, l, v, "must assign iterable to extended slice");
  if (!src.ok()) return false;
  List* sl = src.as<List>();
  if (static_cast<int64_t>(sl->size) != count) {
    raisef(vm, vm.e.ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld", sl->size,
           static_cast<long long>(count));
    return false;
  }
  if (count && (start + (count - 1) * step >= static_cast<int64_t>(l->size))) return true;  // list shrank
  for (int64_t i = 0, j = start; i < count; ++i, j += step) l->items[j] = sl->items[i];
  return true;
}

Value list_setitem(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__setitem__", nargs - 1, 2, 2)) return Value::error();
  List* l = args[0].as<List>();
  if (is_slice(vm, args[1]))
    return list_assign_slice(vm, l, args[1].as<Slice>(), args[2]) ? Value::none() : Value::error();
  size_t i;
  if (!list_position(vm, l, args[1], "list assignment index out of range", &i)) return Value::error();
  l->items[i] = args[2];
  return Value::none();
}

Value list_delitem(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__delitem__", nargs - 1, 1, 1)) return Value::error();
  List* l = args[0].as<List>();
  if (is_slice(vm, args[1]))
    return list_assign_slice(vm, l, args[1].as<Slice>(), Value::error()) ? Value::none() : Value::error();
  size_t i;
  if (!list_position(vm, l, args[1], "list assignment index out of range", &i)) return Value::error();
  if (!list_replace(vm, l, i, i + 1, nullptr, 0)) return Value::error();
  return Value::none();
}

Value list_contains(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__contains__", nargs - 1, 1, 1)) return Value::error();
  List* l = args[0].as<List>();
  for (size_t i = 0; i < l->size; ++i) {
    int eq = equals(vm, l->items[i], args[1]);
    if (eq < 0) return Value::error();
    if (eq) return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value list_add(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__add__", nargs - 1, 1, 1)) return Value::error();
  if (!is_list(args[1])) {
    if (defer_to_reflected(vm, args[1], SM::radd)) return vm.not_implemented;
    return raisef(vm, vm.e.TypeError, "can only concatenate list (not \"%s\") to list", type_name(args[1]));
  }
  List* a = args[0].as<List>();
  List* b = args[1].as<List>();
  Value r = make_list(vm, a->size + b->size);
  if (!r.ok()) return r;
  List* rl = r.as<List>();
  if (a->size) std::memcpy(static_cast<void*>(rl->items), a->items, a->size * sizeof(Value));
  if (b->size) std::memcpy(static_cast<void*>(rl->items + a->size), b->items, b->size * sizeof(Value));
  rl->size = a->size + b->size;
  return r;
}

Value list_iadd(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__iadd__", nargs - 1, 1, 1)) return Value::error();
  if (!list_extend(vm, args[0].as<List>(), args[1])) return Value::error();
  return args[0];
}

// The repeat count of l * n, or false (with the right error / NotImplemented flag).
bool repeat_count(VM& vm, Value n, SM reflected, bool* not_impl, int64_t* out) {
  *not_impl = false;
  if (!has_index(vm, n)) {
    if (defer_to_reflected(vm, n, reflected)) {
      *not_impl = true;
      return false;
    }
    raisef(vm, vm.e.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n));
    return false;
  }
  return index_to_ssize(vm, n, vm.e.OverflowError, out);
}

// Appends `times` copies of the first `n` items of l (which must already have them).
bool list_repeat_into(VM& vm, List* l, size_t n, int64_t times) {
  if (times <= 1 || n == 0) return true;
  if (static_cast<uint64_t>(times) > (SIZE_MAX / sizeof(Value) / 2) / n) {
    raise_memory_error(vm);
    return false;
  }
  size_t total = n * static_cast<size_t>(times);
  if (!list_set_capacity(vm, l, total > l->capacity ? total : l->capacity)) return false;
  for (int64_t k = 1; k < times; ++k) std::memcpy(static_cast<void*>(l->items + k * n), l->items, n * sizeof(Value));
  l->size = total;
  return true;
}

Value list_mul_impl(VM& vm, Value self, Value n, SM reflected) {
  bool not_impl;
  int64_t times;
  if (!repeat_count(vm, n, reflected, &not_impl, &times)) return not_impl ? vm.not_implemented : Value::error();
  List* a = self.as<List>();
  if (times <= 0 || a->size == 0) return make_list(vm);
  Value r = make_list(vm, a->items, a->size);
  if (!r.ok() || !list_repeat_into(vm, r.as<List>(), a->size, times)) return Value::error();
  return r;
}
Value list_mul(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__mul__", nargs - 1, 1, 1)) return Value::error();
  return list_mul_impl(vm, args[0], args[1], SM::rmul);
}
Value list_rmul(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__rmul__", nargs - 1, 1, 1)) return Value::error();
  return list_mul_impl(vm, args[0], args[1], SM::mul);
}
Value list_imul(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__imul__", nargs - 1, 1, 1)) return Value::error();
  bool not_impl;
  int64_t times;
  if (!repeat_count(vm, args[1], SM::rmul, &not_impl, &times)) return not_impl ? vm.not_implemented : Value::error();
  List* l = args[0].as<List>();
  if (times <= 0)
    list_clear(l);
  else if (!list_repeat_into(vm, l, l->size, times))
    return Value::error();
  return args[0];
}

// ---- methods ----

Value list_append_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "list.append", nargs - 1, 1, 1)) return Value::error();
  return list_append(vm, args[0].as<List>(), args[1]) ? Value::none() : Value::error();
}

Value list_extend_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "list.extend", nargs - 1, 1, 1)) return Value::error();
  return list_extend(vm, args[0].as<List>(), args[1]) ? Value::none() : Value::error();
}

Value list_insert_m(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "insert", kwnames) || !check_nargs(vm, "insert", nargs - 1, 2, 2)) return Value::error();
  List* l = args[0].as<List>();
  int64_t i;
  if (!index_to_ssize(vm, args[1], nullptr, &i)) return Value::error();
  int64_t n = static_cast<int64_t>(l->size);
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  Value v = args[2];
  return list_replace(vm, l, i, i, &v, 1) ? Value::none() : Value::error();
}

Value list_pop_m(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "pop", kwnames) || !check_nargs(vm, "pop", nargs - 1, 0, 1)) return Value::error();
  List* l = args[0].as<List>();
  int64_t i = -1;
  if (nargs > 1 && !index_to_ssize(vm, args[1], nullptr, &i)) return Value::error();
  if (l->size == 0) return raise(vm, vm.e.IndexError, "pop from empty list");
  if (i < 0) i += static_cast<int64_t>(l->size);
  if (i < 0 || i >= static_cast<int64_t>(l->size)) return raise(vm, vm.e.IndexError, "pop index out of range");
  Value v = l->items[i];
  if (!list_replace(vm, l, i, i + 1, nullptr, 0)) return Value::error();
  return v;
}

// First index of x in l[start:stop], -1 if absent, -2 on error.
int64_t list_find(VM& vm, List* l, Value x, int64_t start, int64_t stop) {
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(l->size); ++i) {
    int eq = equals(vm, l->items[i], x);
    if (eq < 0) return -2;
    if (eq) return i;
  }
  return -1;
}

Value list_remove_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "list.remove", nargs - 1, 1, 1)) return Value::error();
  List* l = args[0].as<List>();
  int64_t i = list_find(vm, l, args[1], 0, INT64_MAX);
  if (i == -2) return Value::error();
  if (i == -1) return raise(vm, vm.e.ValueError, "list.remove(x): x not in list");
  return list_replace(vm, l, i, i + 1, nullptr, 0) ? Value::none() : Value::error();
}

Value list_index_m(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "index", kwnames) || !check_nargs(vm, "index", nargs - 1, 1, 3)) return Value::error();
  List* l = args[0].as<List>();
  int64_t len = static_cast<int64_t>(l->size), start = 0, stop = INT64_MAX;
  if (nargs > 2 && !seq_bound_arg(vm, args[2], len, &start)) return Value::error();
  if (nargs > 3 && !seq_bound_arg(vm, args[3], len, &stop)) return Value::error();
  int64_t i = list_find(vm, l, args[1], start, stop);
  if (i == -2) return Value::error();
  if (i == -1) {
    Value r = repr(vm, args[1]);
    if (!r.ok()) return r;
    return raisef(vm, vm.e.ValueError, "%s is not in list", std::string(sv(r)).c_str());
  }
  return make_int(vm, i);
}

Value list_count_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "list.count", nargs - 1, 1, 1)) return Value::error();
  List* l = args[0].as<List>();
  int64_t n = 0;
  for (size_t i = 0; i < l->size; ++i) {
    int eq = equals(vm, l->items[i], args[1]);
    if (eq < 0) return Value::error();
    n += eq;
  }
  return make_int(vm, n);
}

Value list_clear_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "list.clear", nargs - 1, 0, 0)) return Value::error();
  list_clear(args[0].as<List>());
  return Value::none();
}

Value list_copy_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "list.copy", nargs - 1, 0, 0)) return Value::error();
  List* l = args[0].as<List>();
  return make_list(vm, l->items, l->size);
}

Value list_reverse_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "list.reverse", nargs - 1, 0, 0)) return Value::error();
  List* l = args[0].as<List>();
  for (size_t i = 0, j = l->size; i + 1 < j; ++i, --j) std::swap(l->items[i], l->items[j - 1]);
  return Value::none();
}

Value list_sort_m(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"key", "reverse"};
  Signature sig{"sort", kNames, 2, 0, 0, 0};
  Value bound[2] = {Value::none(), Value::boolean(false)};
  for (size_t i = 0; kwnames && i < kwnames->size; ++i) {
    std::string_view k = sv((*kwnames)[i]);
    if (k != "key" && k != "reverse")
      return raisef(vm, vm.e.TypeError, "'%s' is an invalid keyword argument for sort()", std::string(k).c_str());
  }
  if (!bind_args(vm, sig, args + 1, nargs - 1, kwnames, bound)) return Value::error();
  int64_t reverse = 0;
  if (bound[1].is_bool())
    reverse = bound[1].is_true();
  else if (!index_to_ssize(vm, bound[1], nullptr, &reverse))
    return Value::error();
  return list_sort(vm, args[0].as<List>(), bound[0], reverse != 0) ? Value::none() : Value::error();
}

Value list_sizeof_m(VM& vm, const Value* args, size_t, Tuple*) {
  return make_int(vm, static_cast<int64_t>(40 + args[0].as<List>()->capacity * sizeof(Value)));
}

// ---- iterators ----

struct ListIter : Obj {
  Value seq;      // the list, or error() once exhausted
  int64_t index;  // next position (counting down for the reverse iterator)
};

void trace_list_iter(Obj* o, Tracer& t) { t.visit(static_cast<ListIter*>(o)->seq); }
const Layout kListIterLayout{"list_iterator", trace_list_iter, nullptr};

Value make_list_iter(VM& vm, Type* cls, Value list, int64_t index) {
  auto* it = static_cast<ListIter*>(vm.heap.allocate(sizeof(ListIter)));
  if (!it) return raise_memory_error(vm);
  it->cls = cls;
  it->seq = list;
  it->index = index;
  return val(it);
}

Value list_iter_next(VM& vm, Value itv) {
  auto* it = itv.as<ListIter>();
  if (!it->seq.ok()) return Value::error();
  List* l = it->seq.as<List>();
  if (it->index < static_cast<int64_t>(l->size)) return l->items[it->index++];
  it->seq = Value::error();
  return Value::error();
}

Value list_reviter_next(VM& vm, Value itv) {
  auto* it = itv.as<ListIter>();
  if (!it->seq.ok()) return Value::error();
  List* l = it->seq.as<List>();
  if (it->index >= 0 && it->index < static_cast<int64_t>(l->size)) return l->items[it->index--];
  it->seq = Value::error();
  return Value::error();
}

Value list_iter_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__iter__", nargs - 1, 0, 0)) return Value::error();
  return make_list_iter(vm, vm.t.list_iterator, args[0], 0);
}

Value list_reversed_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__reversed__", nargs - 1, 0, 0)) return Value::error();
  return make_list_iter(vm, vm.t.list_reverseiterator, args[0],
                        static_cast<int64_t>(args[0].as<List>()->size) - 1);
}

Value list_iter_length_hint(VM& vm, const Value* args, size_t, Tuple*) {
  auto* it = args[0].as<ListIter>();
  if (!it->seq.ok()) return Value::small_int(0);
  int64_t n = static_cast<int64_t>(it->seq.as<List>()->size);
  int64_t left = it->cls == vm.t.list_reverseiterator ? (it->index < n ? it->index + 1 : 0) : n - it->index;
  return make_int(vm, left < 0 ? 0 : left);
}

Value list_iter_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  auto* it = args[0].as<ListIter>();
  bool rev = it->cls == vm.t.list_reverseiterator;
  Value fn = lookup_builtin(vm, rev ? "reversed" : "iter");
  if (!fn.ok()) return fn;
  if (!it->seq.ok()) {
    Value empty = make_list(vm);
    if (!empty.ok()) return empty;
    Value inner = make_tuple(vm, {empty});
    Value iter_fn = lookup_builtin(vm, "iter");
    if (!inner.ok() || !iter_fn.ok()) return Value::error();
    return make_tuple(vm, {iter_fn, inner});
  }
  Value inner = make_tuple(vm, {it->seq});
  if (!inner.ok()) return inner;
  return make_tuple(vm, {fn, inner, make_int(vm, it->index)});
}

const MethodDef kListMethods[] = {
    {"__new__", list_new, METH_STATIC, "Create and return a new object."},
    {"__init__", list_init, METH_SLOT},
    {"__repr__", list_repr_m, METH_SLOT},
    {"__len__", list_len_m, METH_SLOT},
    {"__lt__", list_lt, METH_SLOT},
    {"__le__", list_le, METH_SLOT},
    {"__eq__", list_eq, METH_SLOT},
    {"__ne__", list_ne, METH_SLOT},
    {"__gt__", list_gt, METH_SLOT},
    {"__ge__", list_ge, METH_SLOT},
    {"__getitem__", list_getitem, METH_SLOT},
    {"__setitem__", list_setitem, METH_SLOT},
    {"__delitem__", list_delitem, METH_SLOT},
    {"__contains__", list_contains, METH_SLOT},
    {"__iter__", list_iter_m, METH_SLOT},
    {"__reversed__", list_reversed_m, METH_METHOD, "Return a reverse iterator over the list."},
    {"__add__", list_add, METH_SLOT},
    {"__iadd__", list_iadd, METH_SLOT},
    {"__mul__", list_mul, METH_SLOT},
    {"__rmul__", list_rmul, METH_SLOT},
    {"__imul__", list_imul, METH_SLOT},
    {"__sizeof__", list_sizeof_m, METH_METHOD, "Return the size of the list in memory, in bytes."},
    {"append", list_append_m, METH_METHOD, "Append object to the end of the list."},
    {"extend", list_extend_m, METH_METHOD, "Extend list by appending elements from the iterable."},
    {"insert", list_insert_m, METH_METHOD, "Insert object before index."},
    {"pop", list_pop_m, METH_METHOD,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."},
    {"remove", list_remove_m, METH_METHOD,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", list_index_m, METH_METHOD,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", list_count_m, METH_METHOD, "Return number of occurrences of value."},
    {"clear", list_clear_m, METH_METHOD, "Remove all items from list."},
    {"copy", list_copy_m, METH_METHOD, "Return a shallow copy of the list."},
    {"reverse", list_reverse_m, METH_METHOD, "Reverse *IN PLACE*."},
    {"sort", list_sort_m, METH_METHOD,
     "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) "
     "and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it "
     "once to each list item and sort them,\nascending or descending, according to their function values.\n\nThe "
     "reverse flag can be set to sort in descending order."},
    {}};

const MethodDef kListIterMethods[] = {
    {"__iter__", iterator_iter_self, METH_SLOT},
    {"__next__", iterator_next, METH_SLOT},
    {"__length_hint__", list_iter_length_hint, METH_METHOD, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", list_iter_reduce, METH_METHOD, "Return state information for pickling."},
    {}};

}  // namespace

void init_list_type(VM& vm) {
  setup_builtin_type(vm, vm.t.list, "list", vm.t.object, &kListLayout, sizeof(List),
                     TF_BASETYPE | TF_LIST_SUBCLASS | TF_SEQUENCE, list_new);
  add_methods(vm, vm.t.list, kListMethods);
  dict_set_cstr(vm, vm.t.list->dict, "__hash__", Value::none());
  dict_set_cstr(vm, vm.t.list->dict, "__doc__",
                make_str(vm, "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new "
                             "empty list.\nThe argument must be an iterable if specified."));
  setup_builtin_type(vm, vm.t.list_iterator, "list_iterator", vm.t.object, &kListIterLayout, sizeof(ListIter), 0);
  vm.t.list_iterator->iternext = list_iter_next;
  add_methods(vm, vm.t.list_iterator, kListIterMethods);
  setup_builtin_type(vm, vm.t.list_reverseiterator, "list_reverseiterator", vm.t.object, &kListIterLayout,
                     sizeof(ListIter), 0);
  vm.t.list_reverseiterator->iternext = list_reviter_next;
  add_methods(vm, vm.t.list_reverseiterator, kListIterMethods);
}

}  // namespace klass
