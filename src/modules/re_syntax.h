// Python's regular-expression syntax, parsed the way CPython 3.11's re module
// parses it: the same accepted language, the same errors at the same positions.
//
// The `re` module runs on PCRE2, whose syntax differs from Python's in many
// small ways (\Z, octal escapes, what { means when it is no quantifier, named
// groups, inline flags, what \w and \s cover). Rather than patch the pattern
// text, klass parses it into a tree here and writes an equivalent PCRE2
// pattern from the tree (re_pcre.h). This layer knows nothing of the VM: a
// pattern is a sequence of code points (a bytes pattern is its bytes).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace klass::re {

// The flag bits of the re module (re.IGNORECASE ...), as CPython numbers them.
enum ReFlag : uint32_t {
  kTemplate = 1,
  kIgnoreCase = 2,
  kLocale = 4,
  kMultiline = 8,
  kDotAll = 16,
  kUnicode = 32,
  kVerbose = 64,
  kDebug = 128,
  kAscii = 256,
};

// The largest repeat count + 1 and the most groups CPython accepts.
constexpr uint64_t kMaxRepeat = 4294967295u;
constexpr uint32_t kMaxGroups = 1073741823u;

enum class NodeKind : uint8_t {
  Literal,         // value: the code point (or byte)
  Any,             // .
  Class,           // [...], \d, \w ...: items, negate
  At,              // ^ $ \A \Z \b \B: at
  Group,           // (...), (?P<n>...), (?i:...): value = group number (0: not capturing), flags
  Atomic,          // (?>...)
  Assert,          // (?=...) (?!...) (?<=...) (?<!...): negate, behind
  Repeat,          // x* x+ x? x{m,n}: min, max (kMaxRepeat = unbounded), mode; one child
  GroupRef,        // \1, (?P=name): value = group number
  GroupRefExists,  // (?(1)yes|no): value = group number; children yes [, no]
  Branch,          // a|b|c: one Sequence child per alternative
  Sequence,        // children in order
};

enum class AtKind : uint8_t { Beginning, BeginningString, End, EndString, Boundary, NonBoundary };
enum class Category : uint8_t { Digit, NotDigit, Space, NotSpace, Word, NotWord };
enum class RepeatMode : uint8_t { Greedy, Lazy, Possessive };

struct ClassItem {
  enum Kind : uint8_t { Char, Range, Cat } kind;
  uint32_t lo = 0, hi = 0;            // Char: lo; Range: lo..hi
  Category category = Category::Digit;
};

struct Node {
  NodeKind kind = NodeKind::Sequence;
  uint32_t value = 0;
  uint32_t add_flags = 0, del_flags = 0;  // Group: scoped inline flags
  AtKind at = AtKind::Beginning;
  bool negate = false;
  bool behind = false;
  RepeatMode mode = RepeatMode::Greedy;
  uint64_t min = 0, max = 0;
  std::vector<ClassItem> items;
  std::vector<Node> children;
};

struct ParsedPattern {
  Node root;                    // a Sequence
  uint32_t flags = 0;           // the given flags, inline global flags and UNICODE/ASCII resolved
  uint32_t groups = 0;          // capturing groups, not counting group 0
  // Named groups in the order they are defined.
  std::vector<std::pair<std::u32string, uint32_t>> names;
  // For each group (index 0 unused), the capturing group that encloses it (0: none).
  std::vector<uint32_t> parent;
};

// What went wrong, in the terms of the exception CPython raises.
struct PatternError {
  enum Kind : uint8_t { ReError, Overflow, Value, Index, Recursion } kind = ReError;
  std::string message;
  int64_t pos = -1;  // -1: no position (re.error.pos is None)
};

// Parses `pattern` (code points; bytes for a bytes pattern) with the given
// flags. False with `err` filled when CPython would raise.
bool parse_pattern(std::u32string_view pattern, bool is_bytes, uint32_t flags, ParsedPattern* out,
                   PatternError* err);

// Python's repr() of a group name or character name, for messages (a bytes
// pattern's message keeps only ASCII, escaping the rest).
std::string repr_for_message(std::u32string_view s, bool is_bytes);

}  // namespace klass::re
