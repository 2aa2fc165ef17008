// hash() of numbers exactly as CPython computes it, so that numbers equal in
// value hash equal across types: hash(1) == hash(1.0) == hash(True) ==
// hash(1+0j), and hash(x) == hash(Fraction(x)).
//
// The hash of a rational m/n is m * n**-1 modulo the prime 2**61 - 1, with
// the sign of the value; -1 (an error marker in C) becomes -2.
#pragma once

#include <cstdint>

#include "text/number_integer.h"

namespace klass::text {

constexpr std::int64_t kHashModulus = (std::int64_t{1} << 61) - 1;  // sys.hash_info.modulus
constexpr std::int64_t kHashInfinity = 314159;                      // sys.hash_info.inf
constexpr std::int64_t kHashImaginary = 1000003;                    // sys.hash_info.imag

// hash(i).
std::int64_t hash_int(IntView v);
// hash(x).  A NaN hashes by identity since Python 3.10: `nan_hash` is the
// caller's identity hash of the float object (unused for other values).
std::int64_t hash_float(double x, std::int64_t nan_hash);
// hash(complex(real, imag)); `nan_hash` is the complex object's identity
// hash, used for either part that is a NaN.
std::int64_t hash_complex(double real, double imag, std::int64_t nan_hash);

}  // namespace klass::text
