// Case conversion of str, with Python 3.11's full (special) casing:
// 'ß'.upper() == 'SS', 'ﬁ'.upper() == 'FI', and a capital sigma lowers to
// final 'ς' at the end of a word.
#pragma once

#include <string>
#include <string_view>

namespace klass::text {

std::string to_upper(std::string_view s);
std::string to_lower(std::string_view s);
std::string casefold(std::string_view s);
std::string title(std::string_view s);
std::string capitalize(std::string_view s);
std::string swapcase(std::string_view s);

}  // namespace klass::text
