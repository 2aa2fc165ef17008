// Case conversion (see unicode_case.h).
#include "text/unicode_case.h"

#include "text/unicode_data.h"
#include "text/unicode_utf8.h"

namespace klass::text {
namespace {

constexpr char32_t kCapitalSigma = 0x3A3;
constexpr char32_t kSmallSigma = 0x3C3;
constexpr char32_t kFinalSigma = 0x3C2;

bool is_cased(char32_t cp) { return (char_record(cp).flags & (kUpper | kLower | kTitle)) != 0; }

// Whether the capital sigma whose bytes start at `pos` ends a word: preceded
// by a cased letter and not followed by one, ignoring case-ignorable
// characters (apostrophes, combining marks...) in between.
bool is_final_sigma(std::string_view s, std::size_t pos) {
    bool cased_before = false;
    for (std::size_t back = pos; back > 0;) {
        char32_t c = decode_utf8_backward(s, back);
        if (!has_flag(c, kCaseIgnorable)) {
            cased_before = is_cased(c);
            break;
        }
    }
    if (!cased_before) return false;
    std::size_t after = pos;
    decode_utf8(s, after);
    while (after < s.size()) {
        char32_t c = decode_utf8(s, after);
        if (!has_flag(c, kCaseIgnorable)) return !is_cased(c);
    }
    return true;
}

void append_mapping(std::string& out, char32_t cp, CaseKind kind) {
    CaseMapping m = case_mapping(cp, kind);
    for (int i = 0; i < m.size; ++i) append_utf8(out, m.chars[i]);
}

// Lowercases the code point cp whose bytes start at s[pos].
void append_lower(std::string& out, std::string_view s, std::size_t pos, char32_t cp) {
    if (cp == kCapitalSigma)
        append_utf8(out, is_final_sigma(s, pos) ? kFinalSigma : kSmallSigma);
    else
        append_mapping(out, cp, CaseKind::kLower);
}

char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }
char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool ascii_is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_is_lower(char c) { return c >= 'a' && c <= 'z'; }

// Applies one mapping kind to every code point (upper and casefold need no
// context).
std::string map_each(std::string_view s, CaseKind kind, char (*ascii_map)(char)) {
    std::string out;
    out.reserve(s.size());
    if (is_ascii(s)) {
        for (char c : s) out.push_back(ascii_map(c));
        return out;
    }
    for (std::size_t pos = 0; pos < s.size();) append_mapping(out, decode_utf8(s, pos), kind);
    return out;
}

}  // namespace

std::string to_upper(std::string_view s) { return map_each(s, CaseKind::kUpper, ascii_upper); }

std::string casefold(std::string_view s) { return map_each(s, CaseKind::kFold, ascii_lower); }

std::string to_lower(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    if (is_ascii(s)) {
        for (char c : s) out.push_back(ascii_lower(c));
        return out;
    }
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t start = pos;
        append_lower(out, s, start, decode_utf8(s, pos));
    }
    return out;
}

std::string title(std::string_view s) {
    // Each cased run starts with a titlecase letter; the rest is lowercased.
    std::string out;
    out.reserve(s.size());
    bool previous_is_cased = false;
    if (is_ascii(s)) {
        for (char c : s) {
            out.push_back(previous_is_cased ? ascii_lower(c) : ascii_upper(c));
            previous_is_cased = ascii_is_upper(c) || ascii_is_lower(c);
        }
        return out;
    }
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t start = pos;
        char32_t cp = decode_utf8(s, pos);
        if (previous_is_cased)
            append_lower(out, s, start, cp);
        else
            append_mapping(out, cp, CaseKind::kTitle);
        previous_is_cased = is_cased(cp);
    }
    return out;
}

std::string capitalize(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    if (s.empty()) return out;
    if (is_ascii(s)) {
        out.push_back(ascii_upper(s[0]));
        for (std::size_t i = 1; i < s.size(); ++i) out.push_back(ascii_lower(s[i]));
        return out;
    }
    std::size_t pos = 0;
    append_mapping(out, decode_utf8(s, pos), CaseKind::kTitle);
    while (pos < s.size()) {
        std::size_t start = pos;
        append_lower(out, s, start, decode_utf8(s, pos));
    }
    return out;
}

std::string swapcase(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    if (is_ascii(s)) {
        for (char c : s) out.push_back(ascii_is_upper(c) ? ascii_lower(c) : ascii_upper(c));
        return out;
    }
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t start = pos;
        char32_t cp = decode_utf8(s, pos);
        std::uint16_t flags = char_record(cp).flags;
        if (flags & kUpper)
            append_lower(out, s, start, cp);
        else if (flags & kLower)
            append_mapping(out, cp, CaseKind::kUpper);
        else
            append_utf8(out, cp);
    }
    return out;
}

}  // namespace klass::text
