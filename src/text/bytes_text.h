// The algorithms of bytes and bytearray that differ from str's: bytes are
// not text, so case, character classes and whitespace are ASCII-only
// (b'\xe9'.upper() stays b'\xe9', b'\x1c'.isspace() is False), lines end
// only at \n, \r and \r\n, and every position counts bytes.
//
// What bytes share with str unchanged (substring search on raw bytes) is in
// unicode_search.h: pass a StrRef whose length equals its size.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "text/result.h"

namespace klass::text {

// bytes.isspace(): space, \t, \n, \r, \v (\x0b) and \f (\x0c).
bool is_bytes_space(unsigned char c);

std::string bytes_upper(std::string_view b);
std::string bytes_lower(std::string_view b);
std::string bytes_swapcase(std::string_view b);
std::string bytes_title(std::string_view b);
std::string bytes_capitalize(std::string_view b);

// Non-empty and every byte in the class.
bool bytes_is_alpha(std::string_view b);
bool bytes_is_alnum(std::string_view b);
bool bytes_is_digit(std::string_view b);
bool bytes_is_space(std::string_view b);
// At least one cased byte and none of the other case.
bool bytes_is_lower(std::string_view b);
bool bytes_is_upper(std::string_view b);
bool bytes_is_title(std::string_view b);

// b.split() / b.rsplit() without a separator (ASCII whitespace); maxsplit < 0: no limit.
std::vector<std::string_view> bytes_split_whitespace(std::string_view b, std::int64_t maxsplit = -1);
std::vector<std::string_view> bytes_rsplit_whitespace(std::string_view b, std::int64_t maxsplit = -1);
std::vector<std::string_view> bytes_splitlines(std::string_view b, bool keepends = false);

enum class BytesStrip { kLeft, kRight, kBoth };
// strip()/lstrip()/rstrip(): without `chars`, ASCII whitespace.
std::string_view bytes_strip(std::string_view b, std::optional<std::string_view> chars, BytesStrip side);

// b.expandtabs(tabsize): \n and \r reset the column; tabsize <= 0 removes tabs.
Result<std::string> bytes_expandtabs(std::string_view b, std::int64_t tabsize = 8);
// b.replace(old, new, count): like str's, but an empty `old` inserts between bytes.
Result<std::string> bytes_replace(std::string_view b, std::string_view old_text, std::string_view new_text,
                                  std::int64_t count = -1);
// center/ljust/rjust with a one-byte fill ('<' left-justify, '>' right, '^' center).
Result<std::string> bytes_pad(std::string_view b, std::int64_t width, char fill, char align);

// b.hex(sep, bytes_per_sep): sep '\0' for none; bytes_per_sep > 0 groups
// from the right, < 0 from the left.
std::string bytes_hex(std::string_view b, char sep = '\0', std::int64_t bytes_per_sep = 1);
// bytes.fromhex(s) for the UTF-8 text s: pairs of hex digits, whitespace
// allowed between pairs. ValueError "non-hexadecimal number found in
// fromhex() arg at position N" (N counts code points).
Result<std::string> bytes_fromhex(std::string_view s);

}  // namespace klass::text
