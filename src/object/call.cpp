// Calling any value: functions, bound methods, natives, classes (through
// their metaclass's __call__) and instances with __call__.
#include <vector>

#include "object/ops.h"
#include "object/typeobject.h"
#include "types/descriptors.h"
#include "types/dict.h"
#include "types/function.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/rooted.h"
#include "vm/interpreter.h"
#include "vm/vm.h"

namespace klass {

namespace {

// Calls `fn` with `first` prepended to the arguments.
Value call_prepended(VM& vm, Value fn, Value first, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t total = nargs + (kwnames ? kwnames->size : 0);
  Value small[9];
  std::vector<Value> big;
  Value* buf = small;
  if (total + 1 > 9) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = first;
  for (size_t i = 0; i < total; ++i) buf[i + 1] = args[i];
  return call(vm, fn, buf, nargs + 1, kwnames);
}

Value call_prepended_native(VM& vm, BuiltinFunction* b, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t total = nargs + (kwnames ? kwnames->size : 0);
  Value small[9];
  std::vector<Value> big;
  Value* buf = small;
  if (total + 1 > 9) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = b->self;
  for (size_t i = 0; i < total; ++i) buf[i + 1] = args[i];
  return b->def->fn(vm, buf, nargs + 1, kwnames);
}

}  // namespace

bool native_recursion_ok(VM& vm) {
  char here;
  if (reinterpret_cast<uintptr_t>(&here) > vm.c_stack_limit) return true;
  raise(vm, vm.e.RecursionError, "maximum recursion depth exceeded");
  return false;
}

Value call(VM& vm, Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!native_recursion_ok(vm)) return Value::error();
  if (callable.is_object()) {
    Type* ct = callable.as_object()->cls;
    if (ct == vm.t.function) return call_function(vm, callable.as<Function>(), args, nargs, kwnames);
    if (ct == vm.t.builtin_function) {
      auto* b = callable.as<BuiltinFunction>();
      // A bound native method gets its self first; module functions and
      // static methods (e.g. __new__, which shows its type as __self__) do not.
      if (b->self.ok() && !(b->def->flags & METH_STATIC)) return call_prepended_native(vm, b, args, nargs, kwnames);
      return b->def->fn(vm, args, nargs, kwnames);
    }
    if (ct == vm.t.method) {
      auto* m = callable.as<Method>();
      return call_prepended(vm, m->func, m->self, args, nargs, kwnames);
    }
    if (ct == vm.t.method_descriptor || ct == vm.t.wrapper_descriptor) {
      auto* d = callable.as<MethodDescriptor>();
      if (nargs == 0)
        return raisef(vm, vm.e.TypeError, "unbound method %s.%s() needs an argument", d->owner->name->data(),
                      d->name->data());
      if (!isinstance_of(vm, args[0], d->owner))
        return raisef(vm, vm.e.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      d->name->data(), d->owner->name->data(), type_name(args[0]));
      return d->def->fn(vm, args, nargs, kwnames);
    }
    if (ct == vm.t.classmethod_descriptor) {
      auto* d = callable.as<MethodDescriptor>();
      if (nargs == 0 || !isinstance_of(vm, args[0], vm.t.type) || !is_subtype(args[0].as<Type>(), d->owner))
        return raisef(vm, vm.e.TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                      d->name->data(), d->owner->name->data(), nargs ? type_name(args[0]) : "nothing");
      return d->def->fn(vm, args, nargs, kwnames);
    }
    if (ct == vm.t.type) return type_call(vm, callable.as<Type>(), args, nargs, kwnames);
  }
  Type* tp = type_of(vm, callable);
  Value c = lookup_special(vm, tp, SM::call);
  if (!c.ok()) return raisef(vm, vm.e.TypeError, "'%s' object is not callable", type_name(callable));
  // A metaclass that inherits type.__call__ goes straight to type_call.
  if (c.is_object() && c.as_object()->cls == vm.t.wrapper_descriptor &&
      c.as<MethodDescriptor>()->owner == vm.t.type && is_subtype(tp, vm.t.type))
    return type_call(vm, callable.as<Type>(), args, nargs, kwnames);
  return call_prepended(vm, c, callable, args, nargs, kwnames);
}

Value call0(VM& vm, Value callable) { return call(vm, callable, nullptr, 0); }
Value call1(VM& vm, Value callable, Value a) { return call(vm, callable, &a, 1); }
Value call2(VM& vm, Value callable, Value a, Value b) {
  Value args[2] = {a, b};
  return call(vm, callable, args, 2);
}

Value call_method(VM& vm, Value obj, Str* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Value m = getattr(vm, obj, name);
  if (!m.ok()) return m;
  return call(vm, m, args, nargs, kwnames);
}

Value call_special(VM& vm, Value self, SM sm, const Value* args, size_t nargs) {
  Value m = lookup_special(vm, type_of(vm, self), sm);
  if (!m.ok()) return m;
  if (m.is_object() && m.as_object()->cls == vm.t.staticmethod) return call(vm, staticmethod_func(m), args, nargs);
  if (m.is_object() && (m.as_object()->cls == vm.t.classmethod)) {
    Value bound = bind_descriptor(vm, m, self, type_of(vm, self));
    if (!bound.ok()) return bound;
    return call(vm, bound, args, nargs);
  }
  if (m.is_object() && m.as_object()->cls != vm.t.function && m.as_object()->cls != vm.t.wrapper_descriptor &&
      m.as_object()->cls != vm.t.method_descriptor) {
    Value bound = bind_descriptor(vm, m, self, type_of(vm, self));
    if (!bound.ok()) return bound;
    return call(vm, bound, args, nargs);
  }
  return call_prepended(vm, m, self, args, nargs, nullptr);
}

Value call_with_tuple(VM& vm, Value callable, Value args_tuple, Value kwargs) {
  Tuple* a = args_tuple.as<Tuple>();
  if (!kwargs.ok() || kwargs.as<Dict>()->used == 0) return call(vm, callable, a->items(), a->size);
  Dict* kw = kwargs.as<Dict>();
  Tuple* names = tuple_alloc(vm, kw->used);
  if (!names) return raise_memory_error(vm);
  RootedValues all(vm);
  all.insert_end(a->items(), a->items() + a->size);
  size_t pos = 0, i = 0;
  Value k, v;
  while (dict_next(kw, &pos, &k, &v)) {
    if (!isinstance_of(vm, k, vm.t.str)) return raise(vm, vm.e.TypeError, "keywords must be strings");
    (*names)[i++] = k;
    all.push_back(v);
  }
  return call(vm, callable, all.data(), a->size, names);
}

bool is_callable(VM& vm, Value v) {
  if (!v.is_object()) return false;
  return lookup_special(vm, type_of(vm, v), SM::call).ok();
}

}  // namespace klass
