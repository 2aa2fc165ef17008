// UTF-8 basics for klass's str.
//
// A str holds UTF-8 bytes plus its code-point count.  Python allows lone
// surrogates in a str ('\ud800'), so the encoding is "generalized" UTF-8:
// U+D800..U+DFFF are stored as their ordinary 3-byte form (ED A0 80 ...).
// Functions here that take a str's bytes trust them to be well formed in
// that sense; validate_utf8() is the gate for bytes from outside.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace klass::text {

constexpr char32_t kMaxCodePoint = 0x10FFFF;
constexpr char32_t kReplacementCharacter = 0xFFFD;

inline bool is_surrogate(char32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// Bytes needed to encode cp (1..4).
inline int utf8_width(char32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
// Width of the sequence that starts with lead byte b (1 for stray bytes).
inline int utf8_sequence_width(unsigned char b) {
    return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}
inline bool is_continuation_byte(unsigned char b) { return (b & 0xC0) == 0x80; }

// Appends cp (any value up to U+10FFFF, surrogates included) to out.
void append_utf8(std::string& out, char32_t cp);
std::string utf8_encode(char32_t cp);

// Decodes the code point that starts at s[pos] and moves pos past it.  s must
// be well-formed generalized UTF-8 (a str's bytes).
inline char32_t decode_utf8(std::string_view s, std::size_t& pos) {
    auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    auto at = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[pos + i]) & 0x3F); };
    char32_t cp;
    if (b0 < 0xE0) {
        cp = ((b0 & 0x1Fu) << 6) | at(1);
        pos += 2;
    } else if (b0 < 0xF0) {
        cp = ((b0 & 0x0Fu) << 12) | (at(1) << 6) | at(2);
        pos += 3;
    } else {
        cp = ((b0 & 0x07u) << 18) | (at(1) << 12) | (at(2) << 6) | at(3);
        pos += 4;
    }
    return cp;
}
// Decodes the code point that ends just before s[pos] and moves pos to its start.
char32_t decode_utf8_backward(std::string_view s, std::size_t& pos);
// The code points of s, decoded.
std::u32string decode_all(std::string_view s);
std::string encode_all(std::u32string_view cps);

bool is_ascii(std::string_view s);
// Number of code points in well-formed s.
std::size_t count_code_points(std::string_view s);
// Byte offset of code point number `index` (index <= count) by scanning.
std::size_t byte_offset_scan(std::string_view s, std::size_t index);

// Checks bytes from outside.  Rejects what Python's utf-8 codec rejects, with
// its reasons ("invalid start byte", "invalid continuation byte",
// "unexpected end of data"); with allow_surrogates, encoded surrogates pass
// (the 'surrogatepass' handler and a str's own bytes).
struct Utf8Check {
    bool ok = true;
    std::size_t code_points = 0;  // valid code points before the error
    std::size_t error_start = 0;  // bytes [error_start, error_end) are bad
    std::size_t error_end = 0;
    const char* reason = "";
};
Utf8Check validate_utf8(std::string_view s, bool allow_surrogates = false);
// Validates the single problem-free or bad sequence at s[pos]: returns its
// width in bytes when valid, else fills `bad` and returns 0.
int check_utf8_sequence(std::string_view s, std::size_t pos, bool allow_surrogates, Utf8Check& bad);

// Makes s[i] on long non-ASCII strings cheap: remembers the byte offset of
// every kStride-th code point, so finding any offset scans at most
// kStride - 1 code points.  A str object builds one lazily and caches it;
// the index stays valid as long as the bytes do not change.
class CodePointIndex {
public:
    static constexpr std::size_t kStride = 32;
    explicit CodePointIndex(std::string_view s);
    // Byte offset of code point `index` (index <= code point count) in s,
    // which must be the string the index was built from.
    std::size_t byte_offset(std::string_view s, std::size_t index) const;
    std::size_t code_points() const { return code_points_; }

private:
    std::vector<std::size_t> checkpoints_;
    std::size_t code_points_ = 0;
};

// A str as the text functions see it: its bytes, its length in code points
// and, optionally, its cached index.  It is ASCII exactly when every code
// point is one byte.
struct StrRef {
    std::string_view bytes;
    std::size_t length = 0;
    const CodePointIndex* index = nullptr;

    StrRef() = default;
    StrRef(std::string_view b, std::size_t len, const CodePointIndex* idx = nullptr)
        : bytes(b), length(len), index(idx) {}
    // Counts the code points of b (O(n)); for tests and one-off calls.
    static StrRef of(std::string_view b) { return StrRef(b, count_code_points(b)); }

    bool ascii() const { return bytes.size() == length; }
    // Byte offset of code point `i` (0 <= i <= length).
    std::size_t offset(std::size_t i) const {
        if (ascii()) return i;
        if (i == length) return bytes.size();
        return index ? index->byte_offset(bytes, i) : byte_offset_scan(bytes, i);
    }
    // The code point at index i (0 <= i < length).
    char32_t at(std::size_t i) const {
        if (ascii()) return static_cast<unsigned char>(bytes[i]);
        std::size_t pos = offset(i);
        return decode_utf8(bytes, pos);
    }
};

// s[start::step] taking `count` code points, where start, step and count are
// what slice.indices() and the slice length give (step != 0).
std::string slice(StrRef s, std::int64_t start, std::int64_t step, std::int64_t count);

}  // namespace klass::text
