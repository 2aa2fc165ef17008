#include "text/number_convert.h"

#include <cmath>
#include <limits>

namespace klass::text {

namespace {

constexpr int kMantissaBits = 53;            // DBL_MANT_DIG
constexpr int kLowestBit = -1074;            // exponent of the smallest subnormal
constexpr std::int64_t kMaxExponent = 1024;  // 2**1024 overflows

// Ints up to 2**53 convert to double exactly.
bool exact_in_double(IntView v) {
    constexpr std::int64_t limit = std::int64_t{1} << kMantissaBits;
    return v.is_small() && v.small() >= -limit && v.small() <= limit;
}

std::int64_t bit_length(mpz_srcptr v) { return mpz_sgn(v) == 0 ? 0 : static_cast<std::int64_t>(mpz_sizeinbase(v, 2)); }

}  // namespace

std::optional<double> scaled_to_double(mpz_srcptr magnitude, std::int64_t exp2, bool negative) {
    double sign = negative ? -1.0 : 1.0;
    std::int64_t bits = bit_length(magnitude);
    if (bits == 0) return sign * 0.0;
    if (bits + exp2 > kMaxExponent) return std::nullopt;  // >= 2**1024 before rounding

    // Keep the bits down to the last one a double can hold at this
    // magnitude (53 significant bits, never below 2**-1074).
    std::int64_t lowest = std::max<std::int64_t>(bits + exp2 - kMantissaBits, kLowestBit);
    std::int64_t drop = lowest - exp2;
    double mantissa;
    if (drop <= 0) {
        mantissa = mpz_get_d(magnitude);  // at most 53 bits: exact
        lowest = exp2;
    } else {
        auto drop_bits = static_cast<mp_bitcnt_t>(drop);
        bool half = mpz_tstbit(magnitude, drop_bits - 1);
        bool below_half = mpz_scan1(magnitude, 0) < drop_bits - 1;
        mpz_t kept;
        mpz_init(kept);
        mpz_fdiv_q_2exp(kept, magnitude, drop_bits);
        if (half && (below_half || mpz_odd_p(kept))) mpz_add_ui(kept, kept, 1);
        mantissa = mpz_get_d(kept);  // at most 2**53: exact
        mpz_clear(kept);
    }
    double result = std::ldexp(mantissa, static_cast<int>(lowest));
    if (std::isinf(result)) return std::nullopt;
    return sign * result;
}

Result<double> int_to_double(IntView v) {
    // The hardware conversion rounds to nearest-even already.
    if (v.is_small()) return static_cast<double>(v.small());
    mpz_t magnitude;
    mpz_init(magnitude);
    mpz_abs(magnitude, v.big());
    auto result = scaled_to_double(magnitude, 0, mpz_sgn(v.big()) < 0);
    mpz_clear(magnitude);
    if (!result) return fail("OverflowError", "int too large to convert to float");
    return *result;
}

Result<double> int_true_divide(IntView a, IntView b) {
    if (b.sign() == 0) return fail("ZeroDivisionError", "division by zero");
    // Both exact as doubles: one IEEE division rounds the exact quotient.
    if (exact_in_double(a) && exact_in_double(b))
        return static_cast<double>(a.small()) / static_cast<double>(b.small());

    bool negative = (a.sign() < 0) != (b.sign() < 0);
    if (a.sign() == 0) return negative ? -0.0 : 0.0;
    MpzOf a_mpz(a), b_mpz(b);
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, nullptr);
    mpz_abs(num, a_mpz.get());
    mpz_abs(den, b_mpz.get());
    // 2**(diff-1) < |a/b| < 2**(diff+1).
    std::int64_t diff = bit_length(num) - bit_length(den);
    std::optional<double> result;
    if (diff > kMaxExponent + 1) {
        result = std::nullopt;
    } else if (diff < kLowestBit - 2) {
        result = negative ? -0.0 : 0.0;  // below half the smallest subnormal
    } else {
        // Scale so the integer quotient has 55+ bits, i.e. at least two bits
        // below where the final rounding happens; the remainder then only
        // matters as a "sticky" bit appended below them.
        std::int64_t scale = kMantissaBits + 3 - diff;
        if (scale >= 0)
            mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(scale));
        else
            mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-scale));
        mpz_tdiv_qr(q, r, num, den);
        mpz_mul_2exp(q, q, 1);
        if (mpz_sgn(r) != 0) mpz_setbit(q, 0);
        result = scaled_to_double(q, -scale - 1, negative);
    }
    mpz_clears(num, den, q, r, nullptr);
    if (!result) return fail("OverflowError", "integer division result too large for a float");
    return *result;
}

Result<Integer> double_to_int(double x) {
    if (std::isinf(x)) return fail("OverflowError", "cannot convert float infinity to integer");
    if (std::isnan(x)) return fail("ValueError", "cannot convert float NaN to integer");
    double t = std::trunc(x);
    // 2**63 is exactly representable; everything below it in magnitude fits.
    if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) return static_cast<std::int64_t>(t);
    BigInt big;
    mpz_set_d(big.get(), t);  // exact: t is integral
    return make_integer(std::move(big));
}

}  // namespace klass::text
