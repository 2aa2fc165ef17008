// Whitespace and line rules of str: split() without a separator,
// splitlines(), strip() and friends, expandtabs().
//
// Results that are pieces of the input are returned as views into it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/result.h"

namespace klass::text {

// Python's whitespace (str.isspace): ASCII \t\n\v\f\r\x1c-\x1f and space,
// plus \x85, \xa0 and the Unicode Zs/Zl/Zp and bidi whitespace characters.
bool is_python_space(char32_t cp);
// Python's line boundaries: \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029
// (and \r\n counts as one).
bool is_line_boundary(char32_t cp);

// s.split() / s.split(None, maxsplit): runs of whitespace separate, leading
// and trailing whitespace yields no empty strings.  maxsplit < 0: no limit.
std::vector<std::string_view> split_whitespace(std::string_view s, std::int64_t maxsplit = -1);
// s.rsplit() / s.rsplit(None, maxsplit), in left-to-right order.
std::vector<std::string_view> rsplit_whitespace(std::string_view s, std::int64_t maxsplit = -1);

// s.splitlines(keepends).
std::vector<std::string_view> splitlines(std::string_view s, bool keepends = false);

enum class StripSide { kLeft, kRight, kBoth };
// s.strip() / lstrip() / rstrip() without arguments: Python whitespace.
std::string_view strip_whitespace(std::string_view s, StripSide side = StripSide::kBoth);
// s.strip(chars): removes any of the code points of `chars`.
std::string_view strip_chars(std::string_view s, std::string_view chars, StripSide side = StripSide::kBoth);

// s.expandtabs(tabsize): columns count code points; \n and \r reset the
// column; tabsize <= 0 removes tabs.
Result<std::string> expandtabs(std::string_view s, int tabsize = 8);

}  // namespace klass::text
