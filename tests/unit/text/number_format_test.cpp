// format() of int, float, complex and str, and repr(float)/repr(complex),
// against CPython 3.11's output (number_format_cases.inc) plus hand-written
// checks of the parts.
#include <gtest/gtest.h>

#include <cmath>

#include "text/number_double.h"
#include "text/number_format.h"
#include "text/number_format_spec.h"
#include "number_test_support.h"

namespace klass::text::testing {
namespace {

#include "number_format_cases.inc"

TEST(FloatRepr, MatchesCPython) {
    for (const auto& c : kFloatRepr) EXPECT_EQ(float_repr(c.value), c.text) << c.text;
}

TEST(FloatRepr, ExponentThresholds) {
    EXPECT_EQ(float_repr(1e16), "1e+16");
    EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
    EXPECT_EQ(float_repr(0.0001), "0.0001");
    EXPECT_EQ(float_repr(0.00001), "1e-05");
    EXPECT_EQ(float_repr(1.5e-7), "1.5e-07");
    EXPECT_EQ(float_repr(1e100), "1e+100");
    EXPECT_EQ(float_repr(-kNan), "nan");
}

TEST(FloatFormat, MatchesCPython) {
    for (const auto& c : kFloatFormat)
        EXPECT_TRUE(matches(format_float(c.value, c.spec), c.error, c.text))
            << "format(" << float_repr(c.value) << ", '" << c.spec << "')";
}

TEST(FloatFormat, RandomValuesMatchCPython) {
    for (const auto& c : kRandomFloatFormat)
        EXPECT_TRUE(matches(format_float(c.value, c.spec), c.error, c.text))
            << "format(" << float_repr(c.value) << ", '" << c.spec << "')";
}

TEST(IntFormat, MatchesCPython) {
    for (const auto& c : kIntFormat) {
        Integer value = integer_from_decimal(c.value);
        EXPECT_TRUE(matches(format_int(value, c.spec), c.error, c.text))
            << "format(" << c.value << ", '" << c.spec << "')";
    }
}

TEST(IntFormat, TypeNameAppearsInErrors) {
    auto r = format_int(1, "s", "bool");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message, "Unknown format code 's' for object of type 'bool'");
}

TEST(IntFormat, MaxStrDigitsLimitAppliesToDecimalOnly) {
    Integer big = integer_from_decimal("1" + std::string(5000, '0'));
    auto decimal = format_int(big, "d");
    ASSERT_FALSE(decimal);
    EXPECT_EQ(decimal.error().type, "ValueError");
    EXPECT_TRUE(format_int(big, "x"));
    EXPECT_TRUE(format_int(big, "d", "int", 0));  // limit disabled
}

TEST(IntFormat, HugeWidthIsMemoryError) {
    auto r = format_int(1, "9223372036854775807");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().type, "MemoryError");
}

TEST(StrFormat, MatchesCPython) {
    for (const auto& c : kStrFormat)
        EXPECT_TRUE(matches(format_str(c.value, c.spec), c.error, c.text))
            << "format('" << c.value << "', '" << c.spec << "')";
}

TEST(ComplexFormat, MatchesCPython) {
    for (const auto& c : kComplexFormat) {
        if (c.spec == "repr") {
            EXPECT_EQ(complex_repr(c.real, c.imag), c.text);
            continue;
        }
        EXPECT_TRUE(matches(format_complex(c.real, c.imag, c.spec), c.error, c.text))
            << "format(complex(" << float_repr(c.real) << ", " << float_repr(c.imag) << "), '" << c.spec << "')";
    }
}

TEST(FormatSpec, ParsesEveryField) {
    auto spec = parse_format_spec("*^+z#012_.3f", "float", '\0', '>');
    ASSERT_TRUE(spec);
    EXPECT_EQ(spec->fill, U'*');
    EXPECT_EQ(spec->align, '^');
    EXPECT_EQ(spec->sign, '+');
    EXPECT_TRUE(spec->no_negative_zero);
    EXPECT_TRUE(spec->alternate);
    EXPECT_EQ(spec->fill, U'*');  // an explicit fill wins over the '0' flag
    EXPECT_EQ(spec->width, 12);
    EXPECT_EQ(spec->grouping, Grouping::kUnderscore);
    EXPECT_EQ(spec->precision, 3);
    EXPECT_EQ(spec->type, U'f');
}

TEST(FormatSpec, ZeroFlagMeansSignAwareZeroFill) {
    auto spec = parse_format_spec("08", "int", 'd', '>');
    ASSERT_TRUE(spec);
    EXPECT_EQ(spec->fill, U'0');
    EXPECT_EQ(spec->align, '=');
    auto left = parse_format_spec("<08", "int", 'd', '>');
    ASSERT_TRUE(left);
    EXPECT_EQ(left->align, '<');
}

TEST(FormatSpec, NonAsciiFillAndType) {
    auto spec = parse_format_spec("\xe2\x82\xac<5", "str", 's', '<');  // '€<5'
    ASSERT_TRUE(spec);
    EXPECT_EQ(spec->fill, U'\u20ac');
    auto unknown = format_float(1.0, "\xc3\xa9");  // 'é'
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().message, "Unknown format code '\\xe9' for object of type 'float'");
}

TEST(DoubleToString, Flags) {
    DoubleFormat f;
    f.type = 'g';
    f.precision = 3;
    f.alternate = true;
    EXPECT_EQ(double_to_string(1.0, f), "1.00");
    f.type = 'E';
    f.precision = 2;
    f.alternate = false;
    f.always_sign = true;
    EXPECT_EQ(double_to_string(12345.0, f), "+1.23E+04");
    EXPECT_EQ(double_to_string(kNan, f), "+NAN");
    f.type = 'f';
    f.precision = 1;
    f.always_sign = false;
    f.no_negative_zero = true;
    EXPECT_EQ(double_to_string(-0.04, f), "0.0");
    EXPECT_EQ(double_to_string(-0.05, f), "-0.1");
}

TEST(DecimalDigits, Modes) {
    auto shortest = decimal_digits(0.1, DigitMode::kShortest);
    EXPECT_EQ(shortest.digits, "1");
    EXPECT_EQ(shortest.decpt, 0);
    auto fixed = decimal_digits(2.675, DigitMode::kFixed, 2);  // 2.67499999...
    EXPECT_EQ(fixed.digits, "267");
    EXPECT_EQ(fixed.decpt, 1);
    auto significant = decimal_digits(123456.0, DigitMode::kSignificant, 2);
    EXPECT_EQ(significant.digits, "12");
    EXPECT_EQ(significant.decpt, 6);
    auto zero = decimal_digits(0.0001, DigitMode::kFixed, 2);
    EXPECT_EQ(zero.digits, "0");
}

}  // namespace
}  // namespace klass::text::testing
