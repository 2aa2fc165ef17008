// Complex arithmetic and complex(s), and float.as_integer_ratio(), against
// values printed by CPython 3.11.
#include <gtest/gtest.h>

#include <cmath>

#include "text/number_complex.h"
#include "text/number_format.h"
#include "text/number_int_text.h"
#include "text/number_ratio.h"
#include "number_test_support.h"

namespace klass::text::testing {
namespace {

std::string repr(const ComplexValue& z) { return complex_repr(z.re, z.im); }

TEST(Complex, Arithmetic) {
    EXPECT_EQ(repr(*complex_divide({1, 2}, {3, -4})), "(-0.2+0.4j)");
    EXPECT_EQ(repr(*complex_divide({1e300, 1e300}, {1e-300, 1e-300})), "(inf+0j)");
    EXPECT_EQ(repr(*complex_power({1, 2}, {3, 0})), "(-11-2j)");
    EXPECT_EQ(repr(*complex_power({1, 2}, {-2, 0})), "(-0.12-0.16j)");
    EXPECT_EQ(repr(*complex_power({1, 2}, {0.5, 0})), "(1.272019649514069+0.7861513777574233j)");
    EXPECT_EQ(repr(*complex_power({2, 0}, {1, 1})), "(1.5384778027279442+1.2779225526272695j)");
    EXPECT_EQ(repr(*complex_power({1, 1}, {101, 0})), "(-1125899906842634.5-1125899906842629.5j)");
    EXPECT_EQ(repr(*complex_power({1e200, 1e200}, {2, 0})), "(nan+nanj)");  // inf - inf: no error
    EXPECT_EQ(repr(complex_multiply({1, 2}, {3, 4})), "(-5+10j)");
    EXPECT_EQ(*complex_abs({3, 4}), 5.0);
    EXPECT_EQ(complex_repr(0, *complex_abs({1e308, 1e308})), "1.4142135623730951e+308j");
    EXPECT_EQ(*complex_abs({kInf, kNan}), kInf);
}

TEST(Complex, Errors) {
    auto zero = complex_divide({1, 2}, {0, 0});
    ASSERT_FALSE(zero);
    EXPECT_EQ(zero.error().type, "ZeroDivisionError");
    EXPECT_EQ(zero.error().message, "complex division by zero");
    for (ComplexValue exponent : {ComplexValue{-1, 0}, ComplexValue{0, 1}}) {
        auto r = complex_power({0, 0}, exponent);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().message, "0.0 to a negative or complex power");
    }
    auto overflow = complex_power({1e300, 0}, {2.5, 0});
    ASSERT_FALSE(overflow);
    EXPECT_EQ(overflow.error().type, "OverflowError");
    EXPECT_EQ(overflow.error().message, "complex exponentiation");
    auto too_large = complex_abs({1.7e308, 1.7e308});
    ASSERT_FALSE(too_large);
    EXPECT_EQ(too_large.error().message, "absolute value too large");
}

TEST(Complex, ParseMatchesCPython) {
    struct Case { std::string_view input, repr; };
    const Case cases[] = {
        {"1", "(1+0j)"}, {"2j", "2j"}, {"1+2j", "(1+2j)"}, {"-j", "-1j"}, {"j", "1j"}, {"+j", "1j"},
        {"(1-2.5e3j)", "(1-2500j)"}, {" ( 1+2j ) ", "(1+2j)"}, {"1e5j", "100000j"}, {"1e+5j", "100000j"},
        {"1_0+2_0j", "(10+20j)"}, {"inf-nanj", "(inf+nanj)"}, {"\xd9\xa1+\xd9\xa2j", "(1+2j)"}, {"(j)", "1j"},
    };
    for (const auto& c : cases) {
        auto r = parse_complex_str(c.input);
        ASSERT_TRUE(r) << c.input;
        EXPECT_EQ(repr(*r), c.repr) << c.input;
    }
    for (std::string_view bad : {"1 + 2j", "1+2", "", "(1", "1+-2j", "1e+j", "1jj", "(1+2j"}) {
        auto r = parse_complex_str(bad);
        ASSERT_FALSE(r) << bad;
        EXPECT_EQ(r.error().message, "complex() arg is a malformed string");
    }
}

std::string ratio(double x) {
    auto r = float_as_integer_ratio(x);
    return int_to_decimal_unlimited(r->first) + "/" + int_to_decimal_unlimited(r->second);
}

TEST(FloatRatio, MatchesCPython) {
    EXPECT_EQ(ratio(0.1), "3602879701896397/36028797018963968");
    EXPECT_EQ(ratio(-2.5), "-5/2");
    EXPECT_EQ(ratio(8.0), "8/1");
    EXPECT_EQ(ratio(0.0), "0/1");
    EXPECT_EQ(ratio(-0.0), "0/1");
    EXPECT_EQ(ratio(1e300).substr(ratio(1e300).size() - 2), "/1");
    auto tiny = float_as_integer_ratio(5e-324);
    ASSERT_TRUE(tiny);
    EXPECT_EQ(mpz_sizeinbase(std::get<1>(tiny->second).get(), 2), 1075u);
    EXPECT_EQ(float_as_integer_ratio(kInf).error().message, "cannot convert Infinity to integer ratio");
    EXPECT_EQ(float_as_integer_ratio(kNan).error().type, "ValueError");
}

}  // namespace
}  // namespace klass::text::testing
