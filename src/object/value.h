// A Python value in one machine word.
//
// klass never allocates for the values programs touch most: small integers and
// the singletons None/True/False live inside the word itself. Everything else is
// a pointer to a garbage-collected object (see gc/heap.h).
//
// Encoding of the 64 bits:
//   ...ppppp000  pointer to an Obj (8-byte aligned, never 0)
//   ...iiiiiii1  small int: 63-bit two's-complement payload, value = bits >> 1
//   ...00000010  None          ...00001010  False        ...00010010  True
//   0            "no value": the result of an operation that raised; the
//                exception itself is pending in the VM (see vm/errors.h)
//
// Floats are boxed (types/float.h). NaN-boxing would make floats free but every
// pointer and int test dearer and would cap ints at 48 bits; the int and object
// paths dominate the programs klass is for (class machinery), so pointers stay
// plain and floats come from a size-class free list, which costs a few
// nanoseconds per result (measured by bench/nbody.py).
#pragma once
#include <cstdint>
#include <cstddef>

namespace klass {

struct Obj;

class Value {
 public:
  constexpr Value() : bits_(0) {}
  static constexpr Value from_bits(uint64_t b) { Value v; v.bits_ = b; return v; }
  static Value object(const Obj* o) { return from_bits(reinterpret_cast<uint64_t>(o)); }
  static constexpr Value none() { return from_bits(kNone); }
  static constexpr Value boolean(bool b) { return from_bits(b ? kTrue : kFalse); }
  static constexpr Value error() { return Value(); }

  // Small ints hold 63 bits. Callers making an int from a C++ integer use
  // make_int (types/int.h), which falls back to a big int when needed.
  static constexpr int64_t kSmallMax = (int64_t(1) << 62) - 1;
  static constexpr int64_t kSmallMin = -(int64_t(1) << 62);
  static constexpr bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }
  static constexpr Value small_int(int64_t i) {
    return from_bits((static_cast<uint64_t>(i) << 1) | 1);
  }

  constexpr uint64_t bits() const { return bits_; }
  constexpr bool is_error() const { return bits_ == 0; }
  constexpr bool ok() const { return bits_ != 0; }
  constexpr bool is_small_int() const { return bits_ & 1; }
  constexpr bool is_object() const { return (bits_ & 7) == 0 && bits_ != 0; }
  constexpr bool is_none() const { return bits_ == kNone; }
  constexpr bool is_true() const { return bits_ == kTrue; }
  constexpr bool is_false() const { return bits_ == kFalse; }
  constexpr bool is_bool() const { return bits_ == kTrue || bits_ == kFalse; }

  constexpr int64_t as_small_int() const { return static_cast<int64_t>(bits_) >> 1; }
  Obj* as_object() const { return reinterpret_cast<Obj*>(bits_); }
  template <class T> T* as() const { return static_cast<T*>(as_object()); }

  friend constexpr bool operator==(Value a, Value b) { return a.bits_ == b.bits_; }
  friend constexpr bool operator!=(Value a, Value b) { return a.bits_ != b.bits_; }

 private:
  static constexpr uint64_t kNone = 0x02, kFalse = 0x0A, kTrue = 0x12;
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace klass
