// `object`: the root of every class, and what plain instances are made of.
#include "object/instance.h"

#include <cstdio>
#include <string>

#include "gc/heap.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/module.h"
#include "types/int.h"
#include "types/list.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

extern const MethodDef kObjectAttrMethods[];

namespace {
const Layout kObjectLayout{"object", nullptr, nullptr, sizeof(Obj), nullptr};
}

const Layout* base_instance_layout() { return &kObjectLayout; }

Obj* alloc_object(VM& vm, Type* cls) {
  auto* o = static_cast<Obj*>(vm.heap.allocate(cls->instance_size));
  if (!o) {
    raise_memory_error(vm);
    return nullptr;
  }
  o->cls = cls;
  return o;
}

Obj* alloc_object_var(VM& vm, Type* cls, size_t var_bytes) {
  size_t size = cls->instance_size + ((var_bytes + 7) & ~size_t(7));
  auto* o = static_cast<Obj*>(vm.heap.allocate(size));
  if (!o) {
    raise_memory_error(vm);
    return nullptr;
  }
  o->cls = cls;
  return o;
}

namespace {

bool overrides(VM& vm, Type* t, SM sm, Type* root) {
  return lookup_special(vm, t, sm) != lookup_special(vm, root, sm);
}

Value object_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1 || !args[0].is_object() || !is_subtype(type_of(vm, args[0]), vm.t.type))
    return raise(vm, vm.e.TypeError, "object.__new__(X): X is not a type object");
  Type* cls = args[0].as<Type>();
  bool excess = nargs > 1 || (kwnames && kwnames->size);
  if (excess) {
    if (overrides(vm, cls, SM::new_, vm.t.object))
      return raise(vm, vm.e.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (!overrides(vm, cls, SM::init, vm.t.object))
      return raisef(vm, vm.e.TypeError, "%s() takes no arguments", cls->name->data());
  }
  if (cls->flags & TF_ABSTRACT) {
    Value am = type_lookup(vm, cls, vm.n.__abstractmethods__);
    std::string names;
    size_t count = 0;
    if (am.ok()) {
      Value lst = list_from_iterable(vm, am);
      if (lst.ok()) {
        List* l = lst.as<List>();
        list_sort(vm, l, Value::error(), false);
        for (size_t i = 0; i < l->size; ++i) {
          if (i) names += ", ";
          names += std::string(sv(l->items[i]));
        }
        count = l->size;
      }
    }
    return raisef(vm, vm.e.TypeError, "Can't instantiate abstract class %s with abstract method%s %s",
                  cls->name->data(), count == 1 ? "" : "s", names.c_str());
  }
  if (cls->layout != &kObjectLayout && cls != vm.t.object) {
    // Name the built-in class whose __new__ should have been used.
    Type* solid = cls;
    while (solid->flags & TF_HEAPTYPE) solid = solid->base;
    return raisef(vm, vm.e.TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls->name->data(),
                  solid->name->data());
  }
  Obj* o = alloc_object(vm, cls);
  return o ? val(o) : Value::error();
}

Value object_init(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  bool excess = nargs > 1 || (kwnames && kwnames->size);
  if (excess) {
    Type* t = type_of(vm, args[0]);
    if (overrides(vm, t, SM::init, vm.t.object))
      return raise(vm, vm.e.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (!overrides(vm, t, SM::new_, vm.t.object))
      return raisef(vm, vm.e.TypeError, "%s() takes no arguments", t->name->data());
  }
  return Value::none();
}

std::string address_of(Value v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v.bits()));
  return buf;
}

Value object_repr(VM& vm, const Value* args, size_t, Tuple*) {
  Type* t = type_of(vm, args[0]);
  Value mod = dict_get_str(t->dict, vm.n.__module__);
  std::string prefix;
  if (mod.ok() && isinstance_of(vm, mod, vm.t.str) && sv(mod) != "builtins") prefix = std::string(sv(mod)) + ".";
  return make_str(vm, "<" + prefix + std::string(t->qualname->view()) + " object at " + address_of(args[0]) + ">");
}

Value object_str(VM& vm, const Value* args, size_t, Tuple*) { return repr(vm, args[0]); }

Value object_hash(VM& vm, const Value* args, size_t, Tuple*) {
  // Identity hash: the address, rotated so the always-zero low bits carry
  // information (as CPython's _Py_HashPointer does).
  uint64_t y = args[0].bits();
  y = (y >> 4) | (y << 60);
  return make_int(vm, static_cast<int64_t>(y) == -1 ? -2 : static_cast<int64_t>(y));
}

Value object_eq(VM& vm, const Value* args, size_t, Tuple*) {
  return args[0] == args[1] ? Value::boolean(true) : vm.not_implemented;
}

Value object_ne(VM& vm, const Value* args, size_t, Tuple*) {
  // By default != is the inverse of __eq__ (unless that is NotImplemented).
  Value eq = lookup_special(vm, type_of(vm, args[0]), SM::eq);
  if (!eq.ok()) return vm.not_implemented;
  Value r = call_special(vm, args[0], SM::eq, args + 1, 1);
  if (!r.ok() || r == vm.not_implemented) return r;
  int t = truthy(vm, r);
  if (t < 0) return Value::error();
  return Value::boolean(!t);
}

Value object_not_implemented(VM& vm, const Value*, size_t, Tuple*) { return vm.not_implemented; }

Value object_init_subclass(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size)
    return raisef(vm, vm.e.TypeError, "%s.__init_subclass__() takes no keyword arguments",
                  args[0].as<Type>()->name->data());
  if (nargs > 1)
    return raisef(vm, vm.e.TypeError, "%s.__init_subclass__() takes no arguments (%zu given)",
                  args[0].as<Type>()->name->data(), nargs - 1);
  return Value::none();
}

Value object_format(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2 || !isinstance_of(vm, args[1], vm.t.str))
    return raise(vm, vm.e.TypeError, "format expects arg 2 to be string");
  if (args[1].as<Str>()->size)
    return raisef(vm, vm.e.TypeError, "unsupported format string passed to %s.__format__",
                  type_of(vm, args[0])->name->data());
  return to_str(vm, args[0]);
}

Value object_dir(VM& vm, const Value* args, size_t, Tuple*) {
  Value result = make_dict(vm);
  if (!result.ok()) return result;
  Dict* d = result.as<Dict>();
  if (Dict** slot = instance_dict_slot(args[0]); slot && *slot)
    if (!dict_update(vm, d, val(*slot))) return Value::error();
  Type* t = type_of(vm, args[0]);
  for (size_t i = 0; i < t->mro->size; ++i)
    if (!dict_update(vm, d, val((*t->mro)[i].as<Type>()->dict))) return Value::error();
  return list_from_iterable(vm, result);
}

Value object_sizeof(VM& vm, const Value* args, size_t, Tuple*) {
  return make_int(vm, type_of(vm, args[0])->instance_size);
}

Value object_class_get(VM& vm, Value self) { return val(type_of(vm, self)); }

// __class__ assignment: both classes must be heap types (or module-like) with
// compatible layouts, as CPython requires.
bool object_class_set(VM& vm, Value self, Value value) {
  if (!value.ok()) {
    raise(vm, vm.e.TypeError, "can't delete __class__ attribute");
    return false;
  }
  if (!value.is_object() || !is_subtype(type_of(vm, value), vm.t.type)) {
    raisef(vm, vm.e.TypeError, "__class__ must be set to a class, not '%s' object", type_name(value));
    return false;
  }
  Type* nt = value.as<Type>();
  Type* ot = type_of(vm, self);
  bool heap_ok = (nt->flags & TF_HEAPTYPE) && (ot->flags & TF_HEAPTYPE);
  if (!heap_ok && !(ot == vm.t.module || nt == vm.t.module)) {
    raise(vm, vm.e.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  if (nt->layout != ot->layout || nt->instance_size != ot->instance_size || nt->dict_offset != ot->dict_offset ||
      nt->slot_count != ot->slot_count) {
    raisef(vm, vm.e.TypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt->name->data(),
           ot->name->data());
    return false;
  }
  self.as_object()->cls = nt;
  return true;
}

Value object_subclasshook(VM& vm, const Value*, size_t, Tuple*) { return vm.not_implemented; }

Value object_reduce_ex(VM& vm, const Value* args, size_t nargs, Tuple*) {
  // copyreg-style reduction: (copyreg.__newobj__-like reconstructor) is done by
  // the copy module in Python; here we give (cls, (), state).
  Type* t = type_of(vm, args[0]);
  Value state = Value::none();
  if (Dict** slot = instance_dict_slot(args[0]); slot && *slot && (*slot)->used) state = val(*slot);
  Value newobj = getattr_cstr(vm, val(vm.builtins_module), "object");
  (void)newobj;
  Value cls_args = make_tuple(vm, {val(t)});
  Value fn = dict_get_cstr(vm, vm.builtins, "__klass_newobj__");
  if (!fn.ok()) return raise(vm, vm.e.TypeError, "cannot reduce object");
  return make_tuple(vm, {fn, cls_args, state});
}

const MethodDef kObjectMethods[] = {
    {"__new__", object_new, METH_STATIC, "Create and return a new object."},
    {"__init__", object_init, METH_SLOT, "Initialize self.  See help(type(self)) for accurate signature."},
    {"__repr__", object_repr, METH_SLOT, "Return repr(self)."},
    {"__str__", object_str, METH_SLOT, "Return str(self)."},
    {"__hash__", object_hash, METH_SLOT, "Return hash(self)."},
    {"__eq__", object_eq, METH_SLOT, "Return self==value."},
    {"__ne__", object_ne, METH_SLOT, "Return self!=value."},
    {"__lt__", object_not_implemented, METH_SLOT, "Return self<value."},
    {"__le__", object_not_implemented, METH_SLOT, "Return self<=value."},
    {"__gt__", object_not_implemented, METH_SLOT, "Return self>value."},
    {"__ge__", object_not_implemented, METH_SLOT, "Return self>=value."},
    {"__init_subclass__", object_init_subclass, METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, METH_CLASS, "Abstract classes can override this to customize issubclass()."},
    {"__format__", object_format, 0, "Default object formatter."},
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__sizeof__", object_sizeof, 0, "Size of object in memory, in bytes."},
    {"__reduce_ex__", object_reduce_ex, 0, "Helper for pickle."},
    {}};
const GetSetDef kObjectGetSets[] = {{"__class__", object_class_get, object_class_set}, {}};

}  // namespace

void init_object_type(VM& vm) {
  setup_builtin_type(vm, vm.t.object, "object", nullptr, &kObjectLayout, sizeof(Obj), TF_BASETYPE, object_new);
  add_methods(vm, vm.t.object, kObjectMethods);
  add_methods(vm, vm.t.object, kObjectAttrMethods);
  add_getsets(vm, vm.t.object, kObjectGetSets);
  dict_set_cstr(vm, vm.t.object->dict, "__doc__", make_str(vm, "The base class of the class hierarchy.\n\n"
                                                                "When called, it accepts no arguments and returns a new featureless\n"
                                                                "instance that has no instance attributes and cannot be given any.\n"));
}

}  // namespace klass
