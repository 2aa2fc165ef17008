// printf-style formatting ('%5.2f' % x, b'%x' % n): parsing one conversion
// spec and converting numbers.
//
// The caller drives the format string: it copies text up to each '%', calls
// parse_percent_spec, fetches arguments in Python's order (the mapping value
// for a key, then the '*' width, the '*' precision, then the value) and
// converts the value with the functions below; %s, %r, %a (and %b for bytes)
// are the caller's str()/repr()/ascii() followed by percent_pad.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "text/number_int_text.h"
#include "text/number_integer.h"
#include "text/result.h"

namespace klass::text {

struct PercentSpec {
    std::optional<std::string_view> key;  // %(key)s: a view into the format string
    bool left_adjust = false;             // '-'
    bool plus_sign = false;               // '+'
    bool blank_sign = false;              // ' '
    bool alternate = false;               // '#'
    bool zero_pad = false;                // '0'
    bool width_from_arg = false;          // '*': call set_width with the next argument
    bool precision_from_arg = false;      // '.*': call set_precision with the next argument
    std::int64_t width = -1;              // -1: none
    std::int64_t precision = -1;          // -1: none
    char32_t conversion = 0;              // 'd', 's', ... (a code point for str formats)
    bool literal_percent = false;         // "%%": write a single '%', consume no argument
    std::size_t conversion_at = 0;        // byte offset of the conversion character
    std::size_t end = 0;                  // byte offset just past the spec

    // A '*' width: negative means left-adjusted.
    void set_width(std::int64_t w);
    // A '.*' precision: negative counts as 0.
    void set_precision(std::int64_t p);
};

// Parses the spec that follows the '%' at format[percent_at] (UTF-8 for str
// formats, raw bytes for bytes formats).  ValueErrors: "incomplete format",
// "incomplete format key", "width too big", "precision too big".
Result<PercentSpec> parse_percent_spec(std::string_view format, std::size_t percent_at);

// ValueError "unsupported format character 'y' (0x79) at index 1" for a spec
// whose conversion the caller does not know.
Failure unsupported_percent_conversion(std::string_view format, const PercentSpec& spec, bool bytes_format);

// The conversions fail with MemoryError for widths or precisions past
// kMaxFieldWidth (number_guard.h).

// %d %i %u %o %x %X of an int, padded.  (The caller turns non-ints into ints
// first, as Python does for %d with a float, or raises "%x format: an integer
// is required, not float".)
Result<std::string> percent_format_int(const PercentSpec& spec, IntView v,
                                       std::int64_t max_str_digits = kDefaultMaxStrDigits);
// %e %E %f %F %g %G of a float, padded.
Result<std::string> percent_format_float(const PercentSpec& spec, double x);
// The character %c makes of an int: a code point below 0x110000 for str
// formats (UTF-8), a byte below 256 for bytes formats; pad it with percent_pad.
Result<std::string> percent_char_of_int(IntView v, bool bytes_format);

// Pads already converted text (%s %r %a %b %c) to the spec's width; for
// s/r/a/b the precision truncates first.  Lengths count code points, or bytes
// when `bytes_format`.
Result<std::string> percent_pad(const PercentSpec& spec, std::string_view text, bool bytes_format);

}  // namespace klass::text
