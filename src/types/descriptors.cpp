// property, classmethod and staticmethod.
#include "types/descriptors.h"

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/function.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

void trace_property(Obj* o, Tracer& t) {
  auto* p = static_cast<Property*>(o);
  t.visit(p->fget);
  t.visit(p->fset);
  t.visit(p->fdel);
  t.visit(p->doc);
  t.visit(p->name);
}
void trace_wrapper(Obj* o, Tracer& t) {
  auto* w = static_cast<FuncWrapper*>(o);
  t.visit(w->func);
  t.visit(w->dict);
}
const Layout kPropertyLayout{"property", trace_property, nullptr};
const Layout kWrapperLayout{"classmethod", trace_wrapper, nullptr};

Property* prop(Value v) { return v.as<Property>(); }

// ---- property ----

Value property_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Obj* o = alloc_object(vm, args[0].as<Type>());
  if (!o) return Value::error();
  auto* p = static_cast<Property*>(o);
  p->fget = p->fset = p->fdel = p->doc = p->name = Value::none();
  return val(o);
}

Value property_init(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"fget", "fset", "fdel", "doc"};
  Value a[4] = {Value::none(), Value::none(), Value::none(), Value::none()};
  Signature sig{"property", names, 4, 0};
  if (!bind_args(vm, sig, args + 1, nargs - 1, kwnames, a)) return Value::error();
  Property* p = prop(args[0]);
  p->fget = a[0];
  p->fset = a[1];
  p->fdel = a[2];
  p->doc = a[3];
  // Without an explicit doc, a property takes its getter's docstring.
  if (a[3].is_none() && !a[0].is_none()) {
    Value d = getattr_opt(vm, a[0], vm.n.__doc__);
    if (!d.ok() && vm.has_exc()) return d;
    if (d.ok()) {
      if (type_of(vm, args[0]) == vm.t.property)
        p->doc = d;
      else if (!setattr(vm, args[0], vm.n.__doc__, d))
        return Value::error();
    }
  }
  return Value::none();
}

std::string prop_name(VM& vm, Property* p) {
  if (p->name.ok() && !p->name.is_none()) return "'" + std::string(sv(p->name)) + "'";
  return "";
}

Value property_get(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Value obj = nargs > 1 ? args[1] : Value::none();
  if (obj.is_none()) return args[0];
  Property* p = prop(args[0]);
  if (p->fget.is_none()) {
    std::string n = prop_name(vm, p);
    if (n.empty()) return raise(vm, vm.e.AttributeError, "unreadable attribute");
    return raisef(vm, vm.e.AttributeError, "property %s of '%s' object has no getter", n.c_str(), type_name(obj));
  }
  return call1(vm, p->fget, obj);
}

Value property_set(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Property* p = prop(args[0]);
  if (p->fset.is_none()) {
    std::string n = prop_name(vm, p);
    if (n.empty()) return raise(vm, vm.e.AttributeError, "can't set attribute");
    return raisef(vm, vm.e.AttributeError, "property %s of '%s' object has no setter", n.c_str(), type_name(args[1]));
  }
  return call2(vm, p->fset, args[1], args[2]);
}

Value property_delete(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Property* p = prop(args[0]);
  if (p->fdel.is_none()) {
    std::string n = prop_name(vm, p);
    if (n.empty()) return raise(vm, vm.e.AttributeError, "can't delete attribute");
    return raisef(vm, vm.e.AttributeError, "property %s of '%s' object has no deleter", n.c_str(),
                  type_name(args[1]));
  }
  return call1(vm, p->fdel, args[1]);
}

// getter/setter/deleter: a copy of the property with one function replaced.
Value property_copy(VM& vm, Value self, int which, Value fn) {
  Property* p = prop(self);
  Value fget = which == 0 ? fn : p->fget;
  Value fset = which == 1 ? fn : p->fset;
  Value fdel = which == 2 ? fn : p->fdel;
  Value doc = p->doc;
  // A doc taken from the old getter is taken again from the new one.
  if (which == 0 && !p->fget.is_none()) {
    Value old_doc = getattr_opt(vm, p->fget, vm.n.__doc__);
    if (old_doc.ok() && old_doc == p->doc) doc = Value::none();
  }
  Value args[4] = {fget, fset, fdel, doc};
  Value r = call(vm, val(type_of(vm, self)), args, 4);
  if (r.ok() && isinstance_of(vm, r, vm.t.property)) prop(r)->name = p->name;
  return r;
}
Value property_getter(VM& vm, const Value* a, size_t, Tuple*) { return property_copy(vm, a[0], 0, a[1]); }
Value property_setter(VM& vm, const Value* a, size_t, Tuple*) { return property_copy(vm, a[0], 1, a[1]); }
Value property_deleter(VM& vm, const Value* a, size_t, Tuple*) { return property_copy(vm, a[0], 2, a[1]); }
Value property_set_name(VM& vm, const Value* a, size_t nargs, Tuple*) {
  if (nargs != 3) return raise(vm, vm.e.TypeError, "__set_name__() takes 2 positional arguments");
  prop(a[0])->name = a[2];
  return Value::none();
}

Value get_fget(VM& vm, Value s) { return prop(s)->fget; }
Value get_fset(VM& vm, Value s) { return prop(s)->fset; }
Value get_fdel(VM& vm, Value s) { return prop(s)->fdel; }
Value get_pdoc(VM& vm, Value s) { return prop(s)->doc; }
bool set_pdoc(VM& vm, Value s, Value v) {
  prop(s)->doc = v.ok() ? v : Value::none();
  return true;
}
Value get_isabstract(VM& vm, Value s) {
  Property* p = prop(s);
  for (Value f : {p->fget, p->fset, p->fdel}) {
    if (f.is_none()) continue;
    Value a = getattr_opt(vm, f, vm.n.__isabstractmethod__);
    if (!a.ok()) {
      if (vm.has_exc()) return a;
      continue;
    }
    int t = truthy(vm, a);
    if (t < 0) return Value::error();
    if (t) return Value::boolean(true);
  }
  return Value::boolean(false);
}

// ---- classmethod / staticmethod ----

Value wrapper_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Obj* o = alloc_object(vm, args[0].as<Type>());
  if (!o) return Value::error();
  static_cast<FuncWrapper*>(o)->func = Value::none();
  return val(o);
}
Value wrapper_init(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  const char* n = isinstance_of(vm, args[0], vm.t.classmethod) ? "classmethod" : "staticmethod";
  if (!no_kwargs(vm, n, kw) || !check_nargs(vm, n, nargs - 1, 1, 1)) return Value::error();
  auto* w = args[0].as<FuncWrapper>();
  w->func = args[1];
  // Like functools.wraps: copy the metadata of the wrapped callable.
  for (const char* attr : {"__module__", "__name__", "__qualname__", "__doc__"}) {
    Value v = getattr_opt(vm, args[1], vm.intern(attr));
    if (!v.ok()) {
      if (vm.has_exc()) return v;
      continue;
    }
    if (!w->dict) {
      Value d = make_dict(vm);
      if (!d.ok()) return d;
      w->dict = d.as<Dict>();
    }
    dict_set_cstr(vm, w->dict, attr, v);
  }
  return Value::none();
}
Value classmethod_get(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Value obj = nargs > 1 ? args[1] : Value::none();
  Value owner = nargs > 2 && !args[2].is_none() ? args[2] : val(type_of(vm, obj));
  Value f = args[0].as<FuncWrapper>()->func;
  // A wrapped descriptor (e.g. a property) is bound to the class (3.9+ chaining).
  Value g = lookup_special(vm, type_of(vm, f), SM::get);
  if (g.ok() && !is_exact(vm, f, vm.t.function)) {
    Value a[3] = {f, owner, owner};
    return call(vm, g, a, 3);
  }
  return make_method(vm, f, owner);
}
Value staticmethod_get(VM& vm, const Value* args, size_t, Tuple*) { return args[0].as<FuncWrapper>()->func; }
Value staticmethod_call(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return call(vm, args[0].as<FuncWrapper>()->func, args + 1, nargs - 1, kw);
}
Value wrapper_repr(VM& vm, const Value* args, size_t, Tuple*) {
  Value r = repr(vm, args[0].as<FuncWrapper>()->func);
  if (!r.ok()) return r;
  return make_str(vm, "<" + type_name_str(args[0]) + "(" + std::string(sv(r)) + ")>");
}
Value get_wfunc(VM& vm, Value s) { return s.as<FuncWrapper>()->func; }
Value get_wisabstract(VM& vm, Value s) {
  Value a = getattr_opt(vm, s.as<FuncWrapper>()->func, vm.n.__isabstractmethod__);
  if (!a.ok()) return vm.has_exc() ? a : Value::boolean(false);
  return a;
}
Value get_wdict(VM& vm, Value s) {
  auto* w = s.as<FuncWrapper>();
  if (!w->dict) {
    Value d = make_dict(vm);
    if (!d.ok()) return d;
    w->dict = d.as<Dict>();
  }
  return val(w->dict);
}

const MethodDef kPropertyMethods[] = {{"__new__", property_new, METH_STATIC},
                                      {"__init__", property_init, METH_SLOT},
                                      {"__get__", property_get, METH_SLOT},
                                      {"__set__", property_set, METH_SLOT},
                                      {"__delete__", property_delete, METH_SLOT},
                                      {"getter", property_getter, 0},
                                      {"setter", property_setter, 0},
                                      {"deleter", property_deleter, 0},
                                      {"__set_name__", property_set_name, 0},
                                      {}};
const GetSetDef kPropertyGetSets[] = {{"fget", get_fget},
                                      {"fset", get_fset},
                                      {"fdel", get_fdel},
                                      {"__doc__", get_pdoc, set_pdoc},
                                      {"__isabstractmethod__", get_isabstract},
                                      {}};
const MethodDef kClassmethodMethods[] = {{"__new__", wrapper_new, METH_STATIC},
                                         {"__init__", wrapper_init, METH_SLOT},
                                         {"__get__", classmethod_get, METH_SLOT},
                                         {"__repr__", wrapper_repr, METH_SLOT},
                                         {}};
const MethodDef kStaticmethodMethods[] = {{"__new__", wrapper_new, METH_STATIC},
                                          {"__init__", wrapper_init, METH_SLOT},
                                          {"__get__", staticmethod_get, METH_SLOT},
                                          {"__call__", staticmethod_call, METH_SLOT},
                                          {"__repr__", wrapper_repr, METH_SLOT},
                                          {}};
const GetSetDef kWrapperGetSets[] = {{"__func__", get_wfunc},
                                     {"__wrapped__", get_wfunc},
                                     {"__isabstractmethod__", get_wisabstract},
                                     {"__dict__", get_wdict},
                                     {}};

Value make_wrapper(VM& vm, Type* t, Value func) {
  Obj* o = alloc_object(vm, t);
  if (!o) return Value::error();
  static_cast<FuncWrapper*>(o)->func = func;
  return val(o);
}

}  // namespace

Value make_classmethod(VM& vm, Value func) { return make_wrapper(vm, vm.t.classmethod, func); }
Value make_staticmethod(VM& vm, Value func) { return make_wrapper(vm, vm.t.staticmethod, func); }

void init_descriptor_types(VM& vm) {
  setup_builtin_type(vm, vm.t.property, "property", vm.t.object, &kPropertyLayout, sizeof(Property), TF_BASETYPE,
                     property_new);
  add_methods(vm, vm.t.property, kPropertyMethods);
  add_getsets(vm, vm.t.property, kPropertyGetSets);
  setup_builtin_type(vm, vm.t.classmethod, "classmethod", vm.t.object, &kWrapperLayout, sizeof(FuncWrapper),
                     TF_BASETYPE, wrapper_new);
  vm.t.classmethod->dict_offset = offsetof(FuncWrapper, dict);
  add_methods(vm, vm.t.classmethod, kClassmethodMethods);
  add_getsets(vm, vm.t.classmethod, kWrapperGetSets);
  setup_builtin_type(vm, vm.t.staticmethod, "staticmethod", vm.t.object, &kWrapperLayout, sizeof(FuncWrapper),
                     TF_BASETYPE, wrapper_new);
  vm.t.staticmethod->dict_offset = offsetof(FuncWrapper, dict);
  add_methods(vm, vm.t.staticmethod, kStaticmethodMethods);
  add_getsets(vm, vm.t.staticmethod, kWrapperGetSets);
}

}  // namespace klass
