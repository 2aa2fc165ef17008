#include "types/super.h"

#include <string>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/code.h"
#include "types/dict.h"
#include "types/function.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace klass {

namespace {

void trace_super(Obj* o, Tracer& t) {
  auto* s = static_cast<Super*>(o);
  t.visit(s->type);
  t.visit(s->obj);
  t.visit(s->obj_type);
}
const Layout kSuperLayout{"super", trace_super, nullptr};

// The type whose MRO super(type, obj) searches; null with TypeError if obj
// is neither an instance nor a subclass of type.
Type* supercheck(VM& vm, Type* type, Value obj) {
  if (obj.is_object() && is_subtype(obj.as_object()->cls, vm.t.type) && is_subtype(obj.as<Type>(), type))
    return obj.as<Type>();
  Type* ot = type_of(vm, obj);
  if (is_subtype(ot, type)) return ot;
  // An object may claim a class through __class__.
  Value c = getattr_opt(vm, obj, vm.n.__class__);
  if (c.ok() && c.is_object() && is_subtype(type_of(vm, c), vm.t.type) && c.as<Type>() != ot &&
      is_subtype(c.as<Type>(), type))
    return c.as<Type>();
  if (!c.ok() && vm.has_exc()) return nullptr;
  raise(vm, vm.e.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

// super() with no arguments: the enclosing method's first argument and the
// __class__ cell the compiler created for it.
bool zero_arg_super(VM& vm, Type** type, Value* obj) {
  Frame* f = vm.frame;
  if (!f || !f->func) {
    raise(vm, vm.e.RuntimeError, "super(): no arguments");
    return false;
  }
  Code* c = f->code;
  if (c->argcount == 0 && !(c->flags & CO_VARARGS)) {
    raise(vm, vm.e.RuntimeError, "super(): no arguments");
    return false;
  }
  Value first = f->localsplus()[0];
  const auto& kinds = c->u().localsplus_kinds;
  if (first.ok() && (kinds[0] & LOCAL_CELL) && first.is_object() && first.as_object()->cls == vm.t.cell)
    first = first.as<Cell>()->contents;
  if (!first.ok()) {
    raise(vm, vm.e.RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  for (int i = 0; i < c->nlocalsplus; ++i) {
    if (!(kinds[i] & LOCAL_FREE)) continue;
    if ((*c->localsplus_names)[i].as<Str>()->view() != "__class__") continue;
    Value cell = f->localsplus()[i];
    if (!cell.ok() || !cell.is_object() || cell.as_object()->cls != vm.t.cell) break;
    Value cls = cell.as<Cell>()->contents;
    if (!cls.ok()) {
      raise(vm, vm.e.RuntimeError, "super(): empty __class__ cell");
      return false;
    }
    if (!isinstance_of(vm, cls, vm.t.type)) {
      raise(vm, vm.e.RuntimeError, "super(): __class__ is not a type (" + type_name_str(cls) + ")");
      return false;
    }
    *type = cls.as<Type>();
    *obj = first;
    return true;
  }
  raise(vm, vm.e.RuntimeError, "super(): __class__ cell not found");
  return false;
}

Value super_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Obj* o = alloc_object(vm, args[0].as<Type>());
  if (!o) return Value::error();
  static_cast<Super*>(o)->obj = Value::none();
  return val(o);
}

Value super_init(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(vm, vm.e.TypeError, "super() takes no keyword arguments");
  auto* s = args[0].as<Super>();
  Type* type = nullptr;
  Value obj = Value::none();
  if (nargs == 1) {
    if (!zero_arg_super(vm, &type, &obj)) return Value::error();
  } else {
    if (nargs > 3) return raisef(vm, vm.e.TypeError, "super() takes at most 2 arguments (%zu given)", nargs - 1);
    if (!isinstance_of(vm, args[1], vm.t.type))
      return raisef(vm, vm.e.TypeError, "super() argument 1 must be a type, not %s", type_name(args[1]));
    type = args[1].as<Type>();
    if (nargs == 3) obj = args[2];
  }
  Type* obj_type = nullptr;
  if (!obj.is_none()) {
    obj_type = supercheck(vm, type, obj);
    if (!obj_type) return Value::error();
  }
  s->type = type;
  s->obj = obj;
  s->obj_type = obj_type;
  return Value::none();
}

Value super_getattribute(VM& vm, const Value* args, size_t nargs, Tuple*) {
  auto* s = args[0].as<Super>();
  Str* name = args[1].as<Str>();
  Type* start = s->obj_type;
  if (start && name->view() != "__class__") {
    Tuple* mro = start->mro;
    size_t i = 0;
    while (i < mro->size && (*mro)[i].as_object() != s->type) ++i;
    for (++i; i < mro->size; ++i) {
      Value res = dict_get_str((*mro)[i].as<Type>()->dict, name);
      if (!res.ok()) continue;
      Value get = lookup_special(vm, type_of(vm, res), SM::get);
      if (!get.ok()) return res;
      // Bound to the instance, or to nothing when obj is the class itself.
      Value inst = s->obj == val(start) ? Value::none() : s->obj;
      Value a[3] = {res, inst, val(start)};
      return call(vm, get, a, 3);
    }
  }
  return generic_getattr(vm, args[0], name, false);
}

Value super_get(VM& vm, const Value* args, size_t nargs, Tuple*) {
  auto* s = args[0].as<Super>();
  Value obj = nargs > 1 ? args[1] : Value::none();
  if (obj.is_none() || !s->obj.is_none()) return args[0];
  Value a[2] = {val(s->type), obj};
  return call(vm, val(type_of(vm, args[0])), a, 2);
}

Value super_repr(VM& vm, const Value* args, size_t, Tuple*) {
  auto* s = args[0].as<Super>();
  std::string t = s->type ? "<class '" + std::string(s->type->name->view()) + "'>" : "NULL";
  if (s->obj_type)
    return make_str(vm, "<super: " + t + ", <" + std::string(s->obj_type->name->view()) + " object>>");
  return make_str(vm, "<super: " + t + ", NULL>");
}

Value get_thisclass(VM& vm, Value self) { return val(self.as<Super>()->type); }
Value get_self(VM& vm, Value self) { return self.as<Super>()->obj; }
Value get_self_class(VM& vm, Value self) {
  auto* s = self.as<Super>();
  return s->obj_type ? val(s->obj_type) : Value::none();
}

const MethodDef kSuperMethods[] = {{"__new__", super_new, METH_STATIC},
                                   {"__init__", super_init, METH_SLOT},
                                   {"__getattribute__", super_getattribute, METH_SLOT},
                                   {"__get__", super_get, METH_SLOT},
                                   {"__repr__", super_repr, METH_SLOT},
                                   {}};
const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", get_thisclass}, {"__self__", get_self}, {"__self_class__", get_self_class}, {}};

}  // namespace

void init_super_type(VM& vm) {
  setup_builtin_type(vm, vm.t.super, "super", vm.t.object, &kSuperLayout, sizeof(Super), TF_BASETYPE, super_new);
  add_methods(vm, vm.t.super, kSuperMethods);
  add_getsets(vm, vm.t.super, kSuperGetSets);
}

}  // namespace klass
