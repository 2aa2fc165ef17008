// Native functions and descriptors: builtin_function_or_method,
// method_descriptor / wrapper_descriptor / classmethod_descriptor,
// getset_descriptor and member_descriptor.
#include "types/native.h"

#include <string>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

void trace_builtin(Obj* o, Tracer& t) {
  auto* b = static_cast<BuiltinFunction*>(o);
  t.visit(b->self);
  t.visit(b->module);
  t.visit(b->name);
  t.visit(b->qualname_prefix);
}
void trace_method_descr(Obj* o, Tracer& t) {
  auto* d = static_cast<MethodDescriptor*>(o);
  t.visit(d->owner);
  t.visit(d->name);
}
void trace_getset(Obj* o, Tracer& t) {
  auto* d = static_cast<GetSetDescriptor*>(o);
  t.visit(d->owner);
  t.visit(d->name);
}
void trace_member(Obj* o, Tracer& t) {
  auto* d = static_cast<MemberDescriptor*>(o);
  t.visit(d->owner);
  t.visit(d->name);
}
const Layout kBuiltinLayout{"builtin_function_or_method", trace_builtin, nullptr};
const Layout kMethodDescrLayout{"method_descriptor", trace_method_descr, nullptr};
const Layout kGetSetLayout{"getset_descriptor", trace_getset, nullptr};
const Layout kMemberLayout{"member_descriptor", trace_member, nullptr};

Value make_method_descriptor(VM& vm, Type* owner, const MethodDef* def) {
  Type* dt = (def->flags & METH_SLOT) ? vm.t.wrapper_descriptor
             : (def->flags & METH_CLASS) ? vm.t.classmethod_descriptor
                                         : vm.t.method_descriptor;
  Obj* o = alloc_object(vm, dt);
  if (!o) return Value::error();
  auto* d = static_cast<MethodDescriptor*>(o);
  d->def = def;
  d->owner = owner;
  d->name = vm.intern(def->name);
  return val(o);
}

// ---- builtin_function_or_method ----

Value builtin_repr(VM& vm, const Value* args, size_t nargs, Tuple*) {
  auto* b = args[0].as<BuiltinFunction>();
  std::string s;
  if (!b->self.ok() || (b->self.is_object() && b->self.as_object()->cls == vm.t.module))
    s = "<built-in function " + std::string(b->name->view()) + ">";
  else
    s = "<built-in method " + std::string(b->name->view()) + " of " + type_name_str(b->self) + " object at 0x" +
        [&] { char buf[32]; snprintf(buf, sizeof buf, "%lx", static_cast<unsigned long>(b->self.bits())); return std::string(buf); }() + ">";
  if (b->self.ok() && b->self.is_object() && is_subtype(b->self.as_object()->cls, vm.t.type))
    s = "<built-in method " + std::string(b->name->view()) + " of type object at 0x" +
        [&] { char buf[32]; snprintf(buf, sizeof buf, "%lx", static_cast<unsigned long>(b->self.bits())); return std::string(buf); }() + ">";
  return make_str(vm, s);
}
Value builtin_name(VM& vm, Value self) { return val(self.as<BuiltinFunction>()->name); }
Value builtin_qualname(VM& vm, Value self) {
  auto* b = self.as<BuiltinFunction>();
  if (!b->self.ok() || (b->self.is_object() && b->self.as_object()->cls == vm.t.module)) return val(b->name);
  Type* owner = b->self.is_object() && is_subtype(b->self.as_object()->cls, vm.t.type) ? b->self.as<Type>()
                                                                                     : type_of(vm, b->self);
  return make_str(vm, std::string(owner->qualname->view()) + "." + std::string(b->name->view()));
}
Value builtin_self(VM& vm, Value self) {
  auto* b = self.as<BuiltinFunction>();
  if (b->self.ok()) return b->self;
  return b->module.ok() ? b->module : Value::none();
}
Value builtin_module(VM& vm, Value self) {
  auto* b = self.as<BuiltinFunction>();
  if (b->module.ok() && b->module.is_object() && b->module.as_object()->cls == vm.t.module)
    return getattr(vm, b->module, vm.n.__name__);
  return Value::none();
}
Value builtin_doc(VM& vm, Value self) {
  auto* b = self.as<BuiltinFunction>();
  return b->def->doc ? make_str(vm, b->def->doc) : Value::none();
}
Value builtin_eq(VM& vm, const Value* args, size_t, Tuple*) {
  if (!isinstance_of(vm, args[1], vm.t.builtin_function)) return vm.not_implemented;
  auto* a = args[0].as<BuiltinFunction>();
  auto* b = args[1].as<BuiltinFunction>();
  return Value::boolean(a->def == b->def && a->self == b->self);
}
Value builtin_hash(VM& vm, const Value* args, size_t, Tuple*) {
  auto* a = args[0].as<BuiltinFunction>();
  return make_int(vm, static_cast<int64_t>(reinterpret_cast<uintptr_t>(a->def) >> 4) ^
                          static_cast<int64_t>(a->self.bits() >> 4));
}

Value native_call(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(vm, args[0], args + 1, nargs - 1, kwnames);
}

// ---- method descriptors ----

Value descr_repr(VM& vm, const Value* args, size_t, Tuple*) {
  auto* d = args[0].as<MethodDescriptor>();
  const char* kind = d->cls == vm.t.wrapper_descriptor ? "slot wrapper" : "method";
  return make_str(vm, std::string("<") + kind + " '" + std::string(d->name->view()) + "' of '" +
                          std::string(d->owner->name->view()) + "' objects>");
}
Value descr_get(VM& vm, const Value* args, size_t nargs, Tuple*) {
  auto* d = args[0].as<MethodDescriptor>();
  Value obj = nargs > 1 ? args[1] : Value::none();
  if (d->cls == vm.t.classmethod_descriptor) {
    Value owner = nargs > 2 && !args[2].is_none() ? args[2] : val(type_of(vm, obj));
    return make_builtin_function(vm, d->def, owner, Value::error());
  }
  return bind_descriptor(vm, args[0], obj, d->owner);
}
Value descr_name(VM& vm, Value self) { return val(self.as<MethodDescriptor>()->name); }
Value descr_qualname(VM& vm, Value self) {
  auto* d = self.as<MethodDescriptor>();
  return make_str(vm, std::string(d->owner->qualname->view()) + "." + std::string(d->name->view()));
}
Value descr_objclass(VM& vm, Value self) { return val(self.as<MethodDescriptor>()->owner); }
Value descr_doc(VM& vm, Value self) {
  auto* d = self.as<MethodDescriptor>();
  return d->def->doc ? make_str(vm, d->def->doc) : Value::none();
}

// ---- getset / member descriptors ----

Value getset_repr(VM& vm, const Value* args, size_t, Tuple*) {
  auto* d = args[0].as<GetSetDescriptor>();
  const char* kind = d->cls == vm.t.member_descriptor ? "member" : "attribute";
  return make_str(vm, std::string("<") + kind + " '" + std::string(d->name->view()) + "' of '" +
                          std::string(d->owner->name->view()) + "' objects>");
}
Value getset_get(VM& vm, const Value* args, size_t nargs, Tuple*) {
  auto* d = args[0].as<GetSetDescriptor>();
  Value obj = nargs > 1 ? args[1] : Value::none();
  if (obj.is_none() && !(nargs > 2 && args[2].is_none() == false && d->owner == vm.t.none)) return args[0];
  if (!isinstance_of(vm, obj, d->owner))
    return raisef(vm, vm.e.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  d->name->data(), d->owner->name->data(), type_name(obj));
  return d->def->get(vm, obj);
}
Value getset_set(VM& vm, const Value* args, size_t nargs, Tuple*) {
  auto* d = args[0].as<GetSetDescriptor>();
  if (!check_nargs(vm, "__set__", nargs, 3, 3)) return Value::error();
  if (!isinstance_of(vm, args[1], d->owner))
    return raisef(vm, vm.e.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  d->name->data(), d->owner->name->data(), type_name(args[1]));
  if (!d->def->set)
    return raisef(vm, vm.e.AttributeError, "attribute '%s' of '%s' objects is not writable", d->name->data(),
                  d->owner->name->data());
  return d->def->set(vm, args[1], args[2]) ? Value::none() : Value::error();
}
Value getset_delete(VM& vm, const Value* args, size_t nargs, Tuple*) {
  auto* d = args[0].as<GetSetDescriptor>();
  if (!d->def->set)
    return raisef(vm, vm.e.AttributeError, "attribute '%s' of '%s' objects is not writable", d->name->data(),
                  d->owner->name->data());
  return d->def->set(vm, args[1], Value::error()) ? Value::none() : Value::error();
}
Value getset_name(VM& vm, Value self) { return val(self.as<GetSetDescriptor>()->name); }
Value getset_objclass(VM& vm, Value self) { return val(self.as<GetSetDescriptor>()->owner); }
Value getset_doc(VM& vm, Value self) {
  auto* d = self.as<GetSetDescriptor>();
  return d->def->doc ? make_str(vm, d->def->doc) : Value::none();
}

Value* member_slot(Value obj, MemberDescriptor* m) {
  return reinterpret_cast<Value*>(instance_extra(obj.as_object(), m->offset));
}
Value member_repr(VM& vm, const Value* args, size_t, Tuple*) {
  auto* d = args[0].as<MemberDescriptor>();
  return make_str(vm, "<member '" + std::string(d->name->view()) + "' of '" + std::string(d->owner->name->view()) +
                          "' objects>");
}
Value member_get(VM& vm, const Value* args, size_t nargs, Tuple*) {
  auto* d = args[0].as<MemberDescriptor>();
  Value obj = nargs > 1 ? args[1] : Value::none();
  if (obj.is_none()) return args[0];
  if (!isinstance_of(vm, obj, d->owner))
    return raisef(vm, vm.e.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  d->name->data(), d->owner->name->data(), type_name(obj));
  Value v = *member_slot(obj, d);
  if (!v.ok())
    return raisef(vm, vm.e.AttributeError, "'%s' object has no attribute '%s'", type_name(obj), d->name->data());
  return v;
}
Value member_set(VM& vm, const Value* args, size_t nargs, Tuple*) {
  auto* d = args[0].as<MemberDescriptor>();
  if (!isinstance_of(vm, args[1], d->owner))
    return raisef(vm, vm.e.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  d->name->data(), d->owner->name->data(), type_name(args[1]));
  *member_slot(args[1], d) = args[2];
  return Value::none();
}
Value member_delete(VM& vm, const Value* args, size_t nargs, Tuple*) {
  auto* d = args[0].as<MemberDescriptor>();
  Value* slot = member_slot(args[1], d);
  if (!slot->ok())
    return raisef(vm, vm.e.AttributeError, "'%s' object has no attribute '%s'", type_name(args[1]),
                  d->name->data());
  *slot = Value::error();
  return Value::none();
}
Value member_name(VM& vm, Value self) { return val(self.as<MemberDescriptor>()->name); }
Value member_objclass(VM& vm, Value self) { return val(self.as<MemberDescriptor>()->owner); }

const MethodDef kBuiltinMethods[] = {{"__repr__", builtin_repr, METH_SLOT},
                                     {"__call__", native_call, METH_SLOT},
                                     {"__eq__", builtin_eq, METH_SLOT},
                                     {"__hash__", builtin_hash, METH_SLOT},
                                     {}};
const GetSetDef kBuiltinGetSets[] = {{"__name__", builtin_name},     {"__qualname__", builtin_qualname},
                                     {"__self__", builtin_self},     {"__module__", builtin_module},
                                     {"__doc__", builtin_doc},       {}};
const MethodDef kDescrMethods[] = {
    {"__repr__", descr_repr, METH_SLOT}, {"__get__", descr_get, METH_SLOT}, {"__call__", native_call, METH_SLOT}, {}};
const GetSetDef kDescrGetSets[] = {{"__name__", descr_name},
                                   {"__qualname__", descr_qualname},
                                   {"__objclass__", descr_objclass},
                                   {"__doc__", descr_doc},
                                   {}};
const MethodDef kGetSetMethods[] = {{"__repr__", getset_repr, METH_SLOT},
                                    {"__get__", getset_get, METH_SLOT},
                                    {"__set__", getset_set, METH_SLOT},
                                    {"__delete__", getset_delete, METH_SLOT},
                                    {}};
const GetSetDef kGetSetGetSets[] = {
    {"__name__", getset_name}, {"__objclass__", getset_objclass}, {"__doc__", getset_doc}, {}};
const MethodDef kMemberMethods[] = {{"__repr__", member_repr, METH_SLOT},
                                    {"__get__", member_get, METH_SLOT},
                                    {"__set__", member_set, METH_SLOT},
                                    {"__delete__", member_delete, METH_SLOT},
                                    {}};
const GetSetDef kMemberGetSets[] = {{"__name__", member_name}, {"__objclass__", member_objclass}, {}};

}  // namespace

Value make_builtin_function(VM& vm, const MethodDef* def, Value self, Value module) {
  Obj* o = alloc_object(vm, vm.t.builtin_function);
  if (!o) return Value::error();
  auto* b = static_cast<BuiltinFunction*>(o);
  b->def = def;
  b->self = self;
  b->module = module;
  b->name = vm.intern(def->name);
  return val(o);
}

void add_methods(VM& vm, Type* type, const MethodDef* defs) {
  for (const MethodDef* d = defs; d->name; ++d) {
    Value v;
    if (d->flags & METH_STATIC) {
      // __new__ and static methods are builtins bound to nothing, shown as methods of the type.
      v = make_builtin_function(vm, d, Value::error(), Value::error());
      if (v.ok()) v.as<BuiltinFunction>()->self = val(type);
      if (v.ok() && std::string_view(d->name) != "__new__") {
        // A real static method: stored wrapped so instances do not bind it.
        extern Value make_staticmethod(VM & vm, Value func);
        v = make_staticmethod(vm, v);
      }
    } else {
      v = make_method_descriptor(vm, type, d);
    }
    if (v.ok()) dict_set(vm, type->dict, val(vm.intern(d->name)), v);
  }
  type_modified(vm, type);
}

void add_getsets(VM& vm, Type* type, const GetSetDef* defs) {
  for (const GetSetDef* d = defs; d->name; ++d) {
    Obj* o = alloc_object(vm, vm.t.getset_descriptor);
    if (!o) return;
    auto* g = static_cast<GetSetDescriptor*>(o);
    g->def = d;
    g->owner = type;
    g->name = vm.intern(d->name);
    dict_set(vm, type->dict, val(g->name), val(o));
  }
  type_modified(vm, type);
}

void add_functions(VM& vm, Dict* module_dict, Value module, const MethodDef* defs) {
  for (const MethodDef* d = defs; d->name; ++d) {
    Value f = make_builtin_function(vm, d, Value::error(), module);
    if (f.ok()) dict_set(vm, module_dict, val(vm.intern(d->name)), f);
  }
}

Value make_member_descriptor(VM& vm, Type* owner, Str* name, uint32_t offset) {
  Obj* o = alloc_object(vm, vm.t.member_descriptor);
  if (!o) return Value::error();
  auto* m = static_cast<MemberDescriptor*>(o);
  m->owner = owner;
  m->name = name;
  m->offset = offset;
  return val(o);
}

void init_native_types(VM& vm) {
  setup_builtin_type(vm, vm.t.builtin_function, "builtin_function_or_method", vm.t.object, &kBuiltinLayout,
                     sizeof(BuiltinFunction), 0);
  add_methods(vm, vm.t.builtin_function, kBuiltinMethods);
  add_getsets(vm, vm.t.builtin_function, kBuiltinGetSets);
  for (Type* t : {vm.t.method_descriptor, vm.t.wrapper_descriptor, vm.t.classmethod_descriptor}) {
    const char* n = t == vm.t.method_descriptor ? "method_descriptor"
                    : t == vm.t.wrapper_descriptor ? "wrapper_descriptor"
                                                   : "classmethod_descriptor";
    setup_builtin_type(vm, t, n, vm.t.object, &kMethodDescrLayout, sizeof(MethodDescriptor), 0);
    add_methods(vm, t, kDescrMethods);
    add_getsets(vm, t, kDescrGetSets);
  }
  setup_builtin_type(vm, vm.t.getset_descriptor, "getset_descriptor", vm.t.object, &kGetSetLayout,
                     sizeof(GetSetDescriptor), 0);
  add_methods(vm, vm.t.getset_descriptor, kGetSetMethods);
  add_getsets(vm, vm.t.getset_descriptor, kGetSetGetSets);
  setup_builtin_type(vm, vm.t.member_descriptor, "member_descriptor", vm.t.object, &kMemberLayout,
                     sizeof(MemberDescriptor), 0);
  add_methods(vm, vm.t.member_descriptor, kMemberMethods);
  add_getsets(vm, vm.t.member_descriptor, kMemberGetSets);
}

}  // namespace klass
