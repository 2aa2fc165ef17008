// Float and int arithmetic whose Python rules are more than one machine
// instruction: floor division and modulo signs, round(), ** on floats, and
// three-argument pow() on ints.
#pragma once

#include <cstdint>

#include "text/number_integer.h"
#include "text/result.h"

namespace klass::text {

// a / b.  ZeroDivisionError "float division by zero".
Result<double> float_true_divide(double a, double b);
// a // b: floor of the quotient, consistent with a % b (so the pair
// satisfies a == (a // b) * b + a % b as closely as floats allow).
// ZeroDivisionError "float floor division by zero".
Result<double> float_floor_divide(double a, double b);
// a % b: the result has the sign of b (zero too: -0.0 % 5.0 is 0.0).
// ZeroDivisionError "float modulo".
Result<double> float_modulo(double a, double b);
struct FloatDivMod {
    double quotient;
    double remainder;
};
// divmod(a, b).  ZeroDivisionError "float divmod()".
Result<FloatDivMod> float_divmod(double a, double b);

// a ** b for floats.  A negative base with a non-integral exponent has a
// complex result in Python: `needs_complex` tells the caller to compute it
// with complex arithmetic.  ZeroDivisionError "0.0 cannot be raised to a
// negative power"; OverflowError "(34, 'Numerical result out of range')"
// (an OSError-style error: args are (34, 'Numerical result out of range')).
struct FloatPower {
    double value = 0;
    bool needs_complex = false;
};
Result<FloatPower> float_power(double base, double exponent);

// round(x, ndigits) for a float: x rounded to the nearest multiple of
// 10**-ndigits (ndigits may be negative), decided on x's exact binary value
// with ties to even, as CPython does through exact decimal conversion.
// OverflowError "rounded value too large to represent".
Result<double> float_round(double x, std::int64_t ndigits);
// round(x) for a float: the nearest int, ties to even.  OverflowError
// "cannot convert float infinity to integer", ValueError "cannot convert
// float NaN to integer".
Result<Integer> float_round_to_int(double x);

// pow(base, exponent, modulus) for ints; a negative exponent uses the modular
// inverse of base.  The result has the sign of the modulus.  ValueError
// "pow() 3rd argument cannot be 0", "base is not invertible for the given
// modulus".
Result<Integer> int_power_mod(IntView base, IntView exponent, IntView modulus);

}  // namespace klass::text
