#include "text/number_arith.h"

#include <charconv>
#include <cmath>
#include <string>

#include "text/number_convert.h"

namespace klass::text {

namespace {

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// Floor quotient and remainder sharing one fmod, so they agree.
FloatDivMod divide_with_floor(double a, double b) {
    double mod = std::fmod(a, b);
    // fmod is exact, so a - mod is an exact multiple of b mathematically; the
    // float division may still land next to an integer, hence the snapping.
    double div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {  // the remainder takes the sign of b
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, b);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, a / b);  // the sign of the true quotient
    }
    return {floordiv, mod};
}

}  // namespace

Result<double> float_true_divide(double a, double b) {
    if (b == 0.0) return fail("ZeroDivisionError", "float division by zero");
    return a / b;
}

Result<double> float_floor_divide(double a, double b) {
    if (b == 0.0) return fail("ZeroDivisionError", "float floor division by zero");
    return divide_with_floor(a, b).quotient;
}

Result<double> float_modulo(double a, double b) {
    if (b == 0.0) return fail("ZeroDivisionError", "float modulo");
    return divide_with_floor(a, b).remainder;
}

Result<FloatDivMod> float_divmod(double a, double b) {
    if (b == 0.0) return fail("ZeroDivisionError", "float divmod()");
    return divide_with_floor(a, b);
}

Result<FloatPower> float_power(double base, double exponent) {
    auto value = [](double v) { return FloatPower{v, false}; };
    // The special cases are settled here: C99's pow() agrees on most, but not
    // every libm does, and Python's answers are part of the language.
    if (exponent == 0) return value(1.0);  // even 0**0 and nan**0
    if (std::isnan(base)) return value(base);
    if (std::isnan(exponent)) return value(base == 1.0 ? 1.0 : exponent);
    if (std::isinf(exponent)) {
        double magnitude = std::fabs(base);
        if (magnitude == 1.0) return value(1.0);
        // inf when |base| > 1 and exponent is +inf, or |base| < 1 and -inf.
        if ((exponent > 0) == (magnitude > 1.0)) return value(std::fabs(exponent));
        return value(0.0);
    }
    if (std::isinf(base)) {
        bool odd = is_odd_integer(exponent);
        if (exponent > 0) return value(odd ? base : std::fabs(base));
        return value(odd ? std::copysign(0.0, base) : 0.0);
    }
    if (base == 0.0) {
        if (exponent < 0) return fail("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        return value(is_odd_integer(exponent) ? base : 0.0);
    }
    bool negate = false;
    if (base < 0) {
        if (exponent != std::floor(exponent)) return FloatPower{0, true};
        base = -base;
        negate = is_odd_integer(exponent);
    }
    if (base == 1.0) return value(negate ? -1.0 : 1.0);  // (-1)**huge is exact

    double result = std::pow(base, exponent);
    // Overflow is an error in Python; underflow to 0 is not.
    if (std::isinf(result)) return fail("OverflowError", "(34, 'Numerical result out of range')");
    return value(negate ? -result : result);
}

Result<double> float_round(double x, std::int64_t ndigits) {
    if (!std::isfinite(x)) return x;
    // Past 323 digits every double is already a multiple of 10**-ndigits;
    // below -308 every double rounds to zero.
    if (ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;

    // x = m * 2**e exactly; the rounded value is N * 10**-ndigits where N is
    // the integer nearest to x * 10**ndigits (ties to even), computed exactly.
    int e;
    double fraction = std::frexp(std::fabs(x), &e);
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, nullptr);
    mpz_set_d(num, std::ldexp(fraction, 53));
    e -= 53;
    mpz_set_ui(den, 1);
    mpz_t power;
    mpz_init(power);
    mpz_ui_pow_ui(power, 10, static_cast<unsigned long>(ndigits >= 0 ? ndigits : -ndigits));
    if (ndigits >= 0)
        mpz_mul(num, num, power);
    else
        mpz_mul(den, den, power);
    if (e >= 0)
        mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
    else
        mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int half = mpz_cmp(r, den);  // compare the remainder with den / 2
    if (half > 0 || (half == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);

    // N * 10**-ndigits back to the nearest double, through the correctly
    // rounded decimal reader.
    std::string text(mpz_sizeinbase(q, 10) + 2, '\0');
    mpz_get_str(text.data(), 10, q);
    text.resize(text.find('\0'));
    text += "e" + std::to_string(-ndigits);
    mpz_clears(num, den, q, r, power, nullptr);

    double magnitude = 0;
    auto parsed = std::from_chars(text.data(), text.data() + text.size(), magnitude);
    if (parsed.ec == std::errc::result_out_of_range) return fail("OverflowError", "rounded value too large to represent");
    return std::copysign(magnitude, x);
}

Result<Integer> float_round_to_int(double x) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);  // halfway: to even
    return double_to_int(rounded);
}

Result<Integer> int_power_mod(IntView base, IntView exponent, IntView modulus) {
    if (modulus.sign() == 0) return fail("ValueError", "pow() 3rd argument cannot be 0");
    MpzOf b(base), e(exponent), m(modulus);
    BigInt result;
    mpz_t abs_modulus, positive_base, positive_exponent;
    mpz_inits(abs_modulus, positive_base, positive_exponent, nullptr);
    mpz_abs(abs_modulus, m.get());
    mpz_set(positive_base, b.get());
    mpz_abs(positive_exponent, e.get());
    bool invertible = true;
    if (mpz_cmp_ui(abs_modulus, 1) == 0) {
        mpz_set_ui(result.get(), 0);  // everything is 0 modulo 1, even for a non-invertible base
    } else {
        if (exponent.sign() < 0) invertible = mpz_invert(positive_base, b.get(), abs_modulus) != 0;
        if (invertible) {
            mpz_powm(result.get(), positive_base, positive_exponent, abs_modulus);  // in [0, |m|)
            if (modulus.sign() < 0 && mpz_sgn(result.get()) != 0) mpz_sub(result.get(), result.get(), abs_modulus);
        }
    }
    mpz_clears(abs_modulus, positive_base, positive_exponent, nullptr);
    if (!invertible) return fail("ValueError", "base is not invertible for the given modulus");
    return make_integer(std::move(result));
}

}  // namespace klass::text
