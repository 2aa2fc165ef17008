#include "parse/unicode_support.h"

#include <utf8proc.h>

#include <cstdlib>

namespace klass::parse::unicode {

namespace {

bool is_other_id_start(std::int32_t cp) {
    return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;
}

bool is_other_id_continue(std::int32_t cp) {
    return cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
}

}  // namespace

bool is_xid_start(std::int32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    if (is_other_id_start(cp)) return true;
    // U+2E2F VERTICAL TILDE is Lm but Pattern_Syntax, so not an identifier start.
    if (cp == 0x2E2F) return false;
    switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_NL:
            return true;
        default:
            return false;
    }
}

bool is_xid_continue(std::int32_t cp) {
    if (cp < 0x80) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' || (cp >= '0' && cp <= '9');
    }
    if (is_xid_start(cp) || is_other_id_continue(cp)) return true;
    switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_PC:
            return true;
        default:
            return false;
    }
}

bool is_printable(std::int32_t cp) {
    if (cp == ' ') return true;
    switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_CC:
        case UTF8PROC_CATEGORY_CF:
        case UTF8PROC_CATEGORY_CS:
        case UTF8PROC_CATEGORY_CO:
        case UTF8PROC_CATEGORY_CN:
        case UTF8PROC_CATEGORY_ZL:
        case UTF8PROC_CATEGORY_ZP:
        case UTF8PROC_CATEGORY_ZS:
            return false;
        default:
            return true;
    }
}

std::size_t find_invalid_identifier_char(std::string_view text) {
    std::size_t pos = 0;
    bool first = true;
    while (pos < text.size()) {
        std::int32_t cp = 0;
        auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                       std::ptrdiff_t(text.size() - pos), &cp);
        if (length <= 0) return pos;
        if (first ? !is_xid_start(cp) : !is_xid_continue(cp)) return pos;
        first = false;
        pos += std::size_t(length);
    }
    return std::string_view::npos;
}

std::string nfkc(std::string_view text) {
    utf8proc_uint8_t* result = nullptr;
    auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                               utf8proc_ssize_t(text.size()), &result,
                               utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
    if (length < 0 || result == nullptr) return std::string(text);
    std::string out(reinterpret_cast<char*>(result), std::size_t(length));
    std::free(result);
    return out;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

}  // namespace klass::parse::unicode
