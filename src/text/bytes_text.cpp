// Byte-string algorithms (see bytes_text.h).
#include "text/bytes_text.h"

#include <algorithm>

#include "text/unicode_memory.h"
#include "text/unicode_search.h"
#include "text/unicode_utf8.h"

namespace klass::text {

namespace {

bool is_upper_byte(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_byte(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha_byte(unsigned char c) { return is_upper_byte(c) || is_lower_byte(c); }
bool is_digit_byte(unsigned char c) { return c >= '0' && c <= '9'; }
char to_upper_byte(unsigned char c) { return static_cast<char>(is_lower_byte(c) ? c - 32 : c); }
char to_lower_byte(unsigned char c) { return static_cast<char>(is_upper_byte(c) ? c + 32 : c); }

template <class Pred>
bool all_bytes(std::string_view b, Pred pred) {
    if (b.empty()) return false;
    for (unsigned char c : b)
        if (!pred(c)) return false;
    return true;
}

template <class Map>
std::string map_bytes(std::string_view b, Map map) {
    std::string out(b);
    for (char& c : out) c = map(static_cast<unsigned char>(c));
    return out;
}

int hex_value(char32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    return -1;
}

}  // namespace

bool is_bytes_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string bytes_upper(std::string_view b) { return map_bytes(b, to_upper_byte); }
std::string bytes_lower(std::string_view b) { return map_bytes(b, to_lower_byte); }
std::string bytes_swapcase(std::string_view b) {
    return map_bytes(b, [](unsigned char c) { return is_upper_byte(c) ? to_lower_byte(c) : to_upper_byte(c); });
}

std::string bytes_title(std::string_view b) {
    std::string out(b);
    bool previous_cased = false;
    for (char& ch : out) {
        auto c = static_cast<unsigned char>(ch);
        if (is_alpha_byte(c)) {
            ch = previous_cased ? to_lower_byte(c) : to_upper_byte(c);
            previous_cased = true;
        } else {
            previous_cased = false;
        }
    }
    return out;
}

std::string bytes_capitalize(std::string_view b) {
    std::string out = bytes_lower(b);
    if (!out.empty()) out[0] = to_upper_byte(static_cast<unsigned char>(out[0]));
    return out;
}

bool bytes_is_alpha(std::string_view b) { return all_bytes(b, is_alpha_byte); }
bool bytes_is_alnum(std::string_view b) {
    return all_bytes(b, [](unsigned char c) { return is_alpha_byte(c) || is_digit_byte(c); });
}
bool bytes_is_digit(std::string_view b) { return all_bytes(b, is_digit_byte); }
bool bytes_is_space(std::string_view b) { return all_bytes(b, is_bytes_space); }

bool bytes_is_lower(std::string_view b) {
    bool cased = false;
    for (unsigned char c : b) {
        if (is_upper_byte(c)) return false;
        cased |= is_lower_byte(c);
    }
    return cased;
}

bool bytes_is_upper(std::string_view b) {
    bool cased = false;
    for (unsigned char c : b) {
        if (is_lower_byte(c)) return false;
        cased |= is_upper_byte(c);
    }
    return cased;
}

bool bytes_is_title(std::string_view b) {
    bool cased = false, previous_cased = false;
    for (unsigned char c : b) {
        if (is_upper_byte(c)) {
            if (previous_cased) return false;
            previous_cased = cased = true;
        } else if (is_lower_byte(c)) {
            if (!previous_cased) return false;
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return cased;
}

std::vector<std::string_view> bytes_split_whitespace(std::string_view b, std::int64_t maxsplit) {
    std::vector<std::string_view> parts;
    std::size_t i = 0, n = b.size();
    while (true) {
        while (i < n && is_bytes_space(static_cast<unsigned char>(b[i]))) ++i;
        if (i == n) break;
        if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
            // The rest is the last part, trailing whitespace included.
            parts.push_back(b.substr(i));
            break;
        }
        std::size_t start = i;
        while (i < n && !is_bytes_space(static_cast<unsigned char>(b[i]))) ++i;
        parts.push_back(b.substr(start, i - start));
    }
    return parts;
}

std::vector<std::string_view> bytes_rsplit_whitespace(std::string_view b, std::int64_t maxsplit) {
    std::vector<std::string_view> parts;
    std::size_t i = b.size();
    while (true) {
        while (i > 0 && is_bytes_space(static_cast<unsigned char>(b[i - 1]))) --i;
        if (i == 0) break;
        if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
            // The rest is the first part, leading whitespace included.
            parts.push_back(b.substr(0, i));
            break;
        }
        std::size_t end = i;
        while (i > 0 && !is_bytes_space(static_cast<unsigned char>(b[i - 1]))) --i;
        parts.push_back(b.substr(i, end - i));
    }
    std::reverse(parts.begin(), parts.end());
    return parts;
}

std::vector<std::string_view> bytes_splitlines(std::string_view b, bool keepends) {
    std::vector<std::string_view> lines;
    std::size_t i = 0, n = b.size();
    while (i < n) {
        std::size_t start = i;
        while (i < n && b[i] != '\n' && b[i] != '\r') ++i;
        std::size_t eol = i;
        if (i < n) i += (b[i] == '\r' && i + 1 < n && b[i + 1] == '\n') ? 2 : 1;
        lines.push_back(b.substr(start, (keepends ? i : eol) - start));
    }
    return lines;
}

std::string_view bytes_strip(std::string_view b, std::optional<std::string_view> chars, BytesStrip side) {
    auto strippable = [&](char c) {
        return chars ? chars->find(c) != std::string_view::npos : is_bytes_space(static_cast<unsigned char>(c));
    };
    std::size_t start = 0, end = b.size();
    if (side != BytesStrip::kRight)
        while (start < end && strippable(b[start])) ++start;
    if (side != BytesStrip::kLeft)
        while (end > start && strippable(b[end - 1])) --end;
    return b.substr(start, end - start);
}

Result<std::string> bytes_expandtabs(std::string_view b, std::int64_t tabsize) {
    std::string out;
    std::uint64_t column = 0;
    for (char c : b) {
        if (c == '\t') {
            if (tabsize > 0) {
                std::uint64_t spaces = static_cast<std::uint64_t>(tabsize) - column % static_cast<std::uint64_t>(tabsize);
                if (out.size() + spaces > kMaxStrBytes) return fail("OverflowError", "result too long");
                out.append(static_cast<std::size_t>(spaces), ' ');
                column += spaces;
            }
        } else {
            out.push_back(c);
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    }
    return out;
}

Result<std::string> bytes_replace(std::string_view b, std::string_view old_text, std::string_view new_text,
                                  std::int64_t count) {
    if (!old_text.empty()) return replace(b, old_text, new_text, count);
    std::uint64_t slots = b.size() + 1;
    std::uint64_t inserts = count < 0 ? slots : std::min<std::uint64_t>(slots, static_cast<std::uint64_t>(count));
    std::uint64_t extra;
    if (__builtin_mul_overflow(inserts, static_cast<std::uint64_t>(new_text.size()), &extra) ||
        extra + b.size() > kMaxStrBytes)
        return fail("OverflowError", "replace bytes is too long");
    std::string out;
    if (auto r = try_reserve(out, extra + b.size()); !r) return r.failure();
    for (std::uint64_t i = 0; i < inserts; ++i) {
        out.append(new_text);
        if (i < b.size()) out.push_back(b[i]);
    }
    if (inserts < slots) out.append(b.substr(inserts));
    return out;
}

Result<std::string> bytes_pad(std::string_view b, std::int64_t width, char fill, char align) {
    std::uint64_t marg = width > static_cast<std::int64_t>(b.size()) ? static_cast<std::uint64_t>(width) - b.size() : 0;
    std::uint64_t left = align == '<' ? 0 : align == '>' ? marg : marg / 2 + (marg & static_cast<std::uint64_t>(width) & 1);
    std::string out;
    if (auto r = try_reserve(out, b.size() + marg); !r) return r.failure();
    out.append(static_cast<std::size_t>(left), fill);
    out.append(b);
    out.append(static_cast<std::size_t>(marg - left), fill);
    return out;
}

std::string bytes_hex(std::string_view b, char sep, std::int64_t bytes_per_sep) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    if (b.empty()) return out;
    std::size_t group = bytes_per_sep < 0 ? static_cast<std::size_t>(-bytes_per_sep) : static_cast<std::size_t>(bytes_per_sep);
    bool separate = sep != '\0' && group > 0 && group < b.size();
    out.reserve(b.size() * 3);
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (separate && i > 0) {
            // Groups are counted from the right for a positive bytes_per_sep.
            std::size_t index = bytes_per_sep > 0 ? b.size() - i : i;
            if (index % group == 0) out.push_back(sep);
        }
        auto c = static_cast<unsigned char>(b[i]);
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 15]);
    }
    return out;
}

Result<std::string> bytes_fromhex(std::string_view s) {
    std::string out;
    std::size_t pos = 0, index = 0;
    auto bad = [&](std::size_t at) {
        return fail("ValueError", "non-hexadecimal number found in fromhex() arg at position " + std::to_string(at));
    };
    while (pos < s.size()) {
        char32_t c = decode_utf8(s, pos);
        // Whitespace between pairs (Python's str.isspace set restricted to ASCII, as CPython).
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            ++index;
            continue;
        }
        int high = hex_value(c);
        if (high < 0) return bad(index);
        if (pos >= s.size()) return bad(index + 1);
        char32_t c2 = decode_utf8(s, pos);
        int low = hex_value(c2);
        if (low < 0) return bad(index + 1);
        out.push_back(static_cast<char>(high * 16 + low));
        index += 2;
    }
    return out;
}

}  // namespace klass::text
