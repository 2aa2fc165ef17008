// Complex arithmetic with CPython's rules and results (division, powers,
// abs) and complex(s) parsing.  The complex repr and __format__ are in
// number_format.h, the hash in number_hash.h.
#pragma once

#include <string_view>

#include "text/result.h"

namespace klass::text {

struct ComplexValue {
    double re = 0;
    double im = 0;
};

ComplexValue complex_multiply(ComplexValue a, ComplexValue b);
// a / b, scaled to avoid needless overflow.  ZeroDivisionError "complex
// division by zero".
Result<ComplexValue> complex_divide(ComplexValue a, ComplexValue b);
// a ** b: integral real exponents up to 100 by repeated squaring, the rest
// through polar form.  ZeroDivisionError "0.0 to a negative or complex
// power", OverflowError "complex exponentiation".
Result<ComplexValue> complex_power(ComplexValue a, ComplexValue b);
// abs(a).  OverflowError "absolute value too large".
Result<double> complex_abs(ComplexValue a);

// complex(s) for a str s (UTF-8): '1', '2j', '1+2j', '-j', '(1-2.5e3j)',
// with surrounding whitespace, digits of any script and underscores as in
// float().  ValueError "complex() arg is a malformed string".
Result<ComplexValue> parse_complex_str(std::string_view s);

}  // namespace klass::text
