// A compiled regular expression: a Python pattern translated to PCRE2 syntax,
// compiled (and JIT-compiled when the platform allows), ready to match.
//
// Positions here are byte offsets into the subject (UTF-8 for a str
// pattern); the VM layer converts them to code-point indices.
#pragma once
#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modules/re_syntax.h"

namespace klass::re {

// Writes the PCRE2 pattern equivalent to `parsed` and the compile options it
// needs. False with `err` when PCRE2 cannot express it (repeat counts above
// 65535).
bool to_pcre2(const ParsedPattern& parsed, bool is_bytes, std::string* out, uint32_t* options,
              PatternError* err);

// How a match is tied to the subject.
enum class Anchor : uint8_t { Search = 0, Match = 1, FullMatch = 2 };

class Regex {
 public:
  // Parses, translates and compiles. Null with `err` filled on failure.
  static std::unique_ptr<Regex> compile(std::u32string_view pattern, bool is_bytes, uint32_t flags,
                                        PatternError* err);
  ~Regex();
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  bool is_bytes() const { return is_bytes_; }
  uint32_t flags() const { return flags_; }
  uint32_t groups() const { return groups_; }
  const std::vector<std::pair<std::u32string, uint32_t>>& names() const { return names_; }
  const std::string& pcre2_source() const { return source_; }

  // Looks for a match in subject (the text up to endpos) starting at byte
  // `start`. With `not_empty_at_start`, an empty match at `start` does not
  // count (the rule that makes findall/sub/split advance). On success fills
  // spans[0 .. 2*(groups+1)) with byte offsets (-1 for a group that did not
  // take part) and returns 1; returns 0 for no match and -1 when PCRE2 gives
  // up (then *error says why).
  int exec(std::string_view subject, size_t start, Anchor anchor, bool not_empty_at_start, int64_t* spans,
           std::string* error);

  // Match.lastindex: the group that closed last in the match, or 0 for none.
  uint32_t last_index(const int64_t* spans) const;

 private:
  Regex() = default;
  pcre2_code* code_for(Anchor anchor, std::string* error);

  bool is_bytes_ = false;
  uint32_t flags_ = 0;
  uint32_t groups_ = 0;
  std::vector<std::pair<std::u32string, uint32_t>> names_;
  std::vector<uint32_t> parent_;
  std::string source_;            // the PCRE2 pattern
  uint32_t options_ = 0;          // its compile options
  pcre2_code* code_[3] = {};      // per Anchor, compiled on first use
  pcre2_compile_context* compile_context_ = nullptr;
  pcre2_match_context* match_context_ = nullptr;
  pcre2_match_data* spare_data_ = nullptr;  // reused unless a nested match holds it
};

}  // namespace klass::re
