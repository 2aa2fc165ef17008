#include "modules/re_tokenizer.h"

#include <algorithm>

#include "text/unicode_predicates.h"
#include "text/unicode_repr.h"
#include "text/unicode_utf8.h"

namespace klass::re {

void append_code_point(std::string& out, char32_t cp) { text::append_utf8(out, cp); }

std::string Token::text() const {
  std::string s;
  if (!valid) return s;
  if (escape) s += '\\';
  append_code_point(s, ch);
  return s;
}

Tokenizer::Tokenizer(std::u32string_view source, bool is_bytes, PatternError* err)
    : source_(source), is_bytes_(is_bytes), err_(err) {
  advance();
}

// Reads the token at index_ into next_. A backslash at the very end is
// CPython's "bad escape (end of pattern)", reported at the backslash.
bool Tokenizer::advance() {
  if (index_ >= source_.size()) {
    next_ = Token{};
    return true;
  }
  char32_t c = source_[index_];
  if (c == U'\\') {
    if (index_ + 1 >= source_.size()) {
      err_->kind = PatternError::ReError;
      err_->message = "bad escape (end of pattern)";
      err_->pos = static_cast<int64_t>(source_.size()) - 1;
      failed_ = true;
      next_ = Token{};
      return false;
    }
    next_ = Token{true, true, source_[index_ + 1]};
    index_ += 2;
  } else {
    next_ = Token{true, false, c};
    index_ += 1;
  }
  return true;
}

bool Tokenizer::match(char32_t c) {
  if (!next_.is(c)) return false;
  return advance();
}

bool Tokenizer::get(Token* out) {
  *out = next_;
  return advance();
}

void Tokenizer::seek(size_t index) {
  index_ = index;
  advance();
}

bool Tokenizer::get_until(char32_t terminator, const char* what, std::u32string* out) {
  out->clear();
  for (;;) {
    Token t;
    if (!get(&t)) return false;
    if (!t.valid) {
      if (out->empty()) return error(std::string("missing ") + what);
      std::string msg = "missing ";
      append_code_point(msg, terminator);
      msg += ", unterminated name";
      return error(msg, static_cast<int64_t>(out->size()));
    }
    if (t.is(terminator)) {
      if (out->empty()) return error(std::string("missing ") + what, 1);
      return true;
    }
    // An escape inside a name keeps both characters, as CPython's string join does.
    if (t.escape) out->push_back(U'\\');
    out->push_back(t.ch);
  }
}

bool is_alpha_char(char32_t c) { return text::is_alpha(text::utf8_encode(c)); }

bool is_identifier(std::u32string_view name) { return text::is_identifier(text::encode_all(name)); }

bool Tokenizer::check_group_name(std::u32string_view name, int64_t offset) {
  if (is_identifier(name)) return true;
  return error("bad character in group name " + repr_for_message(name, is_bytes_),
               static_cast<int64_t>(name.size()) + offset);
}

bool parse_group_number(std::u32string_view name, int64_t* out) {
  auto space = [](char32_t c) { return c == U' ' || (c >= U'\t' && c <= U'\r'); };
  auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  size_t i = 0, j = name.size();
  while (i < j && space(name[i])) ++i;
  while (j > i && space(name[j - 1])) --j;
  bool negative = false;
  if (i < j && (name[i] == U'+' || name[i] == U'-')) negative = name[i++] == U'-';
  if (i == j || !digit(name[i]) || !digit(name[j - 1])) return false;
  int64_t v = 0;
  for (size_t k = i; k < j; ++k) {
    if (name[k] == U'_') {
      if (!digit(name[k + 1])) return false;  // no doubled underscores
      continue;
    }
    if (!digit(name[k])) return false;
    v = std::min<int64_t>(v * 10 + (name[k] - U'0'), int64_t(1) << 40);
  }
  *out = negative ? -v : v;
  return true;
}

std::string ascii_message(const std::string& utf8) {
  std::string out;
  for (char32_t cp : text::decode_all(utf8)) {
    if (cp < 0x80)
      out += static_cast<char>(cp);
    else
      text::append_hex_escape(out, cp);
  }
  return out;
}

bool Tokenizer::error(std::string msg, int64_t offset) {
  err_->kind = PatternError::ReError;
  err_->message = is_bytes_ ? ascii_message(msg) : std::move(msg);
  err_->pos = static_cast<int64_t>(tell()) - offset;
  failed_ = true;
  return false;
}

std::string repr_for_message(std::u32string_view s, bool is_bytes) {
  std::string r = text::repr_str(text::encode_all(s));
  return is_bytes ? ascii_message(r) : r;
}

}  // namespace klass::re
