#include "text/number_printf.h"

#include <cctype>
#include <climits>
#include <cstdio>
#include <limits>

#include "text/number_double.h"
#include "text/number_guard.h"
#include "text/unicode_utf8.h"

namespace klass::text {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Lays out a converted value: sign, '0x'/'0o' prefix and zero padding for
// numbers, then left or right fill.  `text` is what the conversion produced
// (with its own '-' and, for alternate x/X/o, its prefix).
std::string output(const PercentSpec& spec, std::string_view text, bool numeric, bool bytes_format) {
    char fill = numeric && spec.zero_pad ? '0' : ' ';
    std::int64_t length = static_cast<std::int64_t>(bytes_format ? text.size() : count_code_points(text));
    std::int64_t width = spec.width;

    char sign = '\0';
    if (numeric) {
        if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
            sign = text[0];
            text.remove_prefix(1);
            --length;
        } else if (spec.plus_sign) {
            sign = '+';
        } else if (spec.blank_sign) {
            sign = ' ';
        }
    }
    if (width < length) width = length;

    std::string out;
    out.reserve(static_cast<std::size_t>(width) + 2);
    // Zero padding goes between the sign (and prefix) and the digits; space
    // padding goes before them.
    if (sign) {
        if (fill != ' ') out += sign;
        if (width > length) --width;
    }
    bool prefixed =
        numeric && spec.alternate && (spec.conversion == 'x' || spec.conversion == 'X' || spec.conversion == 'o');
    std::string_view prefix;
    if (prefixed) {
        prefix = text.substr(0, 2);
        text.remove_prefix(2);
        if (fill != ' ') out += prefix;
        width = std::max<std::int64_t>(width - 2, 0);
        length -= 2;
    }
    if (width > length && !spec.left_adjust) {
        out.append(static_cast<std::size_t>(width - length), fill);
        width = length;
    }
    if (fill == ' ') {
        if (sign) out += sign;
        out += prefix;
    }
    out += text;
    if (width > length) out.append(static_cast<std::size_t>(width - length), ' ');
    return out;
}

// Reads digits at format[pos] into value, failing past `limit`.
Result<std::int64_t> read_number(std::string_view format, std::size_t& pos, std::int64_t limit, const char* too_big) {
    std::int64_t value = 0;
    for (; pos < format.size() && is_digit(format[pos]); ++pos) {
        int digit = format[pos] - '0';
        if (value > (limit - digit) / 10) return fail("ValueError", too_big);
        value = value * 10 + digit;
    }
    return value;
}

}  // namespace

void PercentSpec::set_width(std::int64_t w) {
    if (w < 0) {
        left_adjust = true;
        w = w == std::numeric_limits<std::int64_t>::min() ? std::numeric_limits<std::int64_t>::max() : -w;
    }
    width = w;
}

void PercentSpec::set_precision(std::int64_t p) { precision = p < 0 ? 0 : p; }

Result<PercentSpec> parse_percent_spec(std::string_view format, std::size_t percent_at) {
    PercentSpec spec;
    std::size_t pos = percent_at + 1;
    const std::size_t n = format.size();
    if (pos < n && format[pos] == '%') {
        spec.literal_percent = true;
        spec.conversion = '%';
        spec.conversion_at = pos;
        spec.end = pos + 1;
        return spec;
    }
    if (pos < n && format[pos] == '(') {
        // The key runs to the matching ')': "%(a(b))s" has key "a(b)".
        std::size_t key_start = ++pos;
        int depth = 1;
        for (; pos < n && depth > 0; ++pos) {
            if (format[pos] == ')')
                --depth;
            else if (format[pos] == '(')
                ++depth;
        }
        if (depth > 0) return fail("ValueError", "incomplete format key");
        spec.key = format.substr(key_start, pos - 1 - key_start);
    }
    for (; pos < n; ++pos) {
        char c = format[pos];
        if (c == '-')
            spec.left_adjust = true;
        else if (c == '+')
            spec.plus_sign = true;
        else if (c == ' ')
            spec.blank_sign = true;
        else if (c == '#')
            spec.alternate = true;
        else if (c == '0')
            spec.zero_pad = true;
        else
            break;
    }
    if (pos < n && format[pos] == '*') {
        spec.width_from_arg = true;
        ++pos;
    } else if (pos < n && is_digit(format[pos])) {
        auto width = read_number(format, pos, std::numeric_limits<std::int64_t>::max(), "width too big");
        if (!width) return width.failure();
        spec.width = *width;
    }
    if (pos < n && format[pos] == '.') {
        spec.precision = 0;
        ++pos;
        if (pos < n && format[pos] == '*') {
            spec.precision_from_arg = true;
            ++pos;
        } else if (pos < n && is_digit(format[pos])) {
            auto precision = read_number(format, pos, INT_MAX, "precision too big");
            if (!precision) return precision.failure();
            spec.precision = *precision;
        }
    }
    // C's length modifiers mean nothing in Python.
    if (pos < n && (format[pos] == 'h' || format[pos] == 'l' || format[pos] == 'L')) ++pos;
    if (pos >= n) return fail("ValueError", "incomplete format");

    spec.conversion_at = pos;
    auto lead = static_cast<unsigned char>(format[pos]);
    if (lead < 0x80) {
        spec.conversion = lead;
        spec.end = pos + 1;
    } else {
        std::size_t next = pos;
        spec.conversion = decode_utf8(format, next);
        spec.end = next;
    }
    return spec;
}

Failure unsupported_percent_conversion(std::string_view format, const PercentSpec& spec, bool bytes_format) {
    std::size_t index;
    std::string shown;
    char32_t c;
    if (bytes_format) {
        auto byte = static_cast<unsigned char>(format[spec.conversion_at]);
        // CPython formats the byte as a signed char, which "%c" rejects.
        if (byte >= 0x80) return fail("OverflowError", "character argument not in range(0x110000)");
        c = byte;
        shown = std::string(1, static_cast<char>(byte));
        index = spec.conversion_at;
    } else {
        c = spec.conversion;
        shown = c >= 31 && c <= 126 ? std::string(1, static_cast<char>(c)) : "?";
        index = count_code_points(format.substr(0, spec.conversion_at));
    }
    char hex[16];
    std::snprintf(hex, sizeof hex, "%x", static_cast<unsigned>(c));
    return fail("ValueError",
                "unsupported format character '" + shown + "' (0x" + hex + ") at index " + std::to_string(index));
}

Result<std::string> percent_format_int(const PercentSpec& spec, IntView v, std::int64_t max_str_digits) {
    return guard_memory(std::max(spec.width, spec.precision), [&]() -> Result<std::string> {
        char type = static_cast<char>(spec.conversion);
        int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
        auto converted = int_to_string(v, base, max_str_digits);
        if (!converted) return converted.failure();
        std::string& digits = *converted;

        // "-", then the prefix when alternate, then zeros up to the precision.
        std::string text;
        std::size_t digits_at = 0;
        if (digits[0] == '-') {
            text += '-';
            digits_at = 1;
        }
        if (spec.alternate && base != 10) text += base == 8 ? "0o" : "0x";
        auto n_digits = static_cast<std::int64_t>(digits.size() - digits_at);
        if (spec.precision > n_digits) text.append(static_cast<std::size_t>(spec.precision - n_digits), '0');
        text.append(digits, digits_at);
        if (type == 'X')
            for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return output(spec, text, true, true);
    });
}

Result<std::string> percent_format_float(const PercentSpec& spec, double x) {
    return guard_memory(std::max(spec.width, spec.precision), [&]() -> Result<std::string> {
        DoubleFormat format;
        format.type = static_cast<char>(spec.conversion);
        format.precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
        format.alternate = spec.alternate;
        return output(spec, double_to_string(x, format), true, true);
    });
}

Result<std::string> percent_char_of_int(IntView v, bool bytes_format) {
    std::int64_t limit = bytes_format ? 0xFF : 0x10FFFF;
    if (!v.is_small() || v.small() < 0 || v.small() > limit)
        return fail("OverflowError", bytes_format ? "%c arg not in range(256)" : "%c arg not in range(0x110000)");
    if (bytes_format) return std::string(1, static_cast<char>(v.small()));
    return utf8_encode(static_cast<char32_t>(v.small()));
}

Result<std::string> percent_pad(const PercentSpec& spec, std::string_view text, bool bytes_format) {
    return guard_memory(spec.width, [&]() -> Result<std::string> {
        char32_t c = spec.conversion;
        if ((c == 's' || c == 'r' || c == 'a' || c == 'b') && spec.precision >= 0) {
            auto limit = static_cast<std::size_t>(spec.precision);
            if (bytes_format)
                text = text.substr(0, std::min(limit, text.size()));
            else if (count_code_points(text) > limit)
                text = text.substr(0, byte_offset_scan(text, limit));
        }
        return output(spec, text, false, bytes_format);
    });
}

}  // namespace klass::text
