// Substring search and everything built on it: find/rfind/index/count,
// startswith/endswith, replace, split/rsplit with a separator, partition.
//
// start and end are Python's optional code-point slice bounds (negative
// counts from the end, out of range is clamped; pass 0 and kNoEnd for
// None); results are code-point indices, -1 when not found (index() and
// rindex() raise ValueError("substring not found") on that).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/result.h"
#include "text/unicode_utf8.h"

namespace klass::text {

constexpr std::int64_t kNoEnd = INT64_MAX;

std::int64_t find(StrRef s, StrRef sub, std::int64_t start = 0, std::int64_t end = kNoEnd);
std::int64_t rfind(StrRef s, StrRef sub, std::int64_t start = 0, std::int64_t end = kNoEnd);
std::int64_t count(StrRef s, StrRef sub, std::int64_t start = 0, std::int64_t end = kNoEnd);
bool starts_with(StrRef s, StrRef prefix, std::int64_t start = 0, std::int64_t end = kNoEnd);
bool ends_with(StrRef s, StrRef suffix, std::int64_t start = 0, std::int64_t end = kNoEnd);

// s.replace(old, new, count); count < 0 replaces all.  An empty `old`
// inserts `new` before each code point and at the end.
Result<std::string> replace(std::string_view s, std::string_view old_text, std::string_view new_text,
                            std::int64_t count = -1);

// s.split(sep, maxsplit) / s.rsplit(sep, maxsplit) with a str separator
// (ValueError "empty separator" for '').  maxsplit < 0: no limit.  The parts
// are views into s, left to right.
Result<std::vector<std::string_view>> split(std::string_view s, std::string_view sep, std::int64_t maxsplit = -1);
Result<std::vector<std::string_view>> rsplit(std::string_view s, std::string_view sep, std::int64_t maxsplit = -1);

struct Partition {
    std::string_view before, separator, after;
};
// s.partition(sep) / s.rpartition(sep); ValueError "empty separator" for ''.
Result<Partition> partition(std::string_view s, std::string_view sep);
Result<Partition> rpartition(std::string_view s, std::string_view sep);

// The hook behind str.translate(table): for each code point the VM looks
// the table up and either keeps the character, appends its replacement
// (nothing, for a deletion) to `out`, or stops with a pending exception.
enum class TranslateStep { kKeep, kMapped, kError };
template <class Lookup>  // TranslateStep(char32_t cp, std::string& out)
bool translate(std::string_view s, std::string& out, Lookup&& lookup) {
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t start = pos;
        char32_t cp = decode_utf8(s, pos);
        switch (lookup(cp, out)) {
            case TranslateStep::kKeep: out.append(s.substr(start, pos - start)); break;
            case TranslateStep::kMapped: break;
            case TranslateStep::kError: return false;
        }
    }
    return true;
}

}  // namespace klass::text
