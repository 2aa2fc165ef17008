// str.isXXX() predicates, exactly as Python 3.11 defines them.
#pragma once

#include <string>
#include <string_view>

namespace klass::text {

// True when s is non-empty and every character has the property.
bool is_alpha(std::string_view s);
bool is_decimal(std::string_view s);
bool is_digit(std::string_view s);
bool is_numeric(std::string_view s);
bool is_alnum(std::string_view s);
bool is_space(std::string_view s);
// Cased-letter predicates: at least one cased character and none of the
// other case.
bool is_upper(std::string_view s);
bool is_lower(std::string_view s);
// Uppercase/titlecase letters only start words, lowercase ones only follow.
bool is_title(std::string_view s);
// A valid Python identifier (keywords included).
bool is_identifier(std::string_view s);
// True for the empty string.
bool is_printable(std::string_view s);
bool is_ascii_str(std::string_view s);

// What int() and float() parse: decimal digits of any script become ASCII
// digits, Python whitespace becomes ' ', other non-ASCII characters become
// '?' (so they fail to parse), ASCII is kept.
std::string decimal_and_space_to_ascii(std::string_view s);

}  // namespace klass::text
