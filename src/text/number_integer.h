// Integers as the number functions take and return them.
//
// klass keeps small ints in a tagged word and big ones in GMP; the text layer
// knows neither representation, so it takes an IntView (an int64 or a
// borrowed mpz) and returns an Integer (an int64 when the value fits, else an
// owned BigInt whose mpz the caller can adopt with mpz_swap).
#pragma once

#include <gmp.h>

#include <concepts>
#include <cstdint>
#include <variant>

namespace klass::text {

// An owned arbitrary-precision integer: a move-only RAII wrapper of mpz_t.
class BigInt {
public:
    BigInt() { mpz_init(value_); }
    explicit BigInt(mpz_srcptr v) { mpz_init_set(value_, v); }
    explicit BigInt(std::int64_t v) { mpz_init_set_si(value_, v); }
    BigInt(BigInt&& other) noexcept {
        mpz_init(value_);
        mpz_swap(value_, other.value_);
    }
    BigInt& operator=(BigInt&& other) noexcept {
        mpz_swap(value_, other.value_);
        return *this;
    }
    BigInt(const BigInt&) = delete;
    BigInt& operator=(const BigInt&) = delete;
    ~BigInt() { mpz_clear(value_); }

    mpz_ptr get() { return value_; }
    mpz_srcptr get() const { return value_; }

private:
    mpz_t value_;
};

// An int result: int64 when it fits, BigInt otherwise (never a BigInt whose
// value fits in an int64, so callers can rely on the split).
using Integer = std::variant<std::int64_t, BigInt>;

// Moves v into an Integer, demoting it to int64 when it fits.
Integer make_integer(BigInt&& v);

// A borrowed int argument: either a small value or a pointer to an mpz that
// outlives the call.
class IntView {
public:
    template <std::signed_integral T>
    IntView(T v) : small_(v) {}
    IntView(mpz_srcptr v) : big_(v) {}
    IntView(const BigInt& v) : big_(v.get()) {}
    IntView(const Integer& v)
        : small_(v.index() == 0 ? std::get<0>(v) : 0), big_(v.index() == 0 ? nullptr : std::get<1>(v).get()) {}

    bool is_small() const { return big_ == nullptr; }
    std::int64_t small() const { return small_; }
    mpz_srcptr big() const { return big_; }
    int sign() const { return big_ ? mpz_sgn(big_) : (small_ > 0) - (small_ < 0); }

private:
    std::int64_t small_ = 0;
    mpz_srcptr big_ = nullptr;
};

// An mpz holding the value of an IntView: borrowed when the view is big,
// built on the stack when it is small.  For code paths that need GMP anyway.
class MpzOf {
public:
    explicit MpzOf(IntView v) {
        if (v.is_small()) {
            mpz_init_set_si(own_, v.small());
            ptr_ = own_;
        } else {
            ptr_ = v.big();
        }
    }
    MpzOf(const MpzOf&) = delete;
    MpzOf& operator=(const MpzOf&) = delete;
    ~MpzOf() {
        if (ptr_ == own_) mpz_clear(own_);
    }
    mpz_srcptr get() const { return ptr_; }

private:
    mpz_t own_;
    mpz_srcptr ptr_;
};

}  // namespace klass::text
