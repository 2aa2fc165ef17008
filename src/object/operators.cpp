// Binary, unary and comparison operators, dispatched through the operands'
// types exactly as the data model describes (reflected operands first when
// the right operand's type is a subclass that overrides the reflected method;
// in-place forms fall back to the plain ones).
#include <string>

#include "object/ops.h"
#include "object/typeobject.h"
#include "types/float.h"
#include "types/int.h"
#include "types/str.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

const char* const kOpSymbols[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
const char* const kCmpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};

Value call_binary(VM& vm, Value method, Value self, Value other) {
  Value args[2] = {self, other};
  // Built-in slot wrappers and plain functions take self explicitly.
  if (method.is_object()) {
    Type* mt = method.as_object()->cls;
    if (mt == vm.t.function || mt == vm.t.wrapper_descriptor || mt == vm.t.method_descriptor)
      return call(vm, method, args, 2);
  }
  Value bound = bind_descriptor(vm, method, self, type_of(vm, self));
  if (!bound.ok()) return bound;
  return call(vm, bound, &other, 1);
}

// The plain binary operator protocol for operator index k (0..12).
Value binary_op1(VM& vm, int k, Value a, Value b) {
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  Value slota = lookup_special(vm, ta, sm_binary(k));
  Value slotb = Value::error();
  if (tb != ta) {
    slotb = lookup_special(vm, tb, sm_reflected(k));
    if (slotb.ok() && slotb == lookup_special(vm, ta, sm_reflected(k)) && slota.ok()) {
      // Same implementation inherited by both: only the left one runs.
      slotb = Value::error();
    }
  }
  if (slotb.ok() && is_subtype(tb, ta) && tb != ta) {
    Value r = call_binary(vm, slotb, b, a);
    if (!r.ok() || r != vm.not_implemented) return r;
    slotb = Value::error();
  }
  if (slota.ok() && !slota.is_none()) {
    Value r = call_binary(vm, slota, a, b);
    if (!r.ok() || r != vm.not_implemented) return r;
  }
  if (slotb.ok() && !slotb.is_none()) {
    Value r = call_binary(vm, slotb, b, a);
    if (!r.ok() || r != vm.not_implemented) return r;
  }
  return vm.not_implemented;
}

Value unsupported(VM& vm, const char* sym, Value a, Value b) {
  if (std::string(sym) == "**")
    return raisef(vm, vm.e.TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", type_name(a),
                  type_name(b));
  return raisef(vm, vm.e.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, type_name(a),
                type_name(b));
}

}  // namespace

Value binary_op(VM& vm, BinaryOp op, Value a, Value b) {
  int k = static_cast<int>(op);
  bool inplace = k >= kInplaceOffset;
  if (inplace) k -= kInplaceOffset;
  // Fast paths for the exact built-in numbers.
  if ((a.is_small_int() || a.is_bool()) && (b.is_small_int() || b.is_bool())) return int_binary(vm, k, a, b);
  if (inplace) {
    Value m = lookup_special(vm, type_of(vm, a), sm_inplace(k));
    if (m.ok() && !m.is_none()) {
      Value r = call_binary(vm, m, a, b);
      if (!r.ok() || r != vm.not_implemented) return r;
    }
  }
  Value r = binary_op1(vm, k, a, b);
  if (r != vm.not_implemented) return r;
  if (k == static_cast<int>(BinaryOp::Add) || k == static_cast<int>(BinaryOp::Multiply)) {
    // Sequence concatenation / repetition of types that define only __add__/__mul__
    // on one side is covered by the protocol above; give CPython's messages.
    if (k == static_cast<int>(BinaryOp::Add) && isinstance_of(vm, a, vm.t.str))
      return raisef(vm, vm.e.TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
    if (k == static_cast<int>(BinaryOp::Add) && isinstance_of(vm, a, vm.t.list))
      return raisef(vm, vm.e.TypeError, "can only concatenate list (not \"%s\") to list", type_name(b));
    if (k == static_cast<int>(BinaryOp::Add) && isinstance_of(vm, a, vm.t.tuple))
      return raisef(vm, vm.e.TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(b));
    if (k == static_cast<int>(BinaryOp::Multiply)) {
      bool seq_a = isinstance_of(vm, a, vm.t.str) || isinstance_of(vm, a, vm.t.list) ||
                   isinstance_of(vm, a, vm.t.tuple) || isinstance_of(vm, a, vm.t.bytes);
      bool seq_b = isinstance_of(vm, b, vm.t.str) || isinstance_of(vm, b, vm.t.list) ||
                   isinstance_of(vm, b, vm.t.tuple) || isinstance_of(vm, b, vm.t.bytes);
      if (seq_a || seq_b)
        return raisef(vm, vm.e.TypeError, "can't multiply sequence by non-int of type '%s'",
                      type_name(seq_a ? b : a));
    }
  }
  std::string sym = kOpSymbols[k];
  if (inplace) sym += "=";
  return unsupported(vm, sym.c_str(), a, b);
}

Value unary_op(VM& vm, Op op, Value v) {
  SM sm;
  const char* sym;
  switch (op) {
    case Op::UNARY_NEGATIVE: sm = SM::neg; sym = "unary -"; break;
    case Op::UNARY_POSITIVE: sm = SM::pos; sym = "unary +"; break;
    default: sm = SM::invert; sym = "unary ~"; break;
  }
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    if (op == Op::UNARY_NEGATIVE) return make_int(vm, -i);
    if (op == Op::UNARY_POSITIVE) return v;
    return make_int(vm, ~i);
  }
  Value m = lookup_special(vm, type_of(vm, v), sm);
  if (!m.ok() || m.is_none())
    return raisef(vm, vm.e.TypeError, "bad operand type for %s: '%s'", sym, type_name(v));
  return call_special(vm, v, sm, nullptr, 0);
}

namespace {

SM cmp_sm(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return SM::lt;
    case CompareOp::Le: return SM::le;
    case CompareOp::Eq: return SM::eq;
    case CompareOp::Ne: return SM::ne;
    case CompareOp::Gt: return SM::gt;
    default: return SM::ge;
  }
}

CompareOp swapped(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
  }
}

}  // namespace

Value compare(VM& vm, CompareOp op, Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    switch (op) {
      case CompareOp::Lt: return Value::boolean(x < y);
      case CompareOp::Le: return Value::boolean(x <= y);
      case CompareOp::Eq: return Value::boolean(x == y);
      case CompareOp::Ne: return Value::boolean(x != y);
      case CompareOp::Gt: return Value::boolean(x > y);
      case CompareOp::Ge: return Value::boolean(x >= y);
    }
  }
  if (!native_recursion_ok(vm)) return Value::error();
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  bool checked_reverse = false;
  if (ta != tb && is_subtype(tb, ta)) {
    Value m = lookup_special(vm, tb, cmp_sm(swapped(op)));
    if (m.ok() && !m.is_none()) {
      checked_reverse = true;
      Value r = call_binary(vm, m, b, a);
      if (!r.ok() || r != vm.not_implemented) return r;
    }
  }
  Value m = lookup_special(vm, ta, cmp_sm(op));
  if (m.ok() && !m.is_none()) {
    Value r = call_binary(vm, m, a, b);
    if (!r.ok() || r != vm.not_implemented) return r;
  }
  if (!checked_reverse) {
    Value mb = lookup_special(vm, tb, cmp_sm(swapped(op)));
    if (mb.ok() && !mb.is_none()) {
      Value r = call_binary(vm, mb, b, a);
      if (!r.ok() || r != vm.not_implemented) return r;
    }
  }
  if (op == CompareOp::Eq) return Value::boolean(a == b);
  if (op == CompareOp::Ne) return Value::boolean(a != b);
  return raisef(vm, vm.e.TypeError, "'%s' not supported between instances of '%s' and '%s'",
                kCmpSymbols[static_cast<int>(op)], type_name(a), type_name(b));
}

int compare_bool(VM& vm, CompareOp op, Value a, Value b) {
  Value r = compare(vm, op, a, b);
  if (!r.ok()) return -1;
  if (r.is_bool()) return r.is_true();
  return truthy(vm, r);
}

int equals(VM& vm, Value a, Value b) {
  if (a == b) return 1;
  if (a.is_small_int() && b.is_small_int()) return 0;
  if (a.is_object() && b.is_object() && a.as_object()->cls == vm.t.str && b.as_object()->cls == vm.t.str)
    return str_equal(a.as<Str>(), b.as<Str>());
  return compare_bool(vm, CompareOp::Eq, a, b);
}

}  // namespace klass
