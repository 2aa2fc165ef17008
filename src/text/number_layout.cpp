#include "text/number_layout.h"

#include <algorithm>
#include <cctype>

#include "text/unicode_utf8.h"

namespace klass::text {

namespace {

void append_fill(std::string& out, char32_t fill, std::int64_t count) {
    if (count <= 0) return;
    if (fill < 0x80) {
        out.append(static_cast<std::size_t>(count), static_cast<char>(fill));
        return;
    }
    std::string one = utf8_encode(fill);
    for (std::int64_t i = 0; i < count; ++i) out += one;
}

// Inserts `separator` between groups of `group` digits, counting from the
// right, and pads with '0' digits (grouped too) until the result is at least
// `min_width` long: format(1234, '010,') is '00,001,234'.  With no separator
// it only pads.  The padding never starts with a separator: if the width
// would be reached exactly after one, a leading zero is added instead.
std::string group_digits(std::string_view digits, std::int64_t min_width, char separator, int group) {
    auto remaining = static_cast<std::int64_t>(digits.size());
    std::string reversed;
    auto take = [&](std::int64_t len) {
        std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, len));
        std::int64_t zeros = std::max<std::int64_t>(0, len - remaining);
        for (std::int64_t i = 0; i < chars; ++i) reversed += digits[static_cast<std::size_t>(remaining - 1 - i)];
        reversed.append(static_cast<std::size_t>(zeros), '0');
        remaining -= chars;
    };
    if (separator == '\0') {
        take(std::max<std::int64_t>({remaining, min_width, 1}));
        return std::string(reversed.rbegin(), reversed.rend());
    }
    bool first = true;
    for (;;) {
        if (!first) reversed += separator;
        std::int64_t len = std::min<std::int64_t>(group, std::max<std::int64_t>({remaining, min_width, 1}));
        take(len);
        min_width -= len;
        first = false;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;  // the separator that comes next
    }
    return std::string(reversed.rbegin(), reversed.rend());
}

}  // namespace

NumberParts split_number(std::string_view text) {
    NumberParts parts;
    if (!text.empty() && text[0] == '-') {
        parts.negative = true;
        text.remove_prefix(1);
    }
    std::size_t n = 0;
    while (n < text.size() && text[n] >= '0' && text[n] <= '9') ++n;
    parts.digits = text.substr(0, n);
    parts.has_point = n < text.size() && text[n] == '.';
    parts.rest = text.substr(n + (parts.has_point ? 1 : 0));
    return parts;
}

std::string layout_number(const NumberParts& parts, const FormatSpec& spec, bool upper) {
    char sign = '\0';
    if (parts.negative)
        sign = '-';
    else if (spec.sign == '+' || spec.sign == ' ')
        sign = spec.sign;

    const std::int64_t fixed = (sign ? 1 : 0) + static_cast<std::int64_t>(parts.prefix.size()) +
                               (parts.has_point ? 1 : 0) + static_cast<std::int64_t>(count_code_points(parts.rest));
    // With '0' fill and '=' alignment, zeros join the digits (and their
    // grouping) instead of padding them.
    std::int64_t min_width = spec.fill == '0' && spec.align == '=' ? spec.width - fixed : 0;
    std::string grouped;
    if (!parts.digits.empty()) grouped = group_digits(parts.digits, min_width, spec.separator(), spec.group_size());

    std::int64_t padding = std::max<std::int64_t>(0, spec.width - fixed - static_cast<std::int64_t>(grouped.size()));
    std::int64_t left = 0, inner = 0, right = 0;
    switch (spec.align) {
    case '<': right = padding; break;
    case '^':
        left = padding / 2;
        right = padding - left;
        break;
    case '=': inner = padding; break;
    default: left = padding; break;
    }

    std::string out;
    out.reserve(static_cast<std::size_t>(fixed) + grouped.size() + static_cast<std::size_t>(padding) * 4);
    append_fill(out, spec.fill, left);
    if (sign) out += sign;
    std::size_t upper_from = out.size();
    out += parts.prefix;
    append_fill(out, spec.fill, inner);
    out += grouped;
    if (upper) {
        // Only the prefix and the digits: the fill may be any character.
        for (std::size_t i = upper_from; i < upper_from + parts.prefix.size(); ++i)
            out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
        for (std::size_t i = out.size() - grouped.size(); i < out.size(); ++i)
            out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
    }
    if (parts.has_point) out += '.';
    out += parts.rest;
    append_fill(out, spec.fill, right);
    return out;
}

std::string pad_field(std::string_view body, std::int64_t length, std::int64_t width, char align, char32_t fill) {
    std::int64_t padding = std::max<std::int64_t>(0, width - length);
    std::int64_t left = align == '>' ? padding : align == '^' ? padding / 2 : 0;
    std::string out;
    out.reserve(body.size() + static_cast<std::size_t>(padding));
    append_fill(out, fill, left);
    out += body;
    append_fill(out, fill, padding - left);
    return out;
}

}  // namespace klass::text
