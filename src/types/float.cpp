// float's representation and arithmetic: boxing, conversion of operands to
// double, the binary operators with Python's rules, hashing, and the exact
// comparison of floats with ints.
#include "types/float.h"

#include <cmath>

#include "compile/opcodes.h"
#include "object/instance.h"
#include "object/ops.h"
#include "text/number_arith.h"
#include "text/number_hash.h"
#include "text/number_int_text.h"
#include "types/complex.h"
#include "types/int.h"
#include "types/int_internal.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

Value make_float(VM& vm, double d) {
  Obj* o = alloc_object(vm, vm.t.float_);
  if (!o) return Value::error();
  static_cast<Float*>(o)->v = d;
  return val(o);
}

Value make_float_of_type(VM& vm, Type* cls, double d) {
  Obj* o = alloc_object(vm, cls);
  if (!o) return Value::error();
  static_cast<Float*>(o)->v = d;
  return val(o);
}

bool is_float(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->cls;
  return t == vm.t.float_ || is_subtype(t, vm.t.float_);
}

bool number_as_double(VM& vm, Value v, double* out, bool* failed) {
  *failed = false;
  if (is_float(vm, v)) {
    *out = float_value(v);
    return true;
  }
  if (is_int_value(v)) {
    *out = int_to_double(vm, v, failed);
    return !*failed;
  }
  return false;
}

bool to_double(VM& vm, Value v, double* out) {
  bool failed;
  if (number_as_double(vm, v, out, &failed)) return true;
  if (failed) return false;
  Type* t = type_of(vm, v);
  if (lookup_special(vm, t, SM::float_).ok()) {
    Value r = call_special(vm, v, SM::float_, nullptr, 0);
    if (!r.ok()) return false;
    if (!is_float(vm, r)) {
      raisef(vm, vm.e.TypeError, "%s.__float__ returned non-float (type %s)", type_name(v), type_name(r));
      return false;
    }
    *out = float_value(r);
    return true;
  }
  if (lookup_special(vm, t, SM::index).ok()) {
    Value i = to_index(vm, v);
    if (!i.ok()) return false;
    *out = int_to_double(vm, i, &failed);
    return !failed;
  }
  raisef(vm, vm.e.TypeError, "must be real number, not %s", type_name(v));
  return false;
}

namespace {

const char* operator_symbol(BinaryOp op) {
  static const char* const symbols[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
  return symbols[static_cast<int>(op)];
}

template <class T>
bool take(VM& vm, text::Result<T>& r) {
  if (r) return true;
  raise_text_error(vm, r.error());
  return false;
}

}  // namespace

Value float_binary(VM& vm, int op_index, double a, double b) {
  if (op_index >= kInplaceOffset) op_index -= kInplaceOffset;
  auto op = static_cast<BinaryOp>(op_index);
  switch (op) {
    case BinaryOp::Add: return make_float(vm, a + b);
    case BinaryOp::Subtract: return make_float(vm, a - b);
    case BinaryOp::Multiply: return make_float(vm, a * b);
    case BinaryOp::TrueDivide: {
      auto r = text::float_true_divide(a, b);
      return take(vm, r) ? make_float(vm, *r) : Value::error();
    }
    case BinaryOp::FloorDivide: {
      auto r = text::float_floor_divide(a, b);
      return take(vm, r) ? make_float(vm, *r) : Value::error();
    }
    case BinaryOp::Remainder: {
      auto r = text::float_modulo(a, b);
      return take(vm, r) ? make_float(vm, *r) : Value::error();
    }
    case BinaryOp::Power: {
      auto r = text::float_power(a, b);
      if (!r) {
        if (r.error().type == "OverflowError") {
          // An errno-style error, as CPython raises it: OverflowError(34, '...').
          Value msg = make_str(vm, "Numerical result out of range");
          if (!msg.ok()) return msg;
          Value args = make_tuple(vm, {Value::small_int(34), msg});
          if (!args.ok()) return args;
          return raise_with_args(vm, vm.e.OverflowError, args);
        }
        return raise_text_error(vm, r.error());
      }
      if (r->needs_complex) return complex_power(vm, a, 0.0, b, 0.0);
      return make_float(vm, r->value);
    }
    default:
      return raisef(vm, vm.e.TypeError, "unsupported operand type(s) for %s: 'float' and 'float'",
                    operator_symbol(op));
  }
}

Value float_divmod(VM& vm, double a, double b) {
  auto r = text::float_divmod(a, b);
  if (!take(vm, r)) return Value::error();
  Value q = make_float(vm, r->quotient);
  if (!q.ok()) return q;
  Value m = make_float(vm, r->remainder);
  if (!m.ok()) return m;
  return make_tuple(vm, {q, m});
}

int64_t float_hash(double d) { return text::hash_float(d, 0); }

int64_t float_object_hash(Value v) {
  double d = float_value(v);
  if (!std::isnan(d)) return text::hash_float(d, 0);
  // Identity hash, as CPython's for NaN: the address rotated so that the
  // always-zero alignment bits do not waste hash-table slots.
  uint64_t p = v.bits();
  auto h = static_cast<int64_t>((p >> 4) | (p << 60));
  return h == -1 ? -2 : h;
}

int float_compare_int(double x, Value i) {
  if (std::isnan(x)) return 2;
  if (std::isinf(x)) return x > 0 ? 1 : -1;
  constexpr int64_t kExact = int64_t{1} << 53;  // ints up to here are doubles exactly
  if (is_small_or_bool(i)) {
    int64_t n = small_or_bool_value(i);
    if (n >= -kExact && n <= kExact) {
      auto d = static_cast<double>(n);
      return (x > d) - (x < d);
    }
  }
  // Compare the integral part exactly, then let the fraction decide a tie.
  double whole = std::trunc(x);
  mpz_t w;
  mpz_init_set_d(w, whole);
  text::MpzOf n(int_view(i));
  int c = mpz_cmp(w, n.get());
  mpz_clear(w);
  if (c != 0) return c > 0 ? 1 : -1;
  double fraction = x - whole;
  return (fraction > 0) - (fraction < 0);
}

}  // namespace klass
