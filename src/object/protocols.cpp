// Text, hashing, truth, containers and iteration for any value.
#include <algorithm>
#include <string>

#include "object/ops.h"
#include "object/typeobject.h"
#include "text/unicode_repr.h"
#include "text/unicode_utf8.h"
#include "types/iterators.h"
#include "types/dict.h"
#include "types/float.h"
#include "types/int.h"
#include "types/list.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

Type* type_of(VM& vm, Value v) {
  if (v.is_object()) return v.as_object()->cls;
  if (v.is_small_int()) return vm.t.int_;
  if (v.is_none()) return vm.t.none;
  return vm.t.bool_;
}

bool is_subtype(Type* a, Type* b) {
  if (a == b) return true;
  Tuple* mro = a->mro;
  if (!mro) {
    for (Type* t = a; t; t = t->base)
      if (t == b) return true;
    return false;
  }
  for (size_t i = 0; i < mro->size; ++i)
    if ((*mro)[i].as_object() == b) return true;
  return false;
}

bool isinstance_of(VM& vm, Value v, Type* t) { return is_subtype(type_of(vm, v), t); }

int repr_enter(VM& vm, Obj* obj) {
  for (const Obj* o : vm.repr_active)
    if (o == obj) return 1;
  vm.repr_active.push_back(obj);
  return 0;
}

void repr_leave(VM& vm, Obj* obj) {
  auto it = std::find(vm.repr_active.rbegin(), vm.repr_active.rend(), obj);
  if (it != vm.repr_active.rend()) vm.repr_active.erase(std::next(it).base());
}

// ---- text ----

Value repr(VM& vm, Value v) {
  if (v.is_object() && v.as_object()->cls == vm.t.str) return str_repr(vm, v.as<Str>());
  Value m = lookup_special(vm, type_of(vm, v), SM::repr);
  if (!m.ok()) return raisef(vm, vm.e.TypeError, "'%s' object has no __repr__", type_name(v));
  Value r = call_special(vm, v, SM::repr, nullptr, 0);
  if (!r.ok()) return r;
  if (!isinstance_of(vm, r, vm.t.str))
    return raisef(vm, vm.e.TypeError, "__repr__ returned non-string (type %s)", type_name(r));
  return r;
}

Value to_str(VM& vm, Value v) {
  if (v.is_object() && v.as_object()->cls == vm.t.str) return v;
  Value r = call_special(vm, v, SM::str, nullptr, 0);
  if (!r.ok()) {
    if (vm.has_exc()) return r;
    return repr(vm, v);
  }
  if (!isinstance_of(vm, r, vm.t.str))
    return raisef(vm, vm.e.TypeError, "__str__ returned non-string (type %s)", type_name(r));
  return r;
}

Value ascii(VM& vm, Value v) {
  Value r = repr(vm, v);
  if (!r.ok()) return r;
  Str* s = r.as<Str>();
  if (s->is_ascii()) return r;
  std::string out;
  std::string_view in = s->view();
  for (size_t pos = 0; pos < in.size();) {
    char32_t cp = text::decode_utf8(in, pos);
    if (cp < 128)
      out += static_cast<char>(cp);
    else
      text::append_hex_escape(out, cp);
  }
  return make_str(vm, out);
}

Value format(VM& vm, Value v, Value spec) {
  Value m = lookup_special(vm, type_of(vm, v), SM::format);
  if (!m.ok()) return raisef(vm, vm.e.TypeError, "Type %s doesn't define __format__", type_name(v));
  Value r = call_special(vm, v, SM::format, &spec, 1);
  if (!r.ok()) return r;
  if (!isinstance_of(vm, r, vm.t.str))
    return raisef(vm, vm.e.TypeError, "__format__ must return a str, not %s", type_name(r));
  return r;
}

std::string repr_string(VM& vm, Value v) {
  Value saved = vm.current_exc;
  Value r = repr(vm, v);
  if (!r.ok()) {
    vm.current_exc = saved;
    return "<unrepresentable>";
  }
  return std::string(sv(r));
}

// ---- hashing, truth ----

bool hash(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = int_hash(v);
    return true;
  }
  if (v.is_object() && v.as_object()->cls == vm.t.str) {
    *out = str_hash(v.as<Str>());
    return true;
  }
  Value m = lookup_special(vm, type_of(vm, v), SM::hash);
  if (!m.ok() || m.is_none()) {
    raisef(vm, vm.e.TypeError, "unhashable type: '%s'", type_name(v));
    return false;
  }
  Value r = call_special(vm, v, SM::hash, nullptr, 0);
  if (!r.ok()) return false;
  if (!is_int(vm, r)) {
    raise(vm, vm.e.TypeError, "__hash__ method should return an integer");
    return false;
  }
  // A result that fits 64 bits is used as is; a bigger int is reduced the
  // way hash(int) reduces it.
  int64_t h;
  if (r.is_bool())
    h = r.is_true();
  else if (!int_to_int64(r, &h))
    h = int_hash(r);
  if (h == -1) h = -2;
  *out = h;
  return true;
}

int truthy(VM& vm, Value v) {
  if (v.is_bool()) return v.is_true();
  if (v.is_none()) return 0;
  if (v.is_small_int()) return v.as_small_int() != 0;
  Type* tp = type_of(vm, v);
  Value b = lookup_special(vm, tp, SM::bool_);
  if (b.ok()) {
    Value r = call_special(vm, v, SM::bool_, nullptr, 0);
    if (!r.ok()) return -1;
    if (!r.is_bool()) {
      raisef(vm, vm.e.TypeError, "__bool__ should return bool, returned %s", type_name(r));
      return -1;
    }
    return r.is_true();
  }
  Value l = lookup_special(vm, tp, SM::len);
  if (l.ok()) {
    int64_t n;
    if (!length(vm, v, &n)) return -1;
    return n != 0;
  }
  return 1;
}

// ---- numbers ----

Value to_index(VM& vm, Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::small_int(v.is_true());
  if (is_int(vm, v)) return v;
  Value m = lookup_special(vm, type_of(vm, v), SM::index);
  if (!m.ok())
    return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
  Value r = call_special(vm, v, SM::index, nullptr, 0);
  if (!r.ok()) return r;
  if (!is_int(vm, r))
    return raisef(vm, vm.e.TypeError, "__index__ returned non-int (type %s)", type_name(r));
  return r;
}

bool to_int64(VM& vm, Value v, int64_t* out) {
  Value i = to_index(vm, v);
  if (!i.ok()) return false;
  if (i.is_bool()) {
    *out = i.is_true();
    return true;
  }
  if (!int_to_int64(i, out)) {
    raise(vm, vm.e.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

bool to_ssize(VM& vm, Value v, int64_t* out) {
  Value i = to_index(vm, v);
  if (!i.ok()) return false;
  if (i.is_bool()) {
    *out = i.is_true();
    return true;
  }
  if (!int_to_int64(i, out)) {
    raisef(vm, vm.e.IndexError, "cannot fit '%s' into an index-sized integer", type_name(v));
    return false;
  }
  return true;
}

// ---- containers ----

Value get_item(VM& vm, Value c, Value key) {
  Type* tp = type_of(vm, c);
  Value m = lookup_special(vm, tp, SM::getitem);
  if (m.ok()) return call_special(vm, c, SM::getitem, &key, 1);
  if (is_subtype(tp, vm.t.type)) {
    // Subscripting a class: __class_getitem__ (PEP 560).
    Value cg = type_lookup(vm, c.as<Type>(), vm.intern("__class_getitem__"));
    if (cg.ok()) {
      Value bound = bind_descriptor(vm, cg, Value::none(), c.as<Type>());
      if (!bound.ok()) return bound;
      return call1(vm, bound, key);
    }
    return raisef(vm, vm.e.TypeError, "type '%s' is not subscriptable", c.as<Type>()->name->data());
  }
  return raisef(vm, vm.e.TypeError, "'%s' object is not subscriptable", type_name(c));
}

bool set_item(VM& vm, Value c, Value key, Value v) {
  Value m = lookup_special(vm, type_of(vm, c), SM::setitem);
  if (!m.ok()) {
    raisef(vm, vm.e.TypeError, "'%s' object does not support item assignment", type_name(c));
    return false;
  }
  Value args[2] = {key, v};
  return call_special(vm, c, SM::setitem, args, 2).ok();
}

bool del_item(VM& vm, Value c, Value key) {
  Value m = lookup_special(vm, type_of(vm, c), SM::delitem);
  if (!m.ok()) {
    raisef(vm, vm.e.TypeError, "'%s' object does not support item deletion", type_name(c));
    return false;
  }
  return call_special(vm, c, SM::delitem, &key, 1).ok();
}

int contains(VM& vm, Value container, Value item) {
  Type* tp = type_of(vm, container);
  Value m = lookup_special(vm, tp, SM::contains);
  if (m.ok()) {
    Value r = call_special(vm, container, SM::contains, &item, 1);
    if (!r.ok()) return -1;
    return truthy(vm, r);
  }
  // Fall back to iteration.
  Value it = get_iter(vm, container);
  if (!it.ok()) {
    if (exc_matches(vm, vm.e.TypeError)) {
      clear_exc(vm);
      raisef(vm, vm.e.TypeError, "argument of type '%s' is not iterable", type_name(container));
    }
    return -1;
  }
  for (;;) {
    Value x = iter_next(vm, it);
    if (!x.ok()) return vm.has_exc() ? -1 : 0;
    int eq = equals(vm, x, item);
    if (eq != 0) return eq;
  }
}

bool length(VM& vm, Value v, int64_t* out) {
  Value m = lookup_special(vm, type_of(vm, v), SM::len);
  if (!m.ok()) {
    raisef(vm, vm.e.TypeError, "object of type '%s' has no len()", type_name(v));
    return false;
  }
  Value r = call_special(vm, v, SM::len, nullptr, 0);
  if (!r.ok()) return false;
  if (!is_int(vm, r)) {
    raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(r));
    return false;
  }
  int64_t n;
  if (!int_to_int64(r, &n)) {
    raise(vm, vm.e.OverflowError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  if (n < 0) {
    raise(vm, vm.e.ValueError, "__len__() should return >= 0");
    return false;
  }
  *out = n;
  return true;
}

// ---- iteration ----

Value get_iter(VM& vm, Value v) {
  Type* tp = type_of(vm, v);
  Value m = lookup_special(vm, tp, SM::iter);
  if (m.ok() && !m.is_none()) {
    Value it = call_special(vm, v, SM::iter, nullptr, 0);
    if (!it.ok()) return it;
    Type* itt = type_of(vm, it);
    if (!(itt->iternext && !(itt->flags & TF_HEAPTYPE)) && !lookup_special(vm, itt, SM::next).ok())
      return raisef(vm, vm.e.TypeError, "iter() returned non-iterator of type '%s'", type_name(it));
    return it;
  }
  if (!m.ok() && lookup_special(vm, tp, SM::getitem).ok()) return make_seq_iterator(vm, v);
  return raisef(vm, vm.e.TypeError, "'%s' object is not iterable", type_name(v));
}

Value iter_next(VM& vm, Value it) {
  Type* tp = type_of(vm, it);
  if (tp->iternext && !(tp->flags & TF_HEAPTYPE)) {
    Value r = tp->iternext(vm, it);
    if (!r.ok() && exc_matches(vm, vm.e.StopIteration)) clear_exc(vm);
    return r;
  }
  Value m = lookup_special(vm, tp, SM::next);
  if (!m.ok()) return raisef(vm, vm.e.TypeError, "'%s' object is not an iterator", type_name(it));
  Value r = call_special(vm, it, SM::next, nullptr, 0);
  if (!r.ok() && exc_matches(vm, vm.e.StopIteration)) clear_exc(vm);
  return r;
}

}  // namespace klass
