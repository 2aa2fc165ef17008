// Padding, repetition and joining (see unicode_layout.h).
#include "text/unicode_layout.h"

#include "text/unicode_memory.h"

namespace klass::text {
namespace {

void append_fill(std::string& out, char32_t fill, std::uint64_t count) {
    if (fill < 0x80) {
        out.append(static_cast<std::size_t>(count), static_cast<char>(fill));
        return;
    }
    std::string one = utf8_encode(fill);
    for (std::uint64_t i = 0; i < count; ++i) out.append(one);
}

Result<std::string> pad(StrRef s, std::uint64_t left, std::uint64_t right, char32_t fill) {
    std::string out;
    std::uint64_t fill_bytes;
    if (__builtin_mul_overflow(left + right, static_cast<std::uint64_t>(utf8_width(fill)), &fill_bytes))
        return fail("MemoryError", "");
    std::uint64_t bytes = s.bytes.size() + fill_bytes;
    if (auto r = try_reserve(out, bytes); !r) return r.failure();
    append_fill(out, fill, left);
    out.append(s.bytes);
    append_fill(out, fill, right);
    return out;
}

// How much padding width asks for, or 0 when none is needed.
std::uint64_t margin(StrRef s, std::int64_t width) {
    return width > static_cast<std::int64_t>(s.length) ? static_cast<std::uint64_t>(width) - s.length : 0;
}

}  // namespace

Result<std::string> center(StrRef s, std::int64_t width, char32_t fill) {
    std::uint64_t marg = margin(s, width);
    // Odd margins put the extra fill on the left when width is odd, as
    // CPython does.
    std::uint64_t left = marg / 2 + (marg & static_cast<std::uint64_t>(width) & 1);
    return pad(s, left, marg - left, fill);
}

Result<std::string> ljust(StrRef s, std::int64_t width, char32_t fill) { return pad(s, 0, margin(s, width), fill); }

Result<std::string> rjust(StrRef s, std::int64_t width, char32_t fill) { return pad(s, margin(s, width), 0, fill); }

Result<std::string> zfill(StrRef s, std::int64_t width) {
    Result<std::string> padded = pad(s, margin(s, width), 0, '0');
    if (!padded) return padded;
    std::string& out = *padded;
    std::size_t fill = out.size() - s.bytes.size();
    if (fill > 0 && !s.bytes.empty() && (s.bytes[0] == '+' || s.bytes[0] == '-')) {
        out[0] = s.bytes[0];
        out[fill] = '0';
    }
    return padded;
}

Result<std::string> repeat(std::string_view s, std::int64_t count) {
    std::string out;
    if (count <= 0 || s.empty()) return out;
    std::uint64_t total;
    if (__builtin_mul_overflow(static_cast<std::uint64_t>(s.size()), static_cast<std::uint64_t>(count), &total) ||
        total > kMaxStrBytes)
        return fail("OverflowError", "repeated string is too long");
    if (auto r = try_reserve(out, total); !r) return r.failure();
    if (s.size() == 1) {
        out.append(static_cast<std::size_t>(count), s[0]);
        return out;
    }
    // Doubling copies: log(count) appends instead of count.
    out.append(s);
    while (out.size() < total) out.append(out.data(), std::min<std::size_t>(out.size(), static_cast<std::size_t>(total) - out.size()));
    return out;
}

std::string join(std::string_view sep, const std::vector<std::string_view>& parts) {
    std::string out;
    if (parts.empty()) return out;
    std::size_t total = sep.size() * (parts.size() - 1);
    for (std::string_view p : parts) total += p.size();
    out.reserve(total);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out.append(sep);
        out.append(parts[i]);
    }
    return out;
}

}  // namespace klass::text
