// int(s, base), float(s), float.hex/fromhex and int -> str in any base,
// against CPython 3.11 (number_parse_cases.inc).
#include <gtest/gtest.h>

#include <cmath>

#include "text/number_double.h"
#include "text/number_float_text.h"
#include "text/number_int_text.h"
#include "number_test_support.h"

namespace klass::text::testing {
namespace {

#include "number_parse_cases.inc"

std::string decimal(const Integer& v) { return int_to_decimal_unlimited(v); }

TEST(ParseInt, StrMatchesCPython) {
    for (const auto& c : kParseIntStr)
        EXPECT_TRUE(matches(parse_int_str(c.input, c.base), c.error, c.text, decimal))
            << "int('" << c.input << "', " << c.base << ")";
}

TEST(ParseInt, BytesMatchesCPython) {
    for (const auto& c : kParseIntBytes)
        EXPECT_TRUE(matches(parse_int_bytes(c.input, c.base), c.error, c.text, decimal))
            << "int(b'" << c.input << "', " << c.base << ")";
}

TEST(ParseInt, SmallValuesComeBackAsInt64) {
    auto small = parse_int_str("-9223372036854775808");
    ASSERT_TRUE(small);
    ASSERT_EQ(small->index(), 0u);
    EXPECT_EQ(std::get<0>(*small), INT64_MIN);
    auto big = parse_int_str("9223372036854775808");
    ASSERT_TRUE(big);
    EXPECT_EQ(big->index(), 1u);
    auto long_zero = parse_int_str("0000000000000000000000000000000");
    ASSERT_TRUE(long_zero);
    EXPECT_EQ(long_zero->index(), 0u);
}

TEST(ParseInt, LimitIsConfigurable) {
    std::string digits(5000, '7');
    EXPECT_FALSE(parse_int_str(digits));
    auto unlimited = parse_int_str(digits, 10, 0);
    ASSERT_TRUE(unlimited);
    EXPECT_EQ(decimal(*unlimited), digits);
    EXPECT_TRUE(parse_int_str(digits, 10, 5000));
}

TEST(ParseFloat, StrMatchesCPython) {
    for (const auto& c : kParseFloatStr)
        EXPECT_TRUE(matches(parse_float_str(c.input), c.error, c.text, float_repr)) << "float('" << c.input << "')";
}

TEST(ParseFloat, BytesMatchesCPython) {
    for (const auto& c : kParseFloatBytes)
        EXPECT_TRUE(matches(parse_float_bytes(c.input), c.error, c.text, float_repr)) << "float(b'" << c.input << "')";
}

TEST(ParseFloat, SignOfZeroAndNan) {
    auto negative_zero = parse_float_str("-0.0");
    ASSERT_TRUE(negative_zero);
    EXPECT_TRUE(std::signbit(*negative_zero));
    auto negative_nan = parse_float_str("-nan");
    ASSERT_TRUE(negative_nan);
    EXPECT_TRUE(std::isnan(*negative_nan));
    EXPECT_TRUE(std::signbit(*negative_nan));  // math.copysign(1, float('-nan')) == -1.0
    auto tiny = parse_float_str("-1e-500");
    ASSERT_TRUE(tiny);
    EXPECT_TRUE(std::signbit(*tiny));
}

TEST(FloatHex, MatchesCPython) {
    for (const auto& c : kFloatHex) EXPECT_EQ(float_hex(c.value), c.text);
}

TEST(FloatFromHex, MatchesCPython) {
    for (const auto& c : kFromHex)
        EXPECT_TRUE(matches(float_fromhex(c.input), c.error, c.text, float_repr))
            << "float.fromhex('" << c.input << "')";
}

TEST(FloatFromHex, RoundTripsEveryHexOutput) {
    for (const auto& c : kFloatHex) {
        if (std::isnan(c.value)) continue;
        auto back = float_fromhex(float_hex(c.value));
        ASSERT_TRUE(back);
        EXPECT_EQ(*back, c.value);
        EXPECT_EQ(std::signbit(*back), std::signbit(c.value));
    }
}

TEST(IntToString, AnyBase) {
    for (const auto& c : kToBase) {
        auto r = int_to_string(integer_from_decimal(c.value), c.base);
        ASSERT_TRUE(r);
        EXPECT_EQ(*r, c.text) << c.value << " in base " << c.base;
    }
}

TEST(IntToString, Prefixed) {
    EXPECT_EQ(int_to_prefixed(5, 2), "0b101");
    EXPECT_EQ(int_to_prefixed(-5, 2), "-0b101");
    EXPECT_EQ(int_to_prefixed(0, 8), "0o0");
    EXPECT_EQ(int_to_prefixed(-255, 16), "-0xff");
    EXPECT_EQ(int_to_prefixed(integer_from_decimal("-18446744073709551616"), 16), "-0x10000000000000000");
    EXPECT_EQ(int_to_prefixed(INT64_MIN, 16), "-0x8000000000000000");
}

TEST(IntToString, DecimalLimit) {
    for (const auto& c : kDecimalLimit) {
        auto r = int_to_string(integer_from_decimal(c.value));
        EXPECT_TRUE(matches(r, c.error, c.text, [](const std::string&) { return std::string("ok"); }))
            << c.value.size() << " characters";
    }
}

}  // namespace
}  // namespace klass::text::testing
