// Parses Python regular-expression syntax into a tree (re_syntax.h), with
// CPython 3.11's rules, messages and error positions.
#include <algorithm>
#include <optional>

#include "modules/re_syntax.h"
#include "modules/re_tokenizer.h"
#include "text/unicode_names.h"
#include "text/unicode_utf8.h"

namespace klass::re {

namespace {

constexpr uint32_t kTypeFlags = kAscii | kLocale | kUnicode;
// Nesting depth (two levels per parenthesis) beyond which parsing stops with
// RecursionError, as CPython's does: also keeps klass's stack use bounded.
constexpr int kMaxNesting = 1000;
constexpr uint32_t kGlobalFlags = kDebug | kTemplate;

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_octal(char32_t c) { return c >= U'0' && c <= U'7'; }
bool is_hex(char32_t c) {
  return is_digit(c) || (c >= U'a' && c <= U'f') || (c >= U'A' && c <= U'F');
}
bool is_ascii_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

uint32_t parse_hex(std::u32string_view digits) {
  uint32_t v = 0;
  for (char32_t c : digits) v = v * 16 + (is_digit(c) ? c - U'0' : (c | 0x20) - U'a' + 10);
  return v;
}

// The flag a letter of (?aiLmsux) stands for, or 0.
uint32_t flag_of(char32_t c) {
  switch (c) {
    case U'i': return kIgnoreCase;
    case U'L': return kLocale;
    case U'm': return kMultiline;
    case U's': return kDotAll;
    case U'x': return kVerbose;
    case U'a': return kAscii;
    case U't': return kTemplate;
    case U'u': return kUnicode;
    default: return 0;
  }
}

// (min, max) widths as CPython's SubPattern.getwidth computes them, with
// sums saturating well above the cap it applies.
struct Width {
  uint64_t lo = 0, hi = 0;
};
constexpr uint64_t kSaturate = uint64_t(1) << 40;
uint64_t sat_add(uint64_t a, uint64_t b) { return std::min(a + b, kSaturate); }
uint64_t sat_mul(uint64_t a, uint64_t b) {
  if (a == 0 || b == 0) return 0;
  return (a >= kSaturate / b) ? kSaturate : a * b;
}

Node make_node(NodeKind kind) {
  Node n;
  n.kind = kind;
  return n;
}

Node class_node(Category c) {
  Node n = make_node(NodeKind::Class);
  ClassItem item{ClassItem::Cat};
  item.category = c;
  n.items.push_back(item);
  return n;
}

Node at_node(AtKind at) {
  Node n = make_node(NodeKind::At);
  n.at = at;
  return n;
}

Node literal_node(uint32_t cp) {
  Node n = make_node(NodeKind::Literal);
  n.value = cp;
  return n;
}

class Parser {
 public:
  Parser(std::u32string_view pattern, bool is_bytes, uint32_t flags, PatternError* err)
      : src_(pattern, is_bytes, err), err_(err), is_bytes_(is_bytes), flags_(flags) {
    widths_.emplace_back();  // group 0
    parent_.push_back(0);
  }

  bool run(ParsedPattern* out);

 private:
  bool parse_sub(bool verbose, int nested, Node* out);
  bool parse_seq(bool verbose, int nested, bool first, Node* out);
  bool parse_escape(const Token& esc, Node* out);
  bool parse_class_escape(const Token& esc, ClassItem* out, bool* is_literal);
  bool parse_numeric_escape(char32_t c, std::u32string* escape, uint32_t* cp, bool* done);
  bool parse_set(size_t here, Node* out);
  bool parse_repeat(const Token& q, Node* seq);
  bool parse_paren(bool* verbose, int nested, bool first, Node* seq);
  bool parse_flags(char32_t c, uint32_t* add, uint32_t* del, bool* global);
  bool parse_lookaround(char32_t kind, bool verbose, int nested, size_t start, Node* seq);
  bool parse_conditional(bool verbose, int nested, size_t start, Node* seq);
  bool group_reference(uint32_t gid, int64_t offset, Node* out);

  int open_group(const std::u32string* name, int64_t offset);
  bool check_group(uint32_t gid) const { return gid < widths_.size() && widths_[gid].has_value(); }
  bool check_lookbehind_group(uint32_t gid);
  Width width(const Node& n) const;

  bool fail(std::string msg, int64_t pos, PatternError::Kind kind = PatternError::ReError) {
    err_->kind = kind;
    err_->message = std::move(msg);
    err_->pos = pos;
    return false;
  }

  Tokenizer src_;
  PatternError* err_;
  bool is_bytes_;
  uint32_t flags_;
  std::vector<std::optional<Width>> widths_;  // per group; empty while the group is open
  std::vector<std::pair<std::u32string, uint32_t>> names_;
  std::vector<uint32_t> parent_;
  std::vector<uint32_t> open_groups_;
  std::optional<uint32_t> lookbehind_groups_;
  // Conditional references by number, checked once all groups are known (first position kept).
  std::vector<std::pair<uint32_t, int64_t>> group_ref_pos_;
  bool bad_lookbehind_ = false;
};

int Parser::open_group(const std::u32string* name, int64_t offset) {
  uint32_t gid = static_cast<uint32_t>(widths_.size());
  widths_.emplace_back();
  if (widths_.size() > kMaxGroups) {
    src_.error("too many groups", offset);
    return -1;
  }
  if (name) {
    for (const auto& [n, g] : names_)
      if (n == *name) {
        src_.error("redefinition of group name " + repr_for_message(*name, is_bytes_) + " as group " +
                       std::to_string(gid) + "; was group " + std::to_string(g),
                   offset);
        return -1;
      }
    names_.emplace_back(*name, gid);
  }
  parent_.push_back(open_groups_.empty() ? 0 : open_groups_.back());
  return static_cast<int>(gid);
}

bool Parser::check_lookbehind_group(uint32_t gid) {
  if (!lookbehind_groups_) return true;
  if (!check_group(gid)) return src_.error("cannot refer to an open group");
  if (gid >= *lookbehind_groups_)
    return src_.error("cannot refer to group defined in the same lookbehind subpattern");
  return true;
}

Width Parser::width(const Node& n) const {
  switch (n.kind) {
    case NodeKind::Literal:
    case NodeKind::Any:
    case NodeKind::Class:
      return {1, 1};
    case NodeKind::At:
    case NodeKind::Assert:
      return {0, 0};
    case NodeKind::Group:
    case NodeKind::Atomic:
      return width(n.children[0]);
    case NodeKind::Repeat: {
      Width w = width(n.children[0]);
      return {sat_mul(w.lo, n.min), sat_mul(w.hi, n.max)};
    }
    case NodeKind::GroupRef: {
      const auto& w = widths_[n.value];
      return w ? *w : Width{};
    }
    case NodeKind::GroupRefExists: {
      Width w = width(n.children[0]);
      if (n.children.size() > 1) {
        Width no = width(n.children[1]);
        w.lo = std::min(w.lo, no.lo);
        w.hi = std::max(w.hi, no.hi);
      } else {
        w.lo = 0;
      }
      return w;
    }
    case NodeKind::Branch: {
      Width w{kMaxRepeat - 1, 0};
      for (const Node& alt : n.children) {
        Width a = width(alt);
        w.lo = std::min(w.lo, a.lo);
        w.hi = std::max(w.hi, a.hi);
      }
      return w;
    }
    case NodeKind::Sequence: {
      Width w;
      for (const Node& c : n.children) {
        Width a = width(c);
        w.lo = sat_add(w.lo, a.lo);
        w.hi = sat_add(w.hi, a.hi);
      }
      return {std::min(w.lo, kMaxRepeat - 1), std::min(w.hi, kMaxRepeat)};
    }
  }
  return {};
}

bool Parser::run(ParsedPattern* out) {
  if (!src_.ok()) return false;
  Node root;
  if (!parse_sub(flags_ & kVerbose, 0, &root)) return false;
  // fix_flags: the pattern's type decides UNICODE/ASCII/LOCALE.
  if (!is_bytes_) {
    if (flags_ & kLocale) return fail("cannot use LOCALE flag with a str pattern", -1, PatternError::Value);
    if (!(flags_ & kAscii))
      flags_ |= kUnicode;
    else if (flags_ & kUnicode)
      return fail("ASCII and UNICODE flags are incompatible", -1, PatternError::Value);
  } else {
    if (flags_ & kUnicode) return fail("cannot use UNICODE flag with a bytes pattern", -1, PatternError::Value);
    if ((flags_ & kLocale) && (flags_ & kAscii))
      return fail("ASCII and LOCALE flags are incompatible", -1, PatternError::Value);
  }
  if (!src_.at_end()) return src_.error("unbalanced parenthesis");
  for (const auto& [g, pos] : group_ref_pos_)
    if (g >= widths_.size()) return fail("invalid group reference " + std::to_string(g), pos);
  if (bad_lookbehind_) return fail("look-behind requires fixed-width pattern", -1);
  out->root = std::move(root);
  out->flags = flags_;
  out->groups = static_cast<uint32_t>(widths_.size() - 1);
  out->names = std::move(names_);
  out->parent = std::move(parent_);
  return true;
}

// An alternation a|b|c; a single alternative is returned as its sequence.
bool Parser::parse_sub(bool verbose, int nested, Node* out) {
  // CPython's recursive parser runs out of frames about here.
  if (nested > kMaxNesting) return fail("maximum recursion depth exceeded", -1, PatternError::Recursion);
  std::vector<Node> items;
  for (;;) {
    Node seq;
    if (!parse_seq(verbose, nested + 1, nested == 0 && items.empty(), &seq)) return false;
    items.push_back(std::move(seq));
    if (!src_.match(U'|')) {
      if (!src_.ok()) return false;
      break;
    }
    if (nested == 0) verbose = flags_ & kVerbose;
  }
  if (items.size() == 1) {
    *out = std::move(items[0]);
    return true;
  }
  Node branch = make_node(NodeKind::Branch);
  branch.children = std::move(items);
  *out = make_node(NodeKind::Sequence);
  out->children.push_back(std::move(branch));
  return true;
}

bool Parser::parse_seq(bool verbose, int nested, bool first, Node* out) {
  *out = make_node(NodeKind::Sequence);
  for (;;) {
    const Token& peek = src_.next();
    if (!peek.valid || peek.is(U'|') || peek.is(U')')) return true;
    Token tok;
    if (!src_.get(&tok)) return false;
    if (verbose && !tok.escape) {
      char32_t c = tok.ch;
      if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\v' || c == U'\f') continue;
      if (c == U'#') {
        for (;;) {
          Token t;
          if (!src_.get(&t)) return false;
          if (!t.valid || t.is(U'\n')) break;
        }
        continue;
      }
    }
    if (tok.escape) {
      Node n;
      if (!parse_escape(tok, &n)) return false;
      out->children.push_back(std::move(n));
      continue;
    }
    switch (tok.ch) {
      case U'[':
        if (!parse_set(src_.tell() - 1, out)) return false;
        break;
      case U'*':
      case U'+':
      case U'?':
      case U'{':
        if (!parse_repeat(tok, out)) return false;
        break;
      case U'.':
        out->children.push_back(make_node(NodeKind::Any));
        break;
      case U'(':
        if (!parse_paren(&verbose, nested, first, out)) return false;
        break;
      case U'^':
        out->children.push_back(at_node(AtKind::Beginning));
        break;
      case U'$':
        out->children.push_back(at_node(AtKind::End));
        break;
      default:
        out->children.push_back(literal_node(tok.ch));
        break;
    }
  }
}

// \x \u \U \N and octal escapes shared by both escape contexts: sets *done
// when `c` introduced one of them (then *cp holds the character).
bool Parser::parse_numeric_escape(char32_t c, std::u32string* escape, uint32_t* cp, bool* done) {
  *done = true;
  auto fixed_hex = [&](size_t digits) {
    if (!src_.get_while(digits, is_hex, escape)) return false;
    if (escape->size() != digits + 2)
      return src_.error("incomplete escape " + text::encode_all(*escape), static_cast<int64_t>(escape->size()));
    *cp = parse_hex(escape->substr(2));
    return true;
  };
  if (c == U'x') return fixed_hex(2);
  if (c == U'u' && !is_bytes_) return fixed_hex(4);
  if (c == U'U' && !is_bytes_) {
    if (!fixed_hex(8)) return false;
    if (*cp > text::kMaxCodePoint)
      return src_.error("bad escape " + text::encode_all(*escape), static_cast<int64_t>(escape->size()));
    return true;
  }
  if (c == U'N' && !is_bytes_) {
    if (!src_.match(U'{')) {
      if (!src_.ok()) return false;
      return src_.error("missing {");
    }
    std::u32string name;
    if (!src_.get_until(U'}', "character name", &name)) return false;
    auto found = text::lookup_character(text::encode_all(name));
    if (!found)
      return src_.error("undefined character name " + repr_for_message(name, false),
                        static_cast<int64_t>(name.size() + 4));
    *cp = *found;
    return true;
  }
  *done = false;
  return true;
}

bool Parser::parse_class_escape(const Token& esc, ClassItem* out, bool* is_literal) {
  *is_literal = true;
  out->kind = ClassItem::Char;
  char32_t c = esc.ch;
  switch (c) {
    case U'a': out->lo = 7; return true;
    case U'b': out->lo = 8; return true;
    case U'f': out->lo = 12; return true;
    case U'n': out->lo = 10; return true;
    case U'r': out->lo = 13; return true;
    case U't': out->lo = 9; return true;
    case U'v': out->lo = 11; return true;
    case U'\\': out->lo = U'\\'; return true;
    case U'd': case U'D': case U's': case U'S': case U'w': case U'W':
      *is_literal = false;
      out->kind = ClassItem::Cat;
      out->category = c == U'd' ? Category::Digit : c == U'D' ? Category::NotDigit
                    : c == U's' ? Category::Space : c == U'S' ? Category::NotSpace
                    : c == U'w' ? Category::Word : Category::NotWord;
      return true;
    default: break;
  }
  std::u32string escape = U"\\";
  escape += c;
  uint32_t cp = 0;
  bool done;
  if (!parse_numeric_escape(c, &escape, &cp, &done)) return false;
  if (done) {
    out->lo = cp;
    return true;
  }
  if (is_octal(c)) {
    if (!src_.get_while(2, is_octal, &escape)) return false;
    uint32_t v = 0;
    for (size_t i = 1; i < escape.size(); ++i) v = v * 8 + (escape[i] - U'0');
    if (v > 0377)
      return src_.error("octal escape value " + text::encode_all(escape) + " outside of range 0-0o377",
                        static_cast<int64_t>(escape.size()));
    out->lo = v;
    return true;
  }
  if (!is_digit(c) && !is_ascii_letter(c)) {
    out->lo = c;
    return true;
  }
  return src_.error("bad escape " + text::encode_all(escape), static_cast<int64_t>(escape.size()));
}

bool Parser::group_reference(uint32_t gid, int64_t offset, Node* out) {
  if (!check_group(gid)) return src_.error("cannot refer to an open group", offset);
  if (!check_lookbehind_group(gid)) return false;
  *out = make_node(NodeKind::GroupRef);
  out->value = gid;
  return true;
}

bool Parser::parse_escape(const Token& esc, Node* out) {
  char32_t c = esc.ch;
  switch (c) {
    case U'A': *out = at_node(AtKind::BeginningString); return true;
    case U'Z': *out = at_node(AtKind::EndString); return true;
    case U'b': *out = at_node(AtKind::Boundary); return true;
    case U'B': *out = at_node(AtKind::NonBoundary); return true;
    case U'd': *out = class_node(Category::Digit); return true;
    case U'D': *out = class_node(Category::NotDigit); return true;
    case U's': *out = class_node(Category::Space); return true;
    case U'S': *out = class_node(Category::NotSpace); return true;
    case U'w': *out = class_node(Category::Word); return true;
    case U'W': *out = class_node(Category::NotWord); return true;
    case U'a': *out = literal_node(7); return true;
    case U'f': *out = literal_node(12); return true;
    case U'n': *out = literal_node(10); return true;
    case U'r': *out = literal_node(13); return true;
    case U't': *out = literal_node(9); return true;
    case U'v': *out = literal_node(11); return true;
    case U'\\': *out = literal_node(U'\\'); return true;
    default: break;
  }
  std::u32string escape = U"\\";
  escape += c;
  uint32_t cp = 0;
  bool done;
  if (!parse_numeric_escape(c, &escape, &cp, &done)) return false;
  if (done) {
    *out = literal_node(cp);
    return true;
  }
  if (c == U'0') {
    if (!src_.get_while(2, is_octal, &escape)) return false;
    uint32_t v = 0;
    for (size_t i = 1; i < escape.size(); ++i) v = v * 8 + (escape[i] - U'0');
    *out = literal_node(v);
    return true;
  }
  if (is_digit(c)) {
    // An octal escape of three digits, or a group reference (\1 .. \99).
    const Token& n1 = src_.next();
    if (n1.valid && !n1.escape && is_digit(n1.ch)) {
      Token t;
      if (!src_.get(&t)) return false;
      escape += t.ch;
      const Token& n2 = src_.next();
      if (is_octal(escape[1]) && is_octal(escape[2]) && n2.valid && !n2.escape && is_octal(n2.ch)) {
        if (!src_.get(&t)) return false;
        escape += t.ch;
        uint32_t v = (escape[1] - U'0') * 64 + (escape[2] - U'0') * 8 + (escape[3] - U'0');
        if (v > 0377)
          return src_.error("octal escape value " + text::encode_all(escape) + " outside of range 0-0o377",
                            static_cast<int64_t>(escape.size()));
        *out = literal_node(v);
        return true;
      }
    }
    uint32_t group = 0;
    for (size_t i = 1; i < escape.size(); ++i) group = group * 10 + (escape[i] - U'0');
    if (group < widths_.size()) return group_reference(group, static_cast<int64_t>(escape.size()), out);
    return src_.error("invalid group reference " + std::to_string(group), static_cast<int64_t>(escape.size()) - 1);
  }
  if (!is_ascii_letter(c)) {
    *out = literal_node(c);
    return true;
  }
  return src_.error("bad escape " + text::encode_all(escape), static_cast<int64_t>(escape.size()));
}

bool Parser::parse_set(size_t here, Node* seq) {
  Node set = make_node(NodeKind::Class);
  set.negate = src_.match(U'^');
  if (!src_.ok()) return false;
  auto unterminated = [&] {
    return src_.error("unterminated character set", static_cast<int64_t>(src_.tell() - here));
  };
  for (;;) {
    Token tok;
    if (!src_.get(&tok)) return false;
    if (!tok.valid) return unterminated();
    if (tok.is(U']') && !set.items.empty()) break;
    ClassItem first;
    bool first_literal = true;
    if (tok.escape) {
      if (!parse_class_escape(tok, &first, &first_literal)) return false;
    } else {
      first.kind = ClassItem::Char;
      first.lo = tok.ch;
    }
    if (src_.match(U'-')) {
      Token that;
      if (!src_.get(&that)) return false;
      if (!that.valid) return unterminated();
      if (that.is(U']')) {
        set.items.push_back(first);
        set.items.push_back(ClassItem{ClassItem::Char, U'-'});
        break;
      }
      ClassItem second;
      bool second_literal = true;
      if (that.escape) {
        if (!parse_class_escape(that, &second, &second_literal)) return false;
      } else {
        second.kind = ClassItem::Char;
        second.lo = that.ch;
      }
      if (!first_literal || !second_literal || second.lo < first.lo)
        return src_.error("bad character range " + tok.text() + "-" + that.text(),
                          static_cast<int64_t>(tok.size() + 1 + that.size()));
      ClassItem range{ClassItem::Range, first.lo, second.lo};
      set.items.push_back(range);
    } else {
      if (!src_.ok()) return false;
      set.items.push_back(first);
    }
  }
  // [x] is the literal x and [^x] a class of one negated character, as for CPython.
  if (!set.negate && set.items.size() == 1 && set.items[0].kind == ClassItem::Char) {
    seq->children.push_back(literal_node(set.items[0].lo));
    return true;
  }
  seq->children.push_back(std::move(set));
  return true;
}

bool Parser::parse_repeat(const Token& q, Node* seq) {
  size_t here = src_.tell();
  uint64_t min = 0, max = kMaxRepeat;
  if (q.ch == U'?') {
    max = 1;
  } else if (q.ch == U'+') {
    min = 1;
  } else if (q.ch == U'{') {
    if (src_.next().is(U'}')) {
      seq->children.push_back(literal_node(U'{'));
      return true;
    }
    std::u32string lo, hi;
    if (!src_.get_while(SIZE_MAX, is_digit, &lo)) return false;
    if (src_.match(U',')) {
      if (!src_.get_while(SIZE_MAX, is_digit, &hi)) return false;
    } else {
      if (!src_.ok()) return false;
      hi = lo;
    }
    if (!src_.match(U'}')) {
      if (!src_.ok()) return false;
      seq->children.push_back(literal_node(U'{'));
      src_.seek(here);
      return src_.ok();
    }
    auto number = [&](const std::u32string& digits, uint64_t* v) {
      *v = 0;
      for (char32_t c : digits) {
        *v = *v * 10 + (c - U'0');
        if (*v >= kMaxRepeat) return fail("the repetition number is too large", -1, PatternError::Overflow);
      }
      return true;
    };
    if (!lo.empty() && !number(lo, &min)) return false;
    if (!hi.empty()) {
      if (!number(hi, &max)) return false;
      if (max < min)
        return src_.error("min repeat greater than max repeat", static_cast<int64_t>(src_.tell() - here));
    }
  }
  int64_t offset = static_cast<int64_t>(src_.tell() - here + 1);
  if (seq->children.empty() || seq->children.back().kind == NodeKind::At)
    return src_.error("nothing to repeat", offset);
  if (seq->children.back().kind == NodeKind::Repeat) return src_.error("multiple repeat", offset);
  Node rep = make_node(NodeKind::Repeat);
  rep.min = min;
  rep.max = max;
  if (src_.match(U'?')) {
    rep.mode = RepeatMode::Lazy;
  } else if (src_.match(U'+')) {
    rep.mode = RepeatMode::Possessive;
  }
  if (!src_.ok()) return false;
  rep.children.push_back(std::move(seq->children.back()));
  seq->children.back() = std::move(rep);
  return true;
}

bool Parser::parse_flags(char32_t c, uint32_t* add, uint32_t* del, bool* global) {
  *add = *del = 0;
  *global = false;
  Token t;
  if (c != U'-') {
    for (;;) {
      uint32_t flag = flag_of(c);
      if (!is_bytes_ && c == U'L') return src_.error("bad inline flags: cannot use 'L' flag with a str pattern");
      if (is_bytes_ && c == U'u') return src_.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      *add |= flag;
      if ((flag & kTypeFlags) && (*add & kTypeFlags) != flag)
        return src_.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      if (!src_.get(&t)) return false;
      if (!t.valid) return src_.error("missing -, : or )");
      if (t.is(U')') || t.is(U'-') || t.is(U':')) break;
      if (t.escape || !flag_of(t.ch)) {
        bool alpha = !t.escape && is_alpha_char(t.ch);
        return src_.error(alpha ? "unknown flag" : "missing -, : or )", static_cast<int64_t>(t.size()));
      }
      c = t.ch;
    }
    if (t.is(U')')) {
      flags_ |= *add;
      *global = true;
      return true;
    }
    if (*add & kGlobalFlags) return src_.error("bad inline flags: cannot turn on global flag", 1);
  } else {
    t = Token{true, false, U'-'};
  }
  if (t.is(U'-')) {
    if (!src_.get(&t)) return false;
    if (!t.valid) return src_.error("missing flag");
    if (t.escape || !flag_of(t.ch)) {
      bool alpha = !t.escape && is_alpha_char(t.ch);
      return src_.error(alpha ? "unknown flag" : "missing flag", static_cast<int64_t>(t.size()));
    }
    for (;;) {
      uint32_t flag = flag_of(t.ch);
      if (flag & kTypeFlags) return src_.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      *del |= flag;
      if (!src_.get(&t)) return false;
      if (!t.valid) return src_.error("missing :");
      if (t.is(U':')) break;
      if (t.escape || !flag_of(t.ch)) {
        bool alpha = !t.escape && is_alpha_char(t.ch);
        return src_.error(alpha ? "unknown flag" : "missing :", static_cast<int64_t>(t.size()));
      }
    }
  }
  if (*del & kGlobalFlags) return src_.error("bad inline flags: cannot turn off global flag", 1);
  if (*add & *del) return src_.error("bad inline flags: flag turned on and off", 1);
  return true;
}

bool Parser::parse_lookaround(char32_t kind, bool verbose, int nested, size_t start, Node* seq) {
  bool behind = false;
  std::optional<uint32_t> saved = lookbehind_groups_;
  if (kind == U'<') {
    Token t;
    if (!src_.get(&t)) return false;
    if (!t.valid) return src_.error("unexpected end of pattern");
    if (!t.is(U'=') && !t.is(U'!'))
      return src_.error("unknown extension ?<" + t.text(), static_cast<int64_t>(t.size() + 2));
    kind = t.ch;
    behind = true;
    if (!lookbehind_groups_) lookbehind_groups_ = static_cast<uint32_t>(widths_.size());
  }
  Node body;
  if (!parse_sub(verbose, nested + 1, &body)) return false;
  if (behind) lookbehind_groups_ = saved;
  if (!src_.match(U')')) {
    if (!src_.ok()) return false;
    return src_.error("missing ), unterminated subpattern", static_cast<int64_t>(src_.tell() - start));
  }
  if (behind) {
    Width w = width(body);
    if (w.lo != w.hi) bad_lookbehind_ = true;
  }
  Node a = make_node(NodeKind::Assert);
  a.negate = kind == U'!';
  a.behind = behind;
  a.children.push_back(std::move(body));
  seq->children.push_back(std::move(a));
  return true;
}

bool Parser::parse_conditional(bool verbose, int nested, size_t start, Node* seq) {
  std::u32string name;
  if (!src_.get_until(U')', "group name", &name)) return false;
  int64_t offset = static_cast<int64_t>(name.size()) + 1;
  uint32_t gid = 0;
  if (is_identifier(name)) {
    if (!src_.check_group_name(name, 1)) return false;
    bool found = false;
    for (const auto& [n, g] : names_)
      if (n == name) {
        gid = g;
        found = true;
      }
    if (!found) return src_.error("unknown group name " + repr_for_message(name, is_bytes_), offset);
  } else {
    int64_t v = 0;
    if (!parse_group_number(name, &v) || v < 0)
      return src_.error("bad character in group name " + repr_for_message(name, is_bytes_), offset);
    if (v == 0) return src_.error("bad group number", offset);
    if (v >= int64_t(kMaxGroups)) return src_.error("invalid group reference " + std::to_string(v), offset);
    gid = static_cast<uint32_t>(v);
    bool seen = false;
    for (const auto& ref : group_ref_pos_) seen = seen || ref.first == gid;
    if (!seen) group_ref_pos_.emplace_back(gid, static_cast<int64_t>(src_.tell()) - offset);
  }
  if (!check_lookbehind_group(gid)) return false;
  Node cond = make_node(NodeKind::GroupRefExists);
  cond.value = gid;
  Node yes;
  if (!parse_seq(verbose, nested + 1, false, &yes)) return false;
  cond.children.push_back(std::move(yes));
  if (src_.match(U'|')) {
    Node no;
    if (!parse_seq(verbose, nested + 1, false, &no)) return false;
    cond.children.push_back(std::move(no));
    if (src_.next().is(U'|')) return src_.error("conditional backref with more than two branches");
  } else if (!src_.ok()) {
    return false;
  }
  if (!src_.match(U')')) {
    if (!src_.ok()) return false;
    return src_.error("missing ), unterminated subpattern", static_cast<int64_t>(src_.tell() - start));
  }
  seq->children.push_back(std::move(cond));
  return true;
}

bool Parser::parse_paren(bool* verbose, int nested, bool first, Node* seq) {
  size_t start = src_.tell() - 1;
  bool capture = true, atomic = false;
  std::u32string name;
  bool named = false;
  uint32_t add = 0, del = 0;
  if (src_.match(U'?')) {
    Token t;
    if (!src_.get(&t)) return false;
    if (!t.valid) return src_.error("unexpected end of pattern");
    char32_t c = t.escape ? 0 : t.ch;
    if (t.escape) return src_.error("unknown extension ?" + t.text(), static_cast<int64_t>(t.size() + 1));
    if (c == U'P') {
      if (src_.match(U'<')) {
        if (!src_.get_until(U'>', "group name", &name)) return false;
        if (!src_.check_group_name(name, 1)) return false;
        named = true;
      } else if (src_.match(U'=')) {
        if (!src_.get_until(U')', "group name", &name)) return false;
        if (!src_.check_group_name(name, 1)) return false;
        int64_t offset = static_cast<int64_t>(name.size()) + 1;
        for (const auto& [n, g] : names_)
          if (n == name) {
            Node ref;
            if (!group_reference(g, offset, &ref)) return false;
            seq->children.push_back(std::move(ref));
            return true;
          }
        return src_.error("unknown group name " + repr_for_message(name, is_bytes_), offset);
      } else {
        if (!src_.ok()) return false;
        Token u;
        if (!src_.get(&u)) return false;
        if (!u.valid) return src_.error("unexpected end of pattern");
        return src_.error("unknown extension ?P" + u.text(), static_cast<int64_t>(u.size() + 2));
      }
    } else if (c == U':') {
      capture = false;
    } else if (c == U'#') {
      for (;;) {
        if (src_.at_end())
          return src_.error("missing ), unterminated comment", static_cast<int64_t>(src_.tell() - start));
        Token x;
        if (!src_.get(&x)) return false;
        if (x.is(U')')) return true;
      }
    } else if (c == U'=' || c == U'!' || c == U'<') {
      return parse_lookaround(c, *verbose, nested, start, seq);
    } else if (c == U'(') {
      return parse_conditional(*verbose, nested, start, seq);
    } else if (c == U'>') {
      capture = false;
      atomic = true;
    } else if (flag_of(c) || c == U'-') {
      bool global;
      if (!parse_flags(c, &add, &del, &global)) return false;
      if (global) {
        if (!first || !seq->children.empty())
          return src_.error("global flags not at the start of the expression",
                            static_cast<int64_t>(src_.tell() - start));
        *verbose = flags_ & kVerbose;
        return true;
      }
      capture = false;
    } else {
      return src_.error("unknown extension ?" + t.text(), static_cast<int64_t>(t.size() + 1));
    }
  }
  if (!src_.ok()) return false;
  uint32_t gid = 0;
  if (capture) {
    int g = open_group(named ? &name : nullptr, static_cast<int64_t>(name.size()) + 1);
    if (g < 0) return false;
    gid = static_cast<uint32_t>(g);
    open_groups_.push_back(gid);
  }
  bool sub_verbose = (*verbose || (add & kVerbose)) && !(del & kVerbose);
  Node body;
  if (!parse_sub(sub_verbose, nested + 1, &body)) return false;
  if (!src_.match(U')')) {
    if (!src_.ok()) return false;
    return src_.error("missing ), unterminated subpattern", static_cast<int64_t>(src_.tell() - start));
  }
  if (capture) {
    open_groups_.pop_back();
    widths_[gid] = width(body);
  }
  Node g = make_node(atomic ? NodeKind::Atomic : NodeKind::Group);
  g.value = gid;
  g.add_flags = add;
  g.del_flags = del;
  g.children.push_back(std::move(body));
  seq->children.push_back(std::move(g));
  return true;
}

}  // namespace

bool parse_pattern(std::u32string_view pattern, bool is_bytes, uint32_t flags, ParsedPattern* out,
                   PatternError* err) {
  Parser p(pattern, is_bytes, flags, err);
  return p.run(out);
}

}  // namespace klass::re
