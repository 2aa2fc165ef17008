// tuple, tuple_iterator, and the helpers the built-in sequences share
// (index arguments, lexicographic comparison, repr).
#include "types/tuple.h"

#include <cstring>
#include <string>

#include "gc/heap.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/iterators.h"
#include "types/list.h"
#include "types/misc.h"
#include "types/native.h"
#include "types/str.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

// ---- sequence helpers ----

bool has_index(VM& vm, Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  Type* t = type_of(vm, v);
  return (t->flags & TF_INT_SUBCLASS) || lookup_special(vm, t, SM::index).ok();
}

bool index_to_ssize(VM& vm, Value v, Type* overflow, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  Value i = to_index(vm, v);
  if (!i.ok()) return false;
  if (i.is_bool()) {
    *out = i.is_true();
    return true;
  }
  if (int_to_int64(i, out)) return true;
  if (overflow)
    raise(vm, overflow, "cannot fit 'int' into an index-sized integer");
  else
    raise(vm, vm.e.OverflowError, "Python int too large to convert to C ssize_t");
  return false;
}

bool seq_subscript_index(VM& vm, Value v, const char* kind, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!has_index(vm, v)) {
    raisef(vm, vm.e.TypeError, "%s indices must be integers or slices, not %s", kind, type_name(v));
    return false;
  }
  return index_to_ssize(vm, v, vm.e.IndexError, out);
}

bool seq_bound_arg(VM& vm, Value v, int64_t len, int64_t* out) {
  int64_t i;
  if (v.is_small_int()) {
    i = v.as_small_int();
  } else {
    if (!has_index(vm, v)) {
      raise(vm, vm.e.TypeError, "slice indices must be integers or have an __index__ method");
      return false;
    }
    Value iv = to_index(vm, v);
    if (!iv.ok()) return false;
    if (iv.is_bool()) {
      i = iv.is_true();
    } else if (!int_to_int64(iv, &i)) {
      // Huge bounds clamp, as CPython's slice-index conversion does.
      i = int_compare(iv, Value::small_int(0)) < 0 ? INT64_MIN : INT64_MAX;
    }
  }
  if (i < 0) {
    i = i < -len ? 0 : i + len;
  }
  *out = i;
  return true;
}

bool defer_to_reflected(VM& vm, Value other, SM sm) {
  Type* t = type_of(vm, other);
  return (t->flags & TF_HEAPTYPE) && lookup_special(vm, t, sm).ok();
}

Value seq_richcompare(VM& vm, const SeqAccess& acc, Obj* a, Obj* b, CompareOp op) {
  // Find the first index where the items differ (re-reading the lengths: a
  // list may shrink while an item's __eq__ runs).
  size_t i = 0;
  for (; i < acc.len(a) && i < acc.len(b); ++i) {
    Value x = acc.at(a, i), y = acc.at(b, i);
    int eq = equals(vm, x, y);
    if (eq < 0) return Value::error();
    if (!eq) break;
  }
  size_t la = acc.len(a), lb = acc.len(b);
  if (i >= la || i >= lb) {
    bool r = false;
    switch (op) {
      case CompareOp::Lt: r = la < lb; break;
      case CompareOp::Le: r = la <= lb; break;
      case CompareOp::Eq: r = la == lb; break;
      case CompareOp::Ne: r = la != lb; break;
      case CompareOp::Gt: r = la > lb; break;
      case CompareOp::Ge: r = la >= lb; break;
    }
    return Value::boolean(r);
  }
  if (op == CompareOp::Eq) return Value::boolean(false);
  if (op == CompareOp::Ne) return Value::boolean(true);
  return compare(vm, op, acc.at(a, i), acc.at(b, i));
}

Value seq_repr(VM& vm, const SeqAccess& acc, Obj* self, const char* open, const char* close,
               bool one_item_comma, const char* recursive) {
  if (acc.len(self) == 0) return make_str(vm, std::string(open) + close);
  int r = repr_enter(vm, self);
  if (r > 0) return make_str(vm, recursive);
  std::string out = open;
  for (size_t i = 0; i < acc.len(self); ++i) {
    if (i) out += ", ";
    Value s = repr(vm, acc.at(self, i));
    if (!s.ok()) {
      repr_leave(vm, self);
      return s;
    }
    out += sv(s);
  }
  repr_leave(vm, self);
  if (one_item_comma && acc.len(self) == 1) out += ",";
  out += close;
  return make_str(vm, out);
}

// ---- allocation ----

namespace {

void trace_tuple(Obj* o, Tracer& t) {
  auto* tp = static_cast<Tuple*>(o);
  t.visit_range(tp->items(), tp->items() + tp->size);
  if (o->cls->flags & TF_HEAPTYPE) trace_instance_extras(o, t);
}
const Layout kTupleLayout{"tuple", trace_tuple, nullptr};

size_t tuple_len(const Obj* o) { return static_cast<const Tuple*>(o)->size; }
Value tuple_at(const Obj* o, size_t i) { return (*static_cast<const Tuple*>(o))[i]; }
const SeqAccess kTupleAccess{tuple_len, tuple_at};

}  // namespace

Tuple* tuple_alloc_of(VM& vm, Type* cls, size_t n) {
  if (n == 0 && cls == vm.t.tuple && vm.empty_tuple.ok()) return vm.empty_tuple.as<Tuple>();
  size_t header = cls->instance_size < sizeof(Tuple) ? sizeof(Tuple) : cls->instance_size;
  if (n > (SIZE_MAX - header) / sizeof(Value) / 2) {
    raise_memory_error(vm);
    return nullptr;
  }
  auto* t = static_cast<Tuple*>(vm.heap.allocate(header + n * sizeof(Value)));
  if (!t) {
    raise_memory_error(vm);
    return nullptr;
  }
  t->cls = cls;
  t->aux = static_cast<uint32_t>((header - sizeof(Tuple)) / sizeof(Value));
  t->size = n;
  Value* items = t->items();
  for (size_t i = 0; i < n; ++i) items[i] = Value::none();
  return t;
}

Tuple* tuple_alloc(VM& vm, size_t n) { return tuple_alloc_of(vm, vm.t.tuple, n); }

Value make_tuple(VM& vm, const Value* items, size_t n) {
  Tuple* t = tuple_alloc(vm, n);
  if (!t) return Value::error();
  if (n) std::memcpy(static_cast<void*>(t->items()), items, n * sizeof(Value));
  return val(t);
}

Value make_tuple(VM& vm, std::initializer_list<Value> items) {
  return make_tuple(vm, items.begin(), items.size());
}

Value tuple_from_iterable(VM& vm, Value iterable) {
  if (iterable.is_object()) {
    Type* t = iterable.as_object()->cls;
    if (t == vm.t.tuple) return iterable;
    if (t == vm.t.list) {
      List* l = iterable.as<List>();
      Value r = make_tuple(vm, l->items, l->size);
      keep_alive(iterable);
      return r;
    }
  }
  Value l = list_from_iterable(vm, iterable);
  if (!l.ok()) return l;
  Value r = make_tuple(vm, l.as<List>()->items, l.as<List>()->size);
  keep_alive(l);
  return r;
}

bool tuple_hash(VM& vm, Tuple* t, int64_t* out) {
  // CPython 3.11's tuplehash: xxHash's round function over the item hashes.
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  uint64_t acc = kPrime5;
  for (size_t i = 0; i < t->size; ++i) {
    int64_t h;
    if (!hash(vm, (*t)[i], &h)) return false;
    acc += static_cast<uint64_t>(h) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += t->size ^ (kPrime5 ^ 3527539UL);
  if (acc == static_cast<uint64_t>(-1)) acc = 1546275796;
  *out = static_cast<int64_t>(acc);
  return true;
}

namespace {

bool is_tuple(VM& vm, Value v) { return v.is_object() && (v.as_object()->cls->flags & TF_TUPLE_SUBCLASS); }

// A tuple with the same items as `t` but of exact type tuple.
Value as_exact_tuple(VM& vm, Tuple* t) {
  if (t->cls == vm.t.tuple) return val(t);
  return make_tuple(vm, t->items(), t->size);
}

// ---- methods ----

Value tuple_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Value cls_v = args[0];
  if (!cls_v.is_object() || !is_subtype(cls_v.as_object()->cls, vm.t.type))
    return raisef(vm, vm.e.TypeError, "tuple.__new__(X): X is not a type object (%s)", type_name(cls_v));
  Type* cls = cls_v.as<Type>();
  if (!is_subtype(cls, vm.t.tuple))
    return raisef(vm, vm.e.TypeError, "tuple.__new__(%s): %s is not a subtype of tuple", cls->name->data(),
                  cls->name->data());
  if (cls == vm.t.tuple && !no_kwargs(vm, "tuple", kwnames)) return Value::error();
  if (!check_nargs(vm, "tuple", nargs - 1, 0, 1)) return Value::error();
  Value src = nargs > 1 ? tuple_from_iterable(vm, args[1]) : vm.empty_tuple;
  if (!src.ok() || cls == vm.t.tuple) return src;
  Tuple* s = src.as<Tuple>();
  Tuple* t = tuple_alloc_of(vm, cls, s->size);
  if (!t) return Value::error();
  for (size_t i = 0; i < s->size; ++i) (*t)[i] = (*s)[i];
  return val(t);
}

Value tuple_repr_m(VM& vm, const Value* args, size_t, Tuple*) {
  return seq_repr(vm, kTupleAccess, args[0].as_object(), "(", ")", true, "(...)");
}

Value tuple_hash_m(VM& vm, const Value* args, size_t, Tuple*) {
  int64_t h;
  if (!tuple_hash(vm, args[0].as<Tuple>(), &h)) return Value::error();
  return make_int(vm, h);
}

Value tuple_len_m(VM& vm, const Value* args, size_t, Tuple*) {
  return make_int(vm, static_cast<int64_t>(args[0].as<Tuple>()->size));
}

Value tuple_compare(VM& vm, const Value* args, size_t nargs, CompareOp op) {
  if (nargs != 2) return raisef(vm, vm.e.TypeError, "expected 1 argument, got %zu", nargs - 1);
  if (!is_tuple(vm, args[1])) return vm.not_implemented;
  return seq_richcompare(vm, kTupleAccess, args[0].as_object(), args[1].as_object(), op);
}
Value tuple_lt(VM& vm, const Value* a, size_t n, Tuple*) { return tuple_compare(vm, a, n, CompareOp::Lt); }
Value tuple_le(VM& vm, const Value* a, size_t n, Tuple*) { return tuple_compare(vm, a, n, CompareOp::Le); }
Value tuple_eq(VM& vm, const Value* a, size_t n, Tuple*) { return tuple_compare(vm, a, n, CompareOp::Eq); }
Value tuple_ne(VM& vm, const Value* a, size_t n, Tuple*) { return tuple_compare(vm, a, n, CompareOp::Ne); }
Value tuple_gt(VM& vm, const Value* a, size_t n, Tuple*) { return tuple_compare(vm, a, n, CompareOp::Gt); }
Value tuple_ge(VM& vm, const Value* a, size_t n, Tuple*) { return tuple_compare(vm, a, n, CompareOp::Ge); }

Value tuple_getitem(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__getitem__", nargs - 1, 1, 1)) return Value::error();
  Tuple* t = args[0].as<Tuple>();
  Value key = args[1];
  if (key.is_object() && key.as_object()->cls == vm.t.slice) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, key.as<Slice>(), static_cast<int64_t>(t->size), &start, &stop, &step, &count))
      return Value::error();
    if (count == static_cast<int64_t>(t->size) && step == 1 && t->cls == vm.t.tuple) return args[0];
    Tuple* r = tuple_alloc(vm, static_cast<size_t>(count));
    if (!r) return Value::error();
    for (int64_t i = 0, j = start; i < count; ++i, j += step) (*r)[i] = (*t)[j];
    return val(r);
  }
  int64_t i;
  if (!seq_subscript_index(vm, key, "tuple", &i)) return Value::error();
  if (i < 0) i += static_cast<int64_t>(t->size);
  if (i < 0 || i >= static_cast<int64_t>(t->size)) return raise(vm, vm.e.IndexError, "tuple index out of range");
  return (*t)[i];
}

Value tuple_contains(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__contains__", nargs - 1, 1, 1)) return Value::error();
  Tuple* t = args[0].as<Tuple>();
  for (size_t i = 0; i < t->size; ++i) {
    int eq = equals(vm, (*t)[i], args[1]);
    if (eq < 0) return Value::error();
    if (eq) return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value tuple_add(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__add__", nargs - 1, 1, 1)) return Value::error();
  Tuple* a = args[0].as<Tuple>();
  if (!is_tuple(vm, args[1])) {
    if (defer_to_reflected(vm, args[1], SM::radd)) return vm.not_implemented;
    return raisef(vm, vm.e.TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(args[1]));
  }
  Tuple* b = args[1].as<Tuple>();
  if (b->size == 0) return as_exact_tuple(vm, a);
  if (a->size == 0) return as_exact_tuple(vm, b);
  Tuple* r = tuple_alloc(vm, a->size + b->size);
  if (!r) return Value::error();
  std::memcpy(static_cast<void*>(r->items()), a->items(), a->size * sizeof(Value));
  std::memcpy(static_cast<void*>(r->items() + a->size), b->items(), b->size * sizeof(Value));
  return val(r);
}

Value tuple_repeat(VM& vm, Value self, Value count, SM reflected) {
  Tuple* a = self.as<Tuple>();
  if (!has_index(vm, count)) {
    if (defer_to_reflected(vm, count, reflected)) return vm.not_implemented;
    return raisef(vm, vm.e.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(count));
  }
  int64_t n;
  if (!index_to_ssize(vm, count, vm.e.OverflowError, &n)) return Value::error();
  if (n <= 0 || a->size == 0) return vm.empty_tuple;
  if (n == 1) return as_exact_tuple(vm, a);
  if (static_cast<uint64_t>(n) > (SIZE_MAX / sizeof(Value) / 2) / a->size) return raise_memory_error(vm);
  Tuple* r = tuple_alloc(vm, a->size * static_cast<size_t>(n));
  if (!r) return Value::error();
  for (int64_t k = 0; k < n; ++k)
    std::memcpy(static_cast<void*>(r->items() + k * a->size), a->items(), a->size * sizeof(Value));
  return val(r);
}

Value tuple_mul(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__mul__", nargs - 1, 1, 1)) return Value::error();
  return tuple_repeat(vm, args[0], args[1], SM::rmul);
}
Value tuple_rmul(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__rmul__", nargs - 1, 1, 1)) return Value::error();
  return tuple_repeat(vm, args[0], args[1], SM::mul);
}

Value tuple_index(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "index", kwnames) || !check_nargs(vm, "index", nargs - 1, 1, 3)) return Value::error();
  Tuple* t = args[0].as<Tuple>();
  int64_t len = static_cast<int64_t>(t->size), start = 0, stop = len;
  if (nargs > 2 && !seq_bound_arg(vm, args[2], len, &start)) return Value::error();
  if (nargs > 3 && !seq_bound_arg(vm, args[3], len, &stop)) return Value::error();
  for (int64_t i = start; i < stop && i < len; ++i) {
    int eq = equals(vm, (*t)[i], args[1]);
    if (eq < 0) return Value::error();
    if (eq) return make_int(vm, i);
  }
  return raise(vm, vm.e.ValueError, "tuple.index(x): x not in tuple");
}

Value tuple_count(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "tuple.count", nargs - 1, 1, 1)) return Value::error();
  Tuple* t = args[0].as<Tuple>();
  int64_t n = 0;
  for (size_t i = 0; i < t->size; ++i) {
    int eq = equals(vm, (*t)[i], args[1]);
    if (eq < 0) return Value::error();
    n += eq;
  }
  return make_int(vm, n);
}

Value tuple_getnewargs(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__getnewargs__", nargs - 1, 0, 0)) return Value::error();
  Value copy = make_tuple(vm, args[0].as<Tuple>()->items(), args[0].as<Tuple>()->size);
  if (!copy.ok()) return copy;
  return make_tuple(vm, {copy});
}

// ---- tuple_iterator ----

struct TupleIter : Obj {
  Value seq;     // the tuple, or error() once exhausted
  size_t index;
};

void trace_tuple_iter(Obj* o, Tracer& t) { t.visit(static_cast<TupleIter*>(o)->seq); }
const Layout kTupleIterLayout{"tuple_iterator", trace_tuple_iter, nullptr};

Value tuple_iter_next(VM& vm, Value it) {
  auto* ti = it.as<TupleIter>();
  if (!ti->seq.ok()) return Value::error();
  Tuple* t = ti->seq.as<Tuple>();
  if (ti->index < t->size) return (*t)[ti->index++];
  ti->seq = Value::error();
  return Value::error();
}

Value tuple_iter(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__iter__", nargs - 1, 0, 0)) return Value::error();
  auto* ti = static_cast<TupleIter*>(vm.heap.allocate(sizeof(TupleIter)));
  if (!ti) return raise_memory_error(vm);
  ti->cls = vm.t.tuple_iterator;
  ti->seq = args[0];
  ti->index = 0;
  return val(ti);
}

Value tuple_iter_length_hint(VM& vm, const Value* args, size_t, Tuple*) {
  auto* ti = args[0].as<TupleIter>();
  if (!ti->seq.ok()) return Value::small_int(0);
  return make_int(vm, static_cast<int64_t>(ti->seq.as<Tuple>()->size - ti->index));
}

Value tuple_iter_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  auto* ti = args[0].as<TupleIter>();
  Value iter_fn = lookup_builtin(vm, "iter");
  if (!iter_fn.ok()) return iter_fn;
  if (!ti->seq.ok()) {
    Value empty = make_tuple(vm, {vm.empty_tuple});
    if (!empty.ok()) return empty;
    return make_tuple(vm, {iter_fn, empty});
  }
  Value inner = make_tuple(vm, {ti->seq});
  if (!inner.ok()) return inner;
  return make_tuple(vm, {iter_fn, inner, make_int(vm, static_cast<int64_t>(ti->index))});
}

const MethodDef kTupleMethods[] = {
    {"__new__", tuple_new, METH_STATIC, "Create and return a new object."},
    {"__repr__", tuple_repr_m, METH_SLOT},
    {"__hash__", tuple_hash_m, METH_SLOT},
    {"__len__", tuple_len_m, METH_SLOT},
    {"__lt__", tuple_lt, METH_SLOT},
    {"__le__", tuple_le, METH_SLOT},
    {"__eq__", tuple_eq, METH_SLOT},
    {"__ne__", tuple_ne, METH_SLOT},
    {"__gt__", tuple_gt, METH_SLOT},
    {"__ge__", tuple_ge, METH_SLOT},
    {"__getitem__", tuple_getitem, METH_SLOT},
    {"__contains__", tuple_contains, METH_SLOT},
    {"__iter__", tuple_iter, METH_SLOT},
    {"__add__", tuple_add, METH_SLOT},
    {"__mul__", tuple_mul, METH_SLOT},
    {"__rmul__", tuple_rmul, METH_SLOT},
    {"index", tuple_index, METH_METHOD,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", tuple_count, METH_METHOD, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs, METH_METHOD},
    {}};

const MethodDef kTupleIterMethods[] = {
    {"__iter__", iterator_iter_self, METH_SLOT},
    {"__next__", iterator_next, METH_SLOT},
    {"__length_hint__", tuple_iter_length_hint, METH_METHOD, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", tuple_iter_reduce, METH_METHOD, "Return state information for pickling."},
    {}};

}  // namespace

void init_tuple_type(VM& vm) {
  setup_builtin_type(vm, vm.t.tuple, "tuple", vm.t.object, &kTupleLayout, sizeof(Tuple),
                     TF_BASETYPE | TF_TUPLE_SUBCLASS | TF_SEQUENCE, tuple_new);
  add_methods(vm, vm.t.tuple, kTupleMethods);
  if (!vm.empty_tuple.ok()) vm.empty_tuple = val(tuple_alloc(vm, 0));
  dict_set_cstr(vm, vm.t.tuple->dict, "__doc__",
                make_str(vm, "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an "
                             "empty tuple.\nIf iterable is specified the tuple is initialized from iterable's "
                             "items.\n\nIf the argument is a tuple, the return value is the same object."));
  setup_builtin_type(vm, vm.t.tuple_iterator, "tuple_iterator", vm.t.object, &kTupleIterLayout, sizeof(TupleIter), 0);
  vm.t.tuple_iterator->iternext = tuple_iter_next;
  add_methods(vm, vm.t.tuple_iterator, kTupleIterMethods);
}

}  // namespace klass
