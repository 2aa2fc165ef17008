// The gc module, backed by the VM's own collector (gc/heap.h).
//
// klass has one tracing collector and no generations: collect() runs a full
// collection whatever generation is asked for, the generation counters read
// zero, and the thresholds are remembered only so that programs which tune
// them read back what they set.
#include "gc/heap.h"
#include "modules/registry.h"
#include "object/ops.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/list.h"
#include "types/module.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

const char* const kCollectParams[] = {"generation"};

Value gc_collect(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Value generation = make_int(vm, 2);
  if (!bind_args(vm, {"collect", kCollectParams, 1, 0, 0}, args, nargs, kwnames, &generation))
    return Value::error();
  int64_t g;
  if (!to_int64(vm, generation, &g)) return Value::error();
  if (g < 0 || g > 2) return raise(vm, vm.e.ValueError, "invalid generation");
  // The number of objects the collection freed stands in for CPython's count
  // of unreachable objects found.
  size_t before = vm.heap.object_count();
  vm.heap.collect();
  size_t after = vm.heap.object_count();
  return make_int(vm, before > after ? static_cast<int64_t>(before - after) : 0);
}

Value gc_enable(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "enable", kw) || !check_nargs(vm, "enable", nargs, 0, 0)) return Value::error();
  vm.heap.set_enabled(true);
  return Value::none();
}

Value gc_disable(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "disable", kw) || !check_nargs(vm, "disable", nargs, 0, 0)) return Value::error();
  vm.heap.set_enabled(false);
  return Value::none();
}

Value gc_isenabled(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "isenabled", kw) || !check_nargs(vm, "isenabled", nargs, 0, 0)) return Value::error();
  return Value::boolean(vm.heap.enabled());
}

Value gc_get_count(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "get_count", kw) || !check_nargs(vm, "get_count", nargs, 0, 0)) return Value::error();
  return make_tuple(vm, {Value::small_int(0), Value::small_int(0), Value::small_int(0)});
}

// The thresholds live in the module dict under a private name, per VM.
Value gc_get_threshold(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "get_threshold", kw) || !check_nargs(vm, "get_threshold", nargs, 0, 0)) return Value::error();
  Value t = dict_get_cstr(vm, vm.registry, "gc_threshold");
  if (t.ok()) return t;
  return make_tuple(vm, {Value::small_int(700), Value::small_int(10), Value::small_int(10)});
}

Value gc_set_threshold(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "set_threshold", kw) || !check_nargs(vm, "set_threshold", nargs, 1, 3)) return Value::error();
  Value current = gc_get_threshold(vm, nullptr, 0, nullptr);
  if (!current.ok()) return current;
  Value items[3];
  for (size_t i = 0; i < 3; ++i) {
    items[i] = i < nargs ? args[i] : (*current.as<Tuple>())[i];
    int64_t n;
    if (!is_int(vm, items[i]))
      return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(items[i]));
    if (!to_int64(vm, items[i], &n)) return Value::error();
  }
  Value t = make_tuple(vm, items, 3);
  if (!t.ok() || !dict_set_cstr(vm, vm.registry, "gc_threshold", t)) return Value::error();
  return Value::none();
}

// Atoms (numbers, strings, None) are not tracked by CPython's collector, nor
// are dicts holding only atoms (an optimisation programs can observe).
bool tracked(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = type_of(vm, v);
  if (t == vm.t.str || t == vm.t.bytes || t == vm.t.int_ || t == vm.t.float_ || t == vm.t.complex) return false;
  if (t == vm.t.dict) {
    size_t pos = 0;
    Value key, value;
    while (dict_next(v.as<Dict>(), &pos, &key, &value))
      if (tracked(vm, key) || tracked(vm, value)) return true;
    return false;
  }
  return true;
}

Value gc_is_tracked(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "is_tracked", kw) || !check_nargs(vm, "is_tracked", nargs, 1, 1)) return Value::error();
  return Value::boolean(tracked(vm, args[0]));
}

Value gc_is_finalized(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "is_finalized", kw) || !check_nargs(vm, "is_finalized", nargs, 1, 1)) return Value::error();
  return Value::boolean(false);
}

Value gc_freeze(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "freeze", kw) || !check_nargs(vm, "freeze", nargs, 0, 0)) return Value::error();
  return Value::none();
}

Value gc_get_freeze_count(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "get_freeze_count", kw) || !check_nargs(vm, "get_freeze_count", nargs, 0, 0))
    return Value::error();
  return Value::small_int(0);
}

Value gc_get_stats(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "get_stats", kw) || !check_nargs(vm, "get_stats", nargs, 0, 0)) return Value::error();
  Value list = make_list(vm);
  if (!list.ok()) return list;
  for (int g = 0; g < 3; ++g) {
    Value d = make_dict(vm);
    if (!d.ok()) return d;
    int64_t collections = g == 2 ? static_cast<int64_t>(vm.heap.collections()) : 0;
    if (!dict_set_cstr(vm, d.as<Dict>(), "collections", make_int(vm, collections)) ||
        !dict_set_cstr(vm, d.as<Dict>(), "collected", Value::small_int(0)) ||
        !dict_set_cstr(vm, d.as<Dict>(), "uncollectable", Value::small_int(0)) || !list_append(vm, list.as<List>(), d))
      return Value::error();
  }
  return list;
}

const MethodDef kGcFunctions[] = {
    {"collect", gc_collect, METH_FUNCTION, "Run the garbage collector."},
    {"enable", gc_enable, METH_FUNCTION, "Enable automatic garbage collection."},
    {"disable", gc_disable, METH_FUNCTION, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, METH_FUNCTION, "Returns true if automatic garbage collection is enabled."},
    {"get_count", gc_get_count, METH_FUNCTION, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, METH_FUNCTION, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, METH_FUNCTION, "Set the collection thresholds."},
    {"is_tracked", gc_is_tracked, METH_FUNCTION, "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized, METH_FUNCTION, "Returns true if the object has been already finalized by the GC."},
    {"freeze", gc_freeze, METH_FUNCTION, "Freeze all current tracked objects."},
    {"unfreeze", gc_freeze, METH_FUNCTION, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, METH_FUNCTION, "Return the number of objects in the permanent generation."},
    {"get_stats", gc_get_stats, METH_FUNCTION, "Return a list of dictionaries containing per-generation statistics."},
    {}};

}  // namespace

bool init_gc_module(VM& vm, Module* m) {
  add_functions(vm, m->dict, val(m), kGcFunctions);
  Value garbage = make_list(vm), callbacks = make_list(vm);
  return garbage.ok() && callbacks.ok() && dict_set_cstr(vm, m->dict, "garbage", garbage) &&
         dict_set_cstr(vm, m->dict, "callbacks", callbacks) &&
         dict_set_cstr(vm, m->dict, "DEBUG_STATS", Value::small_int(1)) &&
         dict_set_cstr(vm, m->dict, "DEBUG_COLLECTABLE", Value::small_int(2)) &&
         dict_set_cstr(vm, m->dict, "DEBUG_UNCOLLECTABLE", Value::small_int(4)) &&
         dict_set_cstr(vm, m->dict, "DEBUG_SAVEALL", Value::small_int(32)) &&
         dict_set_cstr(vm, m->dict, "DEBUG_LEAK", Value::small_int(38));
}

}  // namespace klass
