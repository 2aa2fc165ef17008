// repr() / ascii() (see unicode_repr.h).
#include "text/unicode_repr.h"

#include "text/unicode_data.h"
#include "text/unicode_utf8.h"

namespace klass::text {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

char choose_quote(std::string_view s) {
    bool single = s.find('\'') != std::string_view::npos;
    bool dbl = s.find('"') != std::string_view::npos;
    return single && !dbl ? '"' : '\'';
}

// Appends ASCII character c as repr writes it inside `quote`s.
void append_ascii(std::string& out, unsigned char c, char quote) {
    switch (c) {
        case '\t': out += "\\t"; return;
        case '\n': out += "\\n"; return;
        case '\r': out += "\\r"; return;
        case '\\': out += "\\\\"; return;
        default: break;
    }
    if (c == static_cast<unsigned char>(quote)) {
        out.push_back('\\');
        out.push_back(static_cast<char>(c));
    } else if (c < 0x20 || c >= 0x7F) {
        append_hex_escape(out, c);
    } else {
        out.push_back(static_cast<char>(c));
    }
}

std::string quote_str(std::string_view s, bool keep_printable) {
    char quote = choose_quote(s);
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back(quote);
    for (std::size_t pos = 0; pos < s.size();) {
        auto b = static_cast<unsigned char>(s[pos]);
        if (b < 0x80) {
            append_ascii(out, b, quote);
            ++pos;
            continue;
        }
        std::size_t start = pos;
        char32_t cp = decode_utf8(s, pos);
        if (keep_printable && has_flag(cp, kPrintable))
            out.append(s.substr(start, pos - start));
        else
            append_hex_escape(out, cp);
    }
    out.push_back(quote);
    return out;
}

}  // namespace

void append_hex_escape(std::string& out, char32_t cp) {
    int digits;
    if (cp <= 0xFF) {
        out += "\\x";
        digits = 2;
    } else if (cp <= 0xFFFF) {
        out += "\\u";
        digits = 4;
    } else {
        out += "\\U";
        digits = 8;
    }
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.push_back(kHexDigits[(cp >> shift) & 0xF]);
}

std::string repr_str(std::string_view s) { return quote_str(s, true); }

std::string ascii_str(std::string_view s) { return quote_str(s, false); }

std::string repr_bytes(std::string_view bytes) {
    char quote = choose_quote(bytes);
    std::string out;
    out.reserve(bytes.size() + 3);
    out.push_back('b');
    out.push_back(quote);
    for (char c : bytes) append_ascii(out, static_cast<unsigned char>(c), quote);
    out.push_back(quote);
    return out;
}

}  // namespace klass::text
