// Codec registry, error handlers and the byte-oriented codecs (utf-8,
// ascii, latin-1).  See unicode_codecs.h.
#include "text/unicode_codecs.h"

#include <cstdio>

#include "text/unicode_codec_support.h"
#include "text/unicode_names.h"
#include "text/unicode_repr.h"
#include "text/unicode_utf8.h"

namespace klass::text {
namespace codec {
namespace {

// Formats "&#NNN;" / "\xNN" replacements: ASCII text the codec then encodes.
void put_ascii(const Encoder& e, std::string& out, std::string_view text) {
    for (char c : text) e.put(out, static_cast<unsigned char>(c));
}

CodecError unknown_handler(std::string_view name) {
    return CodecError{"LookupError", "unknown error handler name '" + std::string(name) + "'", "", 0, 0, ""};
}

CodecError pending_exception() { return CodecError{std::string(kPendingException), "", "", 0, 0, ""}; }

// Where a custom handler's answer resumes: Python counts negative
// positions from the end and refuses anything outside the input.
std::optional<std::size_t> resume_position(std::int64_t resume, std::size_t size, std::optional<CodecError>& error) {
    auto length = static_cast<std::int64_t>(size);
    if (resume < 0) resume += length;
    if (resume < 0 || resume > length) {
        error = CodecError{"IndexError", "position " + std::to_string(resume) + " from error handler out of bounds",
                           "", 0, 0, ""};
        return std::nullopt;
    }
    return static_cast<std::size_t>(resume);
}

}  // namespace

Handler parse_handler(std::string_view name) {
    if (name == "strict") return Handler::kStrict;
    if (name == "ignore") return Handler::kIgnore;
    if (name == "replace") return Handler::kReplace;
    if (name == "backslashreplace") return Handler::kBackslashReplace;
    if (name == "surrogateescape") return Handler::kSurrogateEscape;
    if (name == "surrogatepass") return Handler::kSurrogatePass;
    if (name == "xmlcharrefreplace") return Handler::kXmlCharRefReplace;
    if (name == "namereplace") return Handler::kNameReplace;
    return Handler::kUnknown;
}

std::optional<std::size_t> Decoder::bad_input(std::size_t start, std::size_t end, const char* reason) {
    auto raise = [&]() -> std::optional<std::size_t> {
        std::string message = decode_error_message(encoding, input, start, end, reason);
        error = CodecError{"UnicodeDecodeError", std::move(message), std::string(encoding), start, end, reason};
        return std::nullopt;
    };
    switch (policy.handler) {
        case Handler::kStrict: return raise();
        case Handler::kIgnore: return end;
        case Handler::kReplace: append_utf8(out, kReplacementCharacter); return end;
        case Handler::kBackslashReplace:
            for (std::size_t i = start; i < end; ++i) append_hex_escape(out, static_cast<unsigned char>(input[i]));
            return end;
        case Handler::kSurrogateEscape: {
            // Bytes 0x80..0xFF become U+DC80..U+DCFF, up to 4 at a time and
            // stopping at ASCII, which cannot be escaped.
            std::size_t stop = start;
            while (stop < end && stop < start + 4 && static_cast<unsigned char>(input[stop]) >= 0x80) ++stop;
            if (stop == start) return raise();
            for (std::size_t i = start; i < stop; ++i) append_utf8(out, 0xDC00 + static_cast<unsigned char>(input[i]));
            return stop;
        }
        case Handler::kSurrogatePass: {
            char32_t cp = 0;
            std::size_t width = read_surrogate ? read_surrogate(input, start, cp) : 0;
            if (width == 0) return raise();
            append_utf8(out, cp);
            return start + width;
        }
        case Handler::kXmlCharRefReplace:
        case Handler::kNameReplace:
            error = CodecError{"TypeError", "don't know how to handle UnicodeDecodeError in error callback", "", 0, 0, ""};
            return std::nullopt;
        case Handler::kUnknown: return call_custom(start, end, reason);
    }
    return raise();
}

std::optional<std::size_t> Decoder::call_custom(std::size_t start, std::size_t end, const char* reason) {
    if (!policy.custom) {
        error = unknown_handler(policy.name);
        return std::nullopt;
    }
    std::string message = decode_error_message(encoding, input, start, end, reason);
    auto reply = (*policy.custom)(CodecError{"UnicodeDecodeError", std::move(message), std::string(encoding), start, end, reason});
    if (!reply) {
        error = pending_exception();
        return std::nullopt;
    }
    if (reply->is_bytes) {
        error = CodecError{"TypeError", "decoding error handler must return (str, int) tuple", "", 0, 0, ""};
        return std::nullopt;
    }
    auto resume = resume_position(reply->resume, input.size(), error);
    if (resume) out += reply->replacement;
    return resume;
}

CodecResult Decoder::finish() {
    if (error) return std::move(*error);
    return std::move(out);
}

namespace {

CodecError encode_error(std::u32string_view input, std::string_view encoding, std::size_t start, std::size_t end,
                        const char* reason) {
    std::string message = encode_error_message(encoding, encode_all(input), start, end, reason);
    return CodecError{"UnicodeEncodeError", std::move(message), std::string(encoding), start, end, reason};
}

}  // namespace

std::optional<std::size_t> Encoder::call_custom(std::size_t start, std::size_t end, const char* reason) {
    if (!policy.custom) {
        error = unknown_handler(policy.name);
        return std::nullopt;
    }
    auto reply = (*policy.custom)(encode_error(input, encoding, start, end, reason));
    if (!reply) {
        error = pending_exception();
        return std::nullopt;
    }
    auto resume = resume_position(reply->resume, input.size(), error);
    if (!resume) return resume;
    if (reply->is_bytes) {
        out += reply->replacement;
        return resume;
    }
    // A str replacement is encoded too, and must be plain enough for that.
    std::u32string replacement = decode_all(reply->replacement);
    for (char32_t cp : replacement) {
        if (cp >= replacement_limit) {
            error = encode_error(input, encoding, start, end, reason);
            return std::nullopt;
        }
    }
    for (char32_t cp : replacement) put(out, cp);
    return resume;
}

std::optional<std::size_t> Encoder::bad_input(std::size_t start, std::size_t end, const char* reason) {
    auto raise = [&](std::size_t from) -> std::optional<std::size_t> {
        error = encode_error(input, encoding, from, end, reason);
        return std::nullopt;
    };
    char buffer[32];
    for (std::size_t i = start; i < end; ++i) {
        char32_t cp = input[i];
        switch (policy.handler) {
            case Handler::kStrict: return raise(start);
            case Handler::kIgnore: break;
            case Handler::kReplace: put(out, '?'); break;
            case Handler::kBackslashReplace: {
                std::string escape;
                append_hex_escape(escape, cp);
                put_ascii(*this, out, escape);
                break;
            }
            case Handler::kXmlCharRefReplace:
                std::snprintf(buffer, sizeof buffer, "&#%u;", static_cast<unsigned>(cp));
                put_ascii(*this, out, buffer);
                break;
            case Handler::kNameReplace: {
                std::string escape;
                if (auto name = character_name(cp))
                    escape = "\\N{" + *name + "}";
                else
                    append_hex_escape(escape, cp);
                put_ascii(*this, out, escape);
                break;
            }
            case Handler::kSurrogateEscape:
                // U+DC80..U+DCFF are bytes that 'surrogateescape' decoding kept.
                if (!byte_oriented || cp < 0xDC80 || cp > 0xDCFF) return raise(i);
                out.push_back(static_cast<char>(cp - 0xDC00));
                break;
            case Handler::kSurrogatePass:
                if (!put_surrogate || !is_surrogate(cp)) return raise(i);
                put_surrogate(out, cp);
                break;
            case Handler::kUnknown: return call_custom(start, end, reason);
        }
    }
    return end;
}

CodecResult Encoder::finish() {
    if (error) return std::move(*error);
    return std::move(out);
}

namespace {

// U+D800..U+DFFF in UTF-8 form (ED A0..BF 80..BF), for 'surrogatepass'.
std::size_t read_utf8_surrogate(std::string_view in, std::size_t pos, char32_t& cp) {
    if (pos + 3 > in.size()) return 0;
    auto b0 = static_cast<unsigned char>(in[pos]), b1 = static_cast<unsigned char>(in[pos + 1]),
         b2 = static_cast<unsigned char>(in[pos + 2]);
    if (b0 != 0xED || b1 < 0xA0 || b1 > 0xBF || !is_continuation_byte(b2)) return 0;
    cp = 0xD000 | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
    return 3;
}

CodecResult decode_utf8_bytes(std::string_view bytes, const ErrorPolicy& policy) {
    Utf8Check check = validate_utf8(bytes);
    if (check.ok) return std::string(bytes);
    Decoder d{.input = bytes, .encoding = "utf-8", .policy = policy, .read_surrogate = read_utf8_surrogate};
    d.out.reserve(bytes.size());
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        Utf8Check bad;
        int width = check_utf8_sequence(bytes, pos, false, bad);
        if (width > 0) {
            d.out.append(bytes.substr(pos, static_cast<std::size_t>(width)));
            pos += static_cast<std::size_t>(width);
            continue;
        }
        auto next = d.bad_input(bad.error_start, bad.error_end, bad.reason);
        if (!next) break;
        pos = *next;
    }
    return d.finish();
}

// ascii and latin-1 decoding: each byte is its code point, up to `limit`.
CodecResult decode_single_byte(std::string_view bytes, Encoding encoding, const ErrorPolicy& policy) {
    if (is_ascii(bytes)) return std::string(bytes);
    Decoder d{.input = bytes, .encoding = encoding_name(encoding), .policy = policy};
    d.out.reserve(bytes.size() * 2);
    for (std::size_t pos = 0; pos < bytes.size();) {
        auto b = static_cast<unsigned char>(bytes[pos]);
        if (b < 0x80 || encoding == Encoding::kLatin1) {
            append_utf8(d.out, b);
            ++pos;
            continue;
        }
        auto next = d.bad_input(pos, pos + 1, "ordinal not in range(128)");
        if (!next) break;
        pos = *next;
    }
    return d.finish();
}

void put_utf8(std::string& out, char32_t cp) { append_utf8(out, cp); }
void put_byte(std::string& out, char32_t cp) { out.push_back(static_cast<char>(cp)); }

// Whether a str's UTF-8 holds an encoded surrogate (ED A0..BF ..).
bool has_surrogate(std::string_view utf8) {
    for (std::size_t i = utf8.find('\xED'); i != std::string_view::npos; i = utf8.find('\xED', i + 1))
        if (i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) >= 0xA0) return true;
    return false;
}

// utf-8, ascii and latin-1 encoding: runs of code points the codec cannot
// hold go to the error handler together, as in Python.
CodecResult encode_narrow(std::string_view str, Encoding encoding, const ErrorPolicy& policy) {
    if (is_ascii(str)) return std::string(str);
    if (encoding == Encoding::kUtf8 && !has_surrogate(str)) return std::string(str);
    std::u32string cps = decode_all(str);
    Encoder e{.input = cps, .encoding = encoding_name(encoding), .policy = policy, .put = put_byte};
    char32_t limit = 0x80;
    const char* reason = "ordinal not in range(128)";
    if (encoding == Encoding::kLatin1) {
        limit = 0x100;
        e.replacement_limit = 0x100;
        reason = "ordinal not in range(256)";
    } else if (encoding == Encoding::kUtf8) {
        e.put = put_utf8;
        e.put_surrogate = put_utf8;
        reason = "surrogates not allowed";
    }
    auto encodable = [&](char32_t cp) { return encoding == Encoding::kUtf8 ? !is_surrogate(cp) : cp < limit; };
    e.out.reserve(str.size());
    for (std::size_t i = 0; i < cps.size();) {
        if (encodable(cps[i])) {
            e.put(e.out, cps[i++]);
            continue;
        }
        std::size_t end = i + 1;
        while (end < cps.size() && !encodable(cps[end])) ++end;
        auto next = e.bad_input(i, end, reason);
        if (!next) break;
        i = *next;
    }
    return e.finish();
}

}  // namespace
}  // namespace codec

namespace {

// Python's normalization of encoding names: case-insensitive, '-' and ' '
// read as '_'.
std::string encoding_key(std::string_view name) {
    std::string key;
    for (char c : name) {
        if (c == '-' || c == ' ') c = '_';
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        key.push_back(c);
    }
    return key;
}

// CPython calls its codecs directly for these spellings; for every other
// alias it goes through the codec registry, which rewraps a TypeError or
// LookupError from the error handler as "decoding with 'NAME' codec failed
// (...)".  klass reproduces the message.
bool is_direct_spelling(std::string_view name) {
    static constexpr std::string_view kDirect[] = {"utf_8", "utf8", "ascii", "us_ascii", "latin1", "latin_1",
                                                   "iso_8859_1", "iso8859_1", "utf_16", "utf16", "utf_32", "utf32"};
    std::string key = encoding_key(name);
    for (std::string_view d : kDirect)
        if (d == key) return true;
    return false;
}

CodecResult rewrap_handler_error(CodecResult result, std::string_view verb, std::string_view name) {
    if (result.ok() || is_direct_spelling(name)) return result;
    CodecError e = result.error();
    if (e.type != "TypeError" && e.type != "LookupError") return result;
    e.message = std::string(verb) + " with '" + std::string(name) + "' codec failed (" + e.type + ": " + e.message + ")";
    return e;
}

}  // namespace

std::optional<Encoding> lookup_encoding(std::string_view name) {
    std::string key = encoding_key(name);
    struct Alias {
        std::string_view name;
        Encoding encoding;
    };
    static constexpr Alias kAliases[] = {
        {"utf_8", Encoding::kUtf8},           {"utf8", Encoding::kUtf8},
        {"u8", Encoding::kUtf8},              {"utf", Encoding::kUtf8},
        {"utf8_ucs2", Encoding::kUtf8},       {"utf8_ucs4", Encoding::kUtf8},
        {"cp65001", Encoding::kUtf8},         {"ascii", Encoding::kAscii},
        {"us_ascii", Encoding::kAscii},       {"646", Encoding::kAscii},
        {"us", Encoding::kAscii},             {"ansi_x3.4_1968", Encoding::kAscii},
        {"iso646_us", Encoding::kAscii},      {"latin_1", Encoding::kLatin1},
        {"latin1", Encoding::kLatin1},        {"latin", Encoding::kLatin1},
        {"l1", Encoding::kLatin1},            {"iso_8859_1", Encoding::kLatin1},
        {"iso8859_1", Encoding::kLatin1},     {"8859", Encoding::kLatin1},
        {"cp819", Encoding::kLatin1},         {"iso_ir_100", Encoding::kLatin1},
        {"utf_16", Encoding::kUtf16},         {"utf16", Encoding::kUtf16},
        {"u16", Encoding::kUtf16},            {"utf_16_le", Encoding::kUtf16Le},
        {"utf_16le", Encoding::kUtf16Le},     {"utf_16_be", Encoding::kUtf16Be},
        {"utf_16be", Encoding::kUtf16Be},     {"utf_32", Encoding::kUtf32},
        {"utf32", Encoding::kUtf32},          {"u32", Encoding::kUtf32},
        {"utf_32_le", Encoding::kUtf32Le},    {"utf_32le", Encoding::kUtf32Le},
        {"utf_32_be", Encoding::kUtf32Be},    {"utf_32be", Encoding::kUtf32Be},
    };
    for (const Alias& a : kAliases)
        if (a.name == key) return a.encoding;
    return std::nullopt;
}

std::string_view encoding_name(Encoding encoding) {
    switch (encoding) {
        case Encoding::kUtf8: return "utf-8";
        case Encoding::kAscii: return "ascii";
        case Encoding::kLatin1: return "latin-1";
        case Encoding::kUtf16: return "utf-16";
        case Encoding::kUtf16Le: return "utf-16-le";
        case Encoding::kUtf16Be: return "utf-16-be";
        case Encoding::kUtf32: return "utf-32";
        case Encoding::kUtf32Le: return "utf-32-le";
        case Encoding::kUtf32Be: return "utf-32-be";
    }
    return "utf-8";
}

namespace {

CodecError unknown_encoding(std::string_view name) {
    return CodecError{"LookupError", "unknown encoding: " + std::string(name), "", 0, 0, ""};
}

}  // namespace

CodecResult decode(std::string_view bytes, std::string_view encoding, std::string_view errors,
                   const CustomErrorHandler* custom) {
    // Python decodes b'' to '' without even looking the codec up.
    if (bytes.empty()) return std::string();
    auto enc = lookup_encoding(encoding);
    if (!enc) return unknown_encoding(encoding);
    codec::ErrorPolicy policy{codec::parse_handler(errors), errors, custom};
    auto run = [&]() {
        switch (*enc) {
            case Encoding::kUtf8: return codec::decode_utf8_bytes(bytes, policy);
            case Encoding::kAscii:
            case Encoding::kLatin1: return codec::decode_single_byte(bytes, *enc, policy);
            case Encoding::kUtf16:
            case Encoding::kUtf16Le:
            case Encoding::kUtf16Be: return codec::decode_utf16(bytes, *enc, policy);
            default: return codec::decode_utf32(bytes, *enc, policy);
        }
    };
    return rewrap_handler_error(run(), "decoding", encoding);
}

CodecResult encode(std::string_view str, std::string_view encoding, std::string_view errors,
                   const CustomErrorHandler* custom) {
    auto enc = lookup_encoding(encoding);
    if (!enc) return unknown_encoding(encoding);
    codec::ErrorPolicy policy{codec::parse_handler(errors), errors, custom};
    auto run = [&]() {
        switch (*enc) {
            case Encoding::kUtf8:
            case Encoding::kAscii:
            case Encoding::kLatin1: return codec::encode_narrow(str, *enc, policy);
            case Encoding::kUtf16:
            case Encoding::kUtf16Le:
            case Encoding::kUtf16Be: return codec::encode_utf16(decode_all(str), *enc, policy);
            default: return codec::encode_utf32(decode_all(str), *enc, policy);
        }
    };
    return rewrap_handler_error(run(), "encoding", encoding);
}

std::string decode_error_message(std::string_view encoding, std::string_view object, std::size_t start,
                                 std::size_t end, std::string_view reason) {
    std::string head = "'" + std::string(encoding) + "' codec can't decode ";
    char buffer[96];
    if (start < object.size() && end == start + 1)
        std::snprintf(buffer, sizeof buffer, "byte 0x%02x in position %zu: ", static_cast<unsigned char>(object[start]), start);
    else
        std::snprintf(buffer, sizeof buffer, "bytes in position %zu-%zu: ", start, end - 1);
    return head + buffer + std::string(reason);
}

std::string encode_error_message(std::string_view encoding, std::string_view object, std::size_t start,
                                 std::size_t end, std::string_view reason) {
    std::string head = "'" + std::string(encoding) + "' codec can't encode ";
    StrRef s = StrRef::of(object);
    char buffer[96];
    if (start < s.length && end == start + 1) {
        std::string ch;
        append_hex_escape(ch, s.at(start));
        std::snprintf(buffer, sizeof buffer, "character '%s' in position %zu: ", ch.c_str(), start);
    } else {
        std::snprintf(buffer, sizeof buffer, "characters in position %zu-%zu: ", start, end - 1);
    }
    return head + buffer + std::string(reason);
}

}  // namespace klass::text
