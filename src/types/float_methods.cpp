// The float type object: operator dunders (mixing with ints), comparisons
// (exact against ints), conversions, rounding, hex and the other methods.
// The constructor and float.fromhex are in float_new.cpp.
#include <cmath>
#include <cstring>

#include "compile/opcodes.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "text/number_arith.h"
#include "text/number_double.h"
#include "text/number_float_text.h"
#include "text/number_format.h"
#include "text/number_ratio.h"
#include "types/dict.h"
#include "types/float.h"
#include "types/float_internal.h"
#include "types/int.h"
#include "types/int_internal.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

double self_value(Value v) { return float_value(v); }

Value exact_float(VM& vm, Value self) {
  if (self.as_object()->cls == vm.t.float_) return self;
  return make_float(vm, float_value(self));
}

// ---- operators ----

constexpr const char* kSlotNames[] = {"__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__",
                                      "__mul__", "__mod__", "__or__", "__pow__", "__rshift__",
                                      "__sub__", "__truediv__", "__xor__"};
constexpr const char* kReflectedNames[] = {"__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__",
                                           "__rmul__", "__rmod__", "__ror__", "__rpow__", "__rrshift__",
                                           "__rsub__", "__rtruediv__", "__rxor__"};

// The other operand as a double: 1 done, 0 NotImplemented, -1 error.
int other_operand(VM& vm, Value v, double* out) {
  bool failed;
  if (number_as_double(vm, v, out, &failed)) return 1;
  return failed ? -1 : 0;
}

template <BinaryOp op, bool reflected>
Value float_operator(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  constexpr int k = static_cast<int>(op);
  if (!slot_args(vm, reflected ? kReflectedNames[k] : kSlotNames[k], nargs, kwnames, 1)) return Value::error();
  double a = self_value(args[0]), b;
  int got = other_operand(vm, args[1], &b);
  if (got <= 0) return got < 0 ? Value::error() : vm.not_implemented;
  return reflected ? float_binary(vm, k, b, a) : float_binary(vm, k, a, b);
}

template <bool reflected>
Value float_divmod_slot(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!slot_args(vm, reflected ? "__rdivmod__" : "__divmod__", nargs, kwnames, 1)) return Value::error();
  double a = self_value(args[0]), b;
  int got = other_operand(vm, args[1], &b);
  if (got <= 0) return got < 0 ? Value::error() : vm.not_implemented;
  return reflected ? float_divmod(vm, b, a) : float_divmod(vm, a, b);
}

template <bool reflected>
Value float_pow_slot(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = reflected ? "__rpow__" : "__pow__";
  if (kwnames && kwnames->size) return raisef(vm, vm.e.TypeError, "wrapper %s() takes no keyword arguments", name);
  if (nargs < 2) return raise(vm, vm.e.TypeError, " expected at least 1 argument, got 0");
  if (nargs > 3) return raisef(vm, vm.e.TypeError, " expected at most 2 arguments, got %zu", nargs - 1);
  double a = self_value(args[0]), b;
  int got = other_operand(vm, args[1], &b);
  if (got <= 0) return got < 0 ? Value::error() : vm.not_implemented;
  if (nargs == 3 && !args[2].is_none())
    return raise(vm, vm.e.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  int k = static_cast<int>(BinaryOp::Power);
  return reflected ? float_binary(vm, k, b, a) : float_binary(vm, k, a, b);
}

bool compare_result(CompareOp op, int c) {
  if (c == 2) return op == CompareOp::Ne;  // NaN: unordered
  switch (op) {
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
  }
  return false;
}

template <CompareOp op>
Value float_richcompare(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static constexpr const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  if (!slot_args(vm, names[static_cast<int>(op)], nargs, kwnames, 1)) return Value::error();
  double a = self_value(args[0]);
  Value other = args[1];
  int c;
  if (is_float(vm, other)) {
    double b = float_value(other);
    c = (std::isnan(a) || std::isnan(b)) ? 2 : (a > b) - (a < b);
  } else if (is_int_value(other)) {
    c = float_compare_int(a, other);
  } else {
    return vm.not_implemented;
  }
  return Value::boolean(compare_result(op, c));
}

// ---- unary operators and conversions ----

#define KLASS_FLOAT_UNARY(fn, name, body)                                  \
  Value fn(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {     \
    if (!slot_args(vm, name, nargs, kwnames, 0)) return Value::error();   \
    double x = self_value(args[0]);                                       \
    body                                                                  \
  }

KLASS_FLOAT_UNARY(float_neg, "__neg__", return make_float(vm, -x);)
KLASS_FLOAT_UNARY(float_pos, "__pos__", (void)x; return exact_float(vm, args[0]);)
KLASS_FLOAT_UNARY(float_abs, "__abs__", return make_float(vm, std::fabs(x));)
KLASS_FLOAT_UNARY(float_bool, "__bool__", return Value::boolean(x != 0.0);)
KLASS_FLOAT_UNARY(float_int, "__int__", return make_int_from_double(vm, x);)
KLASS_FLOAT_UNARY(float_float, "__float__", (void)x; return exact_float(vm, args[0]);)
KLASS_FLOAT_UNARY(float_hash_slot, "__hash__", (void)x; return make_int(vm, float_object_hash(args[0]));)
KLASS_FLOAT_UNARY(float_repr, "__repr__", return make_ascii_str(vm, text::float_repr(x));)
#undef KLASS_FLOAT_UNARY

// Methods of no arguments: float.<name>() with CPython's message on misuse.
#define KLASS_FLOAT_METHOD0(fn, qualname, body)                                    \
  Value fn(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {             \
    if (!method_args(vm, qualname, nargs, kwnames, 0, 0)) return Value::error();  \
    double x = self_value(args[0]);                                               \
    body                                                                          \
  }

KLASS_FLOAT_METHOD0(float_trunc, "float.__trunc__", return make_int_from_double(vm, x);)
KLASS_FLOAT_METHOD0(float_floor, "float.__floor__", return make_int_from_double(vm, std::floor(x));)
KLASS_FLOAT_METHOD0(float_ceil, "float.__ceil__", return make_int_from_double(vm, std::ceil(x));)
KLASS_FLOAT_METHOD0(float_conjugate, "float.conjugate", (void)x; return exact_float(vm, args[0]);)
KLASS_FLOAT_METHOD0(float_is_integer, "float.is_integer",
                    return Value::boolean(std::isfinite(x) && std::floor(x) == x);)
KLASS_FLOAT_METHOD0(float_hex, "float.hex", return make_ascii_str(vm, text::float_hex(x));)
KLASS_FLOAT_METHOD0(float_getnewargs, "float.__getnewargs__", {
  Value f = make_float(vm, x);
  if (!f.ok()) return f;
  return make_tuple(vm, {f});
})
KLASS_FLOAT_METHOD0(float_as_integer_ratio, "float.as_integer_ratio", {
  auto r = text::float_as_integer_ratio(x);
  if (!r) return raise_text_error(vm, r.error());
  Value n = make_int_from_integer(vm, std::move(r->first));
  if (!n.ok()) return n;
  Value d = make_int_from_integer(vm, std::move(r->second));
  if (!d.ok()) return d;
  return make_tuple(vm, {n, d});
})
#undef KLASS_FLOAT_METHOD0

// round(x) is an int (ties to even); round(x, ndigits) a float.
Value float_round(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "float.__round__", kwnames)) return Value::error();
  if (!check_nargs(vm, "__round__", nargs - 1, 0, 1)) return Value::error();
  double x = self_value(args[0]);
  if (nargs == 1 || args[1].is_none()) {
    auto r = text::float_round_to_int(x);
    if (!r) return raise_text_error(vm, r.error());
    return make_int_from_integer(vm, std::move(*r));
  }
  Value nd = to_index(vm, args[1]);
  if (!nd.ok()) return nd;
  int64_t ndigits;
  if (!int_to_int64(nd, &ndigits)) ndigits = int_sign(nd) < 0 ? INT64_MIN : INT64_MAX;
  auto r = text::float_round(x, ndigits);
  if (!r) return raise_text_error(vm, r.error());
  return make_float(vm, *r);
}

Value float_format(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, "float.__format__", nargs, kwnames, 1, 1)) return Value::error();
  Value self = args[0], spec = args[1];
  if (!isinstance_of(vm, spec, vm.t.str))
    return raisef(vm, vm.e.TypeError, "__format__() argument must be str, not %s", type_name(spec));
  if (sv(spec).empty()) return to_str(vm, self);
  auto text = text::format_float(self_value(self), sv(spec), type_name(self));
  if (!text) return raise_text_error(vm, text.error());
  return make_str(vm, *text);
}

// float.__getformat__(typestr): how this machine stores doubles.
Value float_getformat(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, "float.__getformat__", nargs, kwnames, 1, 1)) return Value::error();
  Value t = args[1];
  if (!isinstance_of(vm, t, vm.t.str))
    return raisef(vm, vm.e.TypeError, "__getformat__() argument must be str, not %s", type_name(t));
  if (sv(t) != "double" && sv(t) != "float")
    return raise(vm, vm.e.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return make_ascii_str(vm, "IEEE, little-endian");
}

Value float_get_real(VM& vm, Value self) { return exact_float(vm, self); }
Value float_get_imag(VM& vm, Value) { return make_float(vm, 0.0); }

const MethodDef kFloatMethods[] = {
    {"__new__", float_new, METH_STATIC, "Create and return a new object."},
    {"__add__", float_operator<BinaryOp::Add, false>, METH_SLOT},
    {"__radd__", float_operator<BinaryOp::Add, true>, METH_SLOT},
    {"__sub__", float_operator<BinaryOp::Subtract, false>, METH_SLOT},
    {"__rsub__", float_operator<BinaryOp::Subtract, true>, METH_SLOT},
    {"__mul__", float_operator<BinaryOp::Multiply, false>, METH_SLOT},
    {"__rmul__", float_operator<BinaryOp::Multiply, true>, METH_SLOT},
    {"__truediv__", float_operator<BinaryOp::TrueDivide, false>, METH_SLOT},
    {"__rtruediv__", float_operator<BinaryOp::TrueDivide, true>, METH_SLOT},
    {"__floordiv__", float_operator<BinaryOp::FloorDivide, false>, METH_SLOT},
    {"__rfloordiv__", float_operator<BinaryOp::FloorDivide, true>, METH_SLOT},
    {"__mod__", float_operator<BinaryOp::Remainder, false>, METH_SLOT},
    {"__rmod__", float_operator<BinaryOp::Remainder, true>, METH_SLOT},
    {"__divmod__", float_divmod_slot<false>, METH_SLOT},
    {"__rdivmod__", float_divmod_slot<true>, METH_SLOT},
    {"__pow__", float_pow_slot<false>, METH_SLOT},
    {"__rpow__", float_pow_slot<true>, METH_SLOT},
    {"__lt__", float_richcompare<CompareOp::Lt>, METH_SLOT},
    {"__le__", float_richcompare<CompareOp::Le>, METH_SLOT},
    {"__eq__", float_richcompare<CompareOp::Eq>, METH_SLOT},
    {"__ne__", float_richcompare<CompareOp::Ne>, METH_SLOT},
    {"__gt__", float_richcompare<CompareOp::Gt>, METH_SLOT},
    {"__ge__", float_richcompare<CompareOp::Ge>, METH_SLOT},
    {"__neg__", float_neg, METH_SLOT},
    {"__pos__", float_pos, METH_SLOT},
    {"__abs__", float_abs, METH_SLOT},
    {"__bool__", float_bool, METH_SLOT},
    {"__int__", float_int, METH_SLOT},
    {"__float__", float_float, METH_SLOT},
    {"__hash__", float_hash_slot, METH_SLOT},
    {"__repr__", float_repr, METH_SLOT},
    {"__trunc__", float_trunc, METH_METHOD, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, METH_METHOD, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, METH_METHOD, "Return the ceiling as an Integral."},
    {"__round__", float_round, METH_METHOD,
     "Return the Integral closest to x, rounding half toward even.\n\n"
     "When an argument is passed, work like built-in round(x, ndigits)."},
    {"__format__", float_format, METH_METHOD, "Formats the float according to format_spec."},
    {"__getnewargs__", float_getnewargs, METH_METHOD},
    {"__getformat__", float_getformat, METH_CLASS,
     "You probably don't want to use this function.\n\n"
     "  typestr\n    Must be 'double' or 'float'.\n\n"
     "It exists mainly to be used in Python's test suite.\n\n"
     "This function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\n"
     "little-endian' best describes the format of floating point numbers used by the\n"
     "C type named by typestr."},
    {"conjugate", float_conjugate, METH_METHOD, "Return self, the complex conjugate of any float."},
    {"is_integer", float_is_integer, METH_METHOD, "Return True if the float is an integer."},
    {"hex", float_hex, METH_METHOD,
     "Return a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n"
     "'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'"},
    {"as_integer_ratio", float_as_integer_ratio, METH_METHOD,
     "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original float\n"
     "and with a positive denominator.\n\nRaise OverflowError on infinities and a ValueError on NaNs.\n\n"
     ">>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n"
     ">>> (-.25).as_integer_ratio()\n(-1, 4)"},
    {"fromhex", float_fromhex, METH_CLASS,
     "Create a floating-point number from a hexadecimal string.\n\n>>> float.fromhex('0x1.ffffp10')\n"
     "2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324"},
    {}};

const GetSetDef kFloatGetSets[] = {
    {"real", float_get_real, nullptr, "the real part of a complex number"},
    {"imag", float_get_imag, nullptr, "the imaginary part of a complex number"},
    {}};

// The collector sees nothing inside a float.
const Layout kFloatLayout{"float", nullptr, nullptr};

const char kFloatDoc[] =
    "Convert a string or number to a floating point number, if possible.";

}  // namespace

void init_float_type(VM& vm) {
  setup_builtin_type(vm, vm.t.float_, "float", vm.t.object, &kFloatLayout, sizeof(Float), TF_BASETYPE, float_new);
  add_methods(vm, vm.t.float_, kFloatMethods);
  dict_set_cstr(vm, vm.t.float_->dict, "__doc__", make_str(vm, kFloatDoc));
  add_getsets(vm, vm.t.float_, kFloatGetSets);
}

}  // namespace klass
