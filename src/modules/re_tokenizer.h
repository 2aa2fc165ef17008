// The token stream the pattern parser and the template parser read: single
// characters, or a backslash with the character after it, with the
// positions CPython reports in its errors. Internal to the re module.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "modules/re_syntax.h"

namespace klass::re {

// UTF-8 of one code point, for building messages.
void append_code_point(std::string& out, char32_t cp);

struct Token {
  bool valid = false;   // false at the end of the pattern
  bool escape = false;  // a backslash followed by `ch`
  char32_t ch = 0;
  size_t size() const { return valid ? (escape ? 2 : 1) : 0; }
  bool is(char32_t c) const { return valid && !escape && ch == c; }
  // The token's text as CPython would show it in a message ("\\q", "a").
  std::string text() const;
};

class Tokenizer {
 public:
  // Reads the first token; check ok() afterwards (a pattern may be a lone "\").
  Tokenizer(std::u32string_view source, bool is_bytes, PatternError* err);

  bool ok() const { return !failed_; }
  const Token& next() const { return next_; }
  bool at_end() const { return !next_.valid; }
  // Consumes the next token if it is the single character c. False when it
  // is not (or when reading the token after it failed: check ok()).
  bool match(char32_t c);
  // Consumes and returns the next token; false when reading the one after it fails.
  bool get(Token* out);
  // Consumes up to n single characters for which `pred` holds, appending them.
  template <class Pred>
  bool get_while(size_t n, Pred pred, std::u32string* out) {
    for (size_t i = 0; i < n; ++i) {
      if (!next_.valid || next_.escape || !pred(next_.ch)) break;
      out->push_back(next_.ch);
      if (!advance()) return false;
    }
    return true;
  }
  // Reads a name up to `terminator` (consumed), as CPython's getuntil:
  // "missing <what>" for an empty or unterminated name.
  bool get_until(char32_t terminator, const char* what, std::u32string* out);
  // Rejects a group name that is not an identifier ("bad character in group name").
  bool check_group_name(std::u32string_view name, int64_t offset);

  size_t tell() const { return index_ - next_.size(); }
  void seek(size_t index);
  std::u32string_view source() const { return source_; }
  bool is_bytes() const { return is_bytes_; }

  // Records re.error(msg) at tell() - offset; always returns false.
  bool error(std::string msg, int64_t offset = 0);

 private:
  bool advance();

  std::u32string_view source_;
  bool is_bytes_;
  PatternError* err_;
  size_t index_ = 0;
  Token next_;
  bool failed_ = false;
};

// Python's str.isalpha() for one character.
bool is_alpha_char(char32_t c);
// Python's str.isidentifier() for a name.
bool is_identifier(std::u32string_view name);
// int(name) for a group number written in a name ("1", " +2 ", "1_0"): false
// when int() would reject it. Large values saturate.
bool parse_group_number(std::u32string_view name, int64_t* out);
// A message for a bytes pattern escapes non-ASCII characters (CPython encodes
// it with 'backslashreplace').
std::string ascii_message(const std::string& utf8);

}  // namespace klass::re
