#include "vm/runtime.h"

#include <cstring>
#include <string>
#include <vector>

#include "object/ops.h"
#include "object/typeobject.h"
#include "types/descriptors.h"
#include "types/dict.h"
#include "types/exception.h"
#include "types/function.h"
#include "types/int.h"
#include "types/list.h"
#include "types/module.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/rooted.h"
#include "vm/vm.h"

namespace klass {

bool method_lookup(VM& vm, Value obj, Str* name, Value* out) {
  Type* tp = type_of(vm, obj);
  Value ga = lookup_special(vm, tp, SM::getattribute);
  // Only the generic attribute algorithm allows skipping the bound method.
  bool generic = ga.is_object() && ga.as_object()->cls == vm.t.wrapper_descriptor &&
                 ga.as<MethodDescriptor>()->owner == vm.t.object;
  if (generic) {
    Value descr = type_lookup(vm, tp, name);
    if (descr.is_object()) {
      Type* dt = descr.as_object()->cls;
      if (dt == vm.t.function || dt == vm.t.method_descriptor || dt == vm.t.wrapper_descriptor) {
        // An instance attribute of the same name shadows the method.
        Dict** slot = instance_dict_slot(obj);
        if (!slot || !*slot || !dict_get_str(*slot, name).ok()) {
          *out = descr;
          return true;
        }
      }
    }
  }
  *out = getattr(vm, obj, name);
  return false;
}

bool is_iterable(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  return lookup_special(vm, t, SM::iter).ok() || lookup_special(vm, t, SM::getitem).ok();
}

// How CPython names a callable in call errors: "module.qualname()", with
// the module left out for builtins, or "<type> object".
Value repr_function_name(VM& vm, Value callable) {
  Value q = getattr_opt(vm, callable, vm.n.__qualname__);
  if (q.ok() && isinstance_of(vm, q, vm.t.str)) {
    Value m = getattr_opt(vm, callable, vm.n.__module__);
    clear_exc(vm);
    std::string prefix;
    if (m.ok() && isinstance_of(vm, m, vm.t.str) && sv(m) != "builtins") prefix = std::string(sv(m)) + ".";
    return make_str(vm, prefix + std::string(sv(q)) + "()");
  }
  clear_exc(vm);
  return make_str(vm, type_name_str(callable) + " object");
}

bool dict_merge(VM& vm, Dict* d, Value m, Value callable) {
  Value keys;
  if (isinstance_of(vm, m, vm.t.dict)) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(m.as<Dict>(), &pos, &k, &v)) {
      int has = dict_contains(vm, d, k);
      if (has < 0) return false;
      if (has) {
        Value fn = repr_function_name(vm, callable);
        if (!isinstance_of(vm, k, vm.t.str)) {
          raisef(vm, vm.e.TypeError, "%s keywords must be strings", fn.ok() ? sv(fn).data() : "function");
        } else {
          raisef(vm, vm.e.TypeError, "%s got multiple values for keyword argument '%s'",
                 fn.ok() ? sv(fn).data() : "function", k.as<Str>()->data());
        }
        return false;
      }
      if (!dict_set(vm, d, k, v)) return false;
    }
    return true;
  }
  Value keys_fn = getattr_opt(vm, m, vm.n.keys);
  if (!keys_fn.ok()) {
    if (vm.has_exc()) return false;
    Value fn = repr_function_name(vm, callable);
    raisef(vm, vm.e.TypeError, "%s argument after ** must be a mapping, not %s", fn.ok() ? sv(fn).data() : "function",
           type_name(m));
    return false;
  }
  keys = call0(vm, keys_fn);
  if (!keys.ok()) return false;
  Value it = get_iter(vm, keys);
  if (!it.ok()) return false;
  for (;;) {
    Value k = iter_next(vm, it);
    if (!k.ok()) return !vm.has_exc();
    int has = dict_contains(vm, d, k);
    if (has < 0) return false;
    if (has) {
      Value fn = repr_function_name(vm, callable);
      raisef(vm, vm.e.TypeError, "%s got multiple values for keyword argument '%s'",
             fn.ok() ? sv(fn).data() : "function", isinstance_of(vm, k, vm.t.str) ? k.as<Str>()->data() : "?");
      return false;
    }
    Value v = get_item(vm, m, k);
    if (!v.ok() || !dict_set(vm, d, k, v)) return false;
  }
}

Value str_concat_many(VM& vm, const Value* parts, size_t n) {
  size_t size = 0;
  bool ascii = true;
  size_t length = 0;
  for (size_t i = 0; i < n; ++i) {
    Str* s = parts[i].as<Str>();
    size += s->size;
    length += s->length;
    ascii &= s->is_ascii();
  }
  Str* r = str_alloc(vm, size);
  if (!r) return raise_memory_error(vm);
  char* p = r->data();
  for (size_t i = 0; i < n; ++i) {
    Str* s = parts[i].as<Str>();
    std::memcpy(p, s->data(), s->size);
    p += s->size;
  }
  *p = '\0';
  r->length = length;
  r->aux |= ascii ? 1 : 0;
  return val(r);
}

bool unpack_sequence(VM& vm, Value seq, size_t n, Value* out) {
  // out[0..n) receives the items with the first item at out[n-1] (top of stack last).
  if (seq.is_object() && (seq.as_object()->cls == vm.t.tuple || seq.as_object()->cls == vm.t.list)) {
    const Value* items;
    size_t size;
    if (seq.as_object()->cls == vm.t.tuple) {
      items = seq.as<Tuple>()->items();
      size = seq.as<Tuple>()->size;
    } else {
      items = seq.as<List>()->items;
      size = seq.as<List>()->size;
    }
    if (size != n) {
      if (size > n)
        raisef(vm, vm.e.ValueError, "too many values to unpack (expected %zu)", n);
      else
        raisef(vm, vm.e.ValueError, "not enough values to unpack (expected %zu, got %zu)", n, size);
      return false;
    }
    for (size_t i = 0; i < n; ++i) out[n - 1 - i] = items[i];
    return true;
  }
  Value it = get_iter(vm, seq);
  if (!it.ok()) {
    if (exc_matches(vm, vm.e.TypeError) && !is_iterable(vm, seq)) {
      clear_exc(vm);
      raisef(vm, vm.e.TypeError, "cannot unpack non-iterable %s object", type_name(seq));
    }
    return false;
  }
  for (size_t i = 0; i < n; ++i) {
    Value v = iter_next(vm, it);
    if (!v.ok()) {
      if (!vm.has_exc()) raisef(vm, vm.e.ValueError, "not enough values to unpack (expected %zu, got %zu)", n, i);
      return false;
    }
    out[n - 1 - i] = v;
  }
  Value extra = iter_next(vm, it);
  if (extra.ok()) {
    raisef(vm, vm.e.ValueError, "too many values to unpack (expected %zu)", n);
    return false;
  }
  return !vm.has_exc();
}

bool unpack_ex(VM& vm, Value seq, size_t before, size_t after, Value* out) {
  size_t total = before + after + 1;
  Value it = get_iter(vm, seq);
  if (!it.ok()) {
    if (exc_matches(vm, vm.e.TypeError) && !is_iterable(vm, seq)) {
      clear_exc(vm);
      raisef(vm, vm.e.TypeError, "cannot unpack non-iterable %s object", type_name(seq));
    }
    return false;
  }
  for (size_t i = 0; i < before; ++i) {
    Value v = iter_next(vm, it);
    if (!v.ok()) {
      if (!vm.has_exc())
        raisef(vm, vm.e.ValueError, "not enough values to unpack (expected at least %zu, got %zu)", before + after, i);
      return false;
    }
    out[total - 1 - i] = v;
  }
  Value rest = list_from_iterable(vm, it);
  if (!rest.ok()) return false;
  List* l = rest.as<List>();
  if (l->size < after) {
    raisef(vm, vm.e.ValueError, "not enough values to unpack (expected at least %zu, got %zu)", before + after,
           before + l->size);
    return false;
  }
  for (size_t i = 0; i < after; ++i) out[after - 1 - i] = l->items[l->size - after + i];
  l->size -= after;
  out[after] = rest;
  return true;
}

Value annotations_from_pairs(VM& vm, Value pairs) {
  Value d = make_dict(vm);
  if (!d.ok()) return d;
  if (!isinstance_of(vm, pairs, vm.t.tuple)) return pairs;  // already a dict
  Tuple* t = pairs.as<Tuple>();
  for (size_t i = 0; i + 1 < t->size; i += 2)
    if (!dict_set(vm, d.as<Dict>(), (*t)[i], (*t)[i + 1])) return Value::error();
  return d;
}

void do_raise(VM& vm, Value exc, Value cause) {
  Value instance;
  if (is_exception_class(vm, exc)) {
    instance = call0(vm, exc);
    if (!instance.ok()) return;
    if (!is_exception_instance(vm, instance)) {
      raisef(vm, vm.e.TypeError, "calling %s should have returned an instance of BaseException, not %s",
             repr_string(vm, exc).c_str(), type_name(instance));
      return;
    }
  } else if (is_exception_instance(vm, exc)) {
    instance = exc;
  } else {
    raise(vm, vm.e.TypeError, "exceptions must derive from BaseException");
    return;
  }
  if (cause.ok()) {
    Value c;
    if (cause.is_none()) {
      c = Value::none();
    } else if (is_exception_class(vm, cause)) {
      c = call0(vm, cause);
      if (!c.ok()) return;
    } else if (is_exception_instance(vm, cause)) {
      c = cause;
    } else {
      raise(vm, vm.e.TypeError, "exception causes must derive from BaseException");
      return;
    }
    instance.as<ExceptionObj>()->cause = c;
    instance.as<ExceptionObj>()->suppress_context = true;
  }
  raise_value(vm, instance);
}

Value exception_traceback(Value exc) {
  if (!exc.is_object()) return Value::none();
  return exc.as<ExceptionObj>()->traceback;
}

Value stop_iteration_value(VM& vm, Value stop) {
  Value v = getattr_opt(vm, stop, vm.n.value);
  if (v.ok()) return v;
  clear_exc(vm);
  Value args = stop.as<ExceptionObj>()->args;
  if (is_exact(vm, args, vm.t.tuple) && args.as<Tuple>()->size > 0) return (*args.as<Tuple>())[0];
  return Value::none();
}

bool before_with(VM& vm, Value mgr, Value* exit_fn, Value* enter_result) {
  Type* t = type_of(vm, mgr);
  Value enter = lookup_special(vm, t, SM::enter);
  if (!enter.ok()) {
    raisef(vm, vm.e.TypeError, "'%s' object does not support the context manager protocol", type_name(mgr));
    return false;
  }
  Value exit = lookup_special(vm, t, SM::exit);
  if (!exit.ok()) {
    raisef(vm, vm.e.TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)",
           type_name(mgr));
    return false;
  }
  Value bound_exit = bind_descriptor(vm, exit, mgr, t);
  if (!bound_exit.ok()) return false;
  Value r = call_special(vm, mgr, SM::enter, nullptr, 0);
  if (!r.ok()) return false;
  *exit_fn = bound_exit;
  *enter_result = r;
  return true;
}

Value match_keys(VM& vm, Value subject, Value keys) {
  Tuple* k = keys.as<Tuple>();
  if (k->size == 0) return vm.empty_tuple;
  Value get = getattr(vm, subject, vm.intern("get"));
  if (!get.ok()) return get;
  Value dummy = make_list(vm);  // a unique sentinel
  RootedValues values(vm);
  for (size_t i = 0; i < k->size; ++i) {
    for (size_t j = 0; j < i; ++j) {
      int eq = equals(vm, (*k)[i], (*k)[j]);
      if (eq < 0) return Value::error();
      if (eq) return raisef(vm, vm.e.ValueError, "mapping pattern checks duplicate key (%s)",
                            repr_string(vm, (*k)[i]).c_str());
    }
    Value v = call2(vm, get, (*k)[i], dummy);
    if (!v.ok()) return v;
    if (v == dummy) return Value::none();
    values.push_back(v);
  }
  return make_tuple(vm, values.data(), values.size());
}

Value match_class(VM& vm, Value subject, Value cls, size_t npos, Value kwnames) {
  if (!isinstance_of(vm, cls, vm.t.type))
    return raise(vm, vm.e.TypeError, "called match pattern must be a class");
  Value is = call2(vm, dict_get_cstr(vm, vm.builtins, "isinstance"), subject, cls);
  if (!is.ok()) return is;
  if (!is.is_true()) return Value::none();
  Type* t = cls.as<Type>();
  RootedValues attrs(vm);
  RootedValues seen(vm);
  if (npos) {
    Value match_args = getattr_opt(vm, cls, vm.n.__match_args__);
    if (!match_args.ok()) {
      if (vm.has_exc()) return Value::error();
      // Built-ins like int match the subject itself for one positional pattern.
      bool self_match = t->flags & (TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_TUPLE_SUBCLASS | TF_LIST_SUBCLASS |
                                    TF_DICT_SUBCLASS | TF_BYTES_SUBCLASS) ||
                        is_subtype(t, vm.t.float_) || is_subtype(t, vm.t.bool_) || is_subtype(t, vm.t.set) ||
                        is_subtype(t, vm.t.frozenset) || is_subtype(t, vm.t.bytearray);
      if (self_match && npos == 1) {
        attrs.push_back(subject);
      } else {
        return raisef(vm, vm.e.TypeError, "%s() accepts 0 positional sub-patterns (%zu given)", t->name->data(), npos);
      }
    } else {
      if (!is_exact(vm, match_args, vm.t.tuple))
        return raisef(vm, vm.e.TypeError, "%s.__match_args__ must be a tuple (got %s)", t->name->data(),
                      type_name(match_args));
      Tuple* ma = match_args.as<Tuple>();
      if (npos > ma->size)
        return raisef(vm, vm.e.TypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)", t->name->data(),
                      ma->size, ma->size == 1 ? "" : "s", npos);
      for (size_t i = 0; i < npos; ++i) {
        Value name = (*ma)[i];
        if (!isinstance_of(vm, name, vm.t.str))
          return raisef(vm, vm.e.TypeError, "__match_args__ elements must be strings (got %s)", type_name(name));
        seen.push_back(name);
        Value v = getattr_opt(vm, subject, vm.intern(sv(name)));
        if (!v.ok()) return vm.has_exc() ? v : Value::none();
        attrs.push_back(v);
      }
    }
  }
  Tuple* kw = kwnames.as<Tuple>();
  for (size_t i = 0; i < kw->size; ++i) {
    Value name = (*kw)[i];
    for (Value s : seen)
      if (str_equal(s.as<Str>(), name.as<Str>()))
        return raisef(vm, vm.e.TypeError, "%s() got multiple sub-patterns for attribute '%s'", t->name->data(),
                      name.as<Str>()->data());
    seen.push_back(name);
    Value v = getattr_opt(vm, subject, vm.intern(sv(name)));
    if (!v.ok()) return vm.has_exc() ? v : Value::none();
    attrs.push_back(v);
  }
  return make_tuple(vm, attrs.data(), attrs.size());
}

bool print_expr(VM& vm, Value v) {
  Value hook = vm.sys_module ? getattr_opt(vm, val(vm.sys_module), vm.n.displayhook) : Value::error();
  if (!hook.ok()) {
    if (!vm.has_exc()) raise(vm, vm.e.RuntimeError, "lost sys.displayhook");
    return false;
  }
  return call1(vm, hook, v).ok();
}

Dict* module_dict_of(Value module) { return module.as<Module>()->dict; }

}  // namespace klass
