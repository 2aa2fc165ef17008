// Turning a double into decimal text: repr(float) and the engine under every
// float formatting path (format(), str.format, %-formatting, complex repr).
#pragma once

#include <string>

namespace klass::text {

// The knobs of one conversion.
struct DoubleFormat {
    // 'e' 'E' (exponent), 'f' 'F' (fixed), 'g' 'G' (general), or 'r' (repr:
    // shortest round-trip digits).  Upper-case types write 'E', 'INF', 'NAN'.
    char type = 'r';
    // Digits after the point for e/f, significant digits for g (0 acts as
    // 1); ignored for r.
    int precision = 0;
    bool always_sign = false;       // '+' before non-negative values (and nan)
    bool add_dot_0 = false;         // integral values without exponent get '.0'
    bool alternate = false;         // '#': keep the point and trailing zeros
    bool no_negative_zero = false;  // 'z': a value that rounds to -0 prints as 0
};

// x as text, following CPython's rules for where the exponent starts and
// which zeros are kept.
std::string double_to_string(double x, const DoubleFormat& format);

// repr(x) (also str(x)): '0.1', '1e+16', '1e-05', '1.0', 'inf', '-inf',
// 'nan', '-0.0'.
std::string float_repr(double x);

// The correctly rounded decimal digits of |x| (x finite), as the digit
// engine of double_to_string and round() see them: |x| ~= 0.DIGITS * 10**decpt,
// with no leading or trailing zeros except the single "0" of zero.
struct DecimalDigits {
    std::string digits;
    int decpt = 0;
};
enum class DigitMode {
    kShortest,     // fewest digits that read back as x
    kSignificant,  // `count` significant digits
    kFixed,        // `count` digits after the decimal point
};
DecimalDigits decimal_digits(double x, DigitMode mode, int count = 0);

}  // namespace klass::text
