// str predicates (see unicode_predicates.h).
#include "text/unicode_predicates.h"

#include "text/unicode_data.h"
#include "text/unicode_utf8.h"

namespace klass::text {
namespace {

// Non-empty and every code point has one of `flags`.
bool all_have(std::string_view s, std::uint16_t flags) {
    if (s.empty()) return false;
    for (std::size_t pos = 0; pos < s.size();) {
        auto b = static_cast<unsigned char>(s[pos]);
        char32_t cp = b < 0x80 ? (++pos, b) : decode_utf8(s, pos);
        if (!(char_record(cp).flags & flags)) return false;
    }
    return true;
}

std::uint16_t flags_of(char32_t cp) { return char_record(cp).flags; }

}  // namespace

bool is_alpha(std::string_view s) { return all_have(s, kAlpha); }
bool is_decimal(std::string_view s) { return all_have(s, kDecimal); }
bool is_digit(std::string_view s) { return all_have(s, kDigit); }
bool is_numeric(std::string_view s) { return all_have(s, kNumeric); }
bool is_alnum(std::string_view s) { return all_have(s, kAlpha | kDecimal | kDigit | kNumeric); }
bool is_space(std::string_view s) { return all_have(s, kSpace); }

bool is_upper(std::string_view s) {
    bool cased = false;
    for (std::size_t pos = 0; pos < s.size();) {
        std::uint16_t f = flags_of(decode_utf8(s, pos));
        if (f & (kLower | kTitle)) return false;
        if (f & kUpper) cased = true;
    }
    return cased;
}

bool is_lower(std::string_view s) {
    bool cased = false;
    for (std::size_t pos = 0; pos < s.size();) {
        std::uint16_t f = flags_of(decode_utf8(s, pos));
        if (f & (kUpper | kTitle)) return false;
        if (f & kLower) cased = true;
    }
    return cased;
}

bool is_title(std::string_view s) {
    bool cased = false;
    bool previous_is_cased = false;
    for (std::size_t pos = 0; pos < s.size();) {
        std::uint16_t f = flags_of(decode_utf8(s, pos));
        if (f & (kUpper | kTitle)) {
            if (previous_is_cased) return false;
            previous_is_cased = cased = true;
        } else if (f & kLower) {
            if (!previous_is_cased) return false;
            previous_is_cased = cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    return cased;
}

bool is_identifier(std::string_view s) {
    if (s.empty()) return false;
    std::size_t pos = 0;
    char32_t first = decode_utf8(s, pos);
    if (first != '_' && !has_flag(first, kXidStart)) return false;
    while (pos < s.size())
        if (!has_flag(decode_utf8(s, pos), kXidContinue)) return false;
    return true;
}

bool is_printable(std::string_view s) { return s.empty() || all_have(s, kPrintable); }

bool is_ascii_str(std::string_view s) { return is_ascii(s); }

std::string decimal_and_space_to_ascii(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) {
        auto b = static_cast<unsigned char>(s[pos]);
        if (b < 0x80) {
            out.push_back(static_cast<char>(b));
            ++pos;
            continue;
        }
        char32_t cp = decode_utf8(s, pos);
        int digit = decimal_value(cp);
        if (digit >= 0)
            out.push_back(static_cast<char>('0' + digit));
        else if (has_flag(cp, kSpace))
            out.push_back(' ');
        else
            out.push_back('?');
    }
    return out;
}

}  // namespace klass::text
