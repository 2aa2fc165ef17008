// Making floats from other objects: float(x) through __float__/__index__ or
// by parsing str/bytes, instances of float subclasses, and float.fromhex.
#include "object/ops.h"
#include "text/number_float_text.h"
#include "types/bytes.h"
#include "types/float.h"
#include "types/float_internal.h"
#include "types/int.h"
#include "types/int_internal.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

Value float_from_object(VM& vm, Value x) {
  Type* t = type_of(vm, x);
  if (t == vm.t.float_) return x;
  if (lookup_special(vm, t, SM::float_).ok()) {
    Value r = call_special(vm, x, SM::float_, nullptr, 0);
    if (!r.ok()) return r;
    if (!is_float(vm, r))
      return raisef(vm, vm.e.TypeError, "%s.__float__ returned non-float (type %s)", type_name(x), type_name(r));
    // A float subclass result is accepted (CPython warns) as its value.
    return r.as_object()->cls == vm.t.float_ ? r : make_float(vm, float_value(r));
  }
  if (lookup_special(vm, t, SM::index).ok()) {
    Value i = to_index(vm, x);
    if (!i.ok()) return i;
    bool overflow;
    double d = int_to_double(vm, i, &overflow);
    return overflow ? Value::error() : make_float(vm, d);
  }
  if (t->flags & TF_STR_SUBCLASS) {
    auto r = text::parse_float_str(sv(x));
    if (!r) return raise_text_error(vm, r.error());
    return make_float(vm, *r);
  }
  std::string_view data;
  if (bytes_like(vm, x, &data)) {
    auto r = text::parse_float_bytes(data);
    if (!r) return raise_text_error(vm, r.error());
    return make_float(vm, *r);
  }
  return raisef(vm, vm.e.TypeError, "float() argument must be a string or a real number, not '%s'", type_name(x));
}

Value float_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) return raise(vm, vm.e.TypeError, "float.__new__(): not enough arguments");
  Value cls_v = args[0];
  if (!cls_v.is_object() || !is_subtype(cls_v.as_object()->cls, vm.t.type))
    return raisef(vm, vm.e.TypeError, "float.__new__(X): X is not a type object (%s)", type_name(cls_v));
  Type* cls = cls_v.as<Type>();
  if (!is_subtype(cls, vm.t.float_))
    return raisef(vm, vm.e.TypeError, "float.__new__(%s): %s is not a subtype of float", cls->name->data(),
                  cls->name->data());
  if (!no_kwargs(vm, "float", kwnames) || !check_nargs(vm, "float", nargs - 1, 0, 1)) return Value::error();
  Value v = nargs > 1 ? float_from_object(vm, args[1]) : make_float(vm, 0.0);
  if (!v.ok() || cls == vm.t.float_) return v;
  return make_float_of_type(vm, cls, float_value(v));
}

// float.fromhex(string), a classmethod: a subclass gets cls(value).
Value float_fromhex(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!method_args(vm, "float.fromhex", nargs, kwnames, 1, 1)) return Value::error();
  Value s = args[1];
  if (!s.is_object() || !(s.as_object()->cls->flags & TF_STR_SUBCLASS))
    return raise(vm, vm.e.TypeError, "bad argument type for built-in operation");
  auto r = text::float_fromhex(sv(s));
  if (!r) return raise_text_error(vm, r.error());
  Value f = make_float(vm, *r);
  if (!f.ok() || args[0].as_object() == vm.t.float_) return f;
  return call1(vm, args[0], f);
}

}  // namespace klass
