// The format-spec mini-language of format(), str.format and f-strings:
//     [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
#pragma once

#include <cstdint>
#include <string_view>

#include "text/result.h"

namespace klass::text {

enum class Grouping : std::uint8_t { kNone, kComma, kUnderscore };

struct FormatSpec {
    char32_t fill = ' ';
    char align = '>';               // '<' '>' '^' '='
    char sign = '\0';               // '\0' (not given), '+', '-', ' '
    bool no_negative_zero = false;  // 'z'
    bool alternate = false;         // '#'
    std::int64_t width = -1;        // -1: not given
    Grouping grouping = Grouping::kNone;
    std::int64_t precision = -1;  // -1: not given
    char32_t type = '\0';         // '\0': not given (after defaulting)

    // Digits per group: 4 for '_' with b/o/x/X, else 3.
    int group_size() const;
    char separator() const {
        return grouping == Grouping::kComma ? ',' : grouping == Grouping::kUnderscore ? '_' : '\0';
    }
};

// Parses `spec` (UTF-8) as the __format__ of an object of type `type_name`
// would, with that type's default presentation type and alignment (int: 'd'
// and '>', float and complex: '\0' and '>', str: 's' and '<').  Checks only
// what does not depend on the type (e.g. "Cannot specify ',' with 's'.");
// the formatters check the rest.
Result<FormatSpec> parse_format_spec(std::string_view spec, std::string_view type_name, char32_t default_type,
                                     char default_align);

// ValueError "Unknown format code 'd' for object of type 'float'".
Failure unknown_format_code(char32_t type, std::string_view type_name);

}  // namespace klass::text
