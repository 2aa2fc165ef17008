#include "text/number_float_text.h"

#include <gmp.h>

#include <charconv>
#include <climits>
#include <cmath>
#include <limits>
#include <optional>

#include "text/number_convert.h"
#include "text/number_double.h"
#include "text/unicode_predicates.h"
#include "text/unicode_repr.h"
#include "text/unicode_utf8.h"

namespace klass::text {

namespace {

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view strip_ascii_space(std::string_view s) {
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    return s;
}

bool equals_ignoring_case(std::string_view s, std::string_view lower) {
    if (s.size() != lower.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((s[i] | 0x20) != lower[i]) return false;
    return true;
}

// Reads an optional sign at the front of s.
bool take_sign(std::string_view& s) {
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        bool negative = s[0] == '-';
        s.remove_prefix(1);
        return negative;
    }
    return false;
}

// Removes underscores that sit between two digits; nullopt if any other
// underscore is present ("1__0", "_1", "1_", "1_.5").
std::optional<std::string> remove_underscores(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '_') {
            out += s[i];
            continue;
        }
        if (i == 0 || !is_digit(s[i - 1]) || i + 1 == s.size() || !is_digit(s[i + 1])) return std::nullopt;
    }
    return out;
}

// [digits][.digits] with at least one digit, then an optional exponent:
// exactly the decimal numbers Python's float() takes (after the sign).
// Returns the magnitude, rounded correctly.
std::optional<double> parse_decimal(std::string_view s) {
    std::size_t pos = 0, int_digits = 0, frac_digits = 0;
    while (pos < s.size() && is_digit(s[pos])) ++pos, ++int_digits;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        while (pos < s.size() && is_digit(s[pos])) ++pos, ++frac_digits;
    }
    if (int_digits + frac_digits == 0) return std::nullopt;
    std::size_t mantissa_end = pos;
    if (pos < s.size() && (s[pos] | 0x20) == 'e') {
        ++pos;
        if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) ++pos;
        std::size_t exponent_digits = 0;
        while (pos < s.size() && is_digit(s[pos])) ++pos, ++exponent_digits;
        if (exponent_digits == 0) return std::nullopt;
    }
    if (pos != s.size()) return std::nullopt;

    double value = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), value, std::chars_format::general);
    if (r.ec == std::errc::result_out_of_range) {
        // Too large or too small for a double: Python gives inf or 0.  The
        // decimal magnitude tells which (out-of-range values are far from 1).
        std::string_view mantissa = s.substr(0, mantissa_end);
        long long magnitude = 0;
        auto first = mantissa.find_first_not_of("0.");
        auto point = mantissa.find('.');
        if (point == std::string_view::npos) point = mantissa.size();
        magnitude = static_cast<long long>(point) - static_cast<long long>(first) - (first > point ? -1 : 0);
        long long exponent = 0;
        if (mantissa_end < s.size()) {
            std::string_view e = s.substr(mantissa_end + 1);
            bool negative = take_sign(e);
            for (char c : e) exponent = std::min(exponent * 10 + (c - '0'), 1LL << 40);
            if (negative) exponent = -exponent;
        }
        return magnitude + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    }
    return value;
}

// 'inf', 'infinity' and 'nan' in any case.
std::optional<double> special_value(std::string_view s) {
    if (equals_ignoring_case(s, "inf") || equals_ignoring_case(s, "infinity"))
        return std::numeric_limits<double>::infinity();
    if (equals_ignoring_case(s, "nan")) return std::numeric_limits<double>::quiet_NaN();
    return std::nullopt;
}

// The grammar of float() on ASCII text.
std::optional<double> parse_float_ascii(std::string_view s) {
    s = strip_ascii_space(s);
    std::string without_underscores;
    if (s.find('_') != std::string_view::npos) {
        auto cleaned = remove_underscores(s);
        if (!cleaned) return std::nullopt;
        without_underscores = std::move(*cleaned);
        s = without_underscores;
    }
    bool negative = take_sign(s);
    std::optional<double> magnitude = special_value(s);
    if (!magnitude) magnitude = parse_decimal(s);
    if (!magnitude) return std::nullopt;
    return std::copysign(*magnitude, negative ? -1.0 : 1.0);
}

int hex_digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

}  // namespace

Result<double> parse_float_str(std::string_view s) {
    std::optional<double> value;
    if (is_ascii(s))
        value = parse_float_ascii(s);
    else
        value = parse_float_ascii(decimal_and_space_to_ascii(s));
    if (!value) return fail("ValueError", "could not convert string to float: " + repr_str(s));
    return *value;
}

Result<double> parse_float_bytes(std::string_view b) {
    auto value = parse_float_ascii(b);
    if (!value) return fail("ValueError", "could not convert string to float: " + repr_bytes(b));
    return *value;
}

std::string float_hex(double x) {
    if (!std::isfinite(x)) return float_repr(x);
    std::string out = std::signbit(x) ? "-0x" : "0x";
    if (x == 0.0) return out + "0.0p+0";
    // x = mantissa * 2**exponent with the mantissa in [1, 2), or in (0, 1)
    // with exponent -1022 for subnormals: 13 hex digits hold the 52 bits
    // after the point.
    int exponent;
    double mantissa = std::frexp(std::fabs(x), &exponent);  // [0.5, 1)
    int shift = 1 - std::max(-1021 - exponent, 0);
    mantissa = std::ldexp(mantissa, shift);
    exponent -= shift;
    const char* digits = "0123456789abcdef";
    int lead = static_cast<int>(mantissa);
    out += digits[lead];
    out += '.';
    mantissa -= lead;
    for (int i = 0; i < 13; ++i) {
        mantissa *= 16;
        int d = static_cast<int>(mantissa);
        out += digits[d];
        mantissa -= d;
    }
    out += 'p';
    out += exponent < 0 ? '-' : '+';
    out += std::to_string(std::abs(exponent));
    return out;
}

Result<double> float_fromhex(std::string_view text) {
    auto invalid = [] { return fail("ValueError", "invalid hexadecimal floating-point string"); };
    std::string_view s = strip_ascii_space(text);
    // A sign and inf/nan first, as float() spells them.
    bool negative = take_sign(s);
    if (auto special = special_value(s)) return std::copysign(*special, negative ? -1.0 : 1.0);
    if (s.size() >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') s.remove_prefix(2);

    std::string digits;  // integer and fraction digits together
    std::size_t pos = 0;
    while (pos < s.size() && hex_digit_value(s[pos]) >= 0) digits += s[pos++];
    std::int64_t fraction_digits = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        while (pos < s.size() && hex_digit_value(s[pos]) >= 0) digits += s[pos++], ++fraction_digits;
    }
    if (digits.empty()) return invalid();

    // The binary exponent, saturated far beyond where any result changes.
    constexpr std::int64_t kExponentCap = std::int64_t{1} << 58;  // * 10 still fits
    std::int64_t exponent = 0;
    if (pos < s.size() && (s[pos] | 0x20) == 'p') {
        ++pos;
        bool exponent_negative = false;
        if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) exponent_negative = s[pos++] == '-';
        if (pos >= s.size() || !is_digit(s[pos])) return invalid();
        for (; pos < s.size() && is_digit(s[pos]); ++pos) exponent = std::min(exponent * 10 + (s[pos] - '0'), kExponentCap);
        if (exponent_negative) exponent = -exponent;
    }
    if (pos != s.size()) return invalid();

    mpz_t mantissa;
    mpz_init_set_str(mantissa, digits.c_str(), 16);
    std::optional<double> value;
    if (mpz_sgn(mantissa) == 0)
        value = 0.0;
    else if (exponent <= -kExponentCap)
        value = 0.0;
    else if (exponent >= kExponentCap)
        value = std::nullopt;
    else
        value = scaled_to_double(mantissa, exponent - 4 * fraction_digits, false);
    mpz_clear(mantissa);
    if (!value) return fail("OverflowError", "hexadecimal value too large to represent as a float");
    return std::copysign(*value, negative ? -1.0 : 1.0);
}

}  // namespace klass::text
