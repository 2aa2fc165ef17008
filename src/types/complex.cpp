// The complex type: boxing, arithmetic (mixing with ints and floats),
// equality (no ordering), hashing, repr/format and its methods. The
// constructor is in complex_new.cpp.
#include "types/complex.h"

#include <cmath>

#include "compile/opcodes.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "text/number_complex.h"
#include "text/number_format.h"
#include "text/number_hash.h"
#include "types/complex_internal.h"
#include "types/dict.h"
#include "types/float.h"
#include "types/int.h"
#include "types/int_internal.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

Value make_complex(VM& vm, double re, double im) { return make_complex_of_type(vm, vm.t.complex, re, im); }

Value make_complex_of_type(VM& vm, Type* cls, double re, double im) {
  Obj* o = alloc_object(vm, cls);
  if (!o) return Value::error();
  auto* c = static_cast<Complex*>(o);
  c->re = re;
  c->im = im;
  return val(o);
}

bool is_complex(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->cls;
  return t == vm.t.complex || is_subtype(t, vm.t.complex);
}

namespace {

Value make_result(VM& vm, const text::Result<text::ComplexValue>& r) {
  if (!r) return raise_text_error(vm, r.error());
  return make_complex(vm, r->re, r->im);
}

}  // namespace

Value complex_power(VM& vm, double are, double aim, double bre, double bim) {
  return make_result(vm, text::complex_power({are, aim}, {bre, bim}));
}

namespace {

text::ComplexValue value_of(Value v) {
  auto* c = v.as<Complex>();
  return {c->re, c->im};
}

// The other operand as a complex: 1 done, 0 NotImplemented, -1 error.
int other_operand(VM& vm, Value v, text::ComplexValue* out) {
  if (is_complex(vm, v)) {
    *out = value_of(v);
    return 1;
  }
  bool failed;
  double d;
  if (number_as_double(vm, v, &d, &failed)) {
    *out = {d, 0.0};
    return 1;
  }
  return failed ? -1 : 0;
}

Value arithmetic(VM& vm, BinaryOp op, text::ComplexValue a, text::ComplexValue b) {
  switch (op) {
    case BinaryOp::Add: return make_complex(vm, a.re + b.re, a.im + b.im);
    case BinaryOp::Subtract: return make_complex(vm, a.re - b.re, a.im - b.im);
    case BinaryOp::Multiply: {
      auto r = text::complex_multiply(a, b);
      return make_complex(vm, r.re, r.im);
    }
    case BinaryOp::TrueDivide: return make_result(vm, text::complex_divide(a, b));
    default: return make_result(vm, text::complex_power(a, b));
  }
}

constexpr const char* kSlotNames[] = {"__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__",
                                      "__mul__", "__mod__", "__or__", "__pow__", "__rshift__",
                                      "__sub__", "__truediv__", "__xor__"};
constexpr const char* kReflectedNames[] = {"__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__",
                                           "__rmul__", "__rmod__", "__ror__", "__rpow__", "__rrshift__",
                                           "__rsub__", "__rtruediv__", "__rxor__"};

template <BinaryOp op, bool reflected>
Value complex_operator(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  constexpr int k = static_cast<int>(op);
  if (!slot_args(vm, reflected ? kReflectedNames[k] : kSlotNames[k], nargs, kwnames, 1)) return Value::error();
  text::ComplexValue a = value_of(args[0]), b;
  int got = other_operand(vm, args[1], &b);
  if (got <= 0) return got < 0 ? Value::error() : vm.not_implemented;
  return reflected ? arithmetic(vm, op, b, a) : arithmetic(vm, op, a, b);
}

template <bool reflected>
Value complex_pow_slot(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = reflected ? "__rpow__" : "__pow__";
  if (kwnames && kwnames->size) return raisef(vm, vm.e.TypeError, "wrapper %s() takes no keyword arguments", name);
  if (nargs < 2) return raise(vm, vm.e.TypeError, " expected at least 1 argument, got 0");
  if (nargs > 3) return raisef(vm, vm.e.TypeError, " expected at most 2 arguments, got %zu", nargs - 1);
  text::ComplexValue a = value_of(args[0]), b;
  int got = other_operand(vm, args[1], &b);
  if (got <= 0) return got < 0 ? Value::error() : vm.not_implemented;
  if (nargs == 3 && !args[2].is_none()) return raise(vm, vm.e.ValueError, "complex modulo");
  return reflected ? arithmetic(vm, BinaryOp::Power, b, a) : arithmetic(vm, BinaryOp::Power, a, b);
}

// == and != against complex, float and int (exactly, without rounding the
// int); ordering is not defined (NotImplemented, so `<` raises TypeError).
template <CompareOp op>
Value complex_richcompare(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static constexpr const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  if (!slot_args(vm, names[static_cast<int>(op)], nargs, kwnames, 1)) return Value::error();
  if (op != CompareOp::Eq && op != CompareOp::Ne) return vm.not_implemented;
  text::ComplexValue a = value_of(args[0]);
  Value other = args[1];
  bool equal;
  if (is_int_value(other)) {
    equal = a.im == 0.0 && float_compare_int(a.re, other) == 0;
  } else if (is_float(vm, other)) {
    equal = a.im == 0.0 && a.re == float_value(other);
  } else if (is_complex(vm, other)) {
    text::ComplexValue b = value_of(other);
    equal = a.re == b.re && a.im == b.im;
  } else {
    return vm.not_implemented;
  }
  return Value::boolean(op == CompareOp::Eq ? equal : !equal);
}

Value exact_complex(VM& vm, Value self) {
  if (self.as_object()->cls == vm.t.complex) return self;
  text::ComplexValue a = value_of(self);
  return make_complex(vm, a.re, a.im);
}

#define KLASS_COMPLEX_UNARY(fn, name, body)                               \
  Value fn(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {    \
    if (!slot_args(vm, name, nargs, kwnames, 0)) return Value::error();  \
    text::ComplexValue a = value_of(args[0]);                            \
    body                                                                 \
  }

KLASS_COMPLEX_UNARY(complex_neg, "__neg__", return make_complex(vm, -a.re, -a.im);)
KLASS_COMPLEX_UNARY(complex_pos, "__pos__", return make_complex(vm, a.re, a.im);)
KLASS_COMPLEX_UNARY(complex_bool, "__bool__", return Value::boolean(a.re != 0.0 || a.im != 0.0);)
KLASS_COMPLEX_UNARY(complex_repr, "__repr__", return make_ascii_str(vm, text::complex_repr(a.re, a.im));)
KLASS_COMPLEX_UNARY(complex_abs, "__abs__", {
  auto r = text::complex_abs(a);
  if (!r) return raise_text_error(vm, r.error());
  return make_float(vm, *r);
})
KLASS_COMPLEX_UNARY(complex_hash, "__hash__", {
  // A NaN part hashes by identity, as CPython does for float NaNs.
  uint64_t p = args[0].bits();
  auto identity = static_cast<int64_t>((p >> 4) | (p << 60));
  return make_int(vm, text::hash_complex(a.re, a.im, identity == -1 ? -2 : identity));
})
#undef KLASS_COMPLEX_UNARY

Value complex_complex(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, "complex.__complex__", nargs, kwnames, 0, 0)) return Value::error();
  return exact_complex(vm, args[0]);
}

Value complex_conjugate(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, "complex.conjugate", nargs, kwnames, 0, 0)) return Value::error();
  text::ComplexValue a = value_of(args[0]);
  return make_complex(vm, a.re, -a.im);
}

Value complex_getnewargs(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, "complex.__getnewargs__", nargs, kwnames, 0, 0)) return Value::error();
  text::ComplexValue a = value_of(args[0]);
  Value re = make_float(vm, a.re);
  if (!re.ok()) return re;
  Value im = make_float(vm, a.im);
  if (!im.ok()) return im;
  return make_tuple(vm, {re, im});
}

Value complex_format(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, "complex.__format__", nargs, kwnames, 1, 1)) return Value::error();
  Value self = args[0], spec = args[1];
  if (!isinstance_of(vm, spec, vm.t.str))
    return raisef(vm, vm.e.TypeError, "__format__() argument must be str, not %s", type_name(spec));
  if (sv(spec).empty()) return to_str(vm, self);
  text::ComplexValue a = value_of(self);
  auto text = text::format_complex(a.re, a.im, sv(spec), type_name(self));
  if (!text) return raise_text_error(vm, text.error());
  return make_str(vm, *text);
}

Value complex_get_real(VM& vm, Value self) { return make_float(vm, value_of(self).re); }
Value complex_get_imag(VM& vm, Value self) { return make_float(vm, value_of(self).im); }

const MethodDef kComplexMethods[] = {
    {"__new__", complex_new, METH_STATIC, "Create and return a new object."},
    {"__add__", complex_operator<BinaryOp::Add, false>, METH_SLOT},
    {"__radd__", complex_operator<BinaryOp::Add, true>, METH_SLOT},
    {"__sub__", complex_operator<BinaryOp::Subtract, false>, METH_SLOT},
    {"__rsub__", complex_operator<BinaryOp::Subtract, true>, METH_SLOT},
    {"__mul__", complex_operator<BinaryOp::Multiply, false>, METH_SLOT},
    {"__rmul__", complex_operator<BinaryOp::Multiply, true>, METH_SLOT},
    {"__truediv__", complex_operator<BinaryOp::TrueDivide, false>, METH_SLOT},
    {"__rtruediv__", complex_operator<BinaryOp::TrueDivide, true>, METH_SLOT},
    {"__pow__", complex_pow_slot<false>, METH_SLOT},
    {"__rpow__", complex_pow_slot<true>, METH_SLOT},
    {"__lt__", complex_richcompare<CompareOp::Lt>, METH_SLOT},
    {"__le__", complex_richcompare<CompareOp::Le>, METH_SLOT},
    {"__eq__", complex_richcompare<CompareOp::Eq>, METH_SLOT},
    {"__ne__", complex_richcompare<CompareOp::Ne>, METH_SLOT},
    {"__gt__", complex_richcompare<CompareOp::Gt>, METH_SLOT},
    {"__ge__", complex_richcompare<CompareOp::Ge>, METH_SLOT},
    {"__neg__", complex_neg, METH_SLOT},
    {"__pos__", complex_pos, METH_SLOT},
    {"__abs__", complex_abs, METH_SLOT},
    {"__bool__", complex_bool, METH_SLOT},
    {"__hash__", complex_hash, METH_SLOT},
    {"__repr__", complex_repr, METH_SLOT},
    {"__complex__", complex_complex, METH_METHOD, "Convert complex to a complex."},
    {"__format__", complex_format, METH_METHOD, "Convert to a string according to format_spec."},
    {"__getnewargs__", complex_getnewargs, METH_METHOD},
    {"conjugate", complex_conjugate, METH_METHOD, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {}};

const GetSetDef kComplexGetSets[] = {
    {"real", complex_get_real, nullptr, "the real part of a complex number"},
    {"imag", complex_get_imag, nullptr, "the imaginary part of a complex number"},
    {}};

const Layout kComplexLayout{"complex", nullptr, nullptr};

const char kComplexDoc[] =
    "Create a complex number from a real part and an optional imaginary part.\n"
    "\n"
    "This is equivalent to (real + imag*1j) where imag defaults to 0.";

}  // namespace

void init_complex_type(VM& vm) {
  setup_builtin_type(vm, vm.t.complex, "complex", vm.t.object, &kComplexLayout, sizeof(Complex), TF_BASETYPE,
                     complex_new);
  add_methods(vm, vm.t.complex, kComplexMethods);
  dict_set_cstr(vm, vm.t.complex->dict, "__doc__", make_str(vm, kComplexDoc));
  add_getsets(vm, vm.t.complex, kComplexGetSets);
}

}  // namespace klass
