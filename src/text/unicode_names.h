// Unicode character names: unicodedata.name() / lookup(), the \N{...}
// escape and the 'namereplace' error handler.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace klass::text {

// The character's name ("LATIN SMALL LETTER A"), or nullopt when it has
// none in Python's Unicode version.
std::optional<std::string> character_name(char32_t cp);
// The character with this name or name alias (case-insensitive), or nullopt.
// This is what "\N{...}" accepts.
std::optional<char32_t> lookup_character(std::string_view name);
// unicodedata.lookup(): a name, an alias or a named sequence ('LATIN
// CAPITAL LETTER A WITH MACRON AND GRAVE' is two code points); the result is
// UTF-8.
std::optional<std::string> lookup_name_or_sequence(std::string_view name);

}  // namespace klass::text
