#include "parse/source_text.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdint>

#include "text/unicode_utf8.h"

namespace klass::parse {

namespace {

// Returns the encoding named by a PEP 263 coding declaration in one line, or "".
std::string coding_declaration(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
    if (i >= line.size() || line[i] != '#') return {};
    std::size_t at = line.find("coding", i);
    if (at == std::string_view::npos) return {};
    std::size_t p = at + 6;
    if (p >= line.size() || (line[p] != ':' && line[p] != '=')) return {};
    ++p;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
    std::string name;
    while (p < line.size() && (std::isalnum(static_cast<unsigned char>(line[p])) || line[p] == '-' ||
                               line[p] == '_' || line[p] == '.')) {
        name += char(std::tolower(static_cast<unsigned char>(line[p])));
        ++p;
    }
    return name;
}

bool is_blank_or_comment(std::string_view line) {
    for (char c : line) {
        if (c == '#') return true;
        if (c != ' ' && c != '\t' && c != '\f') return false;
    }
    return true;
}

std::string declared_encoding(std::string_view raw) {
    std::size_t first_end = raw.find('\n');
    std::string_view first = raw.substr(0, first_end);
    std::string name = coding_declaration(first);
    if (!name.empty() || first_end == std::string_view::npos || !is_blank_or_comment(first)) return name;
    std::string_view rest = raw.substr(first_end + 1);
    return coding_declaration(rest.substr(0, rest.find('\n')));
}

bool is_utf8_name(const std::string& name) {
    return name.empty() || name == "utf-8" || name == "utf8" || name == "utf_8" ||
           name.rfind("utf-8-", 0) == 0 || name.rfind("utf_8_", 0) == 0;
}

struct SingleByteCodec {
    const char* names;  // "|name|alias|...|"
    std::uint16_t table[128];  // code points of bytes 0x80..0xFF; 0xFFFF: undefined
};

constexpr SingleByteCodec kSingleByteCodecs[] = {
#include "parse/source_codecs_table.inc"
};

const SingleByteCodec* find_single_byte_codec(const std::string& name) {
    std::string key = "|" + name + "|";
    for (const SingleByteCodec& codec : kSingleByteCodecs) {
        if (std::string_view(codec.names).find(key) != std::string_view::npos) return &codec;
    }
    return nullptr;
}

bool is_latin1_name(const std::string& name) {
    return name == "latin-1" || name == "latin1" || name == "latin_1" || name == "iso-8859-1" ||
           name == "iso8859-1" || name == "iso_8859_1" || name == "l1" || name == "iso-latin-1" ||
           name.rfind("latin-1-", 0) == 0 || name.rfind("iso-8859-1-", 0) == 0;
}

}  // namespace

bool normalize_source(std::string_view raw, std::string& out, PendingError& error) {
    bool had_bom = raw.substr(0, 3) == "\xEF\xBB\xBF";
    if (had_bom) raw.remove_prefix(3);
    std::string encoding = declared_encoding(raw);
    std::string decoded;
    if (!is_utf8_name(encoding)) {
        if (had_bom) {
            error.msg = "encoding problem: " + encoding + " with BOM";
            error.lineno = 1;
            return false;
        }
        const SingleByteCodec* codec = find_single_byte_codec(encoding);
        if (codec == nullptr && !is_latin1_name(encoding) && encoding != "ascii" && encoding != "us-ascii") {
            error.msg = "unknown encoding: " + encoding;
            error.lineno = 1;
            return false;
        }
        // Each byte is one code point; re-encode as UTF-8.
        for (unsigned char c : raw) {
            char32_t cp = c < 0x80 || codec == nullptr ? c : codec->table[c - 0x80];
            if (cp == 0xFFFF) {
                error.msg = "(unicode error) '" + encoding + "' codec can't decode byte";
                error.lineno = 1;
                return false;
            }
            text::append_utf8(decoded, cp);
        }
        raw = decoded;
    }
    // Validate UTF-8 (surrogates are not allowed in source text).
    text::Utf8Check check = text::validate_utf8(raw);
    if (!check.ok) {
        int line = 1;
        for (std::size_t i = 0; i < check.error_start; ++i) line += raw[i] == '\n';
        char buffer[200];
        std::snprintf(buffer, sizeof buffer,
                      "Non-UTF-8 code starting with '\\x%02x' in file on line %d, but no encoding "
                      "declared; see https://peps.python.org/pep-0263/ for details",
                      unsigned(static_cast<unsigned char>(raw[check.error_start])), line);
        error.msg = buffer;
        error.lineno = line;
        return false;
    }
    out.clear();
    out.reserve(raw.size() + 1);
    for (std::size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c == '\r') {
            out += '\n';
            if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() != '\n') out += '\n';
    return true;
}

int utf8_prefix_length(std::string_view line, int bytes) {
    if (bytes <= 0) return 0;
    std::size_t limit = std::min<std::size_t>(std::size_t(bytes), line.size());
    int count = 0;
    for (std::size_t i = 0; i < limit; ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++count;
    }
    // Columns past the end of the line (the newline, or the end of input)
    // count one each.
    if (std::size_t(bytes) > line.size()) count += int(std::size_t(bytes) - line.size());
    return count;
}

}  // namespace klass::parse
