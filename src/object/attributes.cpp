// Attribute access: object.__getattribute__/__setattr__/__delattr__, the same
// for classes (type.__getattribute__ ...), and the dispatch that lets classes
// override them with __getattribute__/__getattr__/__setattr__/__delattr__.
#include <vector>

#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/descriptors.h"
#include "types/dict.h"
#include "types/function.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

bool is_data_descriptor(VM& vm, Type* dt) {
  return lookup_special(vm, dt, SM::set).ok() || lookup_special(vm, dt, SM::delete_).ok();
}

// The native getattribute/setattr implementations, so dispatch can call them
// directly instead of through a method object.
Value object_getattribute_m(VM& vm, const Value* args, size_t nargs, Tuple* kw);
Value object_setattr_m(VM& vm, const Value* args, size_t nargs, Tuple* kw);
Value object_delattr_m(VM& vm, const Value* args, size_t nargs, Tuple* kw);
Value type_getattribute_m(VM& vm, const Value* args, size_t nargs, Tuple* kw);
Value type_setattr_m(VM& vm, const Value* args, size_t nargs, Tuple* kw);
Value type_delattr_m(VM& vm, const Value* args, size_t nargs, Tuple* kw);

bool is_native(VM& vm, Value m, NativeFn fn) {
  return m.is_object() && (m.as_object()->cls == vm.t.wrapper_descriptor || m.as_object()->cls == vm.t.method_descriptor) &&
         m.as<MethodDescriptor>()->def->fn == fn;
}

Value type_getattr(VM& vm, Type* type, Str* name, bool suppress);

}  // namespace

Value bind_descriptor(VM& vm, Value descr, Value obj, Type* owner) {
  if (!descr.is_object()) return descr;
  Type* dt = descr.as_object()->cls;
  // Fast paths for the built-in descriptors.
  if (dt == vm.t.function) return obj.ok() && !obj.is_none() ? make_method(vm, descr, obj) : descr;
  if (dt == vm.t.method_descriptor || dt == vm.t.wrapper_descriptor) {
    if (!obj.ok() || obj.is_none()) return descr;
    auto* md = descr.as<MethodDescriptor>();
    if (!isinstance_of(vm, obj, md->owner))
      return raisef(vm, vm.e.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    md->name->data(), md->owner->name->data(), type_name(obj));
    return make_builtin_function(vm, md->def, obj, Value::error());
  }
  if (dt == vm.t.staticmethod) return descr.as<FuncWrapper>()->func;
  if (dt == vm.t.classmethod) {
    Value cls = obj.ok() && !obj.is_none() ? val(type_of(vm, obj)) : val(owner);
    return make_method(vm, descr.as<FuncWrapper>()->func, cls);
  }
  Value get = lookup_special(vm, dt, SM::get);
  if (!get.ok()) return descr;
  Value args[3] = {descr, obj.ok() ? obj : Value::none(), owner ? val(owner) : Value::none()};
  return call(vm, get, args, 3);
}

Value generic_getattr(VM& vm, Value obj, Str* name, bool suppress) {
  Type* tp = type_of(vm, obj);
  Value descr = type_lookup(vm, tp, name);
  Type* dt = nullptr;
  if (descr.ok()) {
    dt = type_of(vm, descr);
    if (dt != vm.t.function && is_data_descriptor(vm, dt)) return bind_descriptor(vm, descr, obj, tp);
  }
  if (Dict** slot = instance_dict_slot(obj); slot && *slot) {
    Value v = dict_get(vm, *slot, val(name));
    if (v.ok() || vm.has_exc()) return v;
  }
  if (descr.ok()) return bind_descriptor(vm, descr, obj, tp);
  if (suppress) return Value::error();
  return raise_attribute_error(vm, obj, val(name));
}

bool generic_setattr(VM& vm, Value obj, Str* name, Value value) {
  Type* tp = type_of(vm, obj);
  Value descr = type_lookup(vm, tp, name);
  if (descr.ok()) {
    Type* dt = type_of(vm, descr);
    Value fn = lookup_special(vm, dt, value.ok() ? SM::set : SM::delete_);
    if (fn.ok()) {
      Value args[3] = {descr, obj, value};
      return call(vm, fn, args, value.ok() ? 3 : 2).ok();
    }
    if (is_data_descriptor(vm, dt)) {
      raisef(vm, vm.e.AttributeError, value.ok() ? "__set__" : "__delete__");
      return false;
    }
  }
  Dict** slot = instance_dict_slot(obj);
  if (!slot) {
    if (descr.ok())
      raisef(vm, vm.e.AttributeError, "'%s' object attribute '%s' is read-only", type_name(obj), name->data());
    else
      raise_attribute_error(vm, obj, val(name));
    return false;
  }
  if (!*slot) {
    if (!value.ok()) {
      raise_attribute_error(vm, obj, val(name));
      return false;
    }
    Value d = make_dict(vm);
    if (!d.ok()) return false;
    *slot = d.as<Dict>();
  }
  if (value.ok()) return dict_set(vm, *slot, val(name), value);
  int r = dict_del(vm, *slot, val(name));
  if (r == 0) raise_attribute_error(vm, obj, val(name));
  return r > 0;
}

namespace {

Value type_getattr(VM& vm, Type* type, Str* name, bool suppress) {
  Type* meta = type->cls;
  Value meta_attr = type_lookup(vm, meta, name);
  Value meta_get = Value::error();
  if (meta_attr.ok()) {
    Type* dt = type_of(vm, meta_attr);
    meta_get = lookup_special(vm, dt, SM::get);
    if (meta_get.ok() && is_data_descriptor(vm, dt)) return bind_descriptor(vm, meta_attr, val(type), meta);
  }
  Value attr = type_lookup(vm, type, name);
  if (attr.ok()) {
    // A descriptor found on the class itself is bound with instance None.
    Type* at = type_of(vm, attr);
    if (at == vm.t.function || at == vm.t.method_descriptor || at == vm.t.wrapper_descriptor) return attr;
    if (at == vm.t.classmethod) return make_method(vm, attr.as<FuncWrapper>()->func, val(type));
    if (at == vm.t.staticmethod) return attr.as<FuncWrapper>()->func;
    Value g = lookup_special(vm, at, SM::get);
    if (!g.ok()) return attr;
    Value args[3] = {attr, Value::none(), val(type)};
    return call(vm, g, args, 3);
  }
  if (meta_attr.ok()) return meta_get.ok() ? bind_descriptor(vm, meta_attr, val(type), meta) : meta_attr;
  if (suppress) return Value::error();
  return raisef(vm, vm.e.AttributeError, "type object '%s' has no attribute '%s'", type->name->data(),
                name->data());
}

bool type_setattr(VM& vm, Type* type, Str* name, Value value) {
  if (type->flags & TF_IMMUTABLE) {
    raisef(vm, vm.e.TypeError, "cannot %s '%s' attribute of immutable type '%s'", value.ok() ? "set" : "delete",
           name->data(), type->name->data());
    return false;
  }
  Type* meta = type->cls;
  Value descr = type_lookup(vm, meta, name);
  if (descr.ok()) {
    Value fn = lookup_special(vm, type_of(vm, descr), value.ok() ? SM::set : SM::delete_);
    if (fn.ok()) {
      Value args[3] = {descr, val(type), value};
      return call(vm, fn, args, value.ok() ? 3 : 2).ok();
    }
  }
  Str* key = name->is_interned() ? name : vm.intern(name->view());
  if (value.ok()) {
    if (!dict_set(vm, type->dict, val(key), value)) return false;
  } else {
    int r = dict_del(vm, type->dict, val(key));
    if (r == 0)
      raisef(vm, vm.e.AttributeError, "type object '%s' has no attribute '%s'", type->name->data(), name->data());
    if (r <= 0) return false;
  }
  type_modified(vm, type);
  return true;
}

Value object_getattribute_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 2 || !isinstance_of(vm, args[1], vm.t.str))
    return raise(vm, vm.e.TypeError, "__getattribute__ expected a str attribute name");
  return generic_getattr(vm, args[0], args[1].as<Str>(), false);
}
Value object_setattr_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 3 || !isinstance_of(vm, args[1], vm.t.str))
    return raise(vm, vm.e.TypeError, "__setattr__ expected 2 arguments: name, value");
  return generic_setattr(vm, args[0], args[1].as<Str>(), args[2]) ? Value::none() : Value::error();
}
Value object_delattr_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 2 || !isinstance_of(vm, args[1], vm.t.str))
    return raise(vm, vm.e.TypeError, "__delattr__ expected a str attribute name");
  return generic_setattr(vm, args[0], args[1].as<Str>(), Value::error()) ? Value::none() : Value::error();
}
Value type_getattribute_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 2 || !isinstance_of(vm, args[1], vm.t.str))
    return raise(vm, vm.e.TypeError, "__getattribute__ expected a str attribute name");
  return type_getattr(vm, args[0].as<Type>(), args[1].as<Str>(), false);
}
Value type_setattr_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 3 || !isinstance_of(vm, args[1], vm.t.str))
    return raise(vm, vm.e.TypeError, "__setattr__ expected 2 arguments: name, value");
  return type_setattr(vm, args[0].as<Type>(), args[1].as<Str>(), args[2]) ? Value::none() : Value::error();
}
Value type_delattr_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 2 || !isinstance_of(vm, args[1], vm.t.str))
    return raise(vm, vm.e.TypeError, "__delattr__ expected a str attribute name");
  return type_setattr(vm, args[0].as<Type>(), args[1].as<Str>(), Value::error()) ? Value::none() : Value::error();
}

}  // namespace

extern const MethodDef kObjectAttrMethods[];
extern const MethodDef kTypeAttrMethods[];
const MethodDef kObjectAttrMethods[] = {
    {"__getattribute__", object_getattribute_m, METH_SLOT, "Return getattr(self, name)."},
    {"__setattr__", object_setattr_m, METH_SLOT, "Implement setattr(self, name, value)."},
    {"__delattr__", object_delattr_m, METH_SLOT, "Implement delattr(self, name)."},
    {}};
const MethodDef kTypeAttrMethods[] = {
    {"__getattribute__", type_getattribute_m, METH_SLOT, "Return getattr(self, name)."},
    {"__setattr__", type_setattr_m, METH_SLOT, "Implement setattr(self, name, value)."},
    {"__delattr__", type_delattr_m, METH_SLOT, "Implement delattr(self, name)."},
    {}};

Value getattr(VM& vm, Value obj, Str* name) {
  Type* tp = type_of(vm, obj);
  Value ga = lookup_special(vm, tp, SM::getattribute);
  Value r;
  if (is_native(vm, ga, object_getattribute_m))
    r = generic_getattr(vm, obj, name, false);
  else if (is_native(vm, ga, type_getattribute_m))
    r = type_getattr(vm, obj.as<Type>(), name, false);
  else {
    Value args[2] = {obj, val(name)};
    r = call(vm, ga, args, 2);
  }
  if (r.ok() || !exc_matches(vm, vm.e.AttributeError)) return r;
  Value fallback = lookup_special(vm, tp, SM::getattr);
  if (!fallback.ok()) return r;
  clear_exc(vm);
  Value args[2] = {obj, val(name)};
  return call(vm, fallback, args, 2);
}

Value getattr_cstr(VM& vm, Value obj, const char* name) { return getattr(vm, obj, vm.intern(name)); }

Value getattr_opt(VM& vm, Value obj, Str* name) {
  Type* tp = type_of(vm, obj);
  Value ga = lookup_special(vm, tp, SM::getattribute);
  if (is_native(vm, ga, object_getattribute_m) && !lookup_special(vm, tp, SM::getattr).ok())
    return generic_getattr(vm, obj, name, true);
  Value r = getattr(vm, obj, name);
  if (!r.ok() && exc_matches(vm, vm.e.AttributeError)) clear_exc(vm);
  return r;
}

bool setattr(VM& vm, Value obj, Str* name, Value value) {
  Type* tp = type_of(vm, obj);
  Value sa = lookup_special(vm, tp, value.ok() ? SM::setattr : SM::delattr);
  if (value.ok() && is_native(vm, sa, object_setattr_m)) return generic_setattr(vm, obj, name, value);
  if (!value.ok() && is_native(vm, sa, object_delattr_m)) return generic_setattr(vm, obj, name, value);
  if (is_native(vm, sa, type_setattr_m) || is_native(vm, sa, type_delattr_m))
    return type_setattr(vm, obj.as<Type>(), name, value);
  if (!sa.ok()) {
    raise_attribute_error(vm, obj, val(name));
    return false;
  }
  Value args[3] = {obj, val(name), value};
  return call(vm, sa, args, value.ok() ? 3 : 2).ok();
}

bool delattr(VM& vm, Value obj, Str* name) { return setattr(vm, obj, name, Value::error()); }

}  // namespace klass
