#include "text/number_complex.h"

#include <cmath>
#include <limits>
#include <optional>
#include <string>

#include "text/number_float_text.h"
#include "text/unicode_predicates.h"
#include "text/unicode_utf8.h"

namespace klass::text {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Why a complex operation failed, in the spirit of C's errno: a zero
// divisor / zero base (EDOM) or an infinite result (ERANGE).
enum class ComplexError { kNone, kDomain, kRange };

ComplexValue divide(ComplexValue a, ComplexValue b, ComplexError& error) {
    // Smith's method: divide through by the larger component of b so that
    // the intermediate products stay in range.
    double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            error = ComplexError::kDomain;
            return {0.0, 0.0};
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return {kNaN, kNaN};  // a component of b is a NaN
}

// x ** n for n >= 0 by binary powering, in the order CPython multiplies (the
// rounding of the result depends on it).
ComplexValue power_unsigned(ComplexValue x, long n) {
    ComplexValue r{1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = complex_multiply(r, p);
        p = complex_multiply(p, p);
    }
    return r;
}

ComplexValue power_integer(ComplexValue x, long n, ComplexError& error) {
    if (n > 0) return power_unsigned(x, n);
    return divide({1.0, 0.0}, power_unsigned(x, -n), error);
}

ComplexValue power_polar(ComplexValue a, ComplexValue b, ComplexError& error) {
    if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) error = ComplexError::kDomain;
        return {0.0, 0.0};
    }
    double modulus = std::hypot(a.re, a.im);
    double length = std::pow(modulus, b.re);
    double angle = std::atan2(a.im, a.re);
    double phase = angle * b.re;
    if (b.im != 0.0) {
        length /= std::exp(angle * b.im);
        phase += b.im * std::log(modulus);
    }
    return {length * std::cos(phase), length * std::sin(phase)};
}

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string_view strip(std::string_view s) {
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    return s;
}

// One component: a float literal without whitespace, or a bare sign (only
// for the imaginary part: '+j', '-j', 'j').
bool parse_component(std::string_view s, bool imaginary, double& out) {
    if (imaginary && (s.empty() || s == "+" || s == "-")) {
        out = s == "-" ? -1.0 : 1.0;
        return true;
    }
    if (s.empty()) return false;
    for (char c : s)
        if (is_ascii_space(c)) return false;
    auto r = parse_float_bytes(s);
    if (!r) return false;
    out = *r;
    return true;
}

std::optional<ComplexValue> parse_ascii(std::string_view s) {
    s = strip(s);
    if (!s.empty() && s.front() == '(') {
        if (s.back() != ')') return std::nullopt;
        s = strip(s.substr(1, s.size() - 2));
    }
    if (s.empty()) return std::nullopt;
    ComplexValue v;
    if ((s.back() | 0x20) != 'j') {
        if (!parse_component(s, false, v.re)) return std::nullopt;
        return v;
    }
    std::string_view body = s.substr(0, s.size() - 1);
    // The imaginary part starts at the last sign that is neither the first
    // character nor an exponent's sign.
    std::size_t split = std::string_view::npos;
    for (std::size_t i = body.size(); i-- > 1;) {
        if ((body[i] == '+' || body[i] == '-') && (body[i - 1] | 0x20) != 'e') {
            split = i;
            break;
        }
    }
    if (split == std::string_view::npos) {
        if (!parse_component(body, true, v.im)) return std::nullopt;
        return v;
    }
    if (!parse_component(body.substr(0, split), false, v.re)) return std::nullopt;
    if (!parse_component(body.substr(split), true, v.im)) return std::nullopt;
    return v;
}

}  // namespace

ComplexValue complex_multiply(ComplexValue a, ComplexValue b) {
    return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

Result<ComplexValue> complex_divide(ComplexValue a, ComplexValue b) {
    ComplexError error = ComplexError::kNone;
    ComplexValue r = divide(a, b, error);
    if (error != ComplexError::kNone) return fail("ZeroDivisionError", "complex division by zero");
    return r;
}

Result<ComplexValue> complex_power(ComplexValue a, ComplexValue b) {
    ComplexError error = ComplexError::kNone;
    ComplexValue r;
    if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0)
        r = power_integer(a, static_cast<long>(b.re), error);
    else
        r = power_polar(a, b, error);
    if (error == ComplexError::kDomain) return fail("ZeroDivisionError", "0.0 to a negative or complex power");
    if (std::isinf(r.re) || std::isinf(r.im)) return fail("OverflowError", "complex exponentiation");
    return r;
}

Result<double> complex_abs(ComplexValue a) {
    // An infinite part makes the modulus infinite even when the other is a NaN.
    if (std::isinf(a.re)) return std::fabs(a.re);
    if (std::isinf(a.im)) return std::fabs(a.im);
    if (std::isnan(a.re) || std::isnan(a.im)) return kNaN;
    double r = std::hypot(a.re, a.im);
    if (std::isinf(r)) return fail("OverflowError", "absolute value too large");
    return r;
}

Result<ComplexValue> parse_complex_str(std::string_view s) {
    std::optional<ComplexValue> v = is_ascii(s) ? parse_ascii(s) : parse_ascii(decimal_and_space_to_ascii(s));
    if (!v) return fail("ValueError", "complex() arg is a malformed string");
    return *v;
}

}  // namespace klass::text
