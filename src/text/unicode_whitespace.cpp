// Whitespace and line rules (see unicode_whitespace.h).
#include "text/unicode_whitespace.h"

#include <algorithm>
#include <array>

#include "text/unicode_data.h"
#include "text/unicode_memory.h"
#include "text/unicode_utf8.h"

namespace klass::text {
namespace {

bool ascii_space(unsigned char b) {
    return b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x1C && b <= 0x1F);
}

// Whitespace test on the code point at s[pos]; sets `width` to its size.
bool space_at(std::string_view s, std::size_t pos, std::size_t& width) {
    auto b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80) {
        width = 1;
        return ascii_space(b);
    }
    std::size_t next = pos;
    char32_t cp = decode_utf8(s, next);
    width = next - pos;
    return has_flag(cp, kSpace);
}

// Width of the whitespace code point ending just before s[end], or 0.
std::size_t space_before(std::string_view s, std::size_t end) {
    auto b = static_cast<unsigned char>(s[end - 1]);
    if (b < 0x80) return ascii_space(b) ? 1 : 0;
    std::size_t start = end;
    char32_t cp = decode_utf8_backward(s, start);
    return has_flag(cp, kSpace) ? end - start : 0;
}

}  // namespace

bool is_python_space(char32_t cp) { return cp < 0x80 ? ascii_space(static_cast<unsigned char>(cp)) : has_flag(cp, kSpace); }

bool is_line_boundary(char32_t cp) { return has_flag(cp, kLineBreak); }

std::vector<std::string_view> split_whitespace(std::string_view s, std::int64_t maxsplit) {
    std::vector<std::string_view> parts;
    std::size_t pos = 0, width = 0;
    while (true) {
        while (pos < s.size() && space_at(s, pos, width)) pos += width;
        if (pos >= s.size()) break;
        if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
            // The rest, with its trailing whitespace, is the last part.
            parts.push_back(s.substr(pos));
            break;
        }
        std::size_t start = pos;
        while (pos < s.size() && !space_at(s, pos, width)) pos += width;
        parts.push_back(s.substr(start, pos - start));
    }
    return parts;
}

std::vector<std::string_view> rsplit_whitespace(std::string_view s, std::int64_t maxsplit) {
    std::vector<std::string_view> parts;
    std::size_t end = s.size(), width = 0;
    while (true) {
        while (end > 0 && (width = space_before(s, end)) != 0) end -= width;
        if (end == 0) break;
        if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
            parts.push_back(s.substr(0, end));
            break;
        }
        std::size_t stop = end;
        while (end > 0 && space_before(s, end) == 0) {
            std::size_t start = end;
            decode_utf8_backward(s, start);
            end = start;
        }
        parts.push_back(s.substr(end, stop - end));
    }
    std::reverse(parts.begin(), parts.end());
    return parts;
}

std::vector<std::string_view> splitlines(std::string_view s, bool keepends) {
    std::vector<std::string_view> lines;
    std::size_t line_start = 0, pos = 0;
    while (pos < s.size()) {
        std::size_t here = pos;
        auto b = static_cast<unsigned char>(s[pos]);
        char32_t cp = b < 0x80 ? (++pos, b) : decode_utf8(s, pos);
        bool boundary = b < 0x80 ? (b == '\n' || b == '\r' || (b >= 0x0B && b <= 0x0C) || (b >= 0x1C && b <= 0x1E))
                                 : has_flag(cp, kLineBreak);
        if (!boundary) continue;
        if (cp == '\r' && pos < s.size() && s[pos] == '\n') ++pos;
        lines.push_back(s.substr(line_start, (keepends ? pos : here) - line_start));
        line_start = pos;
    }
    if (line_start < s.size()) lines.push_back(s.substr(line_start));
    return lines;
}

std::string_view strip_whitespace(std::string_view s, StripSide side) {
    std::size_t start = 0, end = s.size(), width = 0;
    if (side != StripSide::kRight)
        while (start < end && space_at(s, start, width)) start += width;
    if (side != StripSide::kLeft)
        while (end > start && (width = space_before(s, end)) != 0) end -= width;
    return s.substr(start, end - start);
}

std::string_view strip_chars(std::string_view s, std::string_view chars, StripSide side) {
    // A byte table answers for ASCII; other code points search `chars`.
    std::array<bool, 128> ascii_set{};
    bool all_ascii = true;
    std::u32string others;
    for (std::size_t pos = 0; pos < chars.size();) {
        char32_t cp = decode_utf8(chars, pos);
        if (cp < 0x80)
            ascii_set[cp] = true;
        else
            all_ascii = false, others.push_back(cp);
    }
    auto member = [&](char32_t cp) {
        return cp < 0x80 ? ascii_set[cp] : (!all_ascii && others.find(cp) != std::u32string::npos);
    };
    std::size_t start = 0, end = s.size();
    if (side != StripSide::kRight) {
        while (start < end) {
            std::size_t next = start;
            if (!member(decode_utf8(s, next))) break;
            start = next;
        }
    }
    if (side != StripSide::kLeft) {
        while (end > start) {
            std::size_t prev = end;
            if (!member(decode_utf8_backward(s, prev))) break;
            end = prev;
        }
    }
    return s.substr(start, end - start);
}

Result<std::string> expandtabs(std::string_view s, int tabsize) {
    // First pass: the exact output size, checked for overflow.
    std::uint64_t size = 0, column = 0;
    const std::uint64_t tab = tabsize > 0 ? static_cast<std::uint64_t>(tabsize) : 0;
    for (std::size_t pos = 0; pos < s.size();) {
        auto b = static_cast<unsigned char>(s[pos]);
        std::size_t width = b < 0x80 ? 1 : static_cast<std::size_t>(utf8_sequence_width(b));
        pos += width;
        if (b == '\t') {
            if (tab) {
                std::uint64_t spaces = tab - column % tab;
                column += spaces;
                size += spaces;
            }
        } else {
            ++column;
            size += width;
            if (b == '\n' || b == '\r') column = 0;
        }
        if (size > kMaxStrBytes) return fail("OverflowError", "new string is too long");
    }
    std::string out;
    if (auto r = try_reserve(out, size); !r) return r.failure();
    column = 0;
    for (std::size_t pos = 0; pos < s.size();) {
        auto b = static_cast<unsigned char>(s[pos]);
        std::size_t width = b < 0x80 ? 1 : static_cast<std::size_t>(utf8_sequence_width(b));
        if (b == '\t') {
            if (tab) {
                std::uint64_t spaces = tab - column % tab;
                out.append(static_cast<std::size_t>(spaces), ' ');
                column += spaces;
            }
        } else {
            out.append(s.substr(pos, width));
            ++column;
            if (b == '\n' || b == '\r') column = 0;
        }
        pos += width;
    }
    return out;
}

}  // namespace klass::text
