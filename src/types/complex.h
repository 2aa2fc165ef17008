// complex: a boxed pair of IEEE doubles. Instances of complex subclasses share
// the layout.
#pragma once
#include <cstdint>
#include "object/object.h"

namespace klass {

class VM;
struct Type;

struct Complex : Obj {
  double re, im;
};

Value make_complex(VM& vm, double re, double im);
Value make_complex_of_type(VM& vm, Type* cls, double re, double im);
// True for complex and its subclasses.
bool is_complex(VM& vm, Value v);

// a ** b for complex numbers (CPython's algorithm: integral exponents by
// repeated multiplication, others through polar form). ZeroDivisionError
// "0.0 to a negative or complex power", OverflowError "complex exponentiation".
Value complex_power(VM& vm, double are, double aim, double bre, double bim);

void init_complex_type(VM& vm);

}  // namespace klass
