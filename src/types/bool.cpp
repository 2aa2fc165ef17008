// bool: the subclass of int with exactly two instances, True and False, both
// immediates in Value. It adds only its repr, its constructor and the bitwise
// operators that keep two bools a bool; everything else is int's.
#include <utility>

#include "compile/opcodes.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
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

// bool(x=False, /)
Value bool_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) return raise(vm, vm.e.TypeError, "bool.__new__(): not enough arguments");
  Value cls_v = args[0];
  if (!cls_v.is_object() || !is_subtype(cls_v.as_object()->cls, vm.t.type))
    return raisef(vm, vm.e.TypeError, "bool.__new__(X): X is not a type object (%s)", type_name(cls_v));
  Type* cls = cls_v.as<Type>();
  if (!is_subtype(cls, vm.t.bool_))
    return raisef(vm, vm.e.TypeError, "bool.__new__(%s): %s is not a subtype of bool", cls->name->data(),
                  cls->name->data());
  if (!no_kwargs(vm, "bool", kwnames) || !check_nargs(vm, "bool", nargs - 1, 0, 1)) return Value::error();
  if (nargs == 1) return Value::boolean(false);
  int t = truthy(vm, args[1]);
  if (t < 0) return Value::error();
  return Value::boolean(t);
}

Value bool_repr(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!slot_args(vm, "__repr__", nargs, kwnames, 0)) return Value::error();
  return make_ascii_str(vm, args[0].is_true() ? "True" : "False");
}

// &, | and ^ of two bools is a bool; with any other int, the int result.
template <BinaryOp op, bool reflected>
Value bool_bitwise(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static constexpr const char* names[2][3] = {{"__and__", "__or__", "__xor__"},
                                              {"__rand__", "__ror__", "__rxor__"}};
  constexpr int row = op == BinaryOp::And ? 0 : op == BinaryOp::Or ? 1 : 2;
  if (!slot_args(vm, names[reflected][row], nargs, kwnames, 1)) return Value::error();
  Value a = args[0], b = args[1];
  if (!is_int_value(b)) return vm.not_implemented;
  if (reflected) std::swap(a, b);
  if (a.is_bool() && b.is_bool()) return int_binary(vm, static_cast<int>(op), a, b);
  return int_binary_op(vm, static_cast<int>(op), a, b);
}

const MethodDef kBoolMethods[] = {
    {"__new__", bool_new, METH_STATIC, "Create and return a new object."},
    {"__repr__", bool_repr, METH_SLOT},
    {"__and__", bool_bitwise<BinaryOp::And, false>, METH_SLOT},
    {"__rand__", bool_bitwise<BinaryOp::And, true>, METH_SLOT},
    {"__or__", bool_bitwise<BinaryOp::Or, false>, METH_SLOT},
    {"__ror__", bool_bitwise<BinaryOp::Or, true>, METH_SLOT},
    {"__xor__", bool_bitwise<BinaryOp::Xor, false>, METH_SLOT},
    {"__rxor__", bool_bitwise<BinaryOp::Xor, true>, METH_SLOT},
    {}};

const char kBoolDoc[] =
    "bool(x) -> bool\n"
    "\n"
    "Returns True when the argument x is true, False otherwise.\n"
    "The builtins True and False are the only two instances of the class bool.\n"
    "The class bool is a subclass of the class int, and cannot be subclassed.";

}  // namespace

void init_bool_type(VM& vm) {
  // No TF_BASETYPE: "type 'bool' is not an acceptable base type".
  setup_builtin_type(vm, vm.t.bool_, "bool", vm.t.int_, &kIntLayout, sizeof(BigInt), 0, bool_new);
  add_methods(vm, vm.t.bool_, kBoolMethods);
  dict_set_cstr(vm, vm.t.bool_->dict, "__doc__", make_str(vm, kBoolDoc));
}

}  // namespace klass
