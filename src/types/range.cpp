// range and range_iterator.
//
// A range keeps its bounds as Python ints, so ranges beyond 64 bits work
// (len() of one raises OverflowError as in CPython). Iteration and the common
// operations take an int64 fast path when everything fits.
#include <string>

#include "gc/heap.h"
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

void trace_range(Obj* o, Tracer& t) {
  auto* r = static_cast<Range*>(o);
  t.visit(r->start);
  t.visit(r->stop);
  t.visit(r->step);
  t.visit(r->length);
}
const Layout kRangeLayout{"range", trace_range, nullptr};

// Integer arithmetic on Python ints (small or big).
Value iop(VM& vm, BinaryOp op, Value a, Value b) { return int_binary(vm, static_cast<int>(op), a, b); }
int icmp(Value a, Value b) { return int_compare(a, b); }
int sign(Value a) { return int_compare(a, Value::small_int(0)); }

// Number of items of range(start, stop, step).
Value compute_length(VM& vm, Value start, Value stop, Value step) {
  Value lo = start, hi = stop;
  if (sign(step) < 0) {
    lo = stop;
    hi = start;
    step = iop(vm, BinaryOp::Subtract, Value::small_int(0), step);
    if (!step.ok()) return step;
  }
  if (icmp(lo, hi) >= 0) return Value::small_int(0);
  // (hi - lo - 1) // step + 1
  Value diff = iop(vm, BinaryOp::Subtract, hi, lo);
  if (!diff.ok()) return diff;
  diff = iop(vm, BinaryOp::Subtract, diff, Value::small_int(1));
  if (!diff.ok()) return diff;
  Value q = iop(vm, BinaryOp::FloorDivide, diff, step);
  if (!q.ok()) return q;
  return iop(vm, BinaryOp::Add, q, Value::small_int(1));
}

bool range_int_arg(VM& vm, Value v) {
  return v.is_small_int() || v.is_bool() || (v.is_object() && v.as_object()->cls == vm.t.int_);
}

// An int, normalising bool to 0/1 (ranges store plain ints).
Value plain_int(Value v) { return v.is_bool() ? Value::small_int(v.is_true()) : v; }

// start + i * step
Value item_at(VM& vm, Range* r, Value i) {
  Value off = iop(vm, BinaryOp::Multiply, i, r->step);
  if (!off.ok()) return off;
  return iop(vm, BinaryOp::Add, r->start, off);
}

}  // namespace

Value make_range(VM& vm, Value start, Value stop, Value step) {
  Value len = compute_length(vm, start, stop, step);
  if (!len.ok()) return len;
  auto* r = static_cast<Range*>(vm.heap.allocate(sizeof(Range)));
  if (!r) return raise_memory_error(vm);
  r->cls = vm.t.range;
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = len;
  return val(r);
}

namespace {

Range* self_range(const Value* args) { return args[0].as<Range>(); }

Value range_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "range", kwnames) || !check_nargs(vm, "range", nargs - 1, 1, 3)) return Value::error();
  Value start = Value::small_int(0), stop, step = Value::small_int(1);
  if (nargs == 2) {
    stop = to_index(vm, args[1]);
    if (!stop.ok()) return stop;
  } else {
    start = to_index(vm, args[1]);
    if (!start.ok()) return start;
    stop = to_index(vm, args[2]);
    if (!stop.ok()) return stop;
    if (nargs > 3) {
      step = to_index(vm, args[3]);
      if (!step.ok()) return step;
      if (sign(plain_int(step)) == 0) return raise(vm, vm.e.ValueError, "range() arg 3 must not be zero");
    }
  }
  return make_range(vm, plain_int(start), plain_int(stop), plain_int(step));
}

Value range_repr_m(VM& vm, const Value* args, size_t, Tuple*) {
  Range* r = self_range(args);
  std::string out = "range(" + int_to_decimal(r->start) + ", " + int_to_decimal(r->stop);
  if (!(r->step.is_small_int() && r->step.as_small_int() == 1)) out += ", " + int_to_decimal(r->step);
  out += ")";
  return make_str(vm, out);
}

Value range_len_m(VM& vm, const Value* args, size_t, Tuple*) {
  int64_t n;
  if (!int_to_int64(self_range(args)->length, &n))
    return raise(vm, vm.e.OverflowError, "Python int too large to convert to C ssize_t");
  return self_range(args)->length;
}

Value range_bool_m(VM& vm, const Value* args, size_t, Tuple*) {
  return Value::boolean(sign(self_range(args)->length) != 0);
}

Value range_getitem(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__getitem__", nargs - 1, 1, 1)) return Value::error();
  Range* r = self_range(args);
  Value key = args[1];
  if (key.is_object() && key.as_object()->cls == vm.t.slice) {
    Value s_start, s_stop, s_step;
    if (!slice_indices_big(vm, key.as<Slice>(), r->length, &s_start, &s_stop, &s_step)) return Value::error();
    Value start = item_at(vm, r, s_start);
    Value stop = start.ok() ? item_at(vm, r, s_stop) : Value::error();
    Value step = stop.ok() ? iop(vm, BinaryOp::Multiply, s_step, r->step) : Value::error();
    if (!step.ok()) return step;
    return make_range(vm, start, stop, step);
  }
  if (!has_index(vm, key))
    return raisef(vm, vm.e.TypeError, "range indices must be integers or slices, not %s", type_name(key));
  Value i = to_index(vm, key);
  if (!i.ok()) return i;
  i = plain_int(i);
  if (sign(i) < 0) {
    i = iop(vm, BinaryOp::Add, i, r->length);
    if (!i.ok()) return i;
  }
  if (sign(i) < 0 || icmp(i, r->length) >= 0) return raise(vm, vm.e.IndexError, "range object index out of range");
  return item_at(vm, r, i);
}

// `ob in r` for an int: bounds check and divisibility, no iteration.
int contains_int(VM& vm, Range* r, Value ob) {
  ob = plain_int(ob);
  bool in_bounds = sign(r->step) > 0 ? (icmp(r->start, ob) <= 0 && icmp(ob, r->stop) < 0)
                                     : (icmp(ob, r->start) <= 0 && icmp(r->stop, ob) < 0);
  if (!in_bounds) return 0;
  Value diff = iop(vm, BinaryOp::Subtract, ob, r->start);
  if (!diff.ok()) return -1;
  Value rem = iop(vm, BinaryOp::Remainder, diff, r->step);
  if (!rem.ok()) return -1;
  return sign(rem) == 0;
}

// Searches by iteration, for non-int values: the index, or -1 if absent
// (count: the number of matches). -2 on error.
int64_t iter_search(VM& vm, Value range, Value ob, bool count) {
  Value it = get_iter(vm, range);
  if (!it.ok()) return -2;
  int64_t n = 0;
  for (int64_t i = 0;; ++i) {
    Value x = iter_next(vm, it);
    if (!x.ok()) return vm.has_exc() ? -2 : (count ? n : -1);
    int eq = equals(vm, x, ob);
    if (eq < 0) return -2;
    if (eq) {
      if (!count) return i;
      ++n;
    }
  }
}

Value range_contains_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__contains__", nargs - 1, 1, 1)) return Value::error();
  if (range_int_arg(vm, args[1])) {
    int c = contains_int(vm, self_range(args), args[1]);
    return c < 0 ? Value::error() : Value::boolean(c);
  }
  int64_t i = iter_search(vm, args[0], args[1], false);
  return i == -2 ? Value::error() : Value::boolean(i >= 0);
}

Value range_index_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "range.index", nargs - 1, 1, 1)) return Value::error();
  Range* r = self_range(args);
  Value ob = args[1];
  if (range_int_arg(vm, ob)) {
    int c = contains_int(vm, r, ob);
    if (c < 0) return Value::error();
    if (c) {
      Value diff = iop(vm, BinaryOp::Subtract, plain_int(ob), r->start);
      if (!diff.ok()) return diff;
      return iop(vm, BinaryOp::FloorDivide, diff, r->step);
    }
    Value rp = repr(vm, ob);
    if (!rp.ok()) return rp;
    return raisef(vm, vm.e.ValueError, "%s is not in range", std::string(sv(rp)).c_str());
  }
  int64_t i = iter_search(vm, args[0], ob, false);
  if (i == -2) return Value::error();
  if (i == -1) return raise(vm, vm.e.ValueError, "sequence.index(x): x not in sequence");
  return make_int(vm, i);
}

Value range_count_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "range.count", nargs - 1, 1, 1)) return Value::error();
  if (range_int_arg(vm, args[1])) {
    int c = contains_int(vm, self_range(args), args[1]);
    return c < 0 ? Value::error() : Value::small_int(c);
  }
  int64_t n = iter_search(vm, args[0], args[1], true);
  return n == -2 ? Value::error() : make_int(vm, n);
}

// Ranges are equal when they describe the same sequence.
bool range_equal(Range* a, Range* b) {
  if (a == b) return true;
  if (icmp(a->length, b->length) != 0) return false;
  if (sign(a->length) == 0) return true;
  if (icmp(a->start, b->start) != 0) return false;
  if (icmp(a->length, Value::small_int(1)) == 0) return true;
  return icmp(a->step, b->step) == 0;
}

Value range_eq_impl(VM& vm, const Value* args, size_t nargs, bool ne) {
  if (nargs != 2) return raisef(vm, vm.e.TypeError, "expected 1 argument, got %zu", nargs - 1);
  if (!args[1].is_object() || args[1].as_object()->cls != vm.t.range) return vm.not_implemented;
  bool eq = range_equal(self_range(args), args[1].as<Range>());
  return Value::boolean(ne ? !eq : eq);
}
Value range_eq(VM& vm, const Value* args, size_t nargs, Tuple*) { return range_eq_impl(vm, args, nargs, false); }
Value range_ne(VM& vm, const Value* args, size_t nargs, Tuple*) { return range_eq_impl(vm, args, nargs, true); }

Value range_hash_m(VM& vm, const Value* args, size_t, Tuple*) {
  Range* r = self_range(args);
  Value second = Value::none(), third = Value::none();
  if (sign(r->length) != 0) {
    second = r->start;
    if (icmp(r->length, Value::small_int(1)) != 0) third = r->step;
  }
  Value t = make_tuple(vm, {r->length, second, third});
  if (!t.ok()) return t;
  int64_t h;
  if (!tuple_hash(vm, t.as<Tuple>(), &h)) return Value::error();
  return make_int(vm, h);
}

Value range_reduce_m(VM& vm, const Value* args, size_t, Tuple*) {
  Range* r = self_range(args);
  Value inner = make_tuple(vm, {r->start, r->stop, r->step});
  if (!inner.ok()) return inner;
  return make_tuple(vm, {val(vm.t.range), inner});
}

Value range_start(VM& vm, Value self) { return self.as<Range>()->start; }
Value range_stop(VM& vm, Value self) { return self.as<Range>()->stop; }
Value range_step(VM& vm, Value self) { return self.as<Range>()->step; }
bool range_readonly(VM& vm, Value, Value) {
  raise(vm, vm.e.AttributeError, "readonly attribute");
  return false;
}

// ---- range_iterator ----

// Yields start, start + step, ... `len` times. Small ranges use the int64
// fields; others (`big`) keep Python ints.
struct RangeIter : Obj {
  int64_t start, step, len, index;
  Value bstart, bstep, blen, bindex;
  bool big;
};

void trace_range_iter(Obj* o, Tracer& t) {
  auto* it = static_cast<RangeIter*>(o);
  t.visit(it->bstart);
  t.visit(it->bstep);
  t.visit(it->blen);
  t.visit(it->bindex);
}
const Layout kRangeIterLayout{"range_iterator", trace_range_iter, nullptr};

Value range_iter_next(VM& vm, Value v) {
  auto* it = v.as<RangeIter>();
  if (!it->big) {
    if (it->index >= it->len) return Value::error();
    __int128 x = static_cast<__int128>(it->start) + static_cast<__int128>(it->index++) * it->step;
    return make_int(vm, static_cast<int64_t>(x));
  }
  if (icmp(it->bindex, it->blen) >= 0) return Value::error();
  Value off = iop(vm, BinaryOp::Multiply, it->bindex, it->bstep);
  Value x = off.ok() ? iop(vm, BinaryOp::Add, it->bstart, off) : Value::error();
  if (!x.ok()) return x;
  Value next = iop(vm, BinaryOp::Add, it->bindex, Value::small_int(1));
  if (!next.ok()) return next;
  it->bindex = next;
  return x;
}

Value make_range_iter(VM& vm, Value start, Value step, Value len) {
  auto* it = static_cast<RangeIter*>(vm.heap.allocate(sizeof(RangeIter)));
  if (!it) return raise_memory_error(vm);
  it->cls = vm.t.range_iterator;
  // Every item lies between start and the last item, so the int64 path is
  // safe when start, step, len and the last item all fit.
  int64_t s, st, n;
  bool small = int_to_int64(start, &s) && int_to_int64(step, &st) && int_to_int64(len, &n);
  if (small) {
    __int128 last = static_cast<__int128>(s) + static_cast<__int128>(n > 0 ? n - 1 : 0) * st;
    small = last >= INT64_MIN && last <= INT64_MAX;
  }
  if (small) {
    it->start = s;
    it->step = st;
    it->len = n;
  } else {
    it->big = true;
    it->bstart = start;
    it->bstep = step;
    it->blen = len;
    it->bindex = Value::small_int(0);
  }
  return val(it);
}

Value range_iter_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Range* r = self_range(args);
  return make_range_iter(vm, r->start, r->step, r->length);
}

Value range_reversed_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Range* r = self_range(args);
  // Last item start + (len - 1) * step, going back by step.
  Value last_index = iop(vm, BinaryOp::Subtract, r->length, Value::small_int(1));
  Value last = last_index.ok() ? item_at(vm, r, last_index) : Value::error();
  Value neg = last.ok() ? iop(vm, BinaryOp::Subtract, Value::small_int(0), r->step) : Value::error();
  if (!neg.ok()) return neg;
  return make_range_iter(vm, last, neg, r->length);
}

Value range_iter_length_hint(VM& vm, const Value* args, size_t, Tuple*) {
  auto* it = args[0].as<RangeIter>();
  if (!it->big) return make_int(vm, it->len - it->index);
  return iop(vm, BinaryOp::Subtract, it->blen, it->bindex);
}

Value range_iter_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  auto* it = args[0].as<RangeIter>();
  Value start = it->big ? it->bstart : make_int(vm, it->start);
  Value step = it->big ? it->bstep : make_int(vm, it->step);
  Value len = it->big ? it->blen : make_int(vm, it->len);
  Value index = it->big ? it->bindex : make_int(vm, it->index);
  // range(start, start + len * step, step) and the position in it.
  Value span = iop(vm, BinaryOp::Multiply, len, step);
  Value stop = span.ok() ? iop(vm, BinaryOp::Add, start, span) : Value::error();
  Value r = stop.ok() ? make_range(vm, start, stop, step) : Value::error();
  Value fn = r.ok() ? lookup_builtin(vm, "iter") : Value::error();
  Value inner = fn.ok() ? make_tuple(vm, {r}) : Value::error();
  if (!inner.ok()) return Value::error();
  return make_tuple(vm, {fn, inner, index});
}

const MethodDef kRangeMethods[] = {
    {"__new__", range_new, METH_STATIC, "Create and return a new object."},
    {"__repr__", range_repr_m, METH_SLOT},
    {"__len__", range_len_m, METH_SLOT},
    {"__bool__", range_bool_m, METH_SLOT},
    {"__getitem__", range_getitem, METH_SLOT},
    {"__contains__", range_contains_m, METH_SLOT},
    {"__iter__", range_iter_m, METH_SLOT},
    {"__reversed__", range_reversed_m, METH_METHOD, "Return a reverse iterator."},
    {"__eq__", range_eq, METH_SLOT},
    {"__ne__", range_ne, METH_SLOT},
    {"__hash__", range_hash_m, METH_SLOT},
    {"__reduce__", range_reduce_m, METH_METHOD},
    {"index", range_index_m, METH_METHOD,
     "rangeobject.index(value) -> integer\nReturn index of value.\nRaise ValueError if the value is not present."},
    {"count", range_count_m, METH_METHOD, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {}};

const GetSetDef kRangeGetSets[] = {
    {"start", range_start, range_readonly},
    {"stop", range_stop, range_readonly},
    {"step", range_step, range_readonly},
    {}};

const MethodDef kRangeIterMethods[] = {
    {"__iter__", iterator_iter_self, METH_SLOT},
    {"__next__", iterator_next, METH_SLOT},
    {"__length_hint__", range_iter_length_hint, METH_METHOD, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", range_iter_reduce, METH_METHOD, "Return state information for pickling."},
    {}};

}  // namespace

void init_range_type(VM& vm) {
  setup_builtin_type(vm, vm.t.range, "range", vm.t.object, &kRangeLayout, sizeof(Range), TF_SEQUENCE, range_new);
  add_methods(vm, vm.t.range, kRangeMethods);
  add_getsets(vm, vm.t.range, kRangeGetSets);
  dict_set_cstr(vm, vm.t.range->dict, "__doc__",
                make_str(vm, "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an "
                             "object that produces a sequence of integers from start (inclusive)\nto stop "
                             "(exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to "
                             "0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid "
                             "indices for a list of 4 elements.\nWhen step is given, it specifies the increment "
                             "(or decrement)."));
  setup_builtin_type(vm, vm.t.range_iterator, "range_iterator", vm.t.object, &kRangeIterLayout, sizeof(RangeIter), 0);
  vm.t.range_iterator->iternext = range_iter_next;
  add_methods(vm, vm.t.range_iterator, kRangeIterMethods);
}

}  // namespace klass
