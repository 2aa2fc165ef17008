// int arithmetic: the binary operators with Python's rules (floor division and
// modulo take the sign of the divisor, shifts and bitwise operators act on an
// infinite two's complement, ** with a negative exponent is a float), on small
// ints without allocating when the result fits, else through GMP.
#include <cstdlib>

#include "compile/opcodes.h"
#include "text/number_arith.h"
#include "text/number_convert.h"
#include "types/float.h"
#include "types/int.h"
#include "types/int_internal.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

// An mpz on the C++ stack, released at scope exit.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  operator mpz_ptr() { return z; }
};

int64_t bit_length(mpz_srcptr z) { return mpz_sgn(z) == 0 ? 0 : static_cast<int64_t>(mpz_sizeinbase(z, 2)); }

Value raise_zero_division(VM& vm, BinaryOp op) {
  return raise(vm, vm.e.ZeroDivisionError,
               op == BinaryOp::Remainder ? "integer modulo by zero" : "integer division or modulo by zero");
}

Value raise_negative_shift(VM& vm) { return raise(vm, vm.e.ValueError, "negative shift count"); }

// Python's floor division and modulo on machine ints (y != 0, no overflow:
// small ints have 63 bits).
int64_t floor_div(int64_t x, int64_t y) {
  int64_t q = x / y;
  if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
  return q;
}
int64_t floor_mod(int64_t x, int64_t y) {
  int64_t r = x % y;
  if (r != 0 && ((r < 0) != (y < 0))) r += y;
  return r;
}

// a ** b with b < 0: the float power of the two converted operands.
Value negative_power(VM& vm, Value a, Value b) {
  bool overflow;
  double x = int_to_double(vm, a, &overflow);
  if (overflow) return Value::error();
  double y = int_to_double(vm, b, &overflow);
  if (overflow) return Value::error();
  return float_binary(vm, static_cast<int>(BinaryOp::Power), x, y);
}

Value true_divide(VM& vm, Value a, Value b) {
  auto r = text::int_true_divide(int_view(a), int_view(b));
  if (!r) return raise_text_error(vm, r.error());
  return make_float(vm, *r);
}

// a << b and a >> b for any ints (b checked non-negative by the caller).
Value shift(VM& vm, BinaryOp op, Value a, Value b) {
  if (int_sign(b) < 0) return raise_negative_shift(vm);
  int sign = int_sign(a);
  int64_t count;
  bool count_fits = int_to_int64(b, &count);
  if (op == BinaryOp::RShift) {
    text::MpzOf x(int_view(a));
    if (!count_fits || count >= bit_length(x.get())) return Value::small_int(sign < 0 ? -1 : 0);
    Mpz r;
    mpz_fdiv_q_2exp(r, x.get(), static_cast<mp_bitcnt_t>(count));
    return make_int_adopt(vm, r);
  }
  if (sign == 0) return Value::small_int(0);
  text::MpzOf x(int_view(a));
  if (!count_fits) return raise(vm, vm.e.OverflowError, "too many digits in integer");
  if (count > kMaxIntBits - bit_length(x.get())) return raise_memory_error(vm);
  Mpz r;
  mpz_mul_2exp(r, x.get(), static_cast<mp_bitcnt_t>(count));
  return make_int_adopt(vm, r);
}

// a ** b for b >= 0.
Value power(VM& vm, Value a, Value b) {
  text::MpzOf x(int_view(a));
  // Bases whose powers never grow: 0, 1, -1.
  if (mpz_cmpabs_ui(x.get(), 1) <= 0) {
    if (int_sign(b) == 0) return Value::small_int(1);
    if (mpz_sgn(x.get()) >= 0) return int_exact(vm, a);
    text::MpzOf y(int_view(b));
    return Value::small_int(mpz_odd_p(y.get()) ? -1 : 1);
  }
  int64_t e;
  if (!int_to_int64(b, &e) || e > kMaxIntBits / (bit_length(x.get()) - 1))
    return raise_memory_error(vm);
  Mpz r;
  mpz_pow_ui(r, x.get(), static_cast<unsigned long>(e));
  return make_int_adopt(vm, r);
}

// The operators on two small ints (bools included), when the result fits a
// machine word; error() with no exception pending when it must go big.
Value small_binary(VM& vm, BinaryOp op, int64_t x, int64_t y, bool* handled) {
  *handled = true;
  int64_t r;
  switch (op) {
    case BinaryOp::Add: return make_int(vm, x + y);  // 63-bit operands: no overflow
    case BinaryOp::Subtract: return make_int(vm, x - y);
    case BinaryOp::Multiply:
      if (!__builtin_mul_overflow(x, y, &r)) return make_int(vm, r);
      break;
    case BinaryOp::FloorDivide:
      if (y == 0) return raise_zero_division(vm, op);
      return make_int(vm, floor_div(x, y));
    case BinaryOp::Remainder:
      if (y == 0) return raise_zero_division(vm, op);
      return make_int(vm, floor_mod(x, y));
    case BinaryOp::And: return Value::small_int(x & y);
    case BinaryOp::Or: return Value::small_int(x | y);
    case BinaryOp::Xor: return Value::small_int(x ^ y);
    case BinaryOp::LShift:
      if (y < 0) return raise_negative_shift(vm);
      if (x == 0) return Value::small_int(0);
      if (y < 63 && ((x << y) >> y) == x) return make_int(vm, x << y);
      break;
    case BinaryOp::RShift:
      if (y < 0) return raise_negative_shift(vm);
      return Value::small_int(x >> (y > 63 ? 63 : y));
    case BinaryOp::TrueDivide: {
      auto q = text::int_true_divide(x, y);
      if (!q) return raise_text_error(vm, q.error());
      return make_float(vm, *q);
    }
    default: break;
  }
  *handled = false;
  return Value::error();
}

// big + small, big - small, small - big and big * small (either order)
// without building an mpz for the small operand (the loop `total += big * i`
// is common); error() without an exception when neither operand is small.
Value mixed_size_arith(VM& vm, BinaryOp op, Value a, Value b) {
  bool a_small = is_small_or_bool(a), b_small = is_small_or_bool(b);
  if (a_small == b_small) return Value::error();
  mpz_srcptr big = (a_small ? b : a).as<BigInt>()->z;
  int64_t small = small_or_bool_value(a_small ? a : b);
  // |small| < 2**62, so the magnitude fits an unsigned long.
  auto magnitude = static_cast<unsigned long>(small < 0 ? -small : small);
  Mpz r;
  switch (op) {
    case BinaryOp::Add:
      if (small >= 0) mpz_add_ui(r, big, magnitude);
      else mpz_sub_ui(r, big, magnitude);
      break;
    case BinaryOp::Subtract:
      // a - b, or -(b - a) when the small one is on the left.
      if (small >= 0) mpz_sub_ui(r, big, magnitude);
      else mpz_add_ui(r, big, magnitude);
      if (a_small) mpz_neg(r, r);
      break;
    default:
      mpz_mul_si(r, big, static_cast<long>(small));
      break;
  }
  return make_int_adopt(vm, r);
}

}  // namespace

Value int_binary(VM& vm, int op_index, Value a, Value b) {
  // bool & bool, | and ^ stay bool (the VM's fast path sends bools here too).
  if (a.is_bool() && b.is_bool()) {
    if (op_index >= kInplaceOffset) op_index -= kInplaceOffset;
    auto op = static_cast<BinaryOp>(op_index);
    if (op == BinaryOp::And) return Value::boolean(a.is_true() && b.is_true());
    if (op == BinaryOp::Or) return Value::boolean(a.is_true() || b.is_true());
    if (op == BinaryOp::Xor) return Value::boolean(a.is_true() != b.is_true());
  }
  return int_binary_op(vm, op_index, a, b);
}

Value int_binary_op(VM& vm, int op_index, Value a, Value b) {
  if (op_index >= kInplaceOffset) op_index -= kInplaceOffset;
  auto op = static_cast<BinaryOp>(op_index);
  if (is_small_or_bool(a) && is_small_or_bool(b)) {
    bool handled;
    Value r = small_binary(vm, op, small_or_bool_value(a), small_or_bool_value(b), &handled);
    if (handled) return r;
  }
  switch (op) {
    case BinaryOp::TrueDivide: return true_divide(vm, a, b);
    case BinaryOp::LShift:
    case BinaryOp::RShift: return shift(vm, op, a, b);
    case BinaryOp::Power:
      if (int_sign(b) < 0) return negative_power(vm, a, b);
      return power(vm, a, b);
    case BinaryOp::MatMul:
      return raisef(vm, vm.e.TypeError, "unsupported operand type(s) for @: '%s' and '%s'", type_name(a),
                    type_name(b));
    default: break;
  }
  if (op == BinaryOp::Add || op == BinaryOp::Subtract || op == BinaryOp::Multiply) {
    Value r = mixed_size_arith(vm, op, a, b);
    if (r.ok() || vm.has_exc()) return r;
  }
  text::MpzOf x(int_view(a)), y(int_view(b));
  Mpz r;
  switch (op) {
    case BinaryOp::Add: mpz_add(r, x.get(), y.get()); break;
    case BinaryOp::Subtract: mpz_sub(r, x.get(), y.get()); break;
    case BinaryOp::Multiply:
      if (bit_length(x.get()) + bit_length(y.get()) > kMaxIntBits) return raise_memory_error(vm);
      mpz_mul(r, x.get(), y.get());
      break;
    case BinaryOp::FloorDivide:
      if (mpz_sgn(y.get()) == 0) return raise_zero_division(vm, op);
      mpz_fdiv_q(r, x.get(), y.get());
      break;
    case BinaryOp::Remainder:
      if (mpz_sgn(y.get()) == 0) return raise_zero_division(vm, op);
      mpz_fdiv_r(r, x.get(), y.get());
      break;
    case BinaryOp::And: mpz_and(r, x.get(), y.get()); break;
    case BinaryOp::Or: mpz_ior(r, x.get(), y.get()); break;
    case BinaryOp::Xor: mpz_xor(r, x.get(), y.get()); break;
    default: return vm.not_implemented;
  }
  return make_int_adopt(vm, r);
}

Value int_divmod(VM& vm, Value a, Value b) {
  if (is_small_or_bool(a) && is_small_or_bool(b)) {
    int64_t x = small_or_bool_value(a), y = small_or_bool_value(b);
    if (y == 0) return raise_zero_division(vm, BinaryOp::FloorDivide);
    Value q = make_int(vm, floor_div(x, y));
    if (!q.ok()) return q;
    return make_tuple(vm, {q, Value::small_int(floor_mod(x, y))});
  }
  text::MpzOf x(int_view(a)), y(int_view(b));
  if (mpz_sgn(y.get()) == 0) return raise_zero_division(vm, BinaryOp::FloorDivide);
  Mpz q, r;
  mpz_fdiv_qr(q, r, x.get(), y.get());
  Value qv = make_int_adopt(vm, q);
  if (!qv.ok()) return qv;
  Value rv = make_int_adopt(vm, r);
  if (!rv.ok()) return rv;
  return make_tuple(vm, {qv, rv});
}

Value int_power(VM& vm, Value a, Value b, Value modulus) {
  if (!modulus.ok() || modulus.is_none()) return int_binary(vm, static_cast<int>(BinaryOp::Power), a, b);
  auto r = text::int_power_mod(int_view(a), int_view(b), int_view(modulus));
  if (!r) return raise_text_error(vm, r.error());
  return make_int_from_integer(vm, std::move(*r));
}

Value int_negate(VM& vm, Value v) {
  if (is_small_or_bool(v)) return make_int(vm, -small_or_bool_value(v));
  Mpz r;
  mpz_neg(r, v.as<BigInt>()->z);
  return make_int_adopt(vm, r);
}

Value int_invert(VM& vm, Value v) {
  if (is_small_or_bool(v)) return make_int(vm, ~small_or_bool_value(v));
  Mpz r;
  mpz_com(r, v.as<BigInt>()->z);
  return make_int_adopt(vm, r);
}

Value int_abs(VM& vm, Value v) {
  if (is_small_or_bool(v)) return make_int(vm, std::llabs(small_or_bool_value(v)));
  if (mpz_sgn(v.as<BigInt>()->z) >= 0) return int_exact(vm, v);
  Mpz r;
  mpz_neg(r, v.as<BigInt>()->z);
  return make_int_adopt(vm, r);
}

}  // namespace klass
