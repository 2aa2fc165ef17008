// Preparing raw source bytes for the tokenizer (PEP 263 / PEP 3120).
#pragma once

#include <string>
#include <string_view>

#include "parse/tokenizer.h"

namespace klass::parse {

// Converts `raw` to the tokenizer's input form: UTF-8 (decoding a latin-1 or
// ascii source when a coding declaration asks for it), no BOM, "\n" line
// endings, ending with "\n". Returns false and fills `error` when the bytes
// are not valid in the declared encoding.
bool normalize_source(std::string_view raw, std::string& out, PendingError& error);

// Number of code points in the first `bytes` bytes of `line` (clamped), used
// to turn byte columns into the character offsets SyntaxError reports.
int utf8_prefix_length(std::string_view line, int bytes);

}  // namespace klass::parse
