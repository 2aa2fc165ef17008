// UTF-8 encoding, decoding, validation and code-point indexing.
#include "text/unicode_utf8.h"

#include <cstring>

namespace klass::text {

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string utf8_encode(char32_t cp) {
    std::string out;
    append_utf8(out, cp);
    return out;
}

char32_t decode_utf8_backward(std::string_view s, std::size_t& pos) {
    std::size_t start = pos - 1;
    while (start > 0 && is_continuation_byte(static_cast<unsigned char>(s[start]))) --start;
    pos = start;
    std::size_t cursor = start;
    return decode_utf8(s, cursor);
}

std::u32string decode_all(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) out.push_back(decode_utf8(s, pos));
    return out;
}

std::string encode_all(std::u32string_view cps) {
    std::string out;
    out.reserve(cps.size());
    for (char32_t cp : cps) append_utf8(out, cp);
    return out;
}

bool is_ascii(std::string_view s) {
    // Eight bytes at a time: most strings are ASCII.
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, s.data() + i, 8);
        if (word & 0x8080808080808080ull) return false;
    }
    for (; i < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
    return true;
}

std::size_t count_code_points(std::string_view s) {
    // Every byte that is not a continuation byte starts a code point.
    std::size_t continuation = 0;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, s.data() + i, 8);
        // A byte is a continuation byte when bit 7 is set and bit 6 is clear.
        std::uint64_t cont = word & ~(word << 1) & 0x8080808080808080ull;
        continuation += static_cast<std::size_t>(__builtin_popcountll(cont));
    }
    for (; i < s.size(); ++i) continuation += is_continuation_byte(static_cast<unsigned char>(s[i]));
    return s.size() - continuation;
}

std::size_t byte_offset_scan(std::string_view s, std::size_t index) {
    std::size_t pos = 0;
    while (index > 0 && pos < s.size()) {
        pos += utf8_sequence_width(static_cast<unsigned char>(s[pos]));
        --index;
    }
    return pos;
}

int check_utf8_sequence(std::string_view s, std::size_t pos, bool allow_surrogates, Utf8Check& bad) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char b0 = byte(pos);
    if (b0 < 0x80) return 1;
    auto fail = [&](std::size_t end, const char* reason) {
        bad.ok = false;
        bad.error_start = pos;
        bad.error_end = end;
        bad.reason = reason;
        return 0;
    };
    int width;
    // Second byte range: narrower after some lead bytes to exclude overlong
    // forms, surrogates and values past U+10FFFF.
    unsigned char lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        width = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        width = 3;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED && !allow_surrogates) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        width = 4;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return fail(pos + 1, "invalid start byte");
    }
    for (int i = 1; i < width; ++i) {
        if (pos + i >= s.size()) return fail(pos + i, "unexpected end of data");
        unsigned char b = byte(pos + i);
        bool in_range = i == 1 ? (b >= lo && b <= hi) : is_continuation_byte(b);
        if (!in_range) return fail(pos + i, "invalid continuation byte");
    }
    return width;
}

Utf8Check validate_utf8(std::string_view s, bool allow_surrogates) {
    Utf8Check check;
    std::size_t pos = 0;
    while (pos < s.size()) {
        // Skip ASCII runs a word at a time.
        while (pos + 8 <= s.size()) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + pos, 8);
            if (word & 0x8080808080808080ull) break;
            pos += 8;
            check.code_points += 8;
        }
        if (pos >= s.size()) break;
        int width = check_utf8_sequence(s, pos, allow_surrogates, check);
        if (width == 0) return check;
        pos += static_cast<std::size_t>(width);
        ++check.code_points;
    }
    return check;
}

CodePointIndex::CodePointIndex(std::string_view s) {
    std::size_t pos = 0;
    std::size_t n = 0;
    while (pos < s.size()) {
        if (n % kStride == 0) checkpoints_.push_back(pos);
        pos += utf8_sequence_width(static_cast<unsigned char>(s[pos]));
        ++n;
    }
    code_points_ = n;
}

std::size_t CodePointIndex::byte_offset(std::string_view s, std::size_t index) const {
    if (index >= code_points_) return s.size();
    std::size_t pos = checkpoints_[index / kStride];
    for (std::size_t left = index % kStride; left > 0; --left)
        pos += utf8_sequence_width(static_cast<unsigned char>(s[pos]));
    return pos;
}

std::string slice(StrRef s, std::int64_t start, std::int64_t step, std::int64_t count) {
    std::string out;
    if (count <= 0) return out;
    if (step == 1) {
        std::size_t from = s.offset(static_cast<std::size_t>(start));
        std::size_t to = s.offset(static_cast<std::size_t>(start + count));
        return std::string(s.bytes.substr(from, to - from));
    }
    if (s.ascii()) {
        out.reserve(static_cast<std::size_t>(count));
        for (std::int64_t i = 0, at = start; i < count; ++i, at += step) out.push_back(s.bytes[static_cast<std::size_t>(at)]);
        return out;
    }
    if (s.index && (step > std::int64_t(CodePointIndex::kStride) || -step > std::int64_t(CodePointIndex::kStride))) {
        // Long strides: jumping through the index beats walking.
        for (std::int64_t i = 0, at = start; i < count; ++i, at += step) {
            std::size_t pos = s.offset(static_cast<std::size_t>(at));
            out.append(s.bytes.substr(pos, utf8_sequence_width(static_cast<unsigned char>(s.bytes[pos]))));
        }
        return out;
    }
    // Walk the bytes once instead of locating every element from scratch.
    std::size_t pos = s.offset(static_cast<std::size_t>(start));
    for (std::int64_t i = 0; i < count; ++i) {
        std::size_t width = utf8_sequence_width(static_cast<unsigned char>(s.bytes[pos]));
        out.append(s.bytes.substr(pos, width));
        if (i + 1 == count) break;
        if (step > 0) {
            pos += width;
            for (std::int64_t k = 1; k < step; ++k) pos += utf8_sequence_width(static_cast<unsigned char>(s.bytes[pos]));
        } else {
            for (std::int64_t k = 0; k < -step; ++k) {
                --pos;
                while (is_continuation_byte(static_cast<unsigned char>(s.bytes[pos]))) --pos;
            }
        }
    }
    return out;
}

}  // namespace klass::text
