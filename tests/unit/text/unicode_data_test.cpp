// unicodedata-style queries against CPython 3.11: categories, numeric
// values, names, lookups, normalization and bytes repr, from
// unicode_data_expected.inc (tools/gen_unicode_test_cases.py).
#include <gtest/gtest.h>

#include <string_view>

#include "text/unicode_data.h"
#include "text/unicode_names.h"
#include "text/unicode_normalize.h"
#include "text/unicode_repr.h"

using namespace std::literals;

namespace klass::text {
namespace {

struct CharCase {
    char32_t cp;
    std::string_view category;
    int decimal, digit;
    double numeric;
    std::string_view name;  // "" when the character has none
};
struct LookupCase {
    std::string_view name;
    bool found;
    std::string_view result;
};
struct NormalizeCase {
    std::string_view form, input, output;
};
struct BytesReprCase {
    std::string_view bytes, repr;
};

#include "unicode_data_expected.inc"

TEST(UnicodeData, CharacterPropertiesMatchCPython) {
    for (const CharCase& c : kCharCases) {
        SCOPED_TRACE(testing::Message() << "U+" << std::hex << static_cast<unsigned>(c.cp));
        EXPECT_EQ(category(c.cp), c.category);
        EXPECT_EQ(decimal_value(c.cp), c.decimal);
        EXPECT_EQ(digit_value(c.cp), c.digit);
        EXPECT_EQ(numeric_value(c.cp), c.numeric);
        auto name = character_name(c.cp);
        EXPECT_EQ(name.value_or(""), c.name);
        if (name) {
            EXPECT_EQ(lookup_character(*name), c.cp);
        }
    }
}

TEST(UnicodeData, LookupMatchesCPython) {
    for (const LookupCase& c : kLookupCases) {
        auto found = lookup_name_or_sequence(c.name);
        EXPECT_EQ(found.has_value(), c.found) << c.name;
        if (found) {
            EXPECT_EQ(*found, c.result) << c.name;
        }
    }
    // "\N{...}" takes single characters only, not named sequences.
    EXPECT_FALSE(lookup_character("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"));
    EXPECT_EQ(lookup_character("LATIN CAPITAL LETTER GHA"), U'\u01A2');  // a correction alias
}

TEST(UnicodeData, NormalizeMatchesCPython) {
    for (const NormalizeCase& c : kNormalizeCases) {
        auto r = normalize(c.form, c.input);
        ASSERT_TRUE(r.ok());
        EXPECT_EQ(*r, c.output) << c.form << " " << repr_str(c.input);
        EXPECT_TRUE(is_normalized(*parse_normal_form(c.form), c.output));
    }
    auto bad = normalize("nfc", "x");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error(), (TextError{"ValueError", "invalid normalization form"}));
}

TEST(UnicodeData, IdentifiersAreNfkc) {
    EXPECT_EQ(normalize_identifier("file"), "file");
    EXPECT_EQ(normalize_identifier("\xef\xac\x81le"), "file");                 // 'ﬁle'
    EXPECT_EQ(normalize_identifier("\xe2\x84\x8c"), "H");                      // 'ℌ'
    EXPECT_EQ(normalize_identifier("x\xc2\xb2"), "x2");                         // 'x²'
}

TEST(UnicodeData, BytesReprMatchesCPython) {
    for (const BytesReprCase& c : kBytesReprCases) EXPECT_EQ(repr_bytes(c.bytes), c.repr);
}

}  // namespace
}  // namespace klass::text
