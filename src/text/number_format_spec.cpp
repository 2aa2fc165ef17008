#include "text/number_format_spec.h"

#include <cstdio>
#include <limits>
#include <string>

#include "text/unicode_data.h"
#include "text/unicode_utf8.h"

namespace klass::text {

namespace {

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

// The code point as Python's "%c" would show it in these messages: itself
// when printable ASCII, else "\x" and its hex value.
std::string code_for_message(char32_t c) {
    if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "\\x%x", static_cast<unsigned>(c));
    return buffer;
}

// Reads a run of decimal digits (of any script, as Python does) at pos.
// Returns how many digits it read, or a ValueError on overflow.
Result<int> read_integer(const std::u32string& spec, std::size_t& pos, std::int64_t& value) {
    value = 0;
    int count = 0;
    for (; pos < spec.size(); ++pos, ++count) {
        int digit = decimal_value(spec[pos]);
        if (digit < 0) break;
        if (value > (std::numeric_limits<std::int64_t>::max() - digit) / 10)
            return fail("ValueError", "Too many decimal digits in format string");
        value = value * 10 + digit;
    }
    return count;
}

}  // namespace

int FormatSpec::group_size() const {
    bool power_of_two_base = type == 'b' || type == 'o' || type == 'x' || type == 'X';
    return grouping == Grouping::kUnderscore && power_of_two_base ? 4 : 3;
}

Failure unknown_format_code(char32_t type, std::string_view type_name) {
    return fail("ValueError", "Unknown format code '" + code_for_message(type) + "' for object of type '" +
                                  std::string(type_name) + "'");
}

Result<FormatSpec> parse_format_spec(std::string_view spec_text, std::string_view type_name, char32_t default_type,
                                     char default_align) {
    const std::u32string spec = decode_all(spec_text);
    const std::size_t end = spec.size();
    std::size_t pos = 0;
    FormatSpec f;
    f.align = default_align;
    f.type = default_type;
    bool fill_given = false, align_given = false;

    if (end - pos >= 2 && is_align(spec[pos + 1])) {
        f.fill = spec[pos];
        f.align = static_cast<char>(spec[pos + 1]);
        fill_given = align_given = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(spec[pos])) {
        f.align = static_cast<char>(spec[pos]);
        align_given = true;
        ++pos;
    }
    if (pos < end && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' '))
        f.sign = static_cast<char>(spec[pos++]);
    if (pos < end && spec[pos] == 'z') {
        f.no_negative_zero = true;
        ++pos;
    }
    if (pos < end && spec[pos] == '#') {
        f.alternate = true;
        ++pos;
    }
    // A '0' before the width means zero padding, and for right-aligned types
    // padding between the sign and the digits (backwards compatibility).
    if (!fill_given && pos < end && spec[pos] == '0') {
        f.fill = '0';
        if (!align_given && default_align == '>') f.align = '=';
        ++pos;
    }

    std::int64_t number = 0;
    auto width_digits = read_integer(spec, pos, number);
    if (!width_digits) return width_digits.failure();
    if (*width_digits > 0) f.width = number;

    if (pos < end && spec[pos] == ',') {
        f.grouping = Grouping::kComma;
        ++pos;
    }
    if (pos < end && spec[pos] == '_') {
        if (f.grouping != Grouping::kNone) return fail("ValueError", "Cannot specify both ',' and '_'.");
        f.grouping = Grouping::kUnderscore;
        ++pos;
    }
    if (pos < end && spec[pos] == ',' && f.grouping == Grouping::kUnderscore)
        return fail("ValueError", "Cannot specify both ',' and '_'.");

    if (pos < end && spec[pos] == '.') {
        ++pos;
        auto precision_digits = read_integer(spec, pos, number);
        if (!precision_digits) return precision_digits.failure();
        if (*precision_digits == 0) return fail("ValueError", "Format specifier missing precision");
        f.precision = number;
    }

    if (end - pos > 1)
        return fail("ValueError", "Invalid format specifier '" + std::string(spec_text) + "' for object of type '" +
                                      std::string(type_name) + "'");
    if (end - pos == 1) f.type = spec[pos];

    if (f.grouping != Grouping::kNone) {
        switch (f.type) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
        case '\0': break;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            if (f.grouping == Grouping::kUnderscore) break;  // every 4 digits
            [[fallthrough]];
        default:
            return fail("ValueError",
                        std::string("Cannot specify '") + f.separator() + "' with '" + code_for_message(f.type) + "'.");
        }
    }
    return f;
}

}  // namespace klass::text
