// int <-> text: int(s, base), str(i), bin(), oct(), hex().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/number_integer.h"
#include "text/result.h"

namespace klass::text {

// sys.get_int_max_str_digits() at startup: decimal conversions of longer ints
// fail (CVE-2020-10735).  A VM passes its own setting; 0 means no limit.
constexpr std::int64_t kDefaultMaxStrDigits = 4300;

// int(s, base) for a str s (UTF-8): digits of any script and Unicode
// whitespace count, underscores as Python allows, '0x'/'0o'/'0b' prefixes
// with base 0 or the matching base.  Errors: ValueError "invalid literal for
// int() with base 10: 'abc'", "int() base must be >= 2 and <= 36, or 0", and
// the max-str-digits limit.
Result<Integer> parse_int_str(std::string_view s, int base = 10, std::int64_t max_str_digits = kDefaultMaxStrDigits);
// int(b, base) for bytes/bytearray: ASCII digits and whitespace only; the
// message shows repr(b).
Result<Integer> parse_int_bytes(std::string_view b, int base = 10, std::int64_t max_str_digits = kDefaultMaxStrDigits);

// v in base 2..36, lower-case digits, '-' for negatives, no prefix: str(v) is
// int_to_string(v).  Base 10 obeys the max-str-digits limit (ValueError).
Result<std::string> int_to_string(IntView v, int base = 10, std::int64_t max_str_digits = kDefaultMaxStrDigits);
// bin(v), oct(v), hex(v): base 2, 8 or 16 with its prefix after the sign
// ("-0x1f").
std::string int_to_prefixed(IntView v, int base);

// Exactly v as a decimal string, ignoring the limit (for repr-like internal
// uses and tests).
std::string int_to_decimal_unlimited(IntView v);

}  // namespace klass::text
