// Shared by the number_* tests: the row types of the generated
// number_*_cases.inc tables (tools/gen_number_cases.py) and helpers that
// compare a Result with what CPython printed.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "text/number_integer.h"
#include "text/result.h"

namespace klass::text::testing {

using namespace std::string_view_literals;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// `error` is the Python exception type, empty when the call succeeds; `text`
// is then the result, else the exception message.
struct FloatCase { double value; std::string_view error, text; };
struct FloatFormatCase { double value; std::string_view spec, error, text; };
struct IntFormatCase { std::string_view value, spec, error, text; };
struct StrFormatCase { std::string_view value, spec, error, text; };
struct ComplexFormatCase { double real, imag; std::string_view spec, error, text; };
struct PercentIntCase { std::string_view format, value, error, text; };
struct PercentFloatCase { std::string_view format; double value; std::string_view error, text; };
struct ParseIntCase { std::string_view input; int base; std::string_view error, text; };
struct ParseFloatCase { std::string_view input, error, text; };
struct RoundCase { double value; std::int64_t ndigits; std::string_view error, text; };
struct FloatOpCase { double a, b; std::string_view op, error, text; };
struct PowModCase { std::string_view base, exponent, modulus, error, text; };
struct IntHashCase { std::string_view value; std::int64_t hash; };
struct FloatHashCase { double value; std::int64_t hash; };
struct ComplexHashCase { double real, imag; std::int64_t hash; };
struct IntToFloatCase { std::string_view value, error, text; };
struct IntDivisionCase { std::string_view a, b, error, text; };
struct ToBaseCase { std::string_view value; int base; std::string_view text; };

// An int given by its decimal digits, as an Integer (int64 when it fits).
inline Integer integer_from_decimal(std::string_view digits) {
    BigInt big;
    mpz_set_str(big.get(), std::string(digits).c_str(), 10);
    return make_integer(std::move(big));
}

// Checks a result against one row's expectation; `convert` maps the value to
// the text CPython printed.
template <class T, class Convert>
::testing::AssertionResult matches(const Result<T>& result, std::string_view error, std::string_view text,
                                   Convert convert) {
    if (error.empty()) {
        if (!result) return ::testing::AssertionFailure() << "unexpected " << result.error().type << ": "
                                                          << result.error().message << " (expected '" << text << "')";
        std::string got = convert(*result);
        if (got != text) return ::testing::AssertionFailure() << "got '" << got << "', expected '" << text << "'";
        return ::testing::AssertionSuccess();
    }
    if (result) return ::testing::AssertionFailure() << "expected " << error << ": " << text << ", got a value";
    if (result.error().type != error || result.error().message != text)
        return ::testing::AssertionFailure() << "got " << result.error().type << ": " << result.error().message
                                             << ", expected " << error << ": " << text;
    return ::testing::AssertionSuccess();
}

inline ::testing::AssertionResult matches(const Result<std::string>& result, std::string_view error,
                                          std::string_view text) {
    return matches(result, error, text, [](const std::string& s) { return s; });
}

}  // namespace klass::text::testing
