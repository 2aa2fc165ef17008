#include "text/number_format.h"

#include <climits>
#include <cmath>

#include "text/number_convert.h"
#include "text/number_double.h"
#include "text/number_guard.h"
#include "text/number_layout.h"
#include "text/unicode_utf8.h"

namespace klass::text {

namespace {

// The float conversion of a spec with a float type (or none): what
// double_to_string must do for it.
Result<DoubleFormat> double_format_for(const FormatSpec& spec, bool float_default) {
    if (spec.precision > INT_MAX) return fail("ValueError", "precision too big");
    DoubleFormat f;
    f.alternate = spec.alternate;
    f.no_negative_zero = spec.no_negative_zero;
    f.precision = static_cast<int>(spec.precision);
    f.type = static_cast<char>(spec.type);
    int default_precision = 6;
    if (spec.type == '\0') {
        // Like repr(); with a precision like 'g'.  float keeps '.0' on
        // integral values, complex does not.
        f.add_dot_0 = float_default;
        f.type = 'r';
        default_precision = 0;
    }
    if (f.type == 'n') f.type = 'g';  // the C locale's 'n' is 'g'
    if (f.type == '%') f.type = 'f';
    if (f.precision < 0)
        f.precision = default_precision;
    else if (f.type == 'r')
        f.type = 'g';
    return f;
}

Result<std::string> format_float_checked(double x, const FormatSpec& spec) {
    auto conversion = double_format_for(spec, true);
    if (!conversion) return conversion.failure();
    return guard_memory(std::max(spec.width, spec.precision), [&]() -> Result<std::string> {
        if (spec.type == '%') x *= 100;
        std::string text = double_to_string(x, *conversion);
        if (spec.type == '%') text += '%';
        return layout_number(split_number(text), spec);
    });
}

Result<std::string> format_int_checked(IntView v, const FormatSpec& spec, std::int64_t max_str_digits) {
    if (spec.precision != -1) return fail("ValueError", "Precision not allowed in integer format specifier");
    if (spec.no_negative_zero)
        return fail("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
    if (spec.type == 'c') {
        if (spec.sign != '\0') return fail("ValueError", "Sign not allowed with integer format specifier 'c'");
        if (spec.alternate)
            return fail("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
        if (!v.is_small()) return fail("OverflowError", "Python int too large to convert to C long");
        if (v.small() < 0 || v.small() > 0x10FFFF) return fail("OverflowError", "%c arg not in range(0x110000)");
        // The character is laid out as a number with no digits at all.
        std::string character = utf8_encode(static_cast<char32_t>(v.small()));
        NumberParts parts;
        parts.rest = character;
        return layout_number(parts, spec);
    }
    int base = 10;
    const char* prefix = "";
    switch (spec.type) {
    case 'b':
        base = 2;
        prefix = "0b";
        break;
    case 'o':
        base = 8;
        prefix = "0o";
        break;
    case 'x':
    case 'X':
        base = 16;
        prefix = "0x";
        break;
    default: break;
    }
    auto text = int_to_string(v, base, max_str_digits);
    if (!text) return text.failure();
    NumberParts parts;
    parts.negative = (*text)[0] == '-';
    parts.digits = std::string_view(*text).substr(parts.negative ? 1 : 0);
    if (spec.alternate) parts.prefix = prefix;
    return layout_number(parts, spec, spec.type == 'X');
}

std::int64_t code_points(std::string_view s) { return static_cast<std::int64_t>(count_code_points(s)); }

}  // namespace

Result<std::string> format_int(IntView v, const FormatSpec& spec, std::string_view type_name,
                               std::int64_t max_str_digits) {
    return guard_memory(spec.width, [&]() -> Result<std::string> {
        switch (spec.type) {
        case 'b':
        case 'c':
        case 'd':
        case 'o':
        case 'x':
        case 'X':
        case 'n': return format_int_checked(v, spec, max_str_digits);
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case '%': {
            auto x = int_to_double(v);
            if (!x) return x.failure();
            return format_float_checked(*x, spec);
        }
        default: return unknown_format_code(spec.type, type_name);
        }
    });
}

Result<std::string> format_int(IntView v, std::string_view spec, std::string_view type_name,
                               std::int64_t max_str_digits) {
    if (spec.empty()) return int_to_string(v, 10, max_str_digits);
    auto parsed = parse_format_spec(spec, type_name, 'd', '>');
    if (!parsed) return parsed.failure();
    return format_int(v, *parsed, type_name, max_str_digits);
}

Result<std::string> format_float(double x, const FormatSpec& spec, std::string_view type_name) {
    switch (spec.type) {
    case '\0':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%': return format_float_checked(x, spec);
    default: return unknown_format_code(spec.type, type_name);
    }
}

Result<std::string> format_float(double x, std::string_view spec, std::string_view type_name) {
    if (spec.empty()) return float_repr(x);
    auto parsed = parse_format_spec(spec, type_name, '\0', '>');
    if (!parsed) return parsed.failure();
    return format_float(x, *parsed, type_name);
}

Result<std::string> format_complex(double real, double imag, std::string_view spec_text, std::string_view type_name) {
    if (spec_text.empty()) return complex_repr(real, imag);
    auto parsed = parse_format_spec(spec_text, type_name, '\0', '>');
    if (!parsed) return parsed.failure();
    const FormatSpec& spec = *parsed;
    switch (spec.type) {
    case '\0':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n': break;
    default: return unknown_format_code(spec.type, type_name);
    }
    auto conversion = double_format_for(spec, false);
    if (!conversion) return conversion.failure();
    if (spec.fill == '0') return fail("ValueError", "Zero padding is not allowed in complex format specifier");
    if (spec.align == '=') return fail("ValueError", "'=' alignment flag is not allowed in complex format specifier");

    return guard_memory(std::max(spec.width, spec.precision), [&]() -> Result<std::string> {
        // Without a type, the output looks like repr(): no real part when it
        // is +0, parentheses otherwise.
        bool skip_real = spec.type == '\0' && real == 0.0 && !std::signbit(real);
        bool parens = spec.type == '\0' && !skip_real;

        // Each part gets the sign and grouping, padding goes round the whole.
        FormatSpec part = spec;
        part.width = -1;
        part.align = '<';
        std::string body = parens ? "(" : "";
        if (!skip_real) {
            body += layout_number(split_number(double_to_string(real, *conversion)), part);
            part.sign = '+';
        }
        body += layout_number(split_number(double_to_string(imag, *conversion)), part);
        body += 'j';
        if (parens) body += ')';
        return pad_field(body, code_points(body), spec.width, spec.align, spec.fill);
    });
}

Result<std::string> format_str(std::string_view s, std::string_view spec_text, std::string_view type_name) {
    if (spec_text.empty()) return std::string(s);
    auto parsed = parse_format_spec(spec_text, type_name, 's', '<');
    if (!parsed) return parsed.failure();
    const FormatSpec& spec = *parsed;
    if (spec.type != 's') return unknown_format_code(spec.type, type_name);
    if (spec.sign == ' ') return fail("ValueError", "Space not allowed in string format specifier");
    if (spec.sign != '\0') return fail("ValueError", "Sign not allowed in string format specifier");
    if (spec.no_negative_zero)
        return fail("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate) return fail("ValueError", "Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=') return fail("ValueError", "'=' alignment not allowed in string format specifier");

    return guard_memory(spec.width, [&]() -> Result<std::string> {
        std::int64_t length = code_points(s);
        if (spec.precision >= 0 && length > spec.precision) {
            s = s.substr(0, byte_offset_scan(s, static_cast<std::size_t>(spec.precision)));
            length = spec.precision;
        }
        return pad_field(s, length, spec.width, spec.align, spec.fill);
    });
}

std::string complex_repr(double real, double imag) {
    DoubleFormat format;  // 'r', without the '.0' floats get
    if (real == 0.0 && !std::signbit(real)) return double_to_string(imag, format) + "j";
    std::string out = "(" + double_to_string(real, format);
    format.always_sign = true;
    out += double_to_string(imag, format);
    out += "j)";
    return out;
}

}  // namespace klass::text
