// The complex constructor: complex(real=0, imag=0) from numbers, objects
// with __complex__/__float__/__index__, or a string.
#include "object/ops.h"
#include "text/number_complex.h"
#include "types/complex.h"
#include "types/complex_internal.h"
#include "types/float.h"
#include "types/int.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

bool is_str(Value v) { return v.is_object() && (v.as_object()->cls->flags & TF_STR_SUBCLASS); }

// A number for complex(): it has __complex__, __float__ or __index__ (ints,
// floats and complexes all do).
bool is_number(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  return is_complex(vm, v) || lookup_special(vm, t, SM::complex).ok() || lookup_special(vm, t, SM::float_).ok() ||
         lookup_special(vm, t, SM::index).ok();
}

struct Part {
  double re = 0, im = 0;
  bool is_complex = false;
};

// The value of one argument: a complex (through __complex__ when defined) or
// a real number.
bool read_part(VM& vm, Value v, bool allow_dunder_complex, Part* out) {
  Type* t = type_of(vm, v);
  if (allow_dunder_complex && lookup_special(vm, t, SM::complex).ok()) {
    Value c = call_special(vm, v, SM::complex, nullptr, 0);
    if (!c.ok()) return false;
    if (!is_complex(vm, c)) {
      raisef(vm, vm.e.TypeError, "__complex__ returned non-complex (type %s)", type_name(c));
      return false;
    }
    v = c;
  }
  if (is_complex(vm, v)) {
    auto* c = v.as<Complex>();
    *out = {c->re, c->im, true};
    return true;
  }
  out->is_complex = false;
  out->im = 0.0;
  return to_double(vm, v, &out->re);
}

}  // namespace

Value complex_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) return raise(vm, vm.e.TypeError, "complex.__new__(): not enough arguments");
  Value cls_v = args[0];
  if (!cls_v.is_object() || !is_subtype(cls_v.as_object()->cls, vm.t.type))
    return raisef(vm, vm.e.TypeError, "complex.__new__(X): X is not a type object (%s)", type_name(cls_v));
  Type* cls = cls_v.as<Type>();
  if (!is_subtype(cls, vm.t.complex))
    return raisef(vm, vm.e.TypeError, "complex.__new__(%s): %s is not a subtype of complex", cls->name->data(),
                  cls->name->data());

  // complex(real=0, imag=0)
  size_t npos = nargs - 1, nkw = kwnames ? kwnames->size : 0;
  if (npos + nkw > 2)
    return raisef(vm, vm.e.TypeError, "complex() takes at most 2 arguments (%zu given)", npos + nkw);
  Value r = npos > 0 ? args[1] : Value::error();
  Value i = npos > 1 ? args[2] : Value::error();
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view name = sv((*kwnames)[k]);
    Value* slot = name == "real" ? &r : name == "imag" ? &i : nullptr;
    if (!slot)
      return raisef(vm, vm.e.TypeError, "'%.*s' is an invalid keyword argument for complex()",
                    static_cast<int>(name.size()), name.data());
    if (slot->ok())
      return raisef(vm, vm.e.TypeError, "argument for complex() given by name ('%s') and position (%d)",
                    name == "real" ? "real" : "imag", name == "real" ? 1 : 2);
    *slot = args[nargs + k];
  }

  if (!r.ok()) r = Value::small_int(0);
  if (is_str(r)) {
    if (i.ok()) return raise(vm, vm.e.TypeError, "complex() can't take second arg if first is a string");
    auto parsed = text::parse_complex_str(sv(r));
    if (!parsed) return raise_text_error(vm, parsed.error());
    return make_complex_of_type(vm, cls, parsed->re, parsed->im);
  }
  if (i.ok() && is_str(i)) return raise(vm, vm.e.TypeError, "complex() second arg can't be a string");
  if (!is_number(vm, r))
    return raisef(vm, vm.e.TypeError, "complex() first argument must be a string or a number, not '%s'",
                  type_name(r));
  // An exact complex passes through unchanged.
  if (!i.ok() && cls == vm.t.complex && r.is_object() && r.as_object()->cls == vm.t.complex) return r;

  Part cr, ci;
  if (!read_part(vm, r, true, &cr)) return Value::error();
  if (!i.ok()) {
    ci.re = cr.im;
  } else {
    Type* it = type_of(vm, i);
    if (!is_complex(vm, i) && !lookup_special(vm, it, SM::float_).ok() && !lookup_special(vm, it, SM::index).ok())
      return raisef(vm, vm.e.TypeError, "complex() second argument must be a number, not '%s'", type_name(i));
    if (!read_part(vm, i, false, &ci)) return Value::error();
  }
  // Only mix in the parts that exist, so that signed zeros survive:
  // complex(1, -0.0) is (1-0j).
  if (ci.is_complex) cr.re -= ci.im;
  if (cr.is_complex && i.ok()) ci.re += cr.im;
  return make_complex_of_type(vm, cls, cr.re, ci.re);
}

}  // namespace klass
