// float: a boxed IEEE double. Instances of float subclasses share the layout.
#pragma once
#include <cstdint>
#include "object/object.h"

namespace klass {

class VM;
struct Type;

struct Float : Obj {
  double v;
};

Value make_float(VM& vm, double d);
// An instance of `cls` (float or a subclass) holding d.
Value make_float_of_type(VM& vm, Type* cls, double d);
// True for float and its subclasses.
bool is_float(VM& vm, Value v);
inline double float_value(Value v) { return v.as<Float>()->v; }

// Converts an int or float (or __float__/__index__ implementer) to double, as
// C functions taking a double do: TypeError "must be real number, not str",
// OverflowError for ints past the double range.
bool to_double(VM& vm, Value v, double* out);
// The double of a float or int operand of an arithmetic operator: false
// without an exception when v is neither (the operator returns
// NotImplemented), false with OverflowError for an int too large.
bool number_as_double(VM& vm, Value v, double* out, bool* failed);

// a op b for two doubles (op a BinaryOp, in-place ops act as plain ones):
// + - * / // % ** with Python's rules (ZeroDivisionError "float division by
// zero", ** of a negative base with a fractional exponent is complex).
// Other operators raise TypeError.
Value float_binary(VM& vm, int op, double a, double b);
Value float_divmod(VM& vm, double a, double b);

// hash(x) for a finite or infinite x; a NaN hashes by identity: use
// float_object_hash for a float object.
int64_t float_hash(double d);
int64_t float_object_hash(Value v);
// Exact comparison of a double with an int (no rounding of big ints):
// -1, 0, 1, or 2 when x is NaN (unordered).
int float_compare_int(double x, Value i);

// float(x) for one argument: str, bytes, __float__, __index__. Returns an
// exact float.
Value float_from_object(VM& vm, Value x);

void init_float_type(VM& vm);

}  // namespace klass
