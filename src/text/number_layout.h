// Placing a formatted number or string in its field: sign, prefix, digit
// grouping, zero padding and fill, the way format() lays them out.
//
//   <left fill> <sign> <prefix> <sign-aware fill> <grouped digits> <.> <rest> <right fill>
//
// Only one of the three fills is non-empty, chosen by the alignment.  All
// pieces are ASCII except the fill character, so widths count code points.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/number_format_spec.h"

namespace klass::text {

// A number already converted to text, split for layout.
struct NumberParts {
    bool negative = false;
    std::string_view prefix;  // "0x", "0b", "0o" (alternate form), or ""
    std::string_view digits;  // integer digits, subject to grouping and zero padding
    bool has_point = false;   // a '.' follows the digits
    std::string_view rest;    // fraction and exponent, '%', "inf", or the 'c' character
};

// Splits "-123.45e+06" or "inf" (as double_to_string writes them) into parts.
NumberParts split_number(std::string_view text);

// Lays out `parts` by the spec's sign, fill, align, width and grouping.
// `upper` upper-cases prefix and digits (the 'X' type).  The caller checks
// that the spec is valid for its type first.
std::string layout_number(const NumberParts& parts, const FormatSpec& spec, bool upper = false);

// Pads `body` (which is `length` code points long) to `width` code points:
// '<' left-aligns, '>' right-aligns, '^' centres (extra fill on the right),
// '=' acts as '<'.
std::string pad_field(std::string_view body, std::int64_t length, std::int64_t width, char align, char32_t fill);

}  // namespace klass::text
