// The int type object: its operator dunders, conversions, methods and
// attributes (the constructor is in int_new.cpp, to_bytes/from_bytes in
// int_bytes.cpp).
#include <gmp.h>

#include "compile/opcodes.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "text/number_format.h"
#include "text/number_int_text.h"
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

namespace {

// ---- operators ----

constexpr const char* kSlotNames[] = {"__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__",
                                      "__mul__", "__mod__", "__or__", "__pow__", "__rshift__",
                                      "__sub__", "__truediv__", "__xor__"};
constexpr const char* kReflectedNames[] = {"__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__",
                                           "__rmul__", "__rmod__", "__ror__", "__rpow__", "__rrshift__",
                                           "__rsub__", "__rtruediv__", "__rxor__"};

// self op other, or other op self for the reflected method; NotImplemented
// unless the other operand is an int too.
template <BinaryOp op, bool reflected>
Value int_operator(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  constexpr int k = static_cast<int>(op);
  if (!slot_args(vm, reflected ? kReflectedNames[k] : kSlotNames[k], nargs, kwnames, 1)) return Value::error();
  if (!is_int_value(args[1])) return vm.not_implemented;
  return reflected ? int_binary_op(vm, k, args[1], args[0]) : int_binary_op(vm, k, args[0], args[1]);
}

template <bool reflected>
Value int_divmod_slot(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!slot_args(vm, reflected ? "__rdivmod__" : "__divmod__", nargs, kwnames, 1)) return Value::error();
  if (!is_int_value(args[1])) return vm.not_implemented;
  return reflected ? int_divmod(vm, args[1], args[0]) : int_divmod(vm, args[0], args[1]);
}

// __pow__(self, other, mod=None) and __rpow__(self, other, mod=None).
template <bool reflected>
Value int_pow_slot(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = reflected ? "__rpow__" : "__pow__";
  if (kwnames && kwnames->size) return raisef(vm, vm.e.TypeError, "wrapper %s() takes no keyword arguments", name);
  // CPython's message for these two starts with a space.
  if (nargs < 2) return raise(vm, vm.e.TypeError, " expected at least 1 argument, got 0");
  if (nargs > 3) return raisef(vm, vm.e.TypeError, " expected at most 2 arguments, got %zu", nargs - 1);
  Value modulus = nargs == 3 ? args[2] : Value::none();
  if (!is_int_value(args[1])) return vm.not_implemented;
  if (!modulus.is_none() && !is_int_value(modulus)) return vm.not_implemented;
  return reflected ? int_power(vm, args[1], args[0], modulus) : int_power(vm, args[0], args[1], modulus);
}

template <CompareOp op>
Value int_richcompare(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static constexpr const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  if (!slot_args(vm, names[static_cast<int>(op)], nargs, kwnames, 1)) return Value::error();
  if (!is_int_value(args[1])) return vm.not_implemented;
  int c = int_compare(args[0], args[1]);
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
  }
  return vm.not_implemented;
}

// ---- unary operators and conversions ----

#define KLASS_INT_UNARY(fn, name, body)                                       \
  Value fn(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {        \
    if (!slot_args(vm, name, nargs, kwnames, 0)) return Value::error();      \
    Value self = args[0];                                                    \
    body                                                                     \
  }

KLASS_INT_UNARY(int_neg, "__neg__", return int_negate(vm, self);)
KLASS_INT_UNARY(int_pos, "__pos__", return int_exact(vm, self);)
KLASS_INT_UNARY(int_abs_slot, "__abs__", return int_abs(vm, self);)
KLASS_INT_UNARY(int_invert_slot, "__invert__", return int_invert(vm, self);)
KLASS_INT_UNARY(int_bool, "__bool__", return Value::boolean(int_sign(self) != 0);)
KLASS_INT_UNARY(int_index, "__index__", return int_exact(vm, self);)
KLASS_INT_UNARY(int_int, "__int__", return int_exact(vm, self);)
KLASS_INT_UNARY(int_hash_slot, "__hash__", return make_int(vm, int_hash(self));)
KLASS_INT_UNARY(int_float, "__float__", {
  bool overflow;
  double d = int_to_double(vm, self, &overflow);
  return overflow ? Value::error() : make_float(vm, d);
})
KLASS_INT_UNARY(int_repr, "__repr__", {
  auto text = text::int_to_string(int_view(self), 10, text::kDefaultMaxStrDigits);
  if (!text) return raise_text_error(vm, text.error());
  return make_ascii_str(vm, *text);
})
#undef KLASS_INT_UNARY

// __trunc__, __floor__, __ceil__, conjugate: the int itself, as an exact int.
template <const char* qualname>
Value int_self_method(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, qualname, nargs, kwnames, 0, 0)) return Value::error();
  return int_exact(vm, args[0]);
}
constexpr char kTrunc[] = "int.__trunc__", kFloor[] = "int.__floor__", kCeil[] = "int.__ceil__",
               kConjugate[] = "int.conjugate";

// round(x, ndigits): for ndigits < 0, to the nearest multiple of
// 10**-ndigits, ties to even.
Value int_round(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "int.__round__", kwnames)) return Value::error();
  if (!check_nargs(vm, "__round__", nargs - 1, 0, 1)) return Value::error();
  Value self = args[0];
  if (nargs == 1 || args[1].is_none()) return int_exact(vm, self);
  Value nd = to_index(vm, args[1]);
  if (!nd.ok()) return nd;
  if (int_sign(nd) >= 0) return int_exact(vm, self);
  text::MpzOf x(int_view(self));
  int64_t places;
  // |x| < 10**places / 2 rounds to 0 (10**places would be far too big to build).
  if (!int_to_int64(nd, &places) || -places > static_cast<int64_t>(mpz_sizeinbase(x.get(), 10)) + 1)
    return Value::small_int(0);
  places = -places;
  mpz_t p, q, r;
  mpz_inits(p, q, r, nullptr);
  mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(places));
  mpz_fdiv_qr(q, r, x.get(), p);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  Value result = make_int_adopt(vm, q);
  mpz_clears(p, q, r, nullptr);
  return result;
}

Value int_format(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, "int.__format__", nargs, kwnames, 1, 1)) return Value::error();
  Value self = args[0], spec = args[1];
  if (!isinstance_of(vm, spec, vm.t.str))
    return raisef(vm, vm.e.TypeError, "__format__() argument must be str, not %s", type_name(spec));
  // An empty spec is str(self), which a subclass (bool, IntEnum) may override.
  if (sv(spec).empty()) return to_str(vm, self);
  auto text = text::format_int(int_view(self), sv(spec), type_name(self), text::kDefaultMaxStrDigits);
  if (!text) return raise_text_error(vm, text.error());
  return make_str(vm, *text);
}

Value int_getnewargs(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, "int.__getnewargs__", nargs, kwnames, 0, 0)) return Value::error();
  Value v = int_exact(vm, args[0]);
  if (!v.ok()) return v;
  return make_tuple(vm, {v});
}

// The size CPython reports (30-bit digits after a 24-byte header, at least
// one digit), so that sys.getsizeof agrees for programs that print it.
Value int_sizeof(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, "int.__sizeof__", nargs, kwnames, 0, 0)) return Value::error();
  text::MpzOf x(int_view(args[0]));
  int64_t bits = mpz_sgn(x.get()) == 0 ? 0 : static_cast<int64_t>(mpz_sizeinbase(x.get(), 2));
  int64_t digits = bits == 0 ? 1 : (bits + 29) / 30;
  return make_int(vm, 24 + 4 * digits);
}

// ---- methods ----

Value int_bit_length(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, "int.bit_length", nargs, kwnames, 0, 0)) return Value::error();
  text::MpzOf x(int_view(args[0]));
  if (mpz_sgn(x.get()) == 0) return Value::small_int(0);
  return make_int(vm, static_cast<int64_t>(mpz_sizeinbase(x.get(), 2)));
}

Value int_bit_count(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, "int.bit_count", nargs, kwnames, 0, 0)) return Value::error();
  text::MpzOf x(int_view(args[0]));
  mpz_t a;
  mpz_init(a);
  mpz_abs(a, x.get());
  auto count = static_cast<int64_t>(mpz_popcount(a));
  mpz_clear(a);
  return make_int(vm, count);
}

Value int_as_integer_ratio(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, "int.as_integer_ratio", nargs, kwnames, 0, 0)) return Value::error();
  Value v = int_exact(vm, args[0]);
  if (!v.ok()) return v;
  return make_tuple(vm, {v, Value::small_int(1)});
}

// ---- attributes ----

Value int_get_self(VM& vm, Value self) { return int_exact(vm, self); }
Value int_get_zero(VM&, Value) { return Value::small_int(0); }
Value int_get_one(VM&, Value) { return Value::small_int(1); }

const MethodDef kIntMethods[] = {
    {"__new__", int_new, METH_STATIC, "Create and return a new object."},
    {"__add__", int_operator<BinaryOp::Add, false>, METH_SLOT},
    {"__radd__", int_operator<BinaryOp::Add, true>, METH_SLOT},
    {"__sub__", int_operator<BinaryOp::Subtract, false>, METH_SLOT},
    {"__rsub__", int_operator<BinaryOp::Subtract, true>, METH_SLOT},
    {"__mul__", int_operator<BinaryOp::Multiply, false>, METH_SLOT},
    {"__rmul__", int_operator<BinaryOp::Multiply, true>, METH_SLOT},
    {"__floordiv__", int_operator<BinaryOp::FloorDivide, false>, METH_SLOT},
    {"__rfloordiv__", int_operator<BinaryOp::FloorDivide, true>, METH_SLOT},
    {"__mod__", int_operator<BinaryOp::Remainder, false>, METH_SLOT},
    {"__rmod__", int_operator<BinaryOp::Remainder, true>, METH_SLOT},
    {"__truediv__", int_operator<BinaryOp::TrueDivide, false>, METH_SLOT},
    {"__rtruediv__", int_operator<BinaryOp::TrueDivide, true>, METH_SLOT},
    {"__and__", int_operator<BinaryOp::And, false>, METH_SLOT},
    {"__rand__", int_operator<BinaryOp::And, true>, METH_SLOT},
    {"__or__", int_operator<BinaryOp::Or, false>, METH_SLOT},
    {"__ror__", int_operator<BinaryOp::Or, true>, METH_SLOT},
    {"__xor__", int_operator<BinaryOp::Xor, false>, METH_SLOT},
    {"__rxor__", int_operator<BinaryOp::Xor, true>, METH_SLOT},
    {"__lshift__", int_operator<BinaryOp::LShift, false>, METH_SLOT},
    {"__rlshift__", int_operator<BinaryOp::LShift, true>, METH_SLOT},
    {"__rshift__", int_operator<BinaryOp::RShift, false>, METH_SLOT},
    {"__rrshift__", int_operator<BinaryOp::RShift, true>, METH_SLOT},
    {"__divmod__", int_divmod_slot<false>, METH_SLOT},
    {"__rdivmod__", int_divmod_slot<true>, METH_SLOT},
    {"__pow__", int_pow_slot<false>, METH_SLOT},
    {"__rpow__", int_pow_slot<true>, METH_SLOT},
    {"__lt__", int_richcompare<CompareOp::Lt>, METH_SLOT},
    {"__le__", int_richcompare<CompareOp::Le>, METH_SLOT},
    {"__eq__", int_richcompare<CompareOp::Eq>, METH_SLOT},
    {"__ne__", int_richcompare<CompareOp::Ne>, METH_SLOT},
    {"__gt__", int_richcompare<CompareOp::Gt>, METH_SLOT},
    {"__ge__", int_richcompare<CompareOp::Ge>, METH_SLOT},
    {"__neg__", int_neg, METH_SLOT},
    {"__pos__", int_pos, METH_SLOT},
    {"__abs__", int_abs_slot, METH_SLOT},
    {"__invert__", int_invert_slot, METH_SLOT},
    {"__bool__", int_bool, METH_SLOT},
    {"__index__", int_index, METH_SLOT},
    {"__int__", int_int, METH_SLOT},
    {"__float__", int_float, METH_SLOT},
    {"__hash__", int_hash_slot, METH_SLOT},
    {"__repr__", int_repr, METH_SLOT},
    {"__trunc__", int_self_method<kTrunc>, METH_METHOD, "Truncating an Integral returns itself."},
    {"__floor__", int_self_method<kFloor>, METH_METHOD, "Flooring an Integral returns itself."},
    {"__ceil__", int_self_method<kCeil>, METH_METHOD, "Ceiling of an Integral returns itself."},
    {"__round__", int_round, METH_METHOD,
     "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."},
    {"__format__", int_format, METH_METHOD, "Convert to a string according to format_spec."},
    {"__getnewargs__", int_getnewargs, METH_METHOD},
    {"__sizeof__", int_sizeof, METH_METHOD, "Returns size in memory, in bytes."},
    {"conjugate", int_self_method<kConjugate>, METH_METHOD, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length, METH_METHOD,
     "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6"},
    {"bit_count", int_bit_count, METH_METHOD,
     "Number of ones in the binary representation of the absolute value of self.\n\nAlso known as the population "
     "count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3"},
    {"as_integer_ratio", int_as_integer_ratio, METH_METHOD,
     "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original int\n"
     "and with a positive denominator."},
    {}};

const GetSetDef kIntGetSets[] = {
    {"real", int_get_self, nullptr, "the real part of a complex number"},
    {"imag", int_get_zero, nullptr, "the imaginary part of a complex number"},
    {"numerator", int_get_self, nullptr, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, nullptr, "the denominator of a rational number in lowest terms"},
    {}};

const char kIntDoc[] =
    "int([x]) -> integer\n"
    "int(x, base=10) -> integer\n"
    "\n"
    "Convert a number or string to an integer, or return 0 if no arguments\n"
    "are given.  If x is a number, return x.__int__().  For floating point\n"
    "numbers, this truncates towards zero.\n"
    "\n"
    "If x is not a number or if base is given, then x must be a string,\n"
    "bytes, or bytearray instance representing an integer literal in the\n"
    "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
    "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
    "Base 0 means to interpret the base from the string as an integer literal.\n"
    ">>> int('0b100', base=0)\n"
    "4";

}  // namespace

void init_int_type(VM& vm) {
  setup_builtin_type(vm, vm.t.int_, "int", vm.t.object, &kIntLayout, sizeof(BigInt),
                     TF_BASETYPE | TF_INT_SUBCLASS, int_new);
  add_methods(vm, vm.t.int_, kIntMethods);
  dict_set_cstr(vm, vm.t.int_->dict, "__doc__", make_str(vm, kIntDoc));
  add_getsets(vm, vm.t.int_, kIntGetSets);
  add_int_conversion_methods(vm);
}

}  // namespace klass
