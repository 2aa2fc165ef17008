// float <-> text beyond repr: float(s), float.hex(), float.fromhex().
#pragma once

#include <string>
#include <string_view>

#include "text/result.h"

namespace klass::text {

// float(s) for a str s (UTF-8): surrounding whitespace (Unicode too),
// decimal digits of any script, underscores between digits, 'inf',
// 'infinity', 'nan' in any case with a sign.  Out-of-range values become inf
// or 0.0, as in Python.  ValueError "could not convert string to float: 'x'".
Result<double> parse_float_str(std::string_view s);
// float(b) for bytes: ASCII only; the message shows repr(b).
Result<double> parse_float_bytes(std::string_view b);

// float.hex(x): '0x1.8000000000000p+0', '-0x0.0p+0', 'inf', 'nan'.
std::string float_hex(double x);
// float.fromhex(s): '[sign][0x]h[.h][p[sign]d]', 'inf', 'nan', rounded to
// nearest-even.  ValueError "invalid hexadecimal floating-point string",
// OverflowError "hexadecimal value too large to represent as a float".
Result<double> float_fromhex(std::string_view s);

}  // namespace klass::text
