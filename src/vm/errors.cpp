#include "vm/errors.h"

#include <cstdarg>
#include <cstdio>

#include "object/ops.h"
#include "types/exception.h"
#include "types/str.h"
#include "types/tuple.h"
#include "types/dict.h"
#include "vm/vm.h"

namespace klass {

namespace {

// Makes `exc` the pending exception. Like CPython, an exception raised while
// another is being handled records it as __context__ (without making a cycle).
void set_pending(VM& vm, Value exc) {
  Value handled = vm.handled_exc;
  if (handled.ok() && !handled.is_none() && handled != exc && is_exception_instance(vm, exc)) {
    auto* e = exc.as<ExceptionObj>();
    if (e->context.is_none() || !e->context.ok()) {
      // Break a cycle if `exc` is already in handled's context chain.
      Value o = handled;
      while (o.ok() && !o.is_none()) {
        auto* oe = o.as<ExceptionObj>();
        if (oe->context == exc) {
          oe->context = Value::none();
          break;
        }
        o = oe->context;
      }
      e->context = handled;
    }
  }
  vm.current_exc = exc;
}

}  // namespace

Value raise_with_args(VM& vm, Type* type, Value args_tuple) {
  Value exc = make_exception(vm, type, args_tuple);
  if (!exc.ok()) return exc;
  set_pending(vm, exc);
  return Value::error();
}

Value raise(VM& vm, Type* type, std::string_view message) {
  Value msg = make_str(vm, message);
  if (!msg.ok()) return msg;
  Value args = make_tuple(vm, {msg});
  if (!args.ok()) return args;
  return raise_with_args(vm, type, args);
}

Value raisef(VM& vm, Type* type, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return raise(vm, type, fmt);
  if (static_cast<size_t>(n) < sizeof buf) return raise(vm, type, std::string_view(buf, n));
  std::string big(n + 1, '\0');
  va_start(ap, fmt);
  std::vsnprintf(big.data(), big.size(), fmt, ap);
  va_end(ap);
  big.resize(n);
  return raise(vm, type, big);
}

Value raise_value(VM& vm, Value exc) {
  if (!exc.ok()) return exc;
  set_pending(vm, exc);
  return Value::error();
}

Value raise_memory_error(VM& vm) {
  // No allocation may be possible: MemoryError is raised with no arguments
  // when even that fails.
  Value exc = make_exception(vm, vm.e.MemoryError, vm.empty_tuple);
  vm.current_exc = exc.ok() ? exc : val(vm.e.MemoryError);
  return Value::error();
}

Value raise_key_error(VM& vm, Value key) {
  Value args = make_tuple(vm, {key});
  if (!args.ok()) return args;
  return raise_with_args(vm, vm.e.KeyError, args);
}

Value raise_stop_iteration(VM& vm, Value value) {
  Value args = value.is_none() ? vm.empty_tuple : make_tuple(vm, {value});
  if (!args.ok()) return args;
  return raise_with_args(vm, vm.e.StopIteration, args);
}

Value raise_attribute_error(VM& vm, Value obj, Value name) {
  std::string msg;
  if (obj.is_object() && is_subtype(obj.as_object()->cls, vm.t.type))
    msg = "type object '" + std::string(obj.as<Type>()->name->view()) + "' has no attribute '";
  else if (obj.is_object() && obj.as_object()->cls == vm.t.module) {
    Value mn = getattr_opt(vm, obj, vm.n.__name__);
    if (mn.ok() && isinstance_of(vm, mn, vm.t.str))
      msg = "module '" + std::string(sv(mn)) + "' has no attribute '";
    else
      msg = "module has no attribute '";
  } else
    msg = "'" + type_name_str(obj) + "' object has no attribute '";
  msg += std::string(sv(name)) + "'";
  Value m = make_str(vm, msg);
  if (!m.ok()) return m;
  Value exc = make_exception(vm, vm.e.AttributeError, make_tuple(vm, {m}));
  if (!exc.ok()) return exc;
  auto* e = exc.as<ExceptionObj>();
  if (e->dict) {
    dict_set_str(vm, e->dict, vm.n.name, name);
    dict_set_str(vm, e->dict, vm.n.obj, obj);
  }
  set_pending(vm, exc);
  return Value::error();
}

const char* type_name(Value v) {
  // Every value has a class; immediates are mapped by type_of, which needs the
  // VM, so the common immediates are named here directly.
  if (v.is_small_int()) return "int";
  if (v.is_none()) return "NoneType";
  if (v.is_bool()) return "bool";
  if (!v.is_object()) return "?";
  return v.as_object()->cls->name->data();
}

std::string type_name_str(Value v) { return type_name(v); }

bool exc_matches(VM& vm, Type* type) {
  Value e = vm.current_exc;
  if (!e.ok()) return false;
  if (e.is_object() && e.as_object()->cls == vm.t.type) return is_subtype(e.as<Type>(), type);
  return isinstance_of(vm, e, type);
}

Value take_exc(VM& vm) {
  Value e = vm.current_exc;
  vm.current_exc = Value::error();
  return e;
}

void clear_exc(VM& vm) { vm.current_exc = Value::error(); }

int exception_matches(VM& vm, Value exc, Value type_or_tuple) {
  Type* et = type_of(vm, exc);
  if (type_or_tuple.is_object() && type_or_tuple.as_object()->cls == vm.t.tuple) {
    Tuple* t = type_or_tuple.as<Tuple>();
    for (size_t i = 0; i < t->size; ++i) {
      int r = exception_matches(vm, exc, (*t)[i]);
      if (r) return r;
    }
    return 0;
  }
  if (!type_or_tuple.is_object() || !is_subtype(type_or_tuple.as_object()->cls, vm.t.type)) return 0;
  return is_subtype(et, type_or_tuple.as<Type>()) ? 1 : 0;
}

}  // namespace klass
