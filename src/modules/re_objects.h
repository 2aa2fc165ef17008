// The objects of the native `_re` module (re.Pattern, re.Match, the scanner
// behind finditer) and what its files share. The pattern language itself is
// VM-free (re_syntax.h, re_regex.h); this layer adds Python objects,
// subjects and code-point positions.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "modules/re_regex.h"
#include "modules/re_template.h"
#include "object/object.h"

namespace klass {

class VM;
struct Type;
struct Tuple;
struct Str;

// re.Pattern
struct PatternObj : Obj {
  re::Regex* regex;   // owned; freed by the layout's finalize
  Value pattern;      // the str or bytes the pattern was compiled from
  Value groupindex;   // dict name -> group number
  Type* match_type;   // re.Match of this VM
};

// re.Match. Group spans follow the object: 2*(groups+1) code-point offsets,
// then as many byte offsets into the subject (-1 for a group that did not
// take part).
struct MatchObj : Obj {
  Value pattern;      // the PatternObj
  Value string;       // the subject as given
  int64_t pos, endpos;
  uint32_t ngroups;   // groups + 1
  uint32_t lastindex; // 0: None
  int64_t* spans() { return reinterpret_cast<int64_t*>(this + 1); }
  const int64_t* spans() const { return reinterpret_cast<const int64_t*>(this + 1); }
  int64_t* byte_spans() { return spans() + 2 * ngroups; }
  const int64_t* byte_spans() const { return spans() + 2 * ngroups; }
};

// The iterator of finditer() and Pattern.scanner(): successive matches with
// the empty-match rule (an empty match may not follow at the same place).
struct ScannerObj : Obj {
  Value pattern;
  Value string;
  int64_t pos, endpos;    // code points, clamped
  int64_t byte_pos;       // where the next search starts
  int64_t cp_pos;         // byte_pos as a code point index
  bool must_advance;
  bool done;
};

// A subject string's text for matching, and code point <-> byte conversion.
class Subject {
 public:
  Subject() = default;
  Subject(const Subject&) = delete;
  Subject& operator=(const Subject&) = delete;
  // Checks that `v` suits the pattern (str for str patterns, a bytes-like
  // object for bytes patterns) with CPython's TypeErrors; false on error.
  bool init(VM& vm, Value v, bool pattern_is_bytes);
  std::string_view data() const { return data_; }
  bool is_str() const { return str_ != nullptr; }
  Value object() const { return object_; }
  int64_t length() const { return length_; }     // in code points (bytes for bytes)
  // Byte offset of code point `cp` (0 <= cp <= length).
  size_t byte_at(VM& vm, int64_t cp);
  // Code point index of byte offset `b` (on a character boundary). Counts
  // from the last position converted, so convert in order where possible.
  int64_t cp_at(int64_t b);
  // Tells cp_at that byte `b` is code point `cp`.
  void set_hint(int64_t b, int64_t cp) { hint_byte_ = b; hint_cp_ = cp; }
  // str or bytes for the bytes [b, e).
  Value slice(VM& vm, int64_t b, int64_t e) const;

 private:
  Value object_;
  Str* str_ = nullptr;
  std::string_view data_;
  std::string owned_;  // a copy of a mutable buffer's bytes
  int64_t length_ = 0;
  bool ascii_ = true;
  // Last conversion, so sequences of nearby positions cost little.
  int64_t hint_byte_ = 0, hint_cp_ = 0;
};

// Resolves (pos, endpos) arguments as CPython does: clamped to [0, length].
bool re_positions(VM& vm, Value pos_arg, Value endpos_arg, int64_t length, int64_t* pos, int64_t* endpos);

// Runs one match of the pattern on the subject cut at `endpos`, starting at
// code point `start` (byte offset `start_byte`); pos/endpos are what the
// Match object reports. Returns a MatchObj, None for no match, or error().
Value re_exec(VM& vm, PatternObj* p, Subject& s, int64_t pos, int64_t endpos, int64_t start, int64_t start_byte,
              re::Anchor anchor, bool must_advance);
// Runs the regex on s.data()[0, byte_end) from `start_byte`: 1 with byte
// spans filled, 0 for no match, -1 with RuntimeError raised.
int re_search_bytes(VM& vm, PatternObj* p, Subject& s, int64_t byte_end, int64_t start_byte, re::Anchor anchor,
                    bool must_advance, int64_t* spans);
// A Match object for byte spans found in s (converted to code points).
Value make_match(VM& vm, PatternObj* p, Subject& s, int64_t pos, int64_t endpos, const int64_t* byte_spans);

// Raises re.error(msg, pattern, pos) (or the error kind CPython raises for
// this problem). Always returns error().
Value raise_pattern_error(VM& vm, const re::PatternError& err, Value pattern);
// The code points of a str, or the bytes of a bytes-like value.
std::u32string code_points_of(VM& vm, Value v, bool is_bytes);

// The re types of this VM (made by the _re module).
Type* re_pattern_type(VM& vm);
Type* re_match_type(VM& vm);
Type* re_scanner_type(VM& vm);
Type* re_error_type(VM& vm);

// A replacement template ready to expand: literal text (UTF-8, or bytes) and
// group numbers (-1 for literal parts).
struct ReTemplate {
  std::vector<std::pair<std::string, int64_t>> parts;
  bool is_bytes = false;        // the template's own type
  bool literal_only = false;    // one literal part, no group
};
// Parses `tmpl` (str or bytes-like) for pattern p; false with the error raised.
bool compile_template(VM& vm, PatternObj* p, Value tmpl, ReTemplate* out);
// Appends the expansion for a match given by byte spans into `subject`.
// False with TypeError raised when a literal part's type differs from the
// subject's (CPython's join error).
bool expand_template(VM& vm, const ReTemplate& t, std::string_view subject, bool subject_is_bytes,
                     const int64_t* byte_spans, std::string* out);
// The join error CPython gives when a replacement piece has the wrong type.
Value raise_join_error(VM& vm, bool subject_is_bytes, size_t index, Value item);

// Type set-up, called by init__re_module.
bool init_re_pattern_type(VM& vm, Type* t);
bool init_re_match_type(VM& vm, Type* t);
bool init_re_scanner_type(VM& vm, Type* t);
bool init_re_error_type(VM& vm, Type* t);
extern const Layout kPatternLayout;
extern const Layout kMatchLayout;
extern const Layout kScannerLayout;

}  // namespace klass
