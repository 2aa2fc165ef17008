// The int constructor: int(), int(x) through __int__/__index__/__trunc__ or
// by parsing str/bytes, int(s, base), and instances of int subclasses.
#include "object/ops.h"
#include "text/number_int_text.h"
#include "types/bytes.h"
#include "types/int.h"
#include "types/int_internal.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

bool is_str(Value v) { return v.is_object() && (v.as_object()->cls->flags & TF_STR_SUBCLASS); }

// int(s, base) for a str or a bytes-like object; error() without an
// exception when x is neither.
Value parse_text(VM& vm, Value x, int base) {
  if (is_str(x)) {
    auto r = text::parse_int_str(sv(x), base, text::kDefaultMaxStrDigits);
    if (!r) return raise_text_error(vm, r.error());
    return make_int_from_integer(vm, std::move(*r));
  }
  std::string_view data;
  if (bytes_like(vm, x, &data)) {
    auto r = text::parse_int_bytes(data, base, text::kDefaultMaxStrDigits);
    if (!r) return raise_text_error(vm, r.error());
    return make_int_from_integer(vm, std::move(*r));
  }
  return Value::error();
}

// The result of __int__ / __index__ / __trunc__ as an exact int.
Value checked_int_result(VM& vm, Value r, const char* method) {
  if (!r.ok()) return r;
  if (!is_int_value(r))
    return raisef(vm, vm.e.TypeError, "%s returned non-int (type %s)", method, type_name(r));
  return int_exact(vm, r);
}

Value int_with_base(VM& vm, Value x, Value base_v) {
  Value b = to_index(vm, base_v);
  if (!b.ok()) return b;
  int64_t base;
  if (!int_to_int64(b, &base) || (base != 0 && (base < 2 || base > 36)))
    return raise(vm, vm.e.ValueError, "int() base must be >= 2 and <= 36, or 0");
  Value r = parse_text(vm, x, static_cast<int>(base));
  if (r.ok() || vm.has_exc()) return r;
  return raise(vm, vm.e.TypeError, "int() can't convert non-string with explicit base");
}

}  // namespace

Value int_from_object(VM& vm, Value x) {
  if (x.is_small_int()) return x;
  if (x.is_bool()) return Value::small_int(x.is_true() ? 1 : 0);
  Type* t = type_of(vm, x);
  if (t == vm.t.int_) return x;
  if (lookup_special(vm, t, SM::int_).ok())
    return checked_int_result(vm, call_special(vm, x, SM::int_, nullptr, 0), "__int__");
  if (lookup_special(vm, t, SM::index).ok())
    return checked_int_result(vm, call_special(vm, x, SM::index, nullptr, 0), "__index__");
  if (lookup_special(vm, t, SM::trunc).ok()) {
    // Deprecated in 3.11 (CPython warns); the result may be any Integral.
    Value r = call_special(vm, x, SM::trunc, nullptr, 0);
    if (!r.ok()) return r;
    if (is_int_value(r)) return int_exact(vm, r);
    if (!lookup_special(vm, type_of(vm, r), SM::index).ok())
      return raisef(vm, vm.e.TypeError, "__trunc__ returned non-Integral (type %s)", type_name(r));
    return checked_int_result(vm, call_special(vm, r, SM::index, nullptr, 0), "__index__");
  }
  Value r = parse_text(vm, x, 10);
  if (r.ok() || vm.has_exc()) return r;
  return raisef(vm, vm.e.TypeError,
                "int() argument must be a string, a bytes-like object or a real number, not '%s'", type_name(x));
}

Value int_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) return raise(vm, vm.e.TypeError, "int.__new__(): not enough arguments");
  Value cls_v = args[0];
  if (!cls_v.is_object() || !is_subtype(cls_v.as_object()->cls, vm.t.type))
    return raisef(vm, vm.e.TypeError, "int.__new__(X): X is not a type object (%s)", type_name(cls_v));
  Type* cls = cls_v.as<Type>();
  if (!is_subtype(cls, vm.t.int_))
    return raisef(vm, vm.e.TypeError, "int.__new__(%s): %s is not a subtype of int", cls->name->data(),
                  cls->name->data());

  // int(x=0, /, base=10)
  size_t npos = nargs - 1;
  size_t nkw = kwnames ? kwnames->size : 0;
  if (npos + nkw > 2)
    return raisef(vm, vm.e.TypeError, "int() takes at most 2 arguments (%zu given)", npos + nkw);
  Value x = npos > 0 ? args[1] : Value::error();
  Value base = npos > 1 ? args[2] : Value::error();
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view name = sv((*kwnames)[k]);
    if (name != "base")
      return raisef(vm, vm.e.TypeError, "'%.*s' is an invalid keyword argument for int()",
                    static_cast<int>(name.size()), name.data());
    if (base.ok())
      return raise(vm, vm.e.TypeError, "argument for int() given by name ('base') and position (2)");
    base = args[nargs + k];
  }

  Value v;
  if (!x.ok()) {
    if (base.ok()) return raise(vm, vm.e.TypeError, "int() missing string argument");
    v = Value::small_int(0);
  } else if (base.ok()) {
    v = int_with_base(vm, x, base);
  } else {
    v = int_from_object(vm, x);
  }
  if (!v.ok() || cls == vm.t.int_) return v;
  return make_int_of_type(vm, cls, v);
}

}  // namespace klass
