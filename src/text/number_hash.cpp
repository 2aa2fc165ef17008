#include "text/number_hash.h"

#include <cmath>

namespace klass::text {

namespace {

constexpr std::uint64_t kModulus = static_cast<std::uint64_t>(kHashModulus);
constexpr int kModulusBits = 61;

// -1 is reserved for "error" in CPython's C API, so no hash is -1.
std::int64_t avoid_minus_one(std::int64_t h) { return h == -1 ? -2 : h; }

// v * 2**shift modulo 2**61 - 1, for v < 2**61 and 0 <= shift < 61: since
// 2**61 == 1 (mod 2**61 - 1), the shift is a 61-bit rotation.
std::uint64_t rotate_mod(std::uint64_t v, int shift) {
    if (shift == 0) return v;
    return ((v << shift) & kModulus) | (v >> (kModulusBits - shift));
}

}  // namespace

std::int64_t hash_int(IntView v) {
    if (v.is_small()) {
        std::int64_t x = v.small();
        std::uint64_t magnitude = x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x);
        auto h = static_cast<std::int64_t>(magnitude % kModulus);
        return avoid_minus_one(x < 0 ? -h : h);
    }
    static_assert(sizeof(unsigned long) == sizeof(std::uint64_t));
    auto h = static_cast<std::int64_t>(mpz_tdiv_ui(v.big(), kModulus));  // remainder of |v|
    return avoid_minus_one(mpz_sgn(v.big()) < 0 ? -h : h);
}

std::int64_t hash_float(double x, std::int64_t nan_hash) {
    if (std::isnan(x)) return nan_hash;
    if (std::isinf(x)) return x > 0 ? kHashInfinity : -kHashInfinity;
    if (x == 0.0) return 0;
    // |x| = m * 2**e with m a 53-bit integer; its hash is m * 2**e mod P,
    // where 2**e (e may be negative) reduces to a rotation by e mod 61.
    int e;
    double fraction = std::frexp(std::fabs(x), &e);
    auto m = static_cast<std::uint64_t>(std::ldexp(fraction, 53));
    e -= 53;
    int shift = ((e % kModulusBits) + kModulusBits) % kModulusBits;
    auto h = static_cast<std::int64_t>(rotate_mod(m % kModulus, shift));
    return avoid_minus_one(x < 0 ? -h : h);
}

std::int64_t hash_complex(double real, double imag, std::int64_t nan_hash) {
    // Unsigned arithmetic: the combination wraps around 2**64 as in CPython.
    auto real_hash = static_cast<std::uint64_t>(hash_float(real, nan_hash));
    auto imag_hash = static_cast<std::uint64_t>(hash_float(imag, nan_hash));
    auto combined = static_cast<std::int64_t>(real_hash + static_cast<std::uint64_t>(kHashImaginary) * imag_hash);
    return avoid_minus_one(combined);
}

}  // namespace klass::text
