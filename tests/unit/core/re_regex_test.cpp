// The VM-free part of the re module: Python pattern syntax, its errors, the
// PCRE2 translation, templates and matching on byte offsets.
#include <gtest/gtest.h>

#include <string>

#include "modules/re_regex.h"
#include "modules/re_template.h"
#include "text/unicode_utf8.h"

namespace klass::re {
namespace {

std::unique_ptr<Regex> compile_ok(const std::string& pattern, uint32_t flags = 0) {
  PatternError err;
  auto r = Regex::compile(text::decode_all(pattern), false, flags, &err);
  EXPECT_TRUE(r) << pattern << ": " << err.message;
  return r;
}

PatternError compile_error(const std::string& pattern, uint32_t flags = 0, bool is_bytes = false) {
  PatternError err;
  auto r = Regex::compile(text::decode_all(pattern), is_bytes, flags, &err);
  EXPECT_FALSE(r) << pattern;
  return err;
}

// The byte span of group g of the first match of pattern in subject, "" if none.
std::string first_match(const std::string& pattern, const std::string& subject, uint32_t flags = 0, uint32_t g = 0) {
  auto r = compile_ok(pattern, flags);
  if (!r) return "!";
  std::vector<int64_t> spans(2 * (r->groups() + 1));
  std::string error;
  int rc = r->exec(subject, 0, Anchor::Search, false, spans.data(), &error);
  if (rc <= 0 || spans[2 * g] < 0) return rc < 0 ? "error: " + error : "<none>";
  return subject.substr(spans[2 * g], spans[2 * g + 1] - spans[2 * g]);
}

TEST(ReSyntax, ErrorsCarryCPythonMessagesAndPositions) {
  struct Case {
    const char* pattern;
    const char* message;
    int64_t pos;
  } cases[] = {
      {"(", "missing ), unterminated subpattern", 0},
      {"a{2,1}", "min repeat greater than max repeat", 2},
      {"*", "nothing to repeat", 0},
      {"a**", "multiple repeat", 2},
      {"\\q", "bad escape \\q", 0},
      {"[z-a]", "bad character range z-a", 1},
      {"(?P<a>x)(?P<a>y)", "redefinition of group name 'a' as group 2; was group 1", 12},
      {"\\1(a)", "invalid group reference 1", 1},
      {"(a\\1)", "cannot refer to an open group", 2},
      {"a(?i)b", "global flags not at the start of the expression", 1},
      {"(?<=a+)b", "look-behind requires fixed-width pattern", -1},
      {"a\\", "bad escape (end of pattern)", 1},
      {"(?(2)a|b)(a)", "invalid group reference 2", 3},
      {")", "unbalanced parenthesis", 0},
  };
  for (const Case& c : cases) {
    PatternError err = compile_error(c.pattern);
    EXPECT_EQ(err.kind, PatternError::ReError) << c.pattern;
    EXPECT_EQ(err.message, c.message) << c.pattern;
    EXPECT_EQ(err.pos, c.pos) << c.pattern;
  }
  EXPECT_EQ(compile_error("a{4294967295}").kind, PatternError::Overflow);
  EXPECT_EQ(compile_error("a", kLocale).kind, PatternError::Value);
  EXPECT_EQ(compile_error("(?u)", 0, true).message, "bad inline flags: cannot use 'u' flag with a bytes pattern");
}

TEST(ReSyntax, FlagsAndGroups) {
  auto r = compile_ok("(?x) (?P<year>\\d{4}) - (?P<month>\\d\\d) (x)?");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->groups(), 3u);
  EXPECT_EQ(r->flags(), uint32_t(kVerbose | kUnicode));
  ASSERT_EQ(r->names().size(), 2u);
  EXPECT_EQ(text::encode_all(r->names()[1].first), "month");
  EXPECT_EQ(r->names()[1].second, 2u);
  EXPECT_EQ(compile_ok("a", kAscii)->flags(), uint32_t(kAscii));
}

TEST(ReTranslate, PythonMeaningsSurviveTheTranslation) {
  EXPECT_EQ(first_match("\\s+", "a\x1c\xc2\x85 b"), "\x1c\xc2\x85 ");       // \x1c and NEL are Python spaces
  EXPECT_EQ(first_match("\\w+", "h\xc3\xa9llo"), "h\xc3\xa9llo");
  EXPECT_EQ(first_match("\\w+", "h\xc3\xa9llo", kAscii), "h");
  EXPECT_EQ(first_match("(?i)\xc3\xa9", "\xc3\x89", kAscii), "<none>");  // ASCII-only case folding
  EXPECT_EQ(first_match("(?i)[a-c]+", "ABCd", kAscii), "ABC");
  EXPECT_EQ(first_match("(?i)i", "\xc4\xb1"), "\xc4\xb1");              // dotless i, as Python folds it
  EXPECT_EQ(first_match("a\\Z", "a\n"), "<none>");                       // \Z is the very end
  EXPECT_EQ(first_match("a$", "a\n"), "a");
  EXPECT_EQ(first_match("\\B", ""), "<none>");                           // \B never matches an empty string
  EXPECT_EQ(first_match("a{,2}", "aaa"), "aa");
  EXPECT_EQ(first_match("a{", "a{"), "a{");
  EXPECT_EQ(first_match("\\0101", "\x08" "1"), "\x08" "1");                 // \010 then a literal 1
  EXPECT_EQ(first_match("(?P<q>\")?\\w+(?(q)\")", "\"ab\""), "\"ab\"");
  EXPECT_EQ(first_match("(?>a+)b|a", "aa"), "a");
  EXPECT_EQ(first_match("(?s:.).", "\n\n\nx"), "\nx");
}

TEST(ReTranslate, LastIndexIsTheGroupThatClosedLast) {
  auto last = [](const std::string& p, const std::string& s) {
    auto r = compile_ok(p);
    std::vector<int64_t> spans(2 * (r->groups() + 1));
    std::string error;
    EXPECT_EQ(r->exec(s, 0, Anchor::Match, false, spans.data(), &error), 1);
    return r->last_index(spans.data());
  };
  EXPECT_EQ(last("(a)(b)", "ab"), 2u);
  EXPECT_EQ(last("((a)b)", "ab"), 1u);
  EXPECT_EQ(last("(a)()", "a"), 2u);
  EXPECT_EQ(last("(a())", "a"), 1u);
  EXPECT_EQ(last("x", "x"), 0u);
}

TEST(ReTemplate, GroupsEscapesAndErrors) {
  std::vector<std::pair<std::u32string, uint32_t>> names = {{U"word", 1}};
  std::vector<TemplatePiece> pieces;
  PatternError err;
  ASSERT_TRUE(parse_template(U"<\\g<word>|\\1\\n\\&\\101>", false, 1, names, &pieces, &err));
  ASSERT_EQ(pieces.size(), 5u);
  EXPECT_EQ(pieces[0].literal, U"<");
  EXPECT_EQ(pieces[1].group, 1);
  EXPECT_EQ(pieces[2].literal, U"|");
  EXPECT_EQ(pieces[3].group, 1);
  EXPECT_EQ(pieces[4].literal, U"\n\\&A>");
  EXPECT_FALSE(parse_template(U"\\g<nope>", false, 1, names, &pieces, &err));
  EXPECT_EQ(err.kind, PatternError::Index);
  EXPECT_FALSE(parse_template(U"x\\2", false, 1, names, &pieces, &err));
  EXPECT_EQ(err.message, "invalid group reference 2");
  EXPECT_EQ(err.pos, 2);
  EXPECT_FALSE(parse_template(U"\\q", false, 1, names, &pieces, &err));
  EXPECT_EQ(err.message, "bad escape \\q");
}

TEST(ReRegex, EmptyMatchesAdvanceWithNotEmptyAtStart) {
  auto r = compile_ok("x*");
  std::vector<int64_t> spans(2);
  std::string error, subject = "abxd", seen;
  size_t at = 0;
  bool must_advance = false;
  while (r->exec(subject, at, Anchor::Search, must_advance, spans.data(), &error) == 1) {
    seen += "(" + std::to_string(spans[0]) + "," + std::to_string(spans[1]) + ")";
    must_advance = spans[0] == spans[1];
    at = static_cast<size_t>(spans[1]);
  }
  EXPECT_EQ(seen, "(0,0)(1,1)(2,3)(3,3)(4,4)");  // as CPython's finditer('x*', 'abxd')
}

}  // namespace
}  // namespace klass::re
