// Writes a parsed Python pattern (re_syntax.h) as PCRE2 syntax.
//
// The output spells every construct out so that its meaning does not depend
// on PCRE2 defaults that differ from Python's:
//   * characters other than ASCII letters and digits are written \x{...};
//   * \s for str patterns is Python's str.isspace() set (PCRE2's lacks
//     \x1c-\x1f and \x85); \w is \p{Xwd} = [\p{L}\p{N}_], which equals
//     Python's str.isalnum() or '_'; \d is \p{Nd} = str.isdecimal();
//   * capturing groups are plain numbered groups (names stay on the klass
//     side), backreferences are \g{N};
//   * scoped flags become the PCRE2 constructs that have the same meaning:
//     (?i:...) for case, and per-item forms for . ^ $ (\N, (?s:.), (?m:^) ...);
//   * re.ASCII with IGNORECASE on a str pattern folds only ASCII letters,
//     which PCRE2 cannot be told in UTF mode, so such parts are matched case
//     sensitively with the ASCII case variants written out.
#include <algorithm>
#include <cstdio>

#include "modules/re_regex.h"

namespace klass::re {

namespace {

constexpr uint64_t kPcreMaxRepeat = 65535;

// Python's whitespace (str.isspace()) as code-point ranges, and its complement.
constexpr uint32_t kUnicodeSpace[][2] = {{0x09, 0x0d}, {0x1c, 0x20}, {0x85, 0x85}, {0xa0, 0xa0},
                                         {0x1680, 0x1680}, {0x2000, 0x200a}, {0x2028, 0x2029},
                                         {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000}};

// ASCII classes for an ASCII-only part of a pattern compiled for Unicode.
constexpr uint32_t kAsciiDigit[][2] = {{'0', '9'}};
constexpr uint32_t kAsciiWord[][2] = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
constexpr uint32_t kAsciiSpace[][2] = {{0x09, 0x0d}, {0x20, 0x20}};

// Characters Python's IGNORECASE treats as one letter but PCRE2's Unicode
// case folding does not (Turkish i, two Greek letters with dialytika and
// tonos, the st ligatures); 0 pads a set.
constexpr uint32_t kExtraCaseSets[][4] = {
    {0x49, 0x69, 0x130, 0x131}, {0x390, 0x1fd3, 0, 0}, {0x3b0, 0x1fe3, 0, 0}, {0xfb05, 0xfb06, 0, 0}};

bool is_ascii_alnum(uint32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

class Emitter {
 public:
  Emitter(const ParsedPattern& p, bool is_bytes, PatternError* err)
      : is_bytes_(is_bytes), global_(p.flags), err_(err) {
    ucp_ = unicode(global_);
    options_ = PCRE2_ALT_CIRCUMFLEX;
    if (!is_bytes_) options_ |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | (ucp_ ? PCRE2_UCP : 0);
    if (global_ & kDotAll) options_ |= PCRE2_DOTALL;
    if (global_ & kMultiline) options_ |= PCRE2_MULTILINE;
    if (pcre_caseless(global_)) options_ |= PCRE2_CASELESS;
  }

  bool run(const Node& root, std::string* out, uint32_t* options) {
    if (!node(root, global_, pcre_caseless(global_))) return false;
    *out = std::move(out_);
    *options = options_;
    return true;
  }

 private:
  // Python's flags inside a group with scoped flags (type flags replace).
  static uint32_t combine(uint32_t flags, uint32_t add, uint32_t del) {
    if (add & (kAscii | kLocale | kUnicode)) flags &= ~(kAscii | kLocale | kUnicode);
    return (flags | add) & ~del;
  }
  bool unicode(uint32_t flags) const { return !is_bytes_ && !(flags & kAscii); }
  // Case-insensitive in Python but restricted to ASCII letters: done by hand.
  bool ascii_fold(uint32_t flags) const { return (flags & kIgnoreCase) && !is_bytes_ && !unicode(flags); }
  bool pcre_caseless(uint32_t flags) const { return (flags & kIgnoreCase) && !ascii_fold(flags); }

  void hex(uint32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x{%x}", c);
    out_ += buf;
  }
  void character(uint32_t c) {
    if (is_ascii_alnum(c))
      out_ += static_cast<char>(c);
    else
      hex(c);
  }
  uint32_t max_char() const { return is_bytes_ ? 0xff : 0x10ffff; }

  template <size_t N>
  void ranges(const uint32_t (&r)[N][2], bool complement) {
    if (!complement) {
      for (const auto& [lo, hi] : r) range(lo, hi);
      return;
    }
    uint32_t next = 0;
    for (const auto& [lo, hi] : r) {
      if (lo > next) range(next, lo - 1);
      next = hi + 1;
    }
    if (next <= max_char()) range(next, max_char());
  }
  void range(uint32_t lo, uint32_t hi) {
    character(lo);
    if (hi != lo) {
      out_ += '-';
      character(hi);
    }
  }

  // One class member for a category (\d \w \s and their negations), inside [...].
  void category(Category c, uint32_t flags) {
    bool negated = c == Category::NotDigit || c == Category::NotSpace || c == Category::NotWord;
    if (unicode(flags)) {
      switch (c) {
        case Category::Digit: out_ += ucp_ ? "\\d" : "\\p{Nd}"; return;
        case Category::NotDigit: out_ += ucp_ ? "\\D" : "\\P{Nd}"; return;
        case Category::Word: out_ += ucp_ ? "\\w" : "\\p{Xwd}"; return;
        case Category::NotWord: out_ += ucp_ ? "\\W" : "\\P{Xwd}"; return;
        default: ranges(kUnicodeSpace, negated); return;
      }
    }
    if (!ucp_) {  // PCRE2's own classes are ASCII here, like Python's
      static const char* const kNative[] = {"\\d", "\\D", "\\s", "\\S", "\\w", "\\W"};
      out_ += kNative[static_cast<int>(c)];
      return;
    }
    switch (c) {
      case Category::Digit: case Category::NotDigit: ranges(kAsciiDigit, negated); return;
      case Category::Space: case Category::NotSpace: ranges(kAsciiSpace, negated); return;
      default: ranges(kAsciiWord, negated); return;
    }
  }

  // The other-case ASCII letters of [lo, hi], for hand-made case folding.
  void ascii_case_variants(uint32_t lo, uint32_t hi) {
    auto part = [&](uint32_t from, uint32_t to, int shift) {
      uint32_t a = std::max(lo, from), b = std::min(hi, to);
      if (a <= b) range(a + shift, b + shift);
    };
    part('a', 'z', -32);
    part('A', 'Z', 32);
  }

  // Adds the members of Python's extra case sets that meet [lo, hi].
  void extra_case_variants(uint32_t lo, uint32_t hi) {
    for (const auto& set : kExtraCaseSets) {
      bool meets = false;
      for (uint32_t c : set) meets = meets || (c && c >= lo && c <= hi);
      if (meets)
        for (uint32_t c : set)
          if (c) character(c);
    }
  }
  bool unicode_caseless(uint32_t flags) const { return pcre_caseless(flags) && !is_bytes_; }

  void char_class(const Node& n, uint32_t flags) {
    if (!n.negate && n.items.size() == 1 && n.items[0].kind == ClassItem::Cat) {
      size_t mark = out_.size();
      category(n.items[0].category, flags);
      // A single escape (\d, \p{Nd}) stands alone; ranges need brackets.
      if (out_[mark] == '\\' && out_.find('\\', mark + 1) == std::string::npos) return;
      out_.insert(mark, "[");
      out_ += ']';
      return;
    }
    out_ += n.negate ? "[^" : "[";
    bool fold = ascii_fold(flags), extra = unicode_caseless(flags);
    for (const ClassItem& item : n.items) {
      switch (item.kind) {
        case ClassItem::Char:
        case ClassItem::Range: {
          uint32_t hi = item.kind == ClassItem::Char ? item.lo : item.hi;
          range(item.lo, hi);
          if (fold) ascii_case_variants(item.lo, hi);
          if (extra) extra_case_variants(item.lo, hi);
          break;
        }
        case ClassItem::Cat:
          category(item.category, flags);
          break;
      }
    }
    out_ += ']';
  }

  void literal(uint32_t c, uint32_t flags) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (ascii_fold(flags) && letter) {
      out_ += '[';
      character(c);
      character(c ^ 0x20);
      out_ += ']';
      return;
    }
    if (unicode_caseless(flags)) {
      size_t mark = out_.size();
      extra_case_variants(c, c);
      if (out_.size() != mark) {
        out_.insert(mark, "[");
        out_ += ']';
        return;
      }
    }
    character(c);
  }

  // \b and \B between two scopes: Python's word definition written as lookarounds.
  void boundary(bool negate, uint32_t flags) {
    bool native = unicode(flags) == ucp_;
    // CPython's \b and \B never match in an empty string.
    if (negate) out_ += "(?!\\A\\z)";
    if (native) {
      out_ += negate ? "\\B" : "\\b";
      return;
    }
    std::string w = unicode(flags) ? "\\p{Xwd}" : "[0-9A-Z_a-z]";
    if (negate)
      out_ += "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + "))";
    else
      out_ += "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))";
  }

  void at(AtKind a, uint32_t flags) {
    bool ml = flags & kMultiline, global_ml = global_ & kMultiline;
    switch (a) {
      case AtKind::Beginning:
        out_ += ml ? (global_ml ? "^" : "(?m:^)") : "\\A";
        break;
      case AtKind::End:
        out_ += ml == global_ml ? "$" : (ml ? "(?m:$)" : "(?-m:$)");
        break;
      case AtKind::BeginningString: out_ += "\\A"; break;
      case AtKind::EndString: out_ += "\\z"; break;
      case AtKind::Boundary: boundary(false, flags); break;
      case AtKind::NonBoundary: boundary(true, flags); break;
    }
  }

  bool quantifier(const Node& n) {
    uint64_t min = n.min, max = n.max;
    bool unbounded = max == kMaxRepeat;
    if (min > kPcreMaxRepeat || (!unbounded && max > kPcreMaxRepeat)) {
      err_->kind = PatternError::ReError;
      err_->message = "repetition counts above 65535 are not supported";
      err_->pos = -1;
      return false;
    }
    char buf[48];
    if (min == 0 && unbounded)
      out_ += '*';
    else if (min == 1 && unbounded)
      out_ += '+';
    else if (min == 0 && max == 1)
      out_ += '?';
    else if (unbounded)
      out_ += (std::snprintf(buf, sizeof buf, "{%llu,}", (unsigned long long)min), buf);
    else if (min == max)
      out_ += (std::snprintf(buf, sizeof buf, "{%llu}", (unsigned long long)min), buf);
    else
      out_ += (std::snprintf(buf, sizeof buf, "{%llu,%llu}", (unsigned long long)min, (unsigned long long)max), buf);
    if (n.mode == RepeatMode::Lazy) out_ += '?';
    if (n.mode == RepeatMode::Possessive) out_ += '+';
    return true;
  }

  bool children(const Node& n, uint32_t flags, bool caseless) {
    for (const Node& c : n.children)
      if (!node(c, flags, caseless)) return false;
    return true;
  }

  // `caseless` is what PCRE2 currently applies at this point of the output.
  bool node(const Node& n, uint32_t flags, bool caseless) {
    switch (n.kind) {
      case NodeKind::Literal: literal(n.value, flags); return true;
      case NodeKind::Any: {
        bool dotall = flags & kDotAll;
        out_ += dotall == bool(global_ & kDotAll) ? "." : (dotall ? "(?s:.)" : "\\N");
        return true;
      }
      case NodeKind::Class: char_class(n, flags); return true;
      case NodeKind::At: at(n.at, flags); return true;
      case NodeKind::GroupRef: {
        bool wrap = ascii_fold(flags);  // letters compare regardless of case
        out_ += wrap ? "(?i:\\g{" : "\\g{";
        out_ += std::to_string(n.value);
        out_ += wrap ? "})" : "}";
        return true;
      }
      case NodeKind::Sequence: {
        // A sequence that is repeated must be one PCRE2 item.
        return children(n, flags, caseless);
      }
      case NodeKind::Branch: {
        out_ += "(?:";
        for (size_t i = 0; i < n.children.size(); ++i) {
          if (i) out_ += '|';
          if (!node(n.children[i], flags, caseless)) return false;
        }
        out_ += ')';
        return true;
      }
      case NodeKind::Group: {
        uint32_t inner = combine(flags, n.add_flags, n.del_flags);
        bool inner_caseless = pcre_caseless(inner);
        const char* change = inner_caseless == caseless ? "" : (inner_caseless ? "(?i)" : "(?-i)");
        out_ += n.value ? "(" : "(?:";
        out_ += change;
        if (!node(n.children[0], inner, inner_caseless)) return false;
        out_ += ')';
        return true;
      }
      case NodeKind::Atomic:
        out_ += "(?>";
        if (!node(n.children[0], flags, caseless)) return false;
        out_ += ')';
        return true;
      case NodeKind::Assert:
        out_ += n.behind ? (n.negate ? "(?<!" : "(?<=") : (n.negate ? "(?!" : "(?=");
        if (!node(n.children[0], flags, caseless)) return false;
        out_ += ')';
        return true;
      case NodeKind::GroupRefExists:
        out_ += "(?(" + std::to_string(n.value) + ")";
        if (!node(n.children[0], flags, caseless)) return false;
        if (n.children.size() > 1) {
          out_ += '|';
          if (!node(n.children[1], flags, caseless)) return false;
        }
        out_ += ')';
        return true;
      case NodeKind::Repeat: {
        const Node& body = n.children[0];
        bool wrap = body.kind == NodeKind::Sequence && body.children.size() != 1;
        const Node& item = body.kind == NodeKind::Sequence && body.children.size() == 1 ? body.children[0] : body;
        bool wrap_item = wrap || item.kind == NodeKind::Sequence || item.kind == NodeKind::At;
        if (wrap_item) out_ += "(?:";
        if (!node(wrap ? body : item, flags, caseless)) return false;
        if (wrap_item) out_ += ')';
        return quantifier(n);
      }
    }
    return true;
  }

  bool is_bytes_;
  uint32_t global_;
  PatternError* err_;
  bool ucp_ = false;
  uint32_t options_ = 0;
  std::string out_;
};

}  // namespace

bool to_pcre2(const ParsedPattern& parsed, bool is_bytes, std::string* out, uint32_t* options,
              PatternError* err) {
  Emitter e(parsed, is_bytes, err);
  return e.run(parsed.root, out, options);
}

}  // namespace klass::re
