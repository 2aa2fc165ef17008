// Unicode normalization (unicodedata.normalize / is_normalized) and the
// NFKC folding Python applies to non-ASCII identifiers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/result.h"

namespace klass::text {

enum class NormalForm { kNFC, kNFD, kNFKC, kNFKD };

// 'NFC', 'NFD', 'NFKC' or 'NFKD' (exact spelling, as Python requires).
std::optional<NormalForm> parse_normal_form(std::string_view name);

// unicodedata.normalize(form, s).  Lone surrogates are kept as they are.
// Fails with ValueError "invalid normalization form" for a bad form name.
Result<std::string> normalize(std::string_view form, std::string_view s);
std::string normalize(NormalForm form, std::string_view s);
bool is_normalized(NormalForm form, std::string_view s);

// What the parser stores for an identifier: NFKC of it when it is not ASCII
// (PEP 3131), so 'ﬁle' and 'file' are the same name.
std::string normalize_identifier(std::string_view name);

}  // namespace klass::text
