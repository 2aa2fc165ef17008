// round(), float // % divmod ** , pow(a, b, m), int -> float, int / int and
// hash() of numbers, against CPython 3.11 (number_arith_cases.inc).
#include <gtest/gtest.h>

#include <cmath>

#include "text/number_arith.h"
#include "text/number_convert.h"
#include "text/number_double.h"
#include "text/number_hash.h"
#include "text/number_int_text.h"
#include "number_test_support.h"

namespace klass::text::testing {
namespace {

#include "number_arith_cases.inc"

std::string decimal(const Integer& v) { return int_to_decimal_unlimited(v); }

TEST(FloatRound, MatchesCPython) {
    for (const auto& c : kRound)
        EXPECT_TRUE(matches(float_round(c.value, c.ndigits), c.error, c.text, float_repr))
            << "round(" << float_repr(c.value) << ", " << c.ndigits << ")";
}

TEST(FloatRound, RandomValuesMatchCPython) {
    for (const auto& c : kRandomRound)
        EXPECT_TRUE(matches(float_round(c.value, c.ndigits), c.error, c.text, float_repr))
            << "round(" << float_repr(c.value) << ", " << c.ndigits << ")";
}

TEST(FloatRound, KeepsSignOfZero) {
    auto r = float_round(-0.4, 0);
    ASSERT_TRUE(r);
    EXPECT_TRUE(std::signbit(*r));
    auto far = float_round(-1.0, -400);
    ASSERT_TRUE(far);
    EXPECT_TRUE(std::signbit(*far));
}

TEST(FloatRoundToInt, MatchesCPython) {
    for (const auto& c : kRoundToInt)
        EXPECT_TRUE(matches(float_round_to_int(c.value), c.error, c.text, decimal))
            << "round(" << float_repr(c.value) << ")";
}

TEST(FloatDivision, MatchesCPython) {
    for (const auto& c : kFloatDivision) {
        std::string where = float_repr(c.a) + " " + std::string(c.op) + " " + float_repr(c.b);
        if (c.op == "//")
            EXPECT_TRUE(matches(float_floor_divide(c.a, c.b), c.error, c.text, float_repr)) << where;
        else if (c.op == "%")
            EXPECT_TRUE(matches(float_modulo(c.a, c.b), c.error, c.text, float_repr)) << where;
        else if (c.op == "/")
            EXPECT_TRUE(matches(float_true_divide(c.a, c.b), c.error, c.text, float_repr)) << where;
        else
            EXPECT_TRUE(matches(float_divmod(c.a, c.b), c.error, c.text, [](const FloatDivMod& d) {
                return "(" + float_repr(d.quotient) + ", " + float_repr(d.remainder) + ")";
            })) << where;
    }
}

TEST(FloatPower, MatchesCPython) {
    for (const auto& c : kFloatPower)
        EXPECT_TRUE(matches(float_power(c.a, c.b), c.error, c.text, [](const FloatPower& p) {
            return p.needs_complex ? std::string("complex") : float_repr(p.value);
        })) << float_repr(c.a) << " ** " << float_repr(c.b);
}

TEST(IntPowerMod, MatchesCPython) {
    for (const auto& c : kPowMod) {
        Integer base = integer_from_decimal(c.base), exponent = integer_from_decimal(c.exponent),
                modulus = integer_from_decimal(c.modulus);
        EXPECT_TRUE(matches(int_power_mod(base, exponent, modulus), c.error, c.text, decimal))
            << "pow(" << c.base << ", " << c.exponent << ", " << c.modulus << ")";
    }
}

TEST(IntToDouble, MatchesCPython) {
    for (const auto& c : kIntToFloat)
        EXPECT_TRUE(matches(int_to_double(integer_from_decimal(c.value)), c.error, c.text, float_repr))
            << "float(" << c.value << ")";
}

TEST(IntTrueDivide, MatchesCPython) {
    for (const auto& c : kIntTrueDivide)
        EXPECT_TRUE(matches(int_true_divide(integer_from_decimal(c.a), integer_from_decimal(c.b)), c.error, c.text,
                            float_repr))
            << c.a << " / " << c.b;
}

TEST(IntToDouble, RandomValuesMatchCPython) {
    for (const auto& c : kRandomIntToFloat)
        EXPECT_TRUE(matches(int_to_double(integer_from_decimal(c.value)), c.error, c.text, float_repr))
            << "float(" << c.value << ")";
}

TEST(IntTrueDivide, RandomValuesMatchCPython) {
    for (const auto& c : kRandomIntTrueDivide)
        EXPECT_TRUE(matches(int_true_divide(integer_from_decimal(c.a), integer_from_decimal(c.b)), c.error, c.text,
                            float_repr))
            << c.a << " / " << c.b;
}

TEST(DoubleToInt, TruncatesAndRejectsNonFinite) {
    EXPECT_EQ(decimal(*double_to_int(-2.9)), "-2");
    EXPECT_EQ(decimal(*double_to_int(1e20)), "100000000000000000000");
    EXPECT_EQ(decimal(*double_to_int(-9223372036854775808.0)), "-9223372036854775808");
    EXPECT_EQ(decimal(*double_to_int(9223372036854775808.0)), "9223372036854775808");
    auto inf = double_to_int(-kInf);
    ASSERT_FALSE(inf);
    EXPECT_EQ(inf.error().type, "OverflowError");
    EXPECT_EQ(inf.error().message, "cannot convert float infinity to integer");
    auto nan = double_to_int(kNan);
    ASSERT_FALSE(nan);
    EXPECT_EQ(nan.error().type, "ValueError");
    EXPECT_EQ(nan.error().message, "cannot convert float NaN to integer");
}

TEST(Hash, IntsMatchCPython) {
    for (const auto& c : kHashInt) EXPECT_EQ(hash_int(integer_from_decimal(c.value)), c.hash) << c.value;
}

TEST(Hash, FloatsMatchCPython) {
    for (const auto& c : kHashFloat) EXPECT_EQ(hash_float(c.value, 0), c.hash) << float_repr(c.value);
}

TEST(Hash, RandomFloatsMatchCPython) {
    for (const auto& c : kRandomHashFloat) EXPECT_EQ(hash_float(c.value, 0), c.hash) << float_repr(c.value);
}

TEST(Hash, ComplexMatchesCPython) {
    for (const auto& c : kHashComplex)
        EXPECT_EQ(hash_complex(c.real, c.imag, 0), c.hash) << float_repr(c.real) << " " << float_repr(c.imag);
}

TEST(Hash, EqualNumbersHashEqual) {
    EXPECT_EQ(hash_int(1), hash_float(1.0, 0));
    EXPECT_EQ(hash_int(-1), -2);
    EXPECT_EQ(hash_float(-1.0, 0), -2);
    EXPECT_EQ(hash_complex(-1.0, 0.0, 0), -2);
    EXPECT_EQ(hash_int(integer_from_decimal("1267650600228229401496703205376")), hash_float(std::ldexp(1.0, 100), 0));
    EXPECT_EQ(hash_float(kNan, 12345), 12345);  // NaNs hash by identity
}

}  // namespace
}  // namespace klass::text::testing
