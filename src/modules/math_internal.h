// Shared pieces of the math module (math.cpp, math_integer.cpp, math_sums.cpp).
#pragma once
#include "object/object.h"

namespace klass {

class VM;
struct Tuple;

namespace math_module {

// CPython's two error messages for results outside a function's domain or range.
Value domain_error(VM& vm);  // ValueError("math domain error")
Value range_error(VM& vm);   // OverflowError("math range error")

// The gamma function and the log of its absolute value (math_gamma.cpp),
// with the kind of error CPython reports for the argument.
enum class GammaError { kNone, kDomain, kRange };
struct GammaResult {
  double value;
  GammaError error;
};
GammaResult gamma(double x);
GammaResult lgamma(double x);

// Integer functions (math_integer.cpp).
Value factorial(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value comb(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value perm(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value isqrt(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value gcd(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value lcm(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

// Sums, products and norms (math_sums.cpp).
Value fsum(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value prod(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value hypot(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value dist(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace math_module
}  // namespace klass
