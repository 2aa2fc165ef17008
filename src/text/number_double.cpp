#include "text/number_double.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace klass::text {

namespace {

// Splits to_chars' "D.DDDe+XX" / "DDD.DDD" output into digits and decpt.
DecimalDigits digits_from_text(std::string_view text) {
    DecimalDigits out;
    int exponent = 0;
    if (auto e = text.find('e'); e != std::string_view::npos) {
        std::from_chars(text.data() + e + (text[e + 1] == '+' ? 2 : 1), text.data() + text.size(), exponent);
        text = text.substr(0, e);
    }
    auto point = text.find('.');
    int integer_digits = static_cast<int>(point == std::string_view::npos ? text.size() : point);
    out.digits.reserve(text.size());
    for (char c : text)
        if (c != '.') out.digits.push_back(c);
    out.decpt = integer_digits + exponent;

    auto first = out.digits.find_first_not_of('0');
    if (first == std::string::npos) return DecimalDigits{"0", 1};
    out.digits.erase(0, first);
    out.decpt -= static_cast<int>(first);
    out.digits.erase(out.digits.find_last_not_of('0') + 1);
    return out;
}

}  // namespace

DecimalDigits decimal_digits(double x, DigitMode mode, int count) {
    x = std::fabs(x);
    std::string buffer;
    std::to_chars_result r;
    switch (mode) {
    case DigitMode::kShortest:
        buffer.resize(32);
        r = std::to_chars(buffer.data(), buffer.data() + buffer.size(), x, std::chars_format::scientific);
        break;
    case DigitMode::kSignificant:
        buffer.resize(static_cast<std::size_t>(count) + 32);
        r = std::to_chars(buffer.data(), buffer.data() + buffer.size(), x, std::chars_format::scientific,
                          std::max(count, 1) - 1);
        break;
    case DigitMode::kFixed:
        // At most 309 digits before the point.
        buffer.resize(static_cast<std::size_t>(count) + 320);
        r = std::to_chars(buffer.data(), buffer.data() + buffer.size(), x, std::chars_format::fixed, count);
        break;
    }
    return digits_from_text(std::string_view(buffer.data(), static_cast<std::size_t>(r.ptr - buffer.data())));
}

std::string double_to_string(double x, const DoubleFormat& format) {
    bool upper = format.type == 'E' || format.type == 'F' || format.type == 'G';
    char type = upper ? static_cast<char>(format.type - 'A' + 'a') : format.type;
    std::string out;

    if (!std::isfinite(x)) {
        // nan has no sign in Python's output, whatever its bit says.
        if (std::isinf(x) && x < 0)
            out += '-';
        else if (format.always_sign)
            out += '+';
        out += std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return out;
    }

    int precision = format.precision;
    DecimalDigits d;
    switch (type) {
    case 'e':
        ++precision;  // one digit before the point, `precision` after it
        d = decimal_digits(x, DigitMode::kSignificant, precision);
        break;
    case 'f': d = decimal_digits(x, DigitMode::kFixed, precision); break;
    case 'g':
        if (precision == 0) precision = 1;
        d = decimal_digits(x, DigitMode::kSignificant, precision);
        break;
    default:  // 'r'
        d = decimal_digits(x, DigitMode::kShortest);
        break;
    }
    const int n_digits = static_cast<int>(d.digits.size());
    int decpt = d.decpt;

    // The output is a window [start, end) on the digit string extended with
    // zeros on both sides, with the decimal point after position decpt.
    // Choose exponent or not, and where the window ends.
    bool use_exponent = false;
    int end = n_digits;
    switch (type) {
    case 'e':
        use_exponent = true;
        end = precision;
        break;
    case 'f': end = decpt + precision; break;
    case 'g':
        // Exponent when it would take more digits than asked for; an integral
        // value also needs room for its ".0" when add_dot_0 is set.
        use_exponent = decpt <= -4 || decpt > (format.add_dot_0 ? precision - 1 : precision);
        if (format.alternate) end = precision;
        break;
    default:
        // repr switches at 1e16: beyond that, 17 shortest digits padded with
        // zeros would look more precise than they are.
        use_exponent = decpt <= -4 || decpt > 16;
        break;
    }
    int exponent = 0;
    if (use_exponent) {
        exponent = decpt - 1;
        decpt = 1;
    }
    int start = decpt <= 0 ? decpt - 1 : 0;
    end = std::max(end, (!use_exponent && format.add_dot_0) ? decpt + 1 : decpt);

    bool negative = std::signbit(x);
    if (negative && format.no_negative_zero && d.digits == "0") negative = false;
    if (negative)
        out += '-';
    else if (format.always_sign)
        out += '+';

    auto digit_at = [&](int i) { return i < 0 || i >= n_digits ? '0' : d.digits[static_cast<std::size_t>(i)]; };
    out.reserve(out.size() + static_cast<std::size_t>(end - start) + 8);
    for (int i = start; i < end; ++i) {
        if (i == decpt) out += '.';
        out += digit_at(i);
    }
    if (decpt == end) out += '.';
    if (out.back() == '.' && !format.alternate) out.pop_back();

    if (use_exponent) {
        out += upper ? 'E' : 'e';
        out += exponent < 0 ? '-' : '+';
        int magnitude = std::abs(exponent);
        if (magnitude < 10) out += '0';
        out += std::to_string(magnitude);
    }
    return out;
}

std::string float_repr(double x) {
    DoubleFormat format;
    format.type = 'r';
    format.add_dot_0 = true;
    return double_to_string(x, format);
}

}  // namespace klass::text
