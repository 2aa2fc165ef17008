// str.encode() and bytes.decode() for the built-in codecs, with Python's
// error handlers and its UnicodeDecodeError / UnicodeEncodeError details.
//
// Codecs: 'utf-8' ('utf8', 'UTF-8', 'u8', ...), 'ascii' ('us-ascii', '646'),
// 'latin-1' ('latin1', 'iso-8859-1', 'l1', ...), 'utf-16', 'utf-16-le',
// 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be' (the plain forms write a
// BOM and read one).  Names are matched as Python does: case-insensitively,
// with '-' and ' ' the same as '_'.
// Error handlers: strict, ignore, replace, backslashreplace,
// surrogateescape, surrogatepass, xmlcharrefreplace and namereplace (the
// last two for encoding only, as in Python).  An unknown handler name is
// only reported when an error actually needs handling, as in Python.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "text/result.h"

namespace klass::text {

// The Python exception a codec raises.  For UnicodeDecodeError and
// UnicodeEncodeError, `encoding`, `start`, `end` and `reason` are the
// exception's attributes (start/end count bytes when decoding, code points
// when encoding; the `object` attribute is the caller's input); for
// LookupError and TypeError only `message` matters.
struct CodecError {
    std::string type;
    std::string message;  // str() of the exception
    std::string encoding;
    std::size_t start = 0;
    std::size_t end = 0;
    std::string reason;

    TextError as_text_error() const { return TextError{type, message}; }
};

// Output of a codec: bytes when encoding, a str's UTF-8 when decoding.
class [[nodiscard]] CodecResult {
public:
    CodecResult(std::string output) : state_(std::in_place_index<0>, std::move(output)) {}
    CodecResult(CodecError error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    std::string& value() { return std::get<0>(state_); }
    const std::string& value() const { return std::get<0>(state_); }
    std::string& operator*() { return value(); }
    const std::string& operator*() const { return value(); }
    const CodecError& error() const { return std::get<1>(state_); }

private:
    std::variant<std::string, CodecError> state_;
};

enum class Encoding { kUtf8, kAscii, kLatin1, kUtf16, kUtf16Le, kUtf16Be, kUtf32, kUtf32Le, kUtf32Be };

// The codec a Python encoding name stands for, if klass has it.
std::optional<Encoding> lookup_encoding(std::string_view name);
// Python's canonical name of a codec ('utf-8', 'latin-1', 'utf-16-le', ...).
std::string_view encoding_name(Encoding encoding);

// A handler registered with codecs.register_error, run by the VM.  It gets
// the UnicodeDecodeError / UnicodeEncodeError it would receive in Python
// and answers with the replacement (a str's UTF-8, or bytes when encoding)
// and the position to resume at (negative counts from the end), or with
// nullopt when it raised: the codec then fails with type kPendingException
// and the VM re-raises what it holds.
struct ErrorHandlerReply {
    std::string replacement;
    bool is_bytes = false;
    std::int64_t resume = 0;
};
using CustomErrorHandler = std::function<std::optional<ErrorHandlerReply>(const CodecError&)>;
inline constexpr std::string_view kPendingException = "";

// bytes.decode(encoding, errors).  `custom` serves an `errors` name that is
// not one of the built-in handlers.
CodecResult decode(std::string_view bytes, std::string_view encoding = "utf-8", std::string_view errors = "strict",
                   const CustomErrorHandler* custom = nullptr);
// str.encode(encoding, errors); `str` holds the str's (generalized) UTF-8.
CodecResult encode(std::string_view str, std::string_view encoding = "utf-8", std::string_view errors = "strict",
                   const CustomErrorHandler* custom = nullptr);

// str() of a UnicodeDecodeError / UnicodeEncodeError with these attributes,
// e.g. "'utf-8' codec can't decode byte 0xff in position 0: invalid start
// byte".  `object` is the bytes (decode) or the str's UTF-8 (encode).
std::string decode_error_message(std::string_view encoding, std::string_view object, std::size_t start,
                                 std::size_t end, std::string_view reason);
std::string encode_error_message(std::string_view encoding, std::string_view object, std::size_t start,
                                 std::size_t end, std::string_view reason);

}  // namespace klass::text
