// Substring search (see unicode_search.h).
//
// Matching works on the UTF-8 bytes: a well-formed needle can only match a
// well-formed haystack at code-point boundaries, so no decoding is needed
// except to turn byte offsets into code-point indices.
#include "text/unicode_search.h"

#include <algorithm>
#include <cstring>

#include "text/unicode_memory.h"

namespace klass::text {
namespace {

// A slice [start, end) of s in code points and bytes, after Python's
// clamping of the optional bounds.
struct Window {
    std::int64_t start, end;          // code points; end < start when empty
    std::size_t byte_start, byte_end;  // valid only when start <= end
};

Window window(StrRef s, std::int64_t start, std::int64_t end) {
    const auto len = static_cast<std::int64_t>(s.length);
    if (end > len) end = len;
    else if (end < 0) end = std::max<std::int64_t>(end + len, 0);
    if (start < 0) start = std::max<std::int64_t>(start + len, 0);
    Window w{start, end, 0, 0};
    if (start <= end) {
        w.byte_start = s.offset(static_cast<std::size_t>(start));
        w.byte_end = s.offset(static_cast<std::size_t>(end));
    }
    return w;
}

// Byte offset of the first occurrence of needle in hay, or npos.
std::size_t find_bytes(std::string_view hay, std::string_view needle) {
    if (needle.size() == 1) {
        const void* hit = std::memchr(hay.data(), needle[0], hay.size());
        return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - hay.data()) : std::string_view::npos;
    }
    const void* hit = memmem(hay.data(), hay.size(), needle.data(), needle.size());
    return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - hay.data()) : std::string_view::npos;
}

// Code-point index of a byte offset inside a window.
std::int64_t index_of(StrRef s, const Window& w, std::size_t byte) {
    if (s.ascii()) return static_cast<std::int64_t>(byte);
    return w.start + static_cast<std::int64_t>(count_code_points(s.bytes.substr(w.byte_start, byte - w.byte_start)));
}

Failure empty_separator() { return fail("ValueError", "empty separator"); }

}  // namespace

std::int64_t find(StrRef s, StrRef sub, std::int64_t start, std::int64_t end) {
    Window w = window(s, start, end);
    if (w.end - w.start < static_cast<std::int64_t>(sub.length)) return -1;
    std::string_view hay = s.bytes.substr(w.byte_start, w.byte_end - w.byte_start);
    if (sub.length == 0) return w.start;
    std::size_t hit = find_bytes(hay, sub.bytes);
    return hit == std::string_view::npos ? -1 : index_of(s, w, w.byte_start + hit);
}

std::int64_t rfind(StrRef s, StrRef sub, std::int64_t start, std::int64_t end) {
    Window w = window(s, start, end);
    if (w.end - w.start < static_cast<std::int64_t>(sub.length)) return -1;
    if (sub.length == 0) return w.end;
    std::string_view hay = s.bytes.substr(w.byte_start, w.byte_end - w.byte_start);
    std::size_t hit = hay.rfind(sub.bytes);
    return hit == std::string_view::npos ? -1 : index_of(s, w, w.byte_start + hit);
}

std::int64_t count(StrRef s, StrRef sub, std::int64_t start, std::int64_t end) {
    Window w = window(s, start, end);
    if (w.end - w.start < static_cast<std::int64_t>(sub.length)) return 0;
    if (sub.length == 0) return w.end - w.start + 1;
    std::string_view hay = s.bytes.substr(w.byte_start, w.byte_end - w.byte_start);
    std::int64_t n = 0;
    for (std::size_t pos = 0;;) {
        std::size_t hit = find_bytes(hay.substr(pos), sub.bytes);
        if (hit == std::string_view::npos) break;
        ++n;
        pos += hit + sub.bytes.size();
    }
    return n;
}

bool starts_with(StrRef s, StrRef prefix, std::int64_t start, std::int64_t end) {
    Window w = window(s, start, end);
    if (w.end - w.start < static_cast<std::int64_t>(prefix.length)) return false;
    return s.bytes.substr(w.byte_start, w.byte_end - w.byte_start).starts_with(prefix.bytes);
}

bool ends_with(StrRef s, StrRef suffix, std::int64_t start, std::int64_t end) {
    Window w = window(s, start, end);
    if (w.end - w.start < static_cast<std::int64_t>(suffix.length)) return false;
    return s.bytes.substr(w.byte_start, w.byte_end - w.byte_start).ends_with(suffix.bytes);
}

Result<std::string> replace(std::string_view s, std::string_view old_text, std::string_view new_text,
                            std::int64_t count) {
    if (count < 0) count = INT64_MAX;
    std::string out;
    if (old_text.empty()) {
        // Insert before each code point, then at the end.
        std::uint64_t slots = count_code_points(s) + 1;
        std::uint64_t inserts = std::min<std::uint64_t>(slots, static_cast<std::uint64_t>(count));
        std::uint64_t extra;
        if (__builtin_mul_overflow(inserts, static_cast<std::uint64_t>(new_text.size()), &extra) ||
            extra + s.size() > kMaxStrBytes)
            return fail("OverflowError", "replace string is too long");
        if (auto r = try_reserve(out, extra + s.size()); !r) return r.failure();
        std::size_t pos = 0;
        for (std::uint64_t i = 0; i < inserts; ++i) {
            out.append(new_text);
            if (pos < s.size()) {
                std::size_t width = static_cast<std::size_t>(utf8_sequence_width(static_cast<unsigned char>(s[pos])));
                out.append(s.substr(pos, width));
                pos += width;
            }
        }
        out.append(s.substr(pos));
        return out;
    }
    std::size_t pos = 0;
    for (std::int64_t done = 0; done < count; ++done) {
        std::size_t hit = find_bytes(s.substr(pos), old_text);
        if (hit == std::string_view::npos) break;
        out.append(s.substr(pos, hit));
        out.append(new_text);
        pos += hit + old_text.size();
        if (out.size() > kMaxStrBytes) return fail("OverflowError", "replace string is too long");
    }
    out.append(s.substr(pos));
    return out;
}

Result<std::vector<std::string_view>> split(std::string_view s, std::string_view sep, std::int64_t maxsplit) {
    if (sep.empty()) return empty_separator();
    std::vector<std::string_view> parts;
    std::size_t pos = 0;
    while (maxsplit < 0 || static_cast<std::int64_t>(parts.size()) < maxsplit) {
        std::size_t hit = find_bytes(s.substr(pos), sep);
        if (hit == std::string_view::npos) break;
        parts.push_back(s.substr(pos, hit));
        pos += hit + sep.size();
    }
    parts.push_back(s.substr(pos));
    return parts;
}

Result<std::vector<std::string_view>> rsplit(std::string_view s, std::string_view sep, std::int64_t maxsplit) {
    if (sep.empty()) return empty_separator();
    std::vector<std::string_view> parts;
    std::size_t end = s.size();
    while (maxsplit < 0 || static_cast<std::int64_t>(parts.size()) < maxsplit) {
        std::size_t hit = s.substr(0, end).rfind(sep);
        if (hit == std::string_view::npos) break;
        parts.push_back(s.substr(hit + sep.size(), end - hit - sep.size()));
        end = hit;
    }
    parts.push_back(s.substr(0, end));
    std::reverse(parts.begin(), parts.end());
    return parts;
}

Result<Partition> partition(std::string_view s, std::string_view sep) {
    if (sep.empty()) return empty_separator();
    std::size_t hit = find_bytes(s, sep);
    if (hit == std::string_view::npos) return Partition{s, {}, {}};
    return Partition{s.substr(0, hit), s.substr(hit, sep.size()), s.substr(hit + sep.size())};
}

Result<Partition> rpartition(std::string_view s, std::string_view sep) {
    if (sep.empty()) return empty_separator();
    std::size_t hit = s.rfind(sep);
    if (hit == std::string_view::npos) return Partition{{}, {}, s};
    return Partition{s.substr(0, hit), s.substr(hit, sep.size()), s.substr(hit + sep.size())};
}

}  // namespace klass::text
