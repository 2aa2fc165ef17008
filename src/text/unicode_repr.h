// repr() and ascii() of str, and repr() of bytes, exactly as CPython 3.11
// writes them.
#pragma once

#include <string>
#include <string_view>

namespace klass::text {

// repr(s): single quotes unless s contains ' and no ", escapes for \\, the
// quote, \t \n \r, other control characters as \xNN, and non-printable
// non-ASCII characters as \xNN, \uNNNN or \UNNNNNNNN; printable non-ASCII
// characters are kept.
std::string repr_str(std::string_view s);
// ascii(s): like repr but every non-ASCII character is escaped.
std::string ascii_str(std::string_view s);
// repr(b): b'...' with bytes outside printable ASCII as \xNN.
std::string repr_bytes(std::string_view bytes);

// Appends the Python escape of cp (\xNN, \uNNNN or \UNNNNNNNN, the shortest
// that fits) to out.
void append_hex_escape(std::string& out, char32_t cp);

}  // namespace klass::text
