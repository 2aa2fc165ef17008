#include "text/number_ratio.h"

#include <cmath>

namespace klass::text {

Result<std::pair<Integer, Integer>> float_as_integer_ratio(double x) {
    if (std::isinf(x)) return fail("OverflowError", "cannot convert Infinity to integer ratio");
    if (std::isnan(x)) return fail("ValueError", "cannot convert NaN to integer ratio");
    // x = m * 2**e with m a 53-bit integer; dividing out the factors of two
    // m shares with the denominator leaves the fraction in lowest terms.
    int e;
    double fraction = std::frexp(x, &e);
    BigInt numerator, denominator;
    mpz_set_d(numerator.get(), std::ldexp(fraction, 53));
    e -= 53;
    mpz_set_ui(denominator.get(), 1);
    if (mpz_sgn(numerator.get()) == 0) return std::pair<Integer, Integer>{std::int64_t{0}, std::int64_t{1}};
    if (e >= 0) {
        mpz_mul_2exp(numerator.get(), numerator.get(), static_cast<mp_bitcnt_t>(e));
    } else {
        auto shift = static_cast<mp_bitcnt_t>(-e);
        mp_bitcnt_t twos = mpz_scan1(numerator.get(), 0);
        if (twos > shift) twos = shift;
        mpz_tdiv_q_2exp(numerator.get(), numerator.get(), twos);
        mpz_mul_2exp(denominator.get(), denominator.get(), shift - twos);
    }
    return std::pair<Integer, Integer>{make_integer(std::move(numerator)), make_integer(std::move(denominator))};
}

}  // namespace klass::text
