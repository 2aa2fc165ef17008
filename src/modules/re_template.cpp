#include "modules/re_template.h"

#include "modules/re_tokenizer.h"
#include "text/unicode_utf8.h"

namespace klass::re {

namespace {

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_octal(char32_t c) { return c >= U'0' && c <= U'7'; }

class TemplateParser {
 public:
  TemplateParser(std::u32string_view tmpl, bool is_bytes, uint32_t groups,
                 const std::vector<std::pair<std::u32string, uint32_t>>& names, PatternError* err)
      : src_(tmpl, is_bytes, err), err_(err), is_bytes_(is_bytes), groups_(groups), names_(names) {}

  bool run(std::vector<TemplatePiece>* out);

 private:
  bool add_group(int64_t index, int64_t offset) {
    if (index > groups_) return src_.error("invalid group reference " + std::to_string(index), offset);
    flush();
    TemplatePiece p;
    p.group = index;
    out_->push_back(std::move(p));
    return true;
  }
  void flush() {
    if (literal_.empty()) return;
    TemplatePiece p;
    p.literal = std::move(literal_);
    literal_.clear();
    out_->push_back(std::move(p));
  }
  bool named_group();
  bool digits_escape(char32_t first);

  Tokenizer src_;
  PatternError* err_;
  bool is_bytes_;
  int64_t groups_;
  const std::vector<std::pair<std::u32string, uint32_t>>& names_;
  std::vector<TemplatePiece>* out_ = nullptr;
  std::u32string literal_;
};

// \g<name> or \g<number>
bool TemplateParser::named_group() {
  if (!src_.match(U'<')) {
    if (!src_.ok()) return false;
    return src_.error("missing <");
  }
  std::u32string name;
  if (!src_.get_until(U'>', "group name", &name)) return false;
  int64_t offset = static_cast<int64_t>(name.size()) + 1;
  if (is_identifier(name)) {
    for (const auto& [n, g] : names_)
      if (n == name) return add_group(g, offset);
    err_->kind = PatternError::Index;
    err_->message = "unknown group name " + repr_for_message(name, is_bytes_);
    err_->pos = -1;
    return false;
  }
  int64_t index = 0;
  if (!parse_group_number(name, &index) || index < 0)
    return src_.error("bad character in group name " + repr_for_message(name, is_bytes_), offset);
  if (index >= int64_t(kMaxGroups)) return src_.error("invalid group reference " + std::to_string(index), offset);
  return add_group(index, offset);
}

// \12 is group 12, \123 (three octal digits) a character.
bool TemplateParser::digits_escape(char32_t first) {
  std::u32string digits(1, first);
  Token t;
  if (is_digit(src_.next().ch) && src_.next().valid && !src_.next().escape) {
    if (!src_.get(&t)) return false;
    digits += t.ch;
    const Token& n = src_.next();
    if (is_octal(first) && is_octal(digits[1]) && n.valid && !n.escape && is_octal(n.ch)) {
      if (!src_.get(&t)) return false;
      digits += t.ch;
      uint32_t v = (digits[0] - U'0') * 64 + (digits[1] - U'0') * 8 + (digits[2] - U'0');
      if (v > 0377)
        return src_.error("octal escape value \\" + text::encode_all(digits) + " outside of range 0-0o377", 4);
      literal_ += static_cast<char32_t>(v);
      return true;
    }
  }
  int64_t index = 0;
  for (char32_t d : digits) index = index * 10 + (d - U'0');
  return add_group(index, static_cast<int64_t>(digits.size()));
}

bool TemplateParser::run(std::vector<TemplatePiece>* out) {
  out_ = out;
  out->clear();
  if (!src_.ok()) return false;
  for (;;) {
    Token t;
    if (!src_.get(&t)) return false;
    if (!t.valid) break;
    if (!t.escape) {
      literal_ += t.ch;
      continue;
    }
    char32_t c = t.ch;
    switch (c) {
      case U'g':
        if (!named_group()) return false;
        continue;
      case U'0': {
        uint32_t v = 0;
        for (int i = 0; i < 2 && src_.next().valid && !src_.next().escape && is_octal(src_.next().ch); ++i) {
          Token d;
          if (!src_.get(&d)) return false;
          v = v * 8 + (d.ch - U'0');
        }
        literal_ += static_cast<char32_t>(v & 0xff);
        continue;
      }
      case U'a': literal_ += U'\a'; continue;
      case U'b': literal_ += U'\b'; continue;
      case U'f': literal_ += U'\f'; continue;
      case U'n': literal_ += U'\n'; continue;
      case U'r': literal_ += U'\r'; continue;
      case U't': literal_ += U'\t'; continue;
      case U'v': literal_ += U'\v'; continue;
      case U'\\': literal_ += U'\\'; continue;
      default: break;
    }
    if (is_digit(c)) {
      if (!digits_escape(c)) return false;
      continue;
    }
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'))
      return src_.error("bad escape " + t.text(), 2);
    // Other escapes stay as written, backslash included.
    literal_ += U'\\';
    literal_ += c;
  }
  flush();
  return true;
}

}  // namespace

bool parse_template(std::u32string_view tmpl, bool is_bytes, uint32_t groups,
                    const std::vector<std::pair<std::u32string, uint32_t>>& names,
                    std::vector<TemplatePiece>* out, PatternError* err) {
  TemplateParser p(tmpl, is_bytes, groups, names, err);
  return p.run(out);
}

}  // namespace klass::re
