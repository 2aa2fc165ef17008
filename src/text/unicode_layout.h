// Padding and repetition: str.center/ljust/rjust/zfill, str.__mul__ and
// str.join.  Widths count code points; the fill is one code point.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/result.h"
#include "text/unicode_utf8.h"

namespace klass::text {

// Each returns s unchanged when width <= len(s).  Fails only with
// MemoryError when the result cannot be allocated.
Result<std::string> center(StrRef s, std::int64_t width, char32_t fill = ' ');
Result<std::string> ljust(StrRef s, std::int64_t width, char32_t fill = ' ');
Result<std::string> rjust(StrRef s, std::int64_t width, char32_t fill = ' ');
// Pads with '0' on the left, after a leading '+' or '-'.
Result<std::string> zfill(StrRef s, std::int64_t width);

// s * count; count <= 0 gives ''.  OverflowError "repeated string is too
// long" past Python's size limit.
Result<std::string> repeat(std::string_view s, std::int64_t count);

// sep.join(parts), for parts the caller has checked to be str.
std::string join(std::string_view sep, const std::vector<std::string_view>& parts);

}  // namespace klass::text
