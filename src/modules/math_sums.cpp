// The math module's sums, products and norms: fsum (exact, by Shewchuk's
// non-overlapping partials), prod, hypot and dist (accurate norms).
#include <cmath>
#include <vector>

#include "modules/math_internal.h"
#include "object/ops.h"
#include "types/float.h"
#include "types/int.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/rooted.h"
#include "vm/vm.h"

namespace klass::math_module {

namespace {

// ---- fsum ----

// The exact sum of the finite values seen so far, kept as non-overlapping
// partials in increasing magnitude (each addition is done exactly with the
// two-sum error term), plus the infinities and NaNs kept aside.
class ExactSum {
 public:
  // False when a finite intermediate overflowed (the caller raises).
  bool add(double x) {
    if (!std::isfinite(x)) {
      // Kept aside: inf + -inf is an error, a NaN input just gives NaN.
      special_ += x;
      if (std::isinf(x)) inf_sum_ += x;
      return true;
    }
    size_t kept = 0;
    for (double y : partials_) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials_[kept++] = lo;
      x = hi;
    }
    if (!std::isfinite(x)) return false;
    partials_.resize(kept);
    if (x != 0.0) partials_.push_back(x);
    return true;
  }

  // The sum is infinite or NaN; inf_plus_minus_inf() tells the error case.
  bool has_special() const { return special_ != 0.0; }
  bool inf_plus_minus_inf() const { return std::isnan(inf_sum_); }
  double special() const { return special_; }

  // The sum rounded once to the nearest double (ties to even).
  double total() const {
    size_t n = partials_.size();
    if (n == 0) return 0.0;
    double hi = partials_[--n], lo = 0.0;
    // Add from the largest partial down until the rounding error is non-zero.
    while (n > 0) {
      double x = hi, y = partials_[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // If the remainder below lo pushes it past a halfway point, hi must be
    // rounded the other way than the single addition did.
    if (n > 0 && ((lo < 0 && partials_[n - 1] < 0) || (lo > 0 && partials_[n - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      if (y == x - hi) hi = x;
    }
    return hi;
  }

 private:
  std::vector<double> partials_;
  double special_ = 0.0;  // the sum of the infinities and NaNs
  double inf_sum_ = 0.0;  // the sum of the infinities only
};

// ---- norms ----

// The double of one coordinate: exact floats directly, ints converted with
// OverflowError, anything else via __float__ ("must be real number").
bool coordinate(VM& vm, Value v, double* out) { return to_double(vm, v, out); }

// sqrt(sum of x*x) for |x| values, accurate to within an ulp and usually
// correctly rounded: the values are scaled so the largest is below 1, the
// squares are summed in double-double arithmetic (exact products by fma),
// and the square root gets one Newton correction from the residual.
double vector_norm(const std::vector<double>& v, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0 || v.size() <= 1) return max;
  int exp;
  std::frexp(max, &exp);
  // Scaling by a power of two is exact (values far below the largest may
  // lose bits, but their squares are below the double-double precision).
  double hi = 0.0, lo = 0.0;
  for (double x : v) {
    x = std::ldexp(x, -exp);
    double p = x * x;
    double p_err = std::fma(x, x, -p);
    // Two-sum: s + s_err == hi + p exactly.
    double s = hi + p;
    double b = s - hi;
    double s_err = (hi - (s - b)) + (p - b);
    hi = s;
    lo += s_err + p_err;
  }
  double sum = hi + lo;
  lo -= sum - hi;
  hi = sum;
  double h = std::sqrt(hi);
  // Residual (hi + lo) - h*h, with h*h computed exactly.
  double hh = h * h;
  double hh_err = std::fma(h, h, -hh);
  double residual = ((hi - hh) - hh_err) + lo;
  h += residual / (2.0 * h);
  return std::ldexp(h, exp);
}

}  // namespace

Value fsum(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "fsum", kw) || !check_nargs(vm, "math.fsum", nargs, 1, 1)) return Value::error();
  Value it = get_iter(vm, args[0]);
  if (!it.ok()) return it;
  ExactSum sum;
  for (;;) {
    Value item = iter_next(vm, it);
    if (!item.ok()) {
      if (vm.has_exc()) return item;
      break;
    }
    double x;
    if (!to_double(vm, item, &x)) return Value::error();
    if (!sum.add(x)) return raise(vm, vm.e.OverflowError, "intermediate overflow in fsum");
  }
  if (sum.has_special()) {
    if (sum.inf_plus_minus_inf()) return raise(vm, vm.e.ValueError, "-inf + inf in fsum");
    return make_float(vm, sum.special());
  }
  return make_float(vm, sum.total());
}

Value prod(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"iterable", "start"};
  Value a[2] = {Value::none(), Value::small_int(1)};
  if (!bind_args(vm, {"prod", kNames, 2, 1, 1, 1}, args, nargs, kw, a)) return Value::error();
  Value it = get_iter(vm, a[0]);
  if (!it.ok()) return it;
  Value product = a[1];
  for (;;) {
    Value item = iter_next(vm, it);
    if (!item.ok()) {
      if (vm.has_exc()) return item;
      return product;
    }
    product = binary_op(vm, BinaryOp::Multiply, product, item);
    if (!product.ok()) return product;
  }
}

Value hypot(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "hypot", kw)) return Value::error();
  std::vector<double> v(nargs);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < nargs; ++i) {
    double x;
    if (!coordinate(vm, args[i], &x)) return Value::error();
    x = std::fabs(x);
    v[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return make_float(vm, vector_norm(v, max, found_nan));
}

Value dist(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "dist", kw) || !check_nargs(vm, "dist", nargs, 2, 2)) return Value::error();
  Value p = args[0], q = args[1];
  if (!isinstance_of(vm, p, vm.t.tuple) && !(p = tuple_from_iterable(vm, p)).ok()) return Value::error();
  if (!isinstance_of(vm, q, vm.t.tuple) && !(q = tuple_from_iterable(vm, q)).ok()) return Value::error();
  Tuple* pt = p.as<Tuple>();
  Tuple* qt = q.as<Tuple>();
  if (pt->size != qt->size) return raise(vm, vm.e.ValueError, "both points must have the same number of dimensions");
  std::vector<double> v(pt->size);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < pt->size; ++i) {
    double px, qx;
    if (!coordinate(vm, (*pt)[i], &px) || !coordinate(vm, (*qt)[i], &qx)) return Value::error();
    double x = std::fabs(px - qx);
    v[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return make_float(vm, vector_norm(v, max, found_nan));
}

}  // namespace klass::math_module
