// Backslash escapes of str and bytes literals.
#include <cstdio>
#include <optional>

#include "parse/literals.h"
#include "text/unicode_names.h"
#include "text/unicode_utf8.h"

namespace klass::parse {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string position_message(const char* codec, std::size_t start, std::size_t end, const char* reason) {
    char buffer[200];
    if (end - start <= 1) {
        std::snprintf(buffer, sizeof buffer, "(unicode error) '%s' codec can't decode byte 0x5c in position %zu: %s",
                      codec, start, reason);
    } else {
        std::snprintf(buffer, sizeof buffer, "(unicode error) '%s' codec can't decode bytes in position %zu-%zu: %s",
                      codec, start, end - 1, reason);
    }
    return buffer;
}

// Handles the escapes common to str and bytes. Returns 1 if handled (value in
// *out_value), 0 if not a common escape, -1 on error.
int decode_common_escape(std::string_view body, std::size_t& i, std::uint32_t* value, bool* is_byte) {
    char c = body[i];
    *is_byte = false;
    switch (c) {
        case '\\': *value = '\\'; ++i; return 1;
        case '\'': *value = '\''; ++i; return 1;
        case '"': *value = '"'; ++i; return 1;
        case 'a': *value = 7; ++i; return 1;
        case 'b': *value = 8; ++i; return 1;
        case 'f': *value = 12; ++i; return 1;
        case 'n': *value = 10; ++i; return 1;
        case 'r': *value = 13; ++i; return 1;
        case 't': *value = 9; ++i; return 1;
        case 'v': *value = 11; ++i; return 1;
        default: break;
    }
    if (c >= '0' && c <= '7') {
        std::uint32_t v = std::uint32_t(c - '0');
        ++i;
        for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k, ++i) {
            v = v * 8 + std::uint32_t(body[i] - '0');
        }
        *value = v;
        *is_byte = true;  // for bytes: the low 8 bits
        return 1;
    }
    return 0;
}

}  // namespace

bool decode_str_escapes(std::string_view body, std::string& out, std::string& error) {
    out.clear();
    out.reserve(body.size());
    std::size_t i = 0;
    while (i < body.size()) {
        char c = body[i];
        if (c != '\\') {
            out += c;
            ++i;
            continue;
        }
        std::size_t escape_start = i;
        ++i;
        if (i >= body.size()) {
            error = position_message("unicodeescape", escape_start, escape_start + 1, "\\ at end of string");
            return false;
        }
        char e = body[i];
        if (e == '\n') {
            ++i;  // line continuation inside the literal
            continue;
        }
        std::uint32_t value = 0;
        bool is_byte = false;
        int common = decode_common_escape(body, i, &value, &is_byte);
        if (common == 1) {
            text::append_utf8(out, value);
            continue;
        }
        if (e == 'x' || e == 'u' || e == 'U') {
            int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            ++i;
            std::uint32_t v = 0;
            int got = 0;
            while (got < count && i < body.size() && hex_value(body[i]) >= 0) {
                v = v * 16 + std::uint32_t(hex_value(body[i]));
                ++i;
                ++got;
            }
            if (got < count) {
                const char* reason = e == 'x' ? "truncated \\xXX escape"
                                   : e == 'u' ? "truncated \\uXXXX escape"
                                              : "truncated \\UXXXXXXXX escape";
                error = position_message("unicodeescape", escape_start, i, reason);
                return false;
            }
            if (v > 0x10FFFF) {
                error = position_message("unicodeescape", escape_start, i, "illegal Unicode character");
                return false;
            }
            text::append_utf8(out, v);
            continue;
        }
        if (e == 'N') {
            ++i;
            std::size_t close = i < body.size() && body[i] == '{' ? body.find('}', i) : std::string_view::npos;
            if (close == std::string_view::npos || close == i + 1) {
                error = position_message("unicodeescape", escape_start, std::min(body.size(), i + 1),
                                         "malformed \\N character escape");
                return false;
            }
            std::optional<char32_t> cp = text::lookup_character(body.substr(i + 1, close - i - 1));
            if (!cp) {
                error = position_message("unicodeescape", escape_start, close + 1, "unknown Unicode character name");
                return false;
            }
            text::append_utf8(out, *cp);
            i = close + 1;
            continue;
        }
        // Unknown escapes are kept verbatim (CPython only warns).
        out += '\\';
    }
    return true;
}

bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& error) {
    out.clear();
    out.reserve(body.size());
    std::size_t i = 0;
    while (i < body.size()) {
        char c = body[i];
        if (c != '\\') {
            out += c;
            ++i;
            continue;
        }
        std::size_t escape_start = i;
        ++i;
        if (i >= body.size()) {
            error = "(value error) Trailing \\ in string";
            return false;
        }
        char e = body[i];
        if (e == '\n') {
            ++i;
            continue;
        }
        std::uint32_t value = 0;
        bool is_byte = false;
        if (decode_common_escape(body, i, &value, &is_byte) == 1) {
            out += char(value & 0xFF);
            continue;
        }
        if (e == 'x') {
            int high = i + 1 < body.size() ? hex_value(body[i + 1]) : -1;
            int low = i + 2 < body.size() ? hex_value(body[i + 2]) : -1;
            if (high < 0 || low < 0) {
                error = "(value error) invalid \\x escape at position " + std::to_string(escape_start);
                return false;
            }
            out += char(high * 16 + low);
            i += 3;
            continue;
        }
        out += '\\';
    }
    return true;
}

}  // namespace klass::parse
