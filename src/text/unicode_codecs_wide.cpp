// The UTF-16 and UTF-32 codecs (see unicode_codecs.h).  The plain 'utf-16'
// and 'utf-32' write a little-endian BOM when encoding and, when decoding,
// honour a BOM if there is one (little-endian otherwise); errors then name
// the byte order actually used, as Python does.
#include <cstdint>

#include "text/unicode_codec_support.h"
#include "text/unicode_utf8.h"

namespace klass::text::codec {
namespace {

std::uint32_t read_unit(std::string_view in, std::size_t pos, int width, bool big_endian) {
    std::uint32_t v = 0;
    for (int i = 0; i < width; ++i) {
        std::uint32_t b = static_cast<unsigned char>(in[pos + static_cast<std::size_t>(i)]);
        v |= big_endian ? b << (8 * (width - 1 - i)) : b << (8 * i);
    }
    return v;
}

void write_unit(std::string& out, std::uint32_t v, int width, bool big_endian) {
    for (int i = 0; i < width; ++i) {
        int shift = big_endian ? 8 * (width - 1 - i) : 8 * i;
        out.push_back(static_cast<char>((v >> shift) & 0xFF));
    }
}

bool is_low_surrogate(std::uint32_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

template <int Width, bool BigEndian>
std::size_t read_surrogate_unit(std::string_view in, std::size_t pos, char32_t& cp) {
    if (pos + Width > in.size()) return 0;
    std::uint32_t u = read_unit(in, pos, Width, BigEndian);
    if (!is_surrogate(u)) return 0;
    cp = u;
    return Width;
}

template <bool BigEndian>
void put_utf16(std::string& out, char32_t cp) {
    if (cp < 0x10000) {
        write_unit(out, cp, 2, BigEndian);
    } else {
        cp -= 0x10000;
        write_unit(out, 0xD800 | (cp >> 10), 2, BigEndian);
        write_unit(out, 0xDC00 | (cp & 0x3FF), 2, BigEndian);
    }
}

template <bool BigEndian>
void put_utf32(std::string& out, char32_t cp) {
    write_unit(out, cp, 4, BigEndian);
}

// Reads a BOM for the plain codec; returns whether the data is big-endian
// and how many bytes the BOM took.
bool detect_byte_order(std::string_view bytes, Encoding encoding, std::size_t& skip, int width) {
    skip = 0;
    if (encoding == Encoding::kUtf16Be || encoding == Encoding::kUtf32Be) return true;
    if (encoding != Encoding::kUtf16 && encoding != Encoding::kUtf32) return false;
    if (bytes.size() >= static_cast<std::size_t>(width)) {
        std::uint32_t bom_le = read_unit(bytes, 0, width, false);
        if (bom_le == 0xFEFF) {
            skip = static_cast<std::size_t>(width);
            return false;
        }
        if (read_unit(bytes, 0, width, true) == 0xFEFF) {
            skip = static_cast<std::size_t>(width);
            return true;
        }
    }
    return false;
}

}  // namespace

CodecResult decode_utf16(std::string_view bytes, Encoding encoding, const ErrorPolicy& policy) {
    std::size_t pos = 0;
    bool big = detect_byte_order(bytes, encoding, pos, 2);
    Decoder d{.input = bytes,
              .encoding = big ? "utf-16-be" : "utf-16-le",
              .policy = policy,
              .read_surrogate = big ? read_surrogate_unit<2, true> : read_surrogate_unit<2, false>};
    d.out.reserve(bytes.size());
    while (pos < bytes.size()) {
        std::optional<std::size_t> next;
        if (pos + 2 > bytes.size()) {
            next = d.bad_input(pos, bytes.size(), "truncated data");
        } else {
            std::uint32_t u = read_unit(bytes, pos, 2, big);
            if (!is_surrogate(u)) {
                append_utf8(d.out, u);
                pos += 2;
                continue;
            }
            if (is_low_surrogate(u)) {
                next = d.bad_input(pos, pos + 2, "illegal encoding");
            } else if (pos + 4 > bytes.size()) {
                next = d.bad_input(pos, bytes.size(), "unexpected end of data");
            } else {
                std::uint32_t low = read_unit(bytes, pos + 2, 2, big);
                if (!is_low_surrogate(low)) {
                    next = d.bad_input(pos, pos + 2, "illegal UTF-16 surrogate");
                } else {
                    append_utf8(d.out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                    pos += 4;
                    continue;
                }
            }
        }
        if (!next) break;
        pos = *next;
    }
    return d.finish();
}

CodecResult decode_utf32(std::string_view bytes, Encoding encoding, const ErrorPolicy& policy) {
    std::size_t pos = 0;
    bool big = detect_byte_order(bytes, encoding, pos, 4);
    Decoder d{.input = bytes,
              .encoding = big ? "utf-32-be" : "utf-32-le",
              .policy = policy,
              .read_surrogate = big ? read_surrogate_unit<4, true> : read_surrogate_unit<4, false>};
    d.out.reserve(bytes.size());
    while (pos < bytes.size()) {
        std::optional<std::size_t> next;
        if (pos + 4 > bytes.size()) {
            next = d.bad_input(pos, bytes.size(), "truncated data");
        } else {
            std::uint32_t u = read_unit(bytes, pos, 4, big);
            if (u > kMaxCodePoint) {
                next = d.bad_input(pos, pos + 4, "code point not in range(0x110000)");
            } else if (is_surrogate(u)) {
                next = d.bad_input(pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)");
            } else {
                append_utf8(d.out, u);
                pos += 4;
                continue;
            }
        }
        if (!next) break;
        pos = *next;
    }
    return d.finish();
}

namespace {

// Shared by both wide encoders: surrogates go to the handler one at a time.
CodecResult encode_wide(std::u32string_view str, Encoding encoding, const ErrorPolicy& policy,
                        void (*put)(std::string&, char32_t), void (*put_unit)(std::string&, char32_t),
                        bool with_bom) {
    Encoder e{.input = str,
              .encoding = encoding_name(encoding),
              .policy = policy,
              .put = put,
              .put_surrogate = put_unit,
              .byte_oriented = false};
    if (with_bom) put(e.out, 0xFEFF);
    for (std::size_t i = 0; i < str.size(); ++i) {
        if (!is_surrogate(str[i]))
            put(e.out, str[i]);
        else if (auto next = e.bad_input(i, i + 1, "surrogates not allowed"))
            i = *next - 1;  // the loop steps past it
        else
            break;
    }
    return e.finish();
}

template <int Width, bool BigEndian>
void put_raw_unit(std::string& out, char32_t cp) {
    write_unit(out, cp, Width, BigEndian);
}

}  // namespace

CodecResult encode_utf16(std::u32string_view str, Encoding encoding, const ErrorPolicy& policy) {
    bool big = encoding == Encoding::kUtf16Be;
    return encode_wide(str, encoding, policy, big ? put_utf16<true> : put_utf16<false>,
                       big ? put_raw_unit<2, true> : put_raw_unit<2, false>, encoding == Encoding::kUtf16);
}

CodecResult encode_utf32(std::u32string_view str, Encoding encoding, const ErrorPolicy& policy) {
    bool big = encoding == Encoding::kUtf32Be;
    return encode_wide(str, encoding, policy, big ? put_utf32<true> : put_utf32<false>,
                       big ? put_raw_unit<4, true> : put_raw_unit<4, false>, encoding == Encoding::kUtf32);
}

}  // namespace klass::text::codec
