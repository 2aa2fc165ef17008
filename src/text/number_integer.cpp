#include "text/number_integer.h"

namespace klass::text {

Integer make_integer(BigInt&& v) {
    // long is 64 bits on every platform klass targets (LP64).
    static_assert(sizeof(long) == sizeof(std::int64_t));
    if (mpz_fits_slong_p(v.get())) return static_cast<std::int64_t>(mpz_get_si(v.get()));
    return Integer(std::in_place_index<1>, std::move(v));
}

}  // namespace klass::text
