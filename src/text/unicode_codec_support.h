// Shared machinery of the codecs (internal to src/text/unicode_codecs*.cpp):
// error-handler names and the decode/encode loops' handling of bad input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "text/unicode_codecs.h"

namespace klass::text::codec {

enum class Handler {
    kStrict,
    kIgnore,
    kReplace,
    kBackslashReplace,
    kSurrogateEscape,
    kSurrogatePass,
    kXmlCharRefReplace,
    kNameReplace,
    kUnknown,
};
Handler parse_handler(std::string_view name);

// What to do about bad input: a built-in handler, or the caller's own for
// any other name.
struct ErrorPolicy {
    Handler handler;
    std::string_view name;
    const CustomErrorHandler* custom = nullptr;
};

// Decoding: the input, the output so far and a pending error.
struct Decoder {
    std::string_view input;
    std::string_view encoding;      // name reported in errors
    ErrorPolicy policy;
    // How 'surrogatepass' reads one encoded surrogate at input[pos]: returns
    // its width and sets cp, or returns 0 when there is none.
    std::size_t (*read_surrogate)(std::string_view input, std::size_t pos, char32_t& cp) = nullptr;
    std::string out = {};
    std::optional<CodecError> error = {};

    // Handles bad bytes input[start, end); returns where decoding resumes,
    // or nullopt with `error` set.
    std::optional<std::size_t> bad_input(std::size_t start, std::size_t end, const char* reason);
    CodecResult finish();

private:
    std::optional<std::size_t> call_custom(std::size_t start, std::size_t end, const char* reason);
};

// Encoding: code points in, bytes out.
struct Encoder {
    std::u32string_view input;
    std::string_view encoding;
    ErrorPolicy policy;
    // Appends one code point the codec can encode.
    void (*put)(std::string& out, char32_t cp) = nullptr;
    // Appends one surrogate for 'surrogatepass', or is null when the codec
    // cannot carry surrogates.
    void (*put_surrogate)(std::string& out, char32_t cp) = nullptr;
    // Whether single raw bytes may enter the output ('surrogateescape'):
    // Python refuses them for codecs with wider code units.
    bool byte_oriented = true;
    // A custom handler's str replacement must stay below this (ASCII, or
    // Latin-1 for the latin-1 codec).
    char32_t replacement_limit = 0x80;
    std::string out = {};
    std::optional<CodecError> error = {};

    // Handles unencodable code points input[start, end); returns where
    // encoding resumes, or nullopt with `error` set.
    std::optional<std::size_t> bad_input(std::size_t start, std::size_t end, const char* reason);
    CodecResult finish();

private:
    std::optional<std::size_t> call_custom(std::size_t start, std::size_t end, const char* reason);
};

// The wide codecs (unicode_codecs_wide.cpp).
CodecResult decode_utf16(std::string_view bytes, Encoding encoding, const ErrorPolicy& policy);
CodecResult decode_utf32(std::string_view bytes, Encoding encoding, const ErrorPolicy& policy);
CodecResult encode_utf16(std::u32string_view str, Encoding encoding, const ErrorPolicy& policy);
CodecResult encode_utf32(std::u32string_view str, Encoding encoding, const ErrorPolicy& policy);

}  // namespace klass::text::codec
