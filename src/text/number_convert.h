// Conversions between ints and floats with Python's rounding and errors.
#pragma once

#include <cstdint>
#include <optional>

#include "text/number_integer.h"
#include "text/result.h"

namespace klass::text {

// float(i): the nearest double (ties to even).  OverflowError "int too large
// to convert to float" when it is past the largest finite double.
Result<double> int_to_double(IntView v);

// a / b for ints (Python's int true division): the exact quotient rounded
// once, even when a and b are far beyond 2**53.  ZeroDivisionError "division
// by zero"; OverflowError "integer division result too large for a float".
Result<double> int_true_divide(IntView a, IntView b);

// int(x) for a float: truncates toward zero.  OverflowError "cannot convert
// float infinity to integer", ValueError "cannot convert float NaN to integer".
Result<Integer> double_to_int(double x);

// magnitude * 2**exp2 (magnitude >= 0) rounded to the nearest double, ties
// to even, subnormals included, negated when `negative`; nullopt when it
// rounds past the largest finite double.  The one rounding step that int
// conversion, int division and float.fromhex share.
std::optional<double> scaled_to_double(mpz_srcptr magnitude, std::int64_t exp2, bool negative);

}  // namespace klass::text
