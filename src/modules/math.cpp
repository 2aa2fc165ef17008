// The math module: floating-point functions with CPython's error rules, the
// constants, and the module table (integer functions are in math_integer.cpp,
// sums and norms in math_sums.cpp).
//
// CPython's rule for a function of real arguments: a NaN result from non-NaN
// arguments is a domain error (ValueError "math domain error"); an infinite
// result from finite arguments is a range error (OverflowError "math range
// error") for functions that can overflow (exp, cosh, ...) and a domain error
// for the others (a pole, like log(0) or atanh(1)).
#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstring>

#include "modules/math_internal.h"
#include "modules/registry.h"
#include "object/ops.h"
#include "text/number_convert.h"
#include "types/dict.h"
#include "types/float.h"
#include "types/int.h"
#include "types/module.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace math_module {

Value domain_error(VM& vm) { return raise(vm, vm.e.ValueError, "math domain error"); }
Value range_error(VM& vm) { return raise(vm, vm.e.OverflowError, "math range error"); }

namespace {

// ---- one-argument functions of a double ----

struct UnaryDef {
  const char* qualified;  // for the argument-count message: "math.sqrt"
  double (*fn)(double);
  bool can_overflow;
  bool checked = true;  // apply the NaN/infinity rule
};

constexpr UnaryDef kUnary[] = {
    {"math.acos", [](double x) { return std::acos(x); }, false},
    {"math.acosh", [](double x) { return std::acosh(x); }, false},
    {"math.asin", [](double x) { return std::asin(x); }, false},
    {"math.asinh", [](double x) { return std::asinh(x); }, false},
    {"math.atan", [](double x) { return std::atan(x); }, false},
    {"math.atanh", [](double x) { return std::atanh(x); }, false},
    {"math.cbrt", [](double x) { return std::cbrt(x); }, false},
    {"math.cos", [](double x) { return std::cos(x); }, false},
    {"math.cosh", [](double x) { return std::cosh(x); }, true},
    {"math.erf", [](double x) { return std::erf(x); }, false},
    {"math.erfc", [](double x) { return std::erfc(x); }, false},
    {"math.exp", [](double x) { return std::exp(x); }, true},
    {"math.exp2", [](double x) { return std::exp2(x); }, true},
    {"math.expm1", [](double x) { return std::expm1(x); }, true},
    {"math.fabs", [](double x) { return std::fabs(x); }, false},
    {"math.sin", [](double x) { return std::sin(x); }, false},
    {"math.sinh", [](double x) { return std::sinh(x); }, true},
    {"math.sqrt", [](double x) { return std::sqrt(x); }, false},
    {"math.tan", [](double x) { return std::tan(x); }, false},
    {"math.tanh", [](double x) { return std::tanh(x); }, false},
    {"math.log1p", [](double x) { return std::log1p(x); }, false},
    // Plain scalings: CPython reports no error for them (degrees(1e308) is inf).
    {"math.degrees", [](double x) { return x * (180.0 / M_PI); }, false, false},
    {"math.radians", [](double x) { return x * (M_PI / 180.0); }, false, false},
};

// The double of a function's single argument.
bool one_double(VM& vm, const char* qualified, const Value* args, size_t nargs, Tuple* kw, double* x) {
  if (!no_kwargs(vm, qualified, kw) || !check_nargs(vm, qualified, nargs, 1, 1)) return false;
  return to_double(vm, args[0], x);
}

bool two_doubles(VM& vm, const char* name, const Value* args, size_t nargs, Tuple* kw, double* x, double* y) {
  if (!no_kwargs(vm, name, kw) || !check_nargs(vm, name, nargs, 2, 2)) return false;
  return to_double(vm, args[0], x) && to_double(vm, args[1], y);
}

// Applies CPython's NaN/infinity rule to the result r of f(x).
Value checked_result(VM& vm, double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
  return make_float(vm, r);
}

template <size_t I>
Value unary(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  const UnaryDef& d = kUnary[I];
  double x;
  if (!one_double(vm, d.qualified, args, nargs, kw, &x)) return Value::error();
  if (!d.checked) return make_float(vm, d.fn(x));
  return checked_result(vm, x, d.fn(x), d.can_overflow);
}

// gamma/lgamma report a domain error as ValueError and a range error as
// OverflowError, except that an underflow (a tiny result) is not an error.
Value gamma_result(VM& vm, GammaResult r) {
  if (r.error == GammaError::kDomain) return domain_error(vm);
  if (r.error == GammaError::kRange && std::fabs(r.value) >= 1.5) return range_error(vm);
  return make_float(vm, r.value);
}

Value math_gamma(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_double(vm, "math.gamma", args, nargs, kw, &x)) return Value::error();
  return gamma_result(vm, gamma(x));
}

Value math_lgamma(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_double(vm, "math.lgamma", args, nargs, kw, &x)) return Value::error();
  return gamma_result(vm, lgamma(x));
}

// ---- logarithms: ints of any size are accepted ----

// log of a positive x by `fn`, for an int or float argument; ints too large
// for a double are split as m * 2**e first.
bool log_of(VM& vm, Value v, double (*fn)(double), double* out) {
  if (is_int(vm, v)) {
    if (int_sign(v) <= 0) {
      domain_error(vm);
      return false;
    }
    auto d = text::int_to_double(int_view(v));
    if (d) {
      *out = fn(*d);
      return true;
    }
    // Beyond the double range: v = m * 2**bits with m in [0.5, 1].
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    int64_t bits = static_cast<int64_t>(mpz_sizeinbase(z, 2));
    double m = *text::scaled_to_double(z, -bits, false);
    mpz_clear(z);
    *out = fn(m) + static_cast<double>(bits) * fn(2.0);
    return true;
  }
  double x;
  if (!to_double(vm, v, &x)) return false;
  if (std::isnan(x) || (std::isinf(x) && x > 0)) {
    *out = x;
    return true;
  }
  if (!(x > 0)) {
    domain_error(vm);
    return false;
  }
  *out = fn(x);
  return true;
}

double ln(double x) { return std::log(x); }
double lg2(double x) { return std::log2(x); }
double lg10(double x) { return std::log10(x); }

Value math_log(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "log", kw)) return Value::error();
  if (nargs < 1 || nargs > 2) return raise(vm, vm.e.TypeError, "math.log requires 1 to 2 arguments");
  double num;
  if (!log_of(vm, args[0], ln, &num)) return Value::error();
  if (nargs == 1) return make_float(vm, num);
  double den;
  if (!log_of(vm, args[1], ln, &den)) return Value::error();
  if (den == 0) return raise(vm, vm.e.ZeroDivisionError, "float division by zero");
  return make_float(vm, num / den);
}

template <double (*Fn)(double)>
Value log_n(VM& vm, const char* qualified, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, qualified, kw) || !check_nargs(vm, qualified, nargs, 1, 1)) return Value::error();
  double r;
  if (!log_of(vm, args[0], Fn, &r)) return Value::error();
  return make_float(vm, r);
}
Value math_log2(VM& vm, const Value* a, size_t n, Tuple* kw) { return log_n<lg2>(vm, "math.log2", a, n, kw); }
Value math_log10(VM& vm, const Value* a, size_t n, Tuple* kw) { return log_n<lg10>(vm, "math.log10", a, n, kw); }

// ---- two-argument functions ----

Value math_atan2(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double y, x;
  if (!two_doubles(vm, "atan2", args, nargs, kw, &y, &x)) return Value::error();
  return make_float(vm, std::atan2(y, x));
}

Value math_copysign(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles(vm, "copysign", args, nargs, kw, &x, &y)) return Value::error();
  return make_float(vm, std::copysign(x, y));
}

Value math_fmod(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles(vm, "fmod", args, nargs, kw, &x, &y)) return Value::error();
  if (std::isinf(y) && std::isfinite(x)) return make_float(vm, x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  return make_float(vm, r);
}

Value math_remainder(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles(vm, "remainder", args, nargs, kw, &x, &y)) return Value::error();
  if (std::isnan(x)) return make_float(vm, x);
  if (std::isnan(y)) return make_float(vm, y);
  if (std::isinf(x) || y == 0) return domain_error(vm);
  if (std::isinf(y)) return make_float(vm, x);
  return make_float(vm, std::remainder(x, y));
}

Value math_pow(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles(vm, "pow", args, nargs, kw, &x, &y)) return Value::error();
  // C99's pow already gives Python's answers for infinities and NaNs (1**nan
  // and nan**0 are 1); what remains is to report the finite cases it fails.
  double r = std::pow(x, y);
  if (std::isfinite(x) && std::isfinite(y)) {
    if (std::isnan(r)) return domain_error(vm);                 // negative ** non-integer
    if (std::isinf(r)) return x == 0 ? domain_error(vm) : range_error(vm);  // 0 ** negative, overflow
  }
  return make_float(vm, r);
}

Value math_nextafter(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles(vm, "nextafter", args, nargs, kw, &x, &y)) return Value::error();
  return make_float(vm, std::nextafter(x, y));
}

Value math_ulp(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_double(vm, "math.ulp", args, nargs, kw, &x)) return Value::error();
  if (std::isnan(x)) return make_float(vm, x);
  x = std::fabs(x);
  if (std::isinf(x)) return make_float(vm, x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return make_float(vm, x - std::nextafter(x, -INFINITY));  // x is the largest double
  return make_float(vm, up - x);
}

Value math_isclose(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"a", "b", "rel_tol", "abs_tol"};
  Value a[4] = {Value::none(), Value::none(), Value::error(), Value::error()};
  if (nargs > 2) return raisef(vm, vm.e.TypeError, "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
  if (!bind_args(vm, {"isclose", kNames, 4, 2, 0, 2}, args, nargs, kw, a)) return Value::error();
  double x, y, rel_tol = 1e-09, abs_tol = 0.0;
  if (!to_double(vm, a[0], &x) || !to_double(vm, a[1], &y)) return Value::error();
  if (a[2].ok() && !to_double(vm, a[2], &rel_tol)) return Value::error();
  if (a[3].ok() && !to_double(vm, a[3], &abs_tol)) return Value::error();
  if (rel_tol < 0.0 || abs_tol < 0.0) return raise(vm, vm.e.ValueError, "tolerances must be non-negative");
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double diff = std::fabs(y - x);
  return Value::boolean(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol);
}

// ---- classification ----

template <bool (*Test)(double)>
Value classify(VM& vm, const char* qualified, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_double(vm, qualified, args, nargs, kw, &x)) return Value::error();
  return Value::boolean(Test(x));
}
bool test_nan(double x) { return std::isnan(x); }
bool test_inf(double x) { return std::isinf(x); }
bool test_finite(double x) { return std::isfinite(x); }
Value math_isnan(VM& vm, const Value* a, size_t n, Tuple* kw) { return classify<test_nan>(vm, "math.isnan", a, n, kw); }
Value math_isinf(VM& vm, const Value* a, size_t n, Tuple* kw) { return classify<test_inf>(vm, "math.isinf", a, n, kw); }
Value math_isfinite(VM& vm, const Value* a, size_t n, Tuple* kw) {
  return classify<test_finite>(vm, "math.isfinite", a, n, kw);
}

// ---- rounding to int: floor, ceil, trunc ----

// floor/ceil: an exact float is rounded directly; anything else is asked for
// its __floor__/__ceil__ first, then converted with __float__.
Value round_to_int(VM& vm, const char* qualified, SM method, double (*fn)(double), const Value* args, size_t nargs,
                   Tuple* kw) {
  if (!no_kwargs(vm, qualified, kw) || !check_nargs(vm, qualified, nargs, 1, 1)) return Value::error();
  Value v = args[0];
  if (!is_exact(vm, v, vm.t.float_)) {
    Value r = call_special(vm, v, method, nullptr, 0);
    if (r.ok() || vm.has_exc()) return r;
  }
  double x;
  if (!to_double(vm, v, &x)) return Value::error();
  return make_int_from_double(vm, fn(x));
}
double do_floor(double x) { return std::floor(x); }
double do_ceil(double x) { return std::ceil(x); }
Value math_floor(VM& vm, const Value* a, size_t n, Tuple* kw) {
  return round_to_int(vm, "math.floor", SM::floor, do_floor, a, n, kw);
}
Value math_ceil(VM& vm, const Value* a, size_t n, Tuple* kw) {
  return round_to_int(vm, "math.ceil", SM::ceil, do_ceil, a, n, kw);
}

Value math_trunc(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "math.trunc", kw) || !check_nargs(vm, "math.trunc", nargs, 1, 1)) return Value::error();
  if (is_exact(vm, args[0], vm.t.float_)) return make_int_from_double(vm, std::trunc(float_value(args[0])));
  Value r = call_special(vm, args[0], SM::trunc, nullptr, 0);
  if (r.ok() || vm.has_exc()) return r;
  return raisef(vm, vm.e.TypeError, "type %s doesn't define __trunc__ method", type_name(args[0]));
}

// ---- decomposition: frexp, ldexp, modf ----

Value math_frexp(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_double(vm, "math.frexp", args, nargs, kw, &x)) return Value::error();
  int e = 0;
  double m = (std::isfinite(x) && x != 0) ? std::frexp(x, &e) : x;
  return make_tuple(vm, {make_float(vm, m), make_int(vm, e)});
}

Value math_ldexp(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!no_kwargs(vm, "ldexp", kw) || !check_nargs(vm, "ldexp", nargs, 2, 2) || !to_double(vm, args[0], &x))
    return Value::error();
  if (!is_int(vm, args[1])) return raise(vm, vm.e.TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!int_to_int64(args[1], &e)) e = int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
  if (x == 0 || !std::isfinite(x)) return make_float(vm, x);
  // Exponents past any double's range saturate; ldexp's int argument would wrap.
  if (e > 100000) return range_error(vm);
  if (e < -100000) return make_float(vm, std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) return range_error(vm);
  return make_float(vm, r);
}

Value math_modf(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_double(vm, "math.modf", args, nargs, kw, &x)) return Value::error();
  double ip, fp;
  if (std::isinf(x)) {
    ip = x;
    fp = std::copysign(0.0, x);
  } else {
    fp = std::modf(x, &ip);
  }
  return make_tuple(vm, {make_float(vm, fp), make_float(vm, ip)});
}

enum UnaryIndex {
  kAcos, kAcosh, kAsin, kAsinh, kAtan, kAtanh, kCbrt, kCos, kCosh, kErf, kErfc, kExp, kExp2, kExpm1,
  kFabs, kSin, kSinh, kSqrt, kTan, kTanh, kLog1p, kDegrees, kRadians,
};

const MethodDef kMathFunctions[] = {
    {"acos", unary<kAcos>, METH_FUNCTION, "Return the arc cosine (measured in radians) of x."},
    {"acosh", unary<kAcosh>, METH_FUNCTION, "Return the inverse hyperbolic cosine of x."},
    {"asin", unary<kAsin>, METH_FUNCTION, "Return the arc sine (measured in radians) of x."},
    {"asinh", unary<kAsinh>, METH_FUNCTION, "Return the inverse hyperbolic sine of x."},
    {"atan", unary<kAtan>, METH_FUNCTION, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, METH_FUNCTION, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", unary<kAtanh>, METH_FUNCTION, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", unary<kCbrt>, METH_FUNCTION, "Return the cube root of x."},
    {"ceil", math_ceil, METH_FUNCTION, "Return the ceiling of x as an Integral."},
    {"comb", comb, METH_FUNCTION, "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", math_copysign, METH_FUNCTION, "Return a float with the magnitude (absolute value) of x but the sign of y."},
    {"cos", unary<kCos>, METH_FUNCTION, "Return the cosine of x (measured in radians)."},
    {"cosh", unary<kCosh>, METH_FUNCTION, "Return the hyperbolic cosine of x."},
    {"degrees", unary<kDegrees>, METH_FUNCTION, "Convert angle x from radians to degrees."},
    {"dist", dist, METH_FUNCTION, "Return the Euclidean distance between two points p and q."},
    {"erf", unary<kErf>, METH_FUNCTION, "Error function at x."},
    {"erfc", unary<kErfc>, METH_FUNCTION, "Complementary error function at x."},
    {"exp", unary<kExp>, METH_FUNCTION, "Return e raised to the power of x."},
    {"exp2", unary<kExp2>, METH_FUNCTION, "Return 2 raised to the power of x."},
    {"expm1", unary<kExpm1>, METH_FUNCTION, "Return exp(x)-1."},
    {"fabs", unary<kFabs>, METH_FUNCTION, "Return the absolute value of the float x."},
    {"factorial", factorial, METH_FUNCTION, "Find n!."},
    {"floor", math_floor, METH_FUNCTION, "Return the floor of x as an Integral."},
    {"fmod", math_fmod, METH_FUNCTION, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, METH_FUNCTION, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", fsum, METH_FUNCTION, "Return an accurate floating point sum of values in the iterable seq."},
    {"gamma", math_gamma, METH_FUNCTION, "Gamma function at x."},
    {"gcd", gcd, METH_FUNCTION, "Greatest Common Divisor."},
    {"hypot", hypot, METH_FUNCTION, "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", math_isclose, METH_FUNCTION, "Determine whether two floating point numbers are close in value."},
    {"isfinite", math_isfinite, METH_FUNCTION, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", math_isinf, METH_FUNCTION, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", math_isnan, METH_FUNCTION, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", isqrt, METH_FUNCTION, "Return the integer part of the square root of the input."},
    {"lcm", lcm, METH_FUNCTION, "Least Common Multiple."},
    {"ldexp", math_ldexp, METH_FUNCTION, "Return x * (2**i)."},
    {"lgamma", math_lgamma, METH_FUNCTION, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", math_log, METH_FUNCTION, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", math_log10, METH_FUNCTION, "Return the base 10 logarithm of x."},
    {"log1p", unary<kLog1p>, METH_FUNCTION, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, METH_FUNCTION, "Return the base 2 logarithm of x."},
    {"modf", math_modf, METH_FUNCTION, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, METH_FUNCTION, "Return the next floating-point value after x towards y."},
    {"perm", perm, METH_FUNCTION, "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", math_pow, METH_FUNCTION, "Return x**y (x to the power of y)."},
    {"prod", prod, METH_FUNCTION, "Calculate the product of all the elements in the input iterable."},
    {"radians", unary<kRadians>, METH_FUNCTION, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, METH_FUNCTION, "Difference between x and the closest integer multiple of y."},
    {"sin", unary<kSin>, METH_FUNCTION, "Return the sine of x (measured in radians)."},
    {"sinh", unary<kSinh>, METH_FUNCTION, "Return the hyperbolic sine of x."},
    {"sqrt", unary<kSqrt>, METH_FUNCTION, "Return the square root of x."},
    {"tan", unary<kTan>, METH_FUNCTION, "Return the tangent of x (measured in radians)."},
    {"tanh", unary<kTanh>, METH_FUNCTION, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, METH_FUNCTION, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, METH_FUNCTION, "Return the value of the least significant bit of the float x."},
    {}};

}  // namespace
}  // namespace math_module

bool init_math_module(VM& vm, Module* m) {
  add_functions(vm, m->dict, val(m), math_module::kMathFunctions);
  struct Constant {
    const char* name;
    double value;
  };
  const Constant constants[] = {
      {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
  };
  for (const Constant& c : constants)
    if (!dict_set_cstr(vm, m->dict, c.name, make_float(vm, c.value))) return false;
  return true;
}

}  // namespace klass
