// printf-style conversions ('%+05d' % n, '%.3e' % x) against CPython 3.11
// (number_printf_cases.inc) and the spec parser's edge cases.
#include <gtest/gtest.h>

#include "text/number_double.h"
#include "text/number_printf.h"
#include "number_test_support.h"

namespace klass::text::testing {
namespace {

#include "number_printf_cases.inc"

// Formats `format`, which holds one conversion at its start, the way a
// caller of the percent API would: parse, convert, copy the rest.
template <class Convert>
Result<std::string> format_one(std::string_view format, Convert convert) {
    auto spec = parse_percent_spec(format, 0);
    if (!spec) return spec.failure();
    auto converted = convert(*spec);
    if (!converted) return converted;
    return *converted + std::string(format.substr(spec->end));
}

TEST(PercentInt, MatchesCPython) {
    for (const auto& c : kPercentInt) {
        Integer value = integer_from_decimal(c.value);
        auto r = format_one(c.format, [&](const PercentSpec& spec) { return percent_format_int(spec, value); });
        EXPECT_TRUE(matches(r, c.error, c.text)) << "'" << c.format << "' % " << c.value;
    }
}

TEST(PercentFloat, MatchesCPython) {
    for (const auto& c : kPercentFloat) {
        auto r = format_one(c.format, [&](const PercentSpec& spec) { return percent_format_float(spec, c.value); });
        EXPECT_TRUE(matches(r, c.error, c.text)) << "'" << c.format << "' % " << float_repr(c.value);
    }
}

TEST(PercentSpecParse, KeyFlagsWidthPrecision) {
    auto spec = parse_percent_spec("ab%(na(m)e)-+ #012.5lx rest", 2);
    ASSERT_TRUE(spec);
    EXPECT_EQ(spec->key, "na(m)e");
    EXPECT_TRUE(spec->left_adjust && spec->plus_sign && spec->blank_sign && spec->alternate && spec->zero_pad);
    EXPECT_EQ(spec->width, 12);
    EXPECT_EQ(spec->precision, 5);
    EXPECT_EQ(spec->conversion, U'x');
    EXPECT_EQ(spec->end, 22u);
    EXPECT_FALSE(spec->literal_percent);
}

TEST(PercentSpecParse, LiteralPercent) {
    auto spec = parse_percent_spec("100%%", 3);
    ASSERT_TRUE(spec);
    EXPECT_TRUE(spec->literal_percent);
    EXPECT_EQ(spec->end, 5u);
    // "%5%" is not a literal: it takes an argument and then fails.
    auto sized = parse_percent_spec("%5%", 0);
    ASSERT_TRUE(sized);
    EXPECT_FALSE(sized->literal_percent);
    auto error = unsupported_percent_conversion("%5%", *sized, false);
    EXPECT_EQ(error.error.message, "unsupported format character '%' (0x25) at index 2");
}

TEST(PercentSpecParse, StarArguments) {
    auto spec = parse_percent_spec("%*.*f", 0);
    ASSERT_TRUE(spec);
    EXPECT_TRUE(spec->width_from_arg);
    EXPECT_TRUE(spec->precision_from_arg);
    spec->set_width(-8);
    spec->set_precision(-2);
    EXPECT_TRUE(spec->left_adjust);
    EXPECT_EQ(spec->width, 8);
    EXPECT_EQ(spec->precision, 0);
    auto r = percent_format_float(*spec, 3.14159);
    ASSERT_TRUE(r);
    EXPECT_EQ(*r, "3       ");  // '%*.*f' % (-8, -2, 3.14159)
}

TEST(PercentSpecParse, Errors) {
    auto check = [](std::string_view format, std::string_view message) {
        auto spec = parse_percent_spec(format, 0);
        ASSERT_FALSE(spec) << format;
        EXPECT_EQ(spec.error().type, "ValueError");
        EXPECT_EQ(spec.error().message, message) << format;
    };
    check("%", "incomplete format");
    check("%5", "incomplete format");
    check("%.", "incomplete format");
    check("%l", "incomplete format");
    check("%(a", "incomplete format key");
    check("%(a(b)", "incomplete format key");
    check("%(a)", "incomplete format");
    check("%99999999999999999999d", "width too big");
    check("%.2147483648f", "precision too big");
}

TEST(PercentSpecParse, UnsupportedConversionMessages) {
    auto message = [](std::string_view format, std::size_t at, bool bytes) {
        auto spec = parse_percent_spec(format, at);
        return unsupported_percent_conversion(format, *spec, bytes).error;
    };
    EXPECT_EQ(message("%y", 0, false).message, "unsupported format character 'y' (0x79) at index 1");
    // Index in code points for str, in bytes for bytes.
    EXPECT_EQ(message("\xc3\xa9%y", 2, false).message, "unsupported format character 'y' (0x79) at index 2");
    EXPECT_EQ(message("\xc3\xa9%y", 2, true).message, "unsupported format character 'y' (0x79) at index 3");
    EXPECT_EQ(message("%\xc3\xa9", 0, false).message, "unsupported format character '?' (0xe9) at index 1");
    EXPECT_EQ(message("%\x01", 0, false).message, "unsupported format character '?' (0x1) at index 1");
    EXPECT_EQ(message("%\x01", 0, true).message, "unsupported format character '\x01' (0x1) at index 1");
    auto high_byte = message("%\xc3", 0, true);
    EXPECT_EQ(high_byte.type, "OverflowError");
    EXPECT_EQ(high_byte.message, "character argument not in range(0x110000)");
}

TEST(PercentChar, RangesAndPadding) {
    auto a = percent_char_of_int(65, false);
    ASSERT_TRUE(a);
    EXPECT_EQ(*a, "A");
    auto euro = percent_char_of_int(0x20AC, false);
    ASSERT_TRUE(euro);
    EXPECT_EQ(*euro, "\xe2\x82\xac");
    auto too_big = percent_char_of_int(0x110000, false);
    ASSERT_FALSE(too_big);
    EXPECT_EQ(too_big.error().message, "%c arg not in range(0x110000)");
    auto byte_too_big = percent_char_of_int(256, true);
    ASSERT_FALSE(byte_too_big);
    EXPECT_EQ(byte_too_big.error().type, "OverflowError");
    EXPECT_EQ(byte_too_big.error().message, "%c arg not in range(256)");
    auto negative = percent_char_of_int(-1, false);
    EXPECT_FALSE(negative);

    auto spec = parse_percent_spec("%-5c", 0);
    auto padded = percent_pad(*spec, *euro, false);
    ASSERT_TRUE(padded);
    EXPECT_EQ(*padded, "\xe2\x82\xac    ");  // widths count code points for str
    auto right = parse_percent_spec("%5c", 0);
    auto bytes = percent_pad(*right, "\xe2\x82\xac", true);
    EXPECT_EQ(*bytes, "  \xe2\x82\xac");  // and bytes for bytes
}

TEST(PercentPad, StringsTruncateAndIgnoreZeroFlag) {
    auto spec = parse_percent_spec("%05.2s", 0);
    auto r = percent_pad(*spec, "h\xc3\xa9llo", false);
    ASSERT_TRUE(r);
    EXPECT_EQ(*r, "   h\xc3\xa9");  // '%05.2s' % 'héllo'
    auto plus = parse_percent_spec("%+5r", 0);
    EXPECT_EQ(*percent_pad(*plus, "'a'", false), "  'a'");  // '+' means nothing for %r
    auto huge = parse_percent_spec("%3000000000s", 0);
    auto memory = percent_pad(*huge, "a", false);
    ASSERT_FALSE(memory);
    EXPECT_EQ(memory.error().type, "MemoryError");
}

TEST(PercentInt, DecimalLimit) {
    Integer big = integer_from_decimal("1" + std::string(5000, '0'));
    auto spec = parse_percent_spec("%d", 0);
    auto r = percent_format_int(*spec, big);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().type, "ValueError");
    auto hex = parse_percent_spec("%x", 0);
    EXPECT_TRUE(percent_format_int(*hex, big));
}

}  // namespace
}  // namespace klass::text::testing
