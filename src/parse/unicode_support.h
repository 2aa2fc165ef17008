// The few Unicode facts the front end needs: identifier characters (PEP 3131),
// printability for error messages, and NFKC normalisation of identifiers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace klass::parse::unicode {

// Python's XID_Start / XID_Continue properties (identifier characters).
bool is_xid_start(std::int32_t cp);
bool is_xid_continue(std::int32_t cp);

// str.isprintable() for one code point.
bool is_printable(std::int32_t cp);

// Byte offset of the first character of a UTF-8 identifier candidate that
// cannot appear in an identifier at its position, or npos if all are valid.
std::size_t find_invalid_identifier_char(std::string_view text);

// NFKC normalisation, as Python applies to non-ASCII identifiers.
std::string nfkc(std::string_view text);

// Appends the generalized-UTF-8 encoding of `cp` (surrogates included).
void append_utf8(std::string& out, std::uint32_t cp);

}  // namespace klass::parse::unicode
