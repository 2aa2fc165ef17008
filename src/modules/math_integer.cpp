// The math module's exact integer functions, on GMP: factorial, comb, perm,
// isqrt, gcd, lcm. Arguments go through __index__ (floats are refused with
// "'float' object cannot be interpreted as an integer", as in CPython 3.10+).
#include <gmp.h>

#include <climits>

#include "modules/math_internal.h"
#include "object/ops.h"
#include "types/int.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass::math_module {

namespace {

// An mpz that clears itself.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

// v.__index__() into out.
bool index_mpz(VM& vm, Value v, mpz_t out) {
  Value i = to_index(vm, v);
  if (!i.ok()) return false;
  int_to_mpz(i, out);
  return true;
}

Value result(VM& vm, Mpz& m) { return make_int_adopt(vm, m.z); }

// lo * (lo+1) * ... * hi by halving the range, so that the big
// multiplications are balanced (much faster than a running product).
void range_product(mpz_t out, const mpz_t lo, unsigned long count) {
  if (count == 0) {
    mpz_set_ui(out, 1);
    return;
  }
  if (count <= 16) {
    Mpz factor;
    mpz_set(out, lo);
    for (unsigned long i = 1; i < count; ++i) {
      mpz_add_ui(factor.z, lo, i);
      mpz_mul(out, out, factor.z);
    }
    return;
  }
  unsigned long half = count / 2;
  Mpz left, right, mid;
  range_product(left.z, lo, half);
  mpz_add_ui(mid.z, lo, half);
  range_product(right.z, mid.z, count - half);
  mpz_mul(out, left.z, right.z);
}

constexpr const char* kLongMax = "9223372036854775807";

}  // namespace

Value factorial(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "math.factorial", kw) || !check_nargs(vm, "math.factorial", nargs, 1, 1)) return Value::error();
  Mpz n;
  if (!index_mpz(vm, args[0], n.z)) return Value::error();
  if (mpz_sgn(n.z) < 0) return raise(vm, vm.e.ValueError, "factorial() not defined for negative values");
  if (!mpz_fits_slong_p(n.z))
    return raisef(vm, vm.e.OverflowError, "factorial() argument should not exceed %s", kLongMax);
  Mpz r;
  mpz_fac_ui(r.z, mpz_get_ui(n.z));
  return result(vm, r);
}

Value comb(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "comb", kw) || !check_nargs(vm, "comb", nargs, 2, 2)) return Value::error();
  Mpz n, k;
  if (!index_mpz(vm, args[0], n.z) || !index_mpz(vm, args[1], k.z)) return Value::error();
  if (mpz_sgn(n.z) < 0) return raise(vm, vm.e.ValueError, "n must be a non-negative integer");
  if (mpz_sgn(k.z) < 0) return raise(vm, vm.e.ValueError, "k must be a non-negative integer");
  Mpz r;
  if (mpz_cmp(k.z, n.z) > 0) return result(vm, r);  // 0
  // C(n, k) == C(n, n-k): use the smaller one.
  Mpz rest;
  mpz_sub(rest.z, n.z, k.z);
  mpz_srcptr small = mpz_cmp(rest.z, k.z) < 0 ? rest.z : k.z;
  if (!mpz_fits_slong_p(small))
    return raisef(vm, vm.e.OverflowError, "min(n - k, k) must not exceed %s", kLongMax);
  mpz_bin_ui(r.z, n.z, mpz_get_ui(small));
  return result(vm, r);
}

Value perm(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "perm", kw) || !check_nargs(vm, "perm", nargs, 1, 2)) return Value::error();
  if (nargs == 1 || args[1].is_none()) return factorial(vm, args, 1, nullptr);
  Mpz n, k;
  if (!index_mpz(vm, args[0], n.z) || !index_mpz(vm, args[1], k.z)) return Value::error();
  if (mpz_sgn(n.z) < 0) return raise(vm, vm.e.ValueError, "n must be a non-negative integer");
  if (mpz_sgn(k.z) < 0) return raise(vm, vm.e.ValueError, "k must be a non-negative integer");
  Mpz r;
  if (mpz_cmp(k.z, n.z) > 0) return result(vm, r);  // 0
  if (!mpz_fits_slong_p(k.z)) return raisef(vm, vm.e.OverflowError, "k must not exceed %s", kLongMax);
  // n! / (n-k)! = (n-k+1) * ... * n
  unsigned long count = mpz_get_ui(k.z);
  Mpz lo;
  mpz_sub_ui(lo.z, n.z, count);
  mpz_add_ui(lo.z, lo.z, 1);
  range_product(r.z, lo.z, count);
  return result(vm, r);
}

Value isqrt(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "math.isqrt", kw) || !check_nargs(vm, "math.isqrt", nargs, 1, 1)) return Value::error();
  Mpz n;
  if (!index_mpz(vm, args[0], n.z)) return Value::error();
  if (mpz_sgn(n.z) < 0) return raise(vm, vm.e.ValueError, "isqrt() argument must be nonnegative");
  Mpz r;
  mpz_sqrt(r.z, n.z);
  return result(vm, r);
}

Value gcd(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "gcd", kw)) return Value::error();
  Mpz r, x;
  for (size_t i = 0; i < nargs; ++i) {
    if (!index_mpz(vm, args[i], x.z)) return Value::error();
    mpz_gcd(r.z, r.z, x.z);
  }
  return result(vm, r);
}

Value lcm(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "lcm", kw)) return Value::error();
  Mpz r, x;
  mpz_set_ui(r.z, 1);
  for (size_t i = 0; i < nargs; ++i) {
    if (!index_mpz(vm, args[i], x.z)) return Value::error();
    mpz_lcm(r.z, r.z, x.z);  // non-negative; 0 once any argument is 0
  }
  return result(vm, r);
}

}  // namespace klass::math_module
