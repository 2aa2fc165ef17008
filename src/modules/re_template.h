// Replacement templates of sub(), subn() and Match.expand(): "\1", "\g<name>",
// "\g<0>", Python's escapes, parsed with CPython 3.11's rules and errors.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modules/re_syntax.h"

namespace klass::re {

// A piece of a parsed template: literal text, or the text of a group.
struct TemplatePiece {
  std::u32string literal;  // when group < 0 (code points; bytes for a bytes template)
  int64_t group = -1;
};

// Parses `tmpl` (code points; bytes for a bytes template) for a pattern with
// `groups` groups and the given group names. False with `err` filled as CPython
// raises: re.error, or IndexError for an unknown group name.
bool parse_template(std::u32string_view tmpl, bool is_bytes, uint32_t groups,
                    const std::vector<std::pair<std::u32string, uint32_t>>& names,
                    std::vector<TemplatePiece>* out, PatternError* err);

}  // namespace klass::re
