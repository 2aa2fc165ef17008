// UTF-8 primitives, the code-point index, and the error paths of the str
// helpers (expectations checked against CPython 3.11 by hand).
#include <gtest/gtest.h>

#include <string>

#include "text/unicode_layout.h"
#include "text/unicode_predicates.h"
#include "text/unicode_search.h"
#include "text/unicode_utf8.h"
#include "text/unicode_whitespace.h"

namespace klass::text {
namespace {

TEST(Utf8, EncodeDecodeEveryCodePoint) {
    for (char32_t cp = 0; cp <= kMaxCodePoint; ++cp) {
        std::string s = utf8_encode(cp);
        ASSERT_EQ(static_cast<int>(s.size()), utf8_width(cp));
        std::size_t pos = 0;
        ASSERT_EQ(decode_utf8(s, pos), cp);
        ASSERT_EQ(pos, s.size());
        std::size_t back = s.size();
        ASSERT_EQ(decode_utf8_backward(s, back), cp);
        ASSERT_EQ(back, 0u);
        // Strict validation refuses exactly the surrogates.
        ASSERT_EQ(validate_utf8(s).ok, !is_surrogate(cp));
        ASSERT_TRUE(validate_utf8(s, /*allow_surrogates=*/true).ok);
    }
}

TEST(Utf8, CountAndAscii) {
    EXPECT_EQ(count_code_points(""), 0u);
    EXPECT_EQ(count_code_points("hello, world!!"), 14u);
    EXPECT_EQ(count_code_points("h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80 \xed\xa0\x80"), 11u);
    EXPECT_TRUE(is_ascii("plain ascii text, long enough for words"));
    EXPECT_FALSE(is_ascii("plain ascii text, long enough \xc3\xa9"));
}

TEST(Utf8, ValidationReportsCPythonReasons) {
    Utf8Check c = validate_utf8("abc\xe2\x82x");
    EXPECT_FALSE(c.ok);
    EXPECT_EQ(c.code_points, 3u);
    EXPECT_EQ(c.error_start, 3u);
    EXPECT_EQ(c.error_end, 5u);
    EXPECT_STREQ(c.reason, "invalid continuation byte");
    EXPECT_STREQ(validate_utf8("\xf0\x90\x80").reason, "unexpected end of data");
    EXPECT_STREQ(validate_utf8("\xc0\x80").reason, "invalid start byte");
    EXPECT_STREQ(validate_utf8("\xf4\x90\x80\x80").reason, "invalid continuation byte");
    Utf8Check ok = validate_utf8("0123456789\xc3\xa9");
    EXPECT_TRUE(ok.ok);
    EXPECT_EQ(ok.code_points, 11u);
}

TEST(Utf8, CodePointIndexAgreesWithScanning) {
    std::string s;
    for (int i = 0; i < 1000; ++i) s += (i % 3 == 0) ? "a" : (i % 3 == 1) ? "\xc3\xa9" : "\xf0\x9f\x98\x80";
    CodePointIndex index(s);
    EXPECT_EQ(index.code_points(), 1000u);
    StrRef indexed(s, 1000, &index);
    StrRef scanned(s, 1000);
    for (std::size_t i = 0; i <= 1000; ++i) ASSERT_EQ(index.byte_offset(s, i), byte_offset_scan(s, i)) << i;
    for (std::size_t i = 0; i < 1000; ++i) ASSERT_EQ(indexed.at(i), scanned.at(i));
    EXPECT_EQ(indexed.at(999), U'a');
    EXPECT_EQ(indexed.at(998), U'\U0001F600');
}

TEST(StrHelpers, ErrorPaths) {
    EXPECT_EQ(split("a,b", "").error(), (TextError{"ValueError", "empty separator"}));
    EXPECT_EQ(rsplit("a,b", "").error(), (TextError{"ValueError", "empty separator"}));
    EXPECT_EQ(partition("a,b", "").error(), (TextError{"ValueError", "empty separator"}));
    EXPECT_EQ(rpartition("a,b", "").error(), (TextError{"ValueError", "empty separator"}));
    EXPECT_EQ(repeat("ab", INT64_C(1) << 62).error(), (TextError{"OverflowError", "repeated string is too long"}));
    // Sizes past Python's limit fail before allocating anything.
    EXPECT_EQ(ljust(StrRef::of("a"), INT64_C(1) << 62, U'\u20ac').error().type, "MemoryError");
    EXPECT_EQ(center(StrRef::of("a"), INT64_MAX, U'\u20ac').error().type, "MemoryError");
    EXPECT_EQ(*repeat("ab", 3), "ababab");
    EXPECT_EQ(*repeat("x", 5), "xxxxx");
    EXPECT_EQ(*repeat("ab", -2), "");
}

TEST(StrHelpers, JoinAndTranslate) {
    EXPECT_EQ(join(", ", {"a", "\xc3\xa9", ""}), "a, \xc3\xa9, ");
    EXPECT_EQ(join("-", {}), "");
    // str.translate({ord('a'): 'xy', ord('é'): None}) with a lookup failure
    // (kKeep) for everything else.
    std::string out;
    bool ok = translate("ba\xc3\xa9" "c", out, [](char32_t cp, std::string& o) {
        if (cp == U'a') {
            o += "xy";
            return TranslateStep::kMapped;
        }
        if (cp == U'\u00e9') return TranslateStep::kMapped;  // deleted
        return TranslateStep::kKeep;
    });
    EXPECT_TRUE(ok);
    EXPECT_EQ(out, "bxyc");
    std::string partial;
    EXPECT_FALSE(translate("abc", partial, [](char32_t cp, std::string&) {
        return cp == U'b' ? TranslateStep::kError : TranslateStep::kKeep;
    }));
}

TEST(StrHelpers, DecimalAndSpaceToAscii) {
    // int('\u0663\u0662') == 32; int(' 7\u2003') == 7; '\u00bd' is not a decimal.
    EXPECT_EQ(decimal_and_space_to_ascii("\xd9\xa3\xd9\xa2"), "32");
    EXPECT_EQ(decimal_and_space_to_ascii(" 7\xe2\x80\x83"), " 7 ");
    EXPECT_EQ(decimal_and_space_to_ascii("\xc2\xbd"), "?");
    EXPECT_EQ(decimal_and_space_to_ascii("\xf0\x9d\x9f\x98" "1"), "01");  // MATHEMATICAL DOUBLE-STRUCK ZERO
}

TEST(StrHelpers, FindOnIndexedString) {
    std::string s;
    for (int i = 0; i < 200; ++i) s += "\xc3\xa9";
    s += "needle";
    CodePointIndex index(s);
    StrRef ref(s, 206, &index);
    EXPECT_EQ(find(ref, StrRef::of("needle")), 200);
    EXPECT_EQ(find(ref, StrRef::of("needle"), 150, 205), -1);
    EXPECT_EQ(rfind(ref, StrRef::of("\xc3\xa9"), 0, 100), 99);
    EXPECT_EQ(count(ref, StrRef::of("\xc3\xa9"), -110), 104);
}

}  // namespace
}  // namespace klass::text
