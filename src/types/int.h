// int: small integers are tagged immediates (object/value.h); the rest are
// BigInt objects holding a GMP integer. A BigInt of exact type int never holds
// a value that fits a small int, so equal ints always have equal
// representations. Instances of int subclasses are BigInt-layout objects that
// hold their value whatever its size (they need an object to carry a class).
// bool's True/False are immediates and count as the ints 1 and 0.
#pragma once
#include <gmp.h>
#include <string>
#include "object/object.h"
#include "text/number_integer.h"
#include "text/result.h"

namespace klass {

class VM;
struct Type;

struct BigInt : Obj {
  mpz_t z;
};

Value make_int(VM& vm, int64_t i);
Value make_int_from_mpz(VM& vm, mpz_srcptr z);  // normalises to a small int when it fits
// Like make_int_from_mpz but takes over z's limbs (z is left a valid 0).
Value make_int_adopt(VM& vm, mpz_ptr z);
Value make_int_from_integer(VM& vm, text::Integer&& i);
Value make_int_from_double(VM& vm, double d);   // truncates; OverflowError/ValueError for inf/nan
// An instance of `cls` (int or a subclass of it) holding the value of the int v.
Value make_int_of_type(VM& vm, Type* cls, Value v);

// True for int, bool and their subclasses.
bool is_int(VM& vm, Value v);
// Without a VM: the same test (bools and small ints are immediates).
bool is_int_value(Value v);
// True for exactly int (small or big, not bool, not a subclass).
bool is_exact_int(VM& vm, Value v);
// The value of an int (bool, subclass) as the text layer takes it; a big value
// borrows the object's mpz, so keep v alive while using the view.
text::IntView int_view(Value v);
// The same value as a plain int (drops bool and subclass identity).
Value int_exact(VM& vm, Value v);
// For a value known to be an int (or bool): its value in an mpz (set into out,
// which must be initialised).
void int_to_mpz(Value v, mpz_t out);
// Value as int64; false on overflow (no exception raised).
bool int_to_int64(Value v, int64_t* out);
// float(v), correctly rounded. On overflow raises OverflowError "int too large
// to convert to float", sets *overflow and returns 0.
double int_to_double(VM& vm, Value v, bool* overflow);
// str(v) without the max-str-digits limit (for messages and internal uses).
std::string int_to_decimal(Value v);
int int_sign(Value v);  // -1, 0, 1

// Arithmetic on two ints (bools included); returns error() with an exception
// pending (ZeroDivisionError, ...). `op` is a BinaryOp value (compile/opcodes.h);
// the in-place ops act as the plain ones. MatMul returns NotImplemented.
Value int_binary(VM& vm, int op, Value a, Value b);
// divmod(a, b) as a tuple; pow(a, b, m) (m may be None).
Value int_divmod(VM& vm, Value a, Value b);
Value int_power(VM& vm, Value a, Value b, Value modulus);
Value int_negate(VM& vm, Value v);
Value int_invert(VM& vm, Value v);
Value int_abs(VM& vm, Value v);
int int_compare(Value a, Value b);  // -1, 0, 1
int64_t int_hash(Value v);

// Turns an error reported by the text layer into the pending Python exception
// of that class; always returns error().
Value raise_text_error(VM& vm, const text::TextError& e);

// int(x) for one argument (without base): __int__, __index__, __trunc__,
// str, bytes, bytearray. Returns an exact int.
Value int_from_object(VM& vm, Value x);

void init_int_type(VM& vm);
// bool (types/bool.cpp): a subclass of int whose only values are True and False.
void init_bool_type(VM& vm);

}  // namespace klass
