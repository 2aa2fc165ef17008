// The methods and attributes of `type` itself: type(x), type(name, bases,
// dict), __call__, __repr__, mro(), __subclasses__(), __instancecheck__ ...
#include <string>
#include <vector>

#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/list.h"
#include "types/misc.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

extern const MethodDef kTypeAttrMethods[];

namespace {

Type* self_type(const Value* args) { return args[0].as<Type>(); }

Value type_new_m(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  // args[0] is the metaclass.
  if (nargs < 1 || !isinstance_of(vm, args[0], vm.t.type))
    return raise(vm, vm.e.TypeError, "type.__new__(X): X is not a type object");
  Type* meta = args[0].as<Type>();
  size_t nkw = kwnames ? kwnames->size : 0;
  if (meta == vm.t.type && nargs == 2 && nkw == 0) return val(type_of(vm, args[1]));
  if (nargs != 4) {
    if (meta == vm.t.type || nargs != 2)
      return raise(vm, vm.e.TypeError, "type() takes 1 or 3 arguments");
    return raise(vm, vm.e.TypeError, "type.__new__() takes exactly 3 arguments (1 given)");
  }
  return type_new(vm, meta, args[1], args[2], args[3], kwnames, args + nargs, nkw);
}

Value type_init_m(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 2 && nargs != 4) return raise(vm, vm.e.TypeError, "type.__init__() takes 1 or 3 arguments");
  return Value::none();
}

Value type_call_m(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1 || !isinstance_of(vm, args[0], vm.t.type))
    return raise(vm, vm.e.TypeError, "descriptor '__call__' requires a 'type' object");
  return type_call(vm, args[0].as<Type>(), args + 1, nargs - 1, kwnames);
}

Value type_repr_m(VM& vm, const Value* args, size_t, Tuple*) {
  Type* t = self_type(args);
  Value mod = dict_get_str(t->dict, vm.n.__module__);
  std::string s = "<class '";
  if (mod.ok() && isinstance_of(vm, mod, vm.t.str) && sv(mod) != "builtins") s += std::string(sv(mod)) + ".";
  s += std::string(t->qualname->view()) + "'>";
  return make_str(vm, s);
}

Value type_mro_m(VM& vm, const Value* args, size_t, Tuple*) {
  Tuple* mro = compute_mro(vm, self_type(args));
  if (!mro) return Value::error();
  return make_list(vm, mro->items(), mro->size);
}

Value type_subclasses_m(VM& vm, const Value* args, size_t, Tuple*) {
  Type* t = self_type(args);
  Value l = make_list(vm);
  if (!l.ok() || !t->subclasses) return l;
  for (size_t i = 0; i < t->subclasses->size; ++i) {
    Type* s = t->subclasses->items[i].as<Type>();
    // A class is a subclass only while `t` is still among its bases.
    bool direct = false;
    for (size_t j = 0; j < s->bases->size; ++j) direct |= (*s->bases)[j].as_object() == t;
    if (direct && !list_append(vm, l.as<List>(), val(s))) return Value::error();
  }
  return l;
}

Value type_instancecheck_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__instancecheck__", nargs - 1, 1, 1)) return Value::error();
  Type* t = self_type(args);
  if (isinstance_of(vm, args[1], t)) return Value::boolean(true);
  // An object may claim another class through __class__ (proxies).
  Value c = getattr_opt(vm, args[1], vm.n.__class__);
  if (!c.ok()) return vm.has_exc() ? c : Value::boolean(false);
  return Value::boolean(c.is_object() && isinstance_of(vm, c, vm.t.type) && is_subtype(c.as<Type>(), t));
}

Value type_subclasscheck_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__subclasscheck__", nargs - 1, 1, 1)) return Value::error();
  if (!isinstance_of(vm, args[1], vm.t.type))
    return raise(vm, vm.e.TypeError, "issubclass() arg 1 must be a class");
  return Value::boolean(is_subtype(args[1].as<Type>(), self_type(args)));
}

Value type_prepare_m(VM& vm, const Value*, size_t, Tuple*) { return make_dict(vm); }

Value type_dir_m(VM& vm, const Value* args, size_t, Tuple*) {
  Value result = make_dict(vm);
  if (!result.ok()) return result;
  Type* t = self_type(args);
  for (size_t i = 0; i < t->mro->size; ++i)
    if (!dict_update(vm, result.as<Dict>(), val((*t->mro)[i].as<Type>()->dict))) return Value::error();
  return list_from_iterable(vm, result);
}

Value type_sizeof_m(VM& vm, const Value* args, size_t, Tuple*) { return make_int(vm, sizeof(Type)); }

// ---- attributes of classes ----

Value get_name(VM& vm, Value self) { return val(self.as<Type>()->name); }
bool set_name(VM& vm, Value self, Value v) {
  Type* t = self.as<Type>();
  if (t->flags & TF_IMMUTABLE) {
    raisef(vm, vm.e.TypeError, "cannot set '__name__' attribute of immutable type '%s'", t->name->data());
    return false;
  }
  if (!v.ok()) {
    raisef(vm, vm.e.TypeError, "cannot delete '__name__' attribute of immutable type '%s'", t->name->data());
    return false;
  }
  if (!isinstance_of(vm, v, vm.t.str)) {
    raisef(vm, vm.e.TypeError, "can only assign string to %s.__name__, not '%s'", t->name->data(), type_name(v));
    return false;
  }
  t->name = vm.intern(sv(v));
  return true;
}
Value get_qualname(VM& vm, Value self) { return val(self.as<Type>()->qualname); }
bool set_qualname(VM& vm, Value self, Value v) {
  Type* t = self.as<Type>();
  if (t->flags & TF_IMMUTABLE) {
    raisef(vm, vm.e.TypeError, "cannot set '__qualname__' attribute of immutable type '%s'", t->name->data());
    return false;
  }
  if (!v.ok() || !isinstance_of(vm, v, vm.t.str)) {
    raisef(vm, vm.e.TypeError, "can only assign string to %s.__qualname__, not '%s'", t->name->data(),
           v.ok() ? type_name(v) : "NoneType");
    return false;
  }
  t->qualname = v.as<Str>();
  return true;
}
Value get_module(VM& vm, Value self) {
  Type* t = self.as<Type>();
  Value m = dict_get_str(t->dict, vm.n.__module__);
  if (m.ok()) return m;
  if (!(t->flags & TF_HEAPTYPE)) {
    // Built-in types are in builtins unless their name is dotted.
    std::string_view n = t->name->view();
    (void)n;
    return make_str(vm, "builtins");
  }
  return raise_attribute_error(vm, self, val(vm.n.__module__));
}
bool set_module(VM& vm, Value self, Value v) {
  Type* t = self.as<Type>();
  if (t->flags & TF_IMMUTABLE) {
    raisef(vm, vm.e.TypeError, "cannot set '__module__' attribute of immutable type '%s'", t->name->data());
    return false;
  }
  bool ok = v.ok() ? dict_set_str(vm, t->dict, vm.n.__module__, v) : dict_del(vm, t->dict, val(vm.n.__module__)) >= 0;
  type_modified(vm, t);
  return ok;
}
Value get_dict(VM& vm, Value self) { return make_mappingproxy(vm, val(self.as<Type>()->dict)); }
Value get_bases(VM& vm, Value self) { return val(self.as<Type>()->bases); }
bool set_bases(VM& vm, Value self, Value v) {
  Type* t = self.as<Type>();
  if (t->flags & TF_IMMUTABLE) {
    raisef(vm, vm.e.TypeError, "cannot set '__bases__' attribute of immutable type '%s'", t->name->data());
    return false;
  }
  if (!v.ok() || !isinstance_of(vm, v, vm.t.tuple)) {
    raisef(vm, vm.e.TypeError, "can only assign tuple to %s.__bases__, not %s", t->name->data(),
           v.ok() ? type_name(v) : "NoneType");
    return false;
  }
  Tuple* nb = v.as<Tuple>();
  if (nb->size == 0) {
    raisef(vm, vm.e.TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->name->data());
    return false;
  }
  for (size_t i = 0; i < nb->size; ++i) {
    if (!isinstance_of(vm, (*nb)[i], vm.t.type)) {
      raisef(vm, vm.e.TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->name->data(),
             type_name((*nb)[i]));
      return false;
    }
    if (is_subtype((*nb)[i].as<Type>(), t)) {
      raise(vm, vm.e.TypeError, "a __bases__ item causes an inheritance cycle");
      return false;
    }
  }
  Tuple* old_bases = t->bases;
  Tuple* old_mro = t->mro;
  t->bases = nb;
  Tuple* mro = compute_mro(vm, t);
  if (!mro) {
    t->bases = old_bases;
    return false;
  }
  t->mro = mro;
  (void)old_mro;
  for (size_t i = 0; i < nb->size; ++i) type_add_subclass(vm, (*nb)[i].as<Type>(), t);
  type_modified(vm, t);
  return true;
}
Value get_mro(VM& vm, Value self) { return val(self.as<Type>()->mro); }
Value get_base(VM& vm, Value self) {
  Type* t = self.as<Type>();
  return t->base ? val(t->base) : Value::none();
}
Value get_doc(VM& vm, Value self) {
  Type* t = self.as<Type>();
  Value d = dict_get_str(t->dict, vm.n.__doc__);
  if (!d.ok()) return Value::none();
  Value get = lookup_special(vm, type_of(vm, d), SM::get);
  if (get.ok()) {
    Value args[3] = {d, Value::none(), self};
    return call(vm, get, args, 3);
  }
  return d;
}
bool set_doc(VM& vm, Value self, Value v) {
  Type* t = self.as<Type>();
  if (t->flags & TF_IMMUTABLE) {
    raisef(vm, vm.e.TypeError, "cannot set '__doc__' attribute of immutable type '%s'", t->name->data());
    return false;
  }
  bool ok = dict_set_str(vm, t->dict, vm.n.__doc__, v.ok() ? v : Value::none());
  type_modified(vm, t);
  return ok;
}
Value get_basicsize(VM& vm, Value self) { return make_int(vm, self.as<Type>()->instance_size); }
Value get_flags(VM& vm, Value self) {
  Type* t = self.as<Type>();
  // The CPython flag bits programs test most: heap type (1<<9), base type
  // (1<<10), abstract (1<<20) and the fast-subclass bits.
  int64_t f = 0;
  if (t->flags & TF_HEAPTYPE) f |= 1 << 9;
  if (t->flags & TF_BASETYPE) f |= 1 << 10;
  if (t->flags & TF_ABSTRACT) f |= 1 << 20;
  if (t->flags & TF_INT_SUBCLASS) f |= 1L << 24;
  if (t->flags & TF_LIST_SUBCLASS) f |= 1L << 25;
  if (t->flags & TF_TUPLE_SUBCLASS) f |= 1L << 26;
  if (t->flags & TF_BYTES_SUBCLASS) f |= 1L << 27;
  if (t->flags & TF_STR_SUBCLASS) f |= 1L << 28;
  if (t->flags & TF_DICT_SUBCLASS) f |= 1L << 29;
  if (t->flags & TF_EXC_SUBCLASS) f |= 1L << 30;
  if (t->flags & TF_TYPE_SUBCLASS) f |= 1L << 31;
  return make_int(vm, f);
}
Value get_abstractmethods(VM& vm, Value self) {
  Type* t = self.as<Type>();
  Value v = t != vm.t.type ? dict_get_str(t->dict, vm.n.__abstractmethods__) : Value::error();
  if (!v.ok()) return raise_attribute_error(vm, self, val(vm.n.__abstractmethods__));
  return v;
}
bool set_abstractmethods(VM& vm, Value self, Value v) {
  Type* t = self.as<Type>();
  bool abstract = false;
  if (v.ok()) {
    int r = truthy(vm, v);
    if (r < 0) return false;
    abstract = r;
    if (!dict_set_str(vm, t->dict, vm.n.__abstractmethods__, v)) return false;
  } else {
    int r = dict_del(vm, t->dict, val(vm.n.__abstractmethods__));
    if (r <= 0) {
      if (r == 0) raise_attribute_error(vm, self, val(vm.n.__abstractmethods__));
      return false;
    }
  }
  if (abstract)
    t->flags |= TF_ABSTRACT;
  else
    t->flags &= ~TF_ABSTRACT;
  type_modified(vm, t);
  return true;
}
Value get_annotations(VM& vm, Value self) {
  Type* t = self.as<Type>();
  Value a = dict_get_str(t->dict, vm.n.__annotations__);
  if (a.ok()) return a;
  if (t->flags & TF_IMMUTABLE) return raise_attribute_error(vm, self, val(vm.n.__annotations__));
  Value d = make_dict(vm);
  if (!d.ok() || !dict_set_str(vm, t->dict, vm.n.__annotations__, d)) return Value::error();
  type_modified(vm, t);
  return d;
}
bool set_annotations(VM& vm, Value self, Value v) {
  Type* t = self.as<Type>();
  if (t->flags & TF_IMMUTABLE) {
    raisef(vm, vm.e.TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", t->name->data());
    return false;
  }
  bool ok = v.ok() ? dict_set_str(vm, t->dict, vm.n.__annotations__, v)
                   : dict_del(vm, t->dict, val(vm.n.__annotations__)) > 0;
  type_modified(vm, t);
  return ok;
}

const MethodDef kTypeMethods[] = {
    {"__new__", type_new_m, METH_STATIC, "Create and return a new object."},
    {"__init__", type_init_m, METH_SLOT, "Initialize self."},
    {"__call__", type_call_m, METH_SLOT, "Call self as a function."},
    {"__repr__", type_repr_m, METH_SLOT, "Return repr(self)."},
    {"mro", type_mro_m, 0, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses_m, 0, "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck_m, 0, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck_m, 0, "Check if a class is a subclass."},
    {"__prepare__", type_prepare_m, METH_CLASS, "Create the namespace for the class statement"},
    {"__dir__", type_dir_m, 0, "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof_m, 0, "Return memory consumption of the type object."},
    {}};

const GetSetDef kTypeGetSets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__module__", get_module, set_module},
    {"__dict__", get_dict},
    {"__bases__", get_bases, set_bases},
    {"__mro__", get_mro},
    {"__base__", get_base},
    {"__doc__", get_doc, set_doc},
    {"__basicsize__", get_basicsize},
    {"__flags__", get_flags},
    {"__abstractmethods__", get_abstractmethods, set_abstractmethods},
    {"__annotations__", get_annotations, set_annotations},
    {}};

}  // namespace

void init_type_type(VM& vm) {
  setup_builtin_type(vm, vm.t.type, "type", vm.t.object, &kTypeLayout, sizeof(Type),
                     TF_BASETYPE | TF_TYPE_SUBCLASS, type_new_m);
  add_methods(vm, vm.t.type, kTypeMethods);
  add_methods(vm, vm.t.type, kTypeAttrMethods);
  add_getsets(vm, vm.t.type, kTypeGetSets);
}

}  // namespace klass
