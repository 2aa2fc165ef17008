// slice objects: slice(start, stop, step), slice.indices(), and the index
// resolution every built-in sequence uses for seq[a:b:c].
#include <gmp.h>

#include <string>

#include "gc/heap.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/misc.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

void trace_slice(Obj* o, Tracer& t) {
  auto* s = static_cast<Slice*>(o);
  t.visit(s->start);
  t.visit(s->stop);
  t.visit(s->step);
}
const Layout kSliceLayout{"slice", trace_slice, nullptr};

constexpr const char* kBadIndex = "slice indices must be integers or None or have an __index__ method";

// One slice bound as int64, clamping huge values like CPython's
// _PyEval_SliceIndex does.
bool slice_bound(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!has_index(vm, v)) {
    raise(vm, vm.e.TypeError, kBadIndex);
    return false;
  }
  Value i = to_index(vm, v);
  if (!i.ok()) return false;
  if (i.is_bool()) {
    *out = i.is_true();
  } else if (!int_to_int64(i, out)) {
    *out = int_compare(i, Value::small_int(0)) < 0 ? INT64_MIN : INT64_MAX;
  }
  return true;
}

// An index-like slice field as an mpz (TypeError for anything else).
bool slice_field_mpz(VM& vm, Value v, mpz_t out) {
  if (!has_index(vm, v)) {
    raise(vm, vm.e.TypeError, kBadIndex);
    return false;
  }
  Value i = to_index(vm, v);
  if (!i.ok()) return false;
  int_to_mpz(i, out);
  return true;
}

}  // namespace

Value make_slice(VM& vm, Value start, Value stop, Value step) {
  auto* s = static_cast<Slice*>(vm.heap.allocate(sizeof(Slice)));
  if (!s) return raise_memory_error(vm);
  s->cls = vm.t.slice;
  s->start = start;
  s->stop = stop;
  s->step = step;
  return val(s);
}

bool slice_indices(VM& vm, Slice* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* count) {
  // Unpack (CPython's PySlice_Unpack).
  if (s->step.is_none()) {
    *step = 1;
  } else {
    if (!slice_bound(vm, s->step, step)) return false;
    if (*step == 0) {
      raise(vm, vm.e.ValueError, "slice step cannot be zero");
      return false;
    }
    if (*step < -INT64_MAX) *step = -INT64_MAX;  // so that -step cannot overflow
  }
  if (s->start.is_none())
    *start = *step < 0 ? INT64_MAX : 0;
  else if (!slice_bound(vm, s->start, start))
    return false;
  if (s->stop.is_none())
    *stop = *step < 0 ? INT64_MIN : INT64_MAX;
  else if (!slice_bound(vm, s->stop, stop))
    return false;

  // Adjust to the length (PySlice_AdjustIndices).
  auto adjust = [&](int64_t* i) {
    if (*i < 0) {
      *i += length;
      if (*i < 0) *i = *step < 0 ? -1 : 0;
    } else if (*i >= length) {
      *i = *step < 0 ? length - 1 : length;
    }
  };
  adjust(start);
  adjust(stop);
  if (*step < 0)
    *count = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
  else
    *count = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
  return true;
}

bool slice_indices_big(VM& vm, Slice* s, Value lenv, Value* out_start, Value* out_stop, Value* out_step) {
  // CPython's _PySlice_GetLongIndices.
  struct Mpz {
    mpz_t z;
    Mpz() { mpz_init(z); }
    ~Mpz() { mpz_clear(z); }
  } length, start, stop, step, lower, upper;
  int_to_mpz(lenv, length.z);
  if (mpz_sgn(length.z) < 0) {
    raise(vm, vm.e.ValueError, "length should not be negative");
    return false;
  }
  if (s->step.is_none()) {
    mpz_set_si(step.z, 1);
  } else {
    if (!slice_field_mpz(vm, s->step, step.z)) return false;
    if (mpz_sgn(step.z) == 0) {
      raise(vm, vm.e.ValueError, "slice step cannot be zero");
      return false;
    }
  }
  bool negative = mpz_sgn(step.z) < 0;
  if (negative) {
    mpz_set_si(lower.z, -1);
    mpz_add(upper.z, length.z, lower.z);
  } else {
    mpz_set_si(lower.z, 0);
    mpz_set(upper.z, length.z);
  }
  auto bound = [&](Value field, mpz_t out, bool is_start) -> bool {
    if (field.is_none()) {
      mpz_set(out, (negative == is_start) ? upper.z : lower.z);
      return true;
    }
    if (!slice_field_mpz(vm, field, out)) return false;
    if (mpz_sgn(out) < 0) {
      mpz_add(out, out, length.z);
      if (mpz_cmp(out, lower.z) < 0) mpz_set(out, lower.z);
    } else if (mpz_cmp(out, upper.z) > 0) {
      mpz_set(out, upper.z);
    }
    return true;
  };
  if (!bound(s->start, start.z, true) || !bound(s->stop, stop.z, false)) return false;
  *out_start = make_int_from_mpz(vm, start.z);
  *out_stop = make_int_from_mpz(vm, stop.z);
  *out_step = make_int_from_mpz(vm, step.z);
  return out_start->ok() && out_stop->ok() && out_step->ok();
}

namespace {

Value slice_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "slice", kwnames) || !check_nargs(vm, "slice", nargs - 1, 1, 3)) return Value::error();
  if (nargs == 2) return make_slice(vm, Value::none(), args[1], Value::none());
  return make_slice(vm, args[1], args[2], nargs > 3 ? args[3] : Value::none());
}

Value slice_repr_m(VM& vm, const Value* args, size_t, Tuple*) {
  auto* s = args[0].as<Slice>();
  std::string out = "slice(";
  Value parts[3] = {s->start, s->stop, s->step};
  for (int i = 0; i < 3; ++i) {
    if (i) out += ", ";
    Value r = repr(vm, parts[i]);
    if (!r.ok()) return r;
    out += sv(r);
  }
  out += ")";
  return make_str(vm, out);
}

Value slice_as_tuple(VM& vm, Slice* s) { return make_tuple(vm, {s->start, s->stop, s->step}); }

Value slice_compare(VM& vm, const Value* args, size_t nargs, CompareOp op) {
  if (nargs != 2) return raisef(vm, vm.e.TypeError, "expected 1 argument, got %zu", nargs - 1);
  if (!args[1].is_object() || args[1].as_object()->cls != vm.t.slice) return vm.not_implemented;
  if (args[0] == args[1] && (op == CompareOp::Eq || op == CompareOp::Ne)) return Value::boolean(op == CompareOp::Eq);
  Value a = slice_as_tuple(vm, args[0].as<Slice>());
  if (!a.ok()) return a;
  Value b = slice_as_tuple(vm, args[1].as<Slice>());
  if (!b.ok()) return b;
  return compare(vm, op, a, b);
}
Value slice_lt(VM& vm, const Value* a, size_t n, Tuple*) { return slice_compare(vm, a, n, CompareOp::Lt); }
Value slice_le(VM& vm, const Value* a, size_t n, Tuple*) { return slice_compare(vm, a, n, CompareOp::Le); }
Value slice_eq(VM& vm, const Value* a, size_t n, Tuple*) { return slice_compare(vm, a, n, CompareOp::Eq); }
Value slice_ne(VM& vm, const Value* a, size_t n, Tuple*) { return slice_compare(vm, a, n, CompareOp::Ne); }
Value slice_gt(VM& vm, const Value* a, size_t n, Tuple*) { return slice_compare(vm, a, n, CompareOp::Gt); }
Value slice_ge(VM& vm, const Value* a, size_t n, Tuple*) { return slice_compare(vm, a, n, CompareOp::Ge); }

// slice.indices(length) and range slicing, with arbitrary-precision ints.
Value slice_indices_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "indices", nargs - 1, 1, 1)) return Value::error();
  Value lenv = to_index(vm, args[1]);
  if (!lenv.ok()) return lenv;
  Value start, stop, step;
  if (!slice_indices_big(vm, args[0].as<Slice>(), lenv, &start, &stop, &step)) return Value::error();
  return make_tuple(vm, {start, stop, step});
}

Value slice_reduce_m(VM& vm, const Value* args, size_t, Tuple*) {
  Value t = slice_as_tuple(vm, args[0].as<Slice>());
  if (!t.ok()) return t;
  return make_tuple(vm, {val(vm.t.slice), t});
}

Value slice_start(VM& vm, Value self) { return self.as<Slice>()->start; }
Value slice_stop(VM& vm, Value self) { return self.as<Slice>()->stop; }
Value slice_step(VM& vm, Value self) { return self.as<Slice>()->step; }
bool slice_readonly(VM& vm, Value self, Value) {
  raise(vm, vm.e.AttributeError, "readonly attribute");
  return false;
}

const MethodDef kSliceMethods[] = {
    {"__new__", slice_new, METH_STATIC, "Create and return a new object."},
    {"__repr__", slice_repr_m, METH_SLOT},
    {"__lt__", slice_lt, METH_SLOT},
    {"__le__", slice_le, METH_SLOT},
    {"__eq__", slice_eq, METH_SLOT},
    {"__ne__", slice_ne, METH_SLOT},
    {"__gt__", slice_gt, METH_SLOT},
    {"__ge__", slice_ge, METH_SLOT},
    {"indices", slice_indices_m, METH_METHOD,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\n"
     "indices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in\n"
     "a manner consistent with the handling of normal slices."},
    {"__reduce__", slice_reduce_m, METH_METHOD, "Return state information for pickling."},
    {}};

const GetSetDef kSliceGetSets[] = {
    {"start", slice_start, slice_readonly},
    {"stop", slice_stop, slice_readonly},
    {"step", slice_step, slice_readonly},
    {}};

}  // namespace

void init_slice_type(VM& vm) {
  setup_builtin_type(vm, vm.t.slice, "slice", vm.t.object, &kSliceLayout, sizeof(Slice), 0, slice_new);
  add_methods(vm, vm.t.slice, kSliceMethods);
  add_getsets(vm, vm.t.slice, kSliceGetSets);
  dict_set_cstr(vm, vm.t.slice->dict, "__hash__", Value::none());
  dict_set_cstr(vm, vm.t.slice->dict, "__doc__",
                make_str(vm, "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for "
                             "extended slicing (e.g. a[0:10:2])."));
}

}  // namespace klass
