// float.as_integer_ratio(): the exact value of a double as a fraction.
#pragma once

#include <utility>

#include "text/number_integer.h"
#include "text/result.h"

namespace klass::text {

// (numerator, denominator) in lowest terms with a positive denominator (a
// power of two).  OverflowError "cannot convert Infinity to integer ratio",
// ValueError "cannot convert NaN to integer ratio".
Result<std::pair<Integer, Integer>> float_as_integer_ratio(double x);

}  // namespace klass::text
