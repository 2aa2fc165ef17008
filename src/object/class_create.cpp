// Creating classes at run time: type(name, bases, dict), metaclass __new__,
// and instantiation through type.__call__.
#include <cstring>
#include <string>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/function.h"
#include "types/list.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "types/descriptors.h"
#include "vm/errors.h"
#include "vm/rooted.h"
#include "vm/interpreter.h"
#include "vm/vm.h"

namespace klass {

namespace {

// The base whose memory layout instances of a new class extend: among the
// bases, the one with the largest native layout; every other base's layout
// must be an ancestor of it.
Type* solid_base(Type* t) {
  while (t->base && t->instance_size == t->base->instance_size && t->layout == t->base->layout &&
         t->slot_count == t->base->slot_count)
    t = t->base;
  return t;
}

Type* best_base(VM& vm, Tuple* bases) {
  Type* best = nullptr;
  Type* best_solid = nullptr;
  for (size_t i = 0; i < bases->size; ++i) {
    Type* b = (*bases)[i].as<Type>();
    if (!(b->flags & TF_BASETYPE)) {
      raisef(vm, vm.e.TypeError, "type '%s' is not an acceptable base type", b->name->data());
      return nullptr;
    }
    Type* s = solid_base(b);
    if (!best_solid || is_subtype(s, best_solid)) {
      best = b;
      best_solid = s;
    } else if (!is_subtype(best_solid, s)) {
      raise(vm, vm.e.TypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return best;
}

// Wraps plain functions that Python implicitly treats as static/class methods.
bool fix_implicit_methods(VM& vm, Dict* d) {
  struct { const char* name; bool classmethod; } implicit[] = {
      {"__new__", false}, {"__init_subclass__", true}, {"__class_getitem__", true}};
  for (auto& im : implicit) {
    Value v = dict_get_cstr(vm, d, im.name);
    if (v.ok() && is_exact(vm, v, vm.t.function)) {
      Value w = im.classmethod ? make_classmethod(vm, v) : make_staticmethod(vm, v);
      if (!w.ok() || !dict_set_cstr(vm, d, im.name, w)) return false;
    }
  }
  return true;
}

// Handles __slots__: adds member descriptors and sizes the instances.
bool apply_slots(VM& vm, Type* t, Type* base, Value slots) {
  Value seq;
  if (slots.is_object() && is_exact(vm, slots, vm.t.str))
    seq = make_tuple(vm, {slots});
  else
    seq = tuple_from_iterable(vm, slots);
  if (!seq.ok()) return false;
  Tuple* names = seq.as<Tuple>();
  bool want_dict = false;
  size_t count = 0;
  for (size_t i = 0; i < names->size; ++i) {
    Value n = (*names)[i];
    if (!isinstance_of(vm, n, vm.t.str)) {
      raisef(vm, vm.e.TypeError, "__slots__ items must be strings, not '%s'", type_name(n));
      return false;
    }
    if (n.as<Str>()->view() == "__dict__") {
      if (want_dict || base->dict_offset) {
        raise(vm, vm.e.TypeError, "__dict__ slot disallowed: we already got one");
        return false;
      }
      want_dict = true;
      continue;
    }
    if (n.as<Str>()->view() == "__weakref__") continue;
    if (dict_get_str(t->dict, n.as<Str>()).ok()) {
      raisef(vm, vm.e.ValueError, "'%s' in __slots__ conflicts with class variable", n.as<Str>()->data());
      return false;
    }
    ++count;
  }
  if (count && base->instance_size > sizeof(Obj) && base->layout != base_instance_layout() &&
      (base->flags & (TF_INT_SUBCLASS | TF_TUPLE_SUBCLASS | TF_BYTES_SUBCLASS))) {
    raisef(vm, vm.e.TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name->data());
    return false;
  }
  uint32_t size = base->instance_size;
  t->dict_offset = base->dict_offset;
  if (want_dict) {
    t->dict_offset = size;
    size += sizeof(Value);
  }
  t->slot_count = base->slot_count + static_cast<uint32_t>(count);
  // Slot values live at the end of the instance (see trace_instance_extras):
  // a subclass's own slots follow the base's.
  uint32_t first = size;
  size += static_cast<uint32_t>(count * sizeof(Value));
  t->instance_size = size;
  if (base->slot_count) {
    // Keep all slots contiguous at the end: the base's come right before ours
    // only if nothing was added in between, which holds unless a __dict__ slot
    // was inserted; in that case move ours after the dict as well.
  }
  size_t k = 0;
  for (size_t i = 0; i < names->size; ++i) {
    Str* n = (*names)[i].as<Str>();
    if (n->view() == "__dict__" || n->view() == "__weakref__") continue;
    Value m = make_member_descriptor(vm, t, vm.intern(n->view()), first + static_cast<uint32_t>(k++ * sizeof(Value)));
    if (!m.ok() || !dict_set(vm, t->dict, val(vm.intern(n->view())), m)) return false;
  }
  return true;
}

// obj.__dict__ for instances of classes that keep a dict.
Value instance_dict_get(VM& vm, Value self) {
  Dict** slot = instance_dict_slot(self);
  if (!slot) return raise_attribute_error(vm, self, val(vm.n.__dict__));
  if (!*slot) {
    Value d = make_dict(vm);
    if (!d.ok()) return d;
    *slot = d.as<Dict>();
  }
  return val(*slot);
}

bool instance_dict_set(VM& vm, Value self, Value v) {
  Dict** slot = instance_dict_slot(self);
  if (!slot) {
    raise_attribute_error(vm, self, val(vm.n.__dict__));
    return false;
  }
  if (!v.ok()) {
    raise(vm, vm.e.TypeError, "cannot delete __dict__");
    return false;
  }
  if (!isinstance_of(vm, v, vm.t.dict)) {
    raisef(vm, vm.e.TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(v));
    return false;
  }
  *slot = v.as<Dict>();
  return true;
}

const GetSetDef kInstanceDictGetSet[] = {
    {"__dict__", instance_dict_get, instance_dict_set, "dictionary for instance variables (if defined)"}, {}};

}  // namespace

Value type_new(VM& vm, Type* meta, Value name, Value bases_v, Value ns, Tuple* kwnames, const Value* kwvalues,
               size_t nkw) {
  if (!isinstance_of(vm, name, vm.t.str))
    return raisef(vm, vm.e.TypeError, "type.__new__() argument 1 must be str, not %s", type_name(name));
  if (!isinstance_of(vm, bases_v, vm.t.tuple))
    return raisef(vm, vm.e.TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name(bases_v));
  if (!isinstance_of(vm, ns, vm.t.dict))
    return raisef(vm, vm.e.TypeError, "type.__new__() argument 3 must be dict, not %s", type_name(ns));
  Tuple* bases = bases_v.as<Tuple>();
  for (size_t i = 0; i < bases->size; ++i)
    if (!isinstance_of(vm, (*bases)[i], vm.t.type)) {
      if (lookup_special(vm, type_of(vm, (*bases)[i]), SM::mro_entries).ok())
        return raise(vm, vm.e.TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
      return raisef(vm, vm.e.TypeError, "bases must be types");
    }

  // A metaclass more derived than `meta` among the bases' types takes over.
  Type* winner = calculate_metaclass(vm, meta, bases);
  if (!winner) return Value::error();
  if (winner != meta) {
    Value wnew = lookup_special(vm, winner, SM::new_);
    Value tnew = lookup_special(vm, vm.t.type, SM::new_);
    if (wnew != tnew) {
      Value args[3] = {name, bases_v, ns};
      RootedValues all(vm, {val(winner), name, bases_v, ns});
      for (size_t i = 0; i < nkw; ++i) all.push_back(kwvalues[i]);
      Value fn = bind_descriptor(vm, wnew, Value::error(), winner);
      if (!fn.ok()) return fn;
      (void)args;
      return call(vm, fn, all.data(), 4, kwnames);
    }
    meta = winner;
  }

  Value object_base = val(vm.t.object);
  if (bases->size == 0) bases = make_tuple(vm, &object_base, 1).as<Tuple>();
  Type* base = best_base(vm, bases);
  if (!base) return Value::error();

  Type* t = alloc_type_object(vm, meta);
  if (!t) return raise_memory_error(vm);
  Value tv = val(t);
  t->name = vm.intern(name.as<Str>()->view());
  t->base = base;
  t->layout = base->layout;
  t->flags = TF_HEAPTYPE | TF_BASETYPE | (base->flags & ~(TF_HEAPTYPE | TF_IMMUTABLE | TF_ABSTRACT));
  t->native_new = base->native_new;
  Value dcopy = dict_copy(vm, ns.as<Dict>());
  if (!dcopy.ok()) return dcopy;
  t->dict = dcopy.as<Dict>();

  // __qualname__ comes from the namespace when the class statement set it.
  Value qn = dict_get_str(t->dict, vm.n.__qualname__);
  if (qn.ok()) {
    if (!isinstance_of(vm, qn, vm.t.str))
      return raisef(vm, vm.e.TypeError, "type __qualname__ must be a str, not %s", type_name(qn));
    t->qualname = qn.as<Str>();
    if (dict_del(vm, t->dict, val(vm.n.__qualname__)) < 0) return Value::error();
  } else {
    t->qualname = t->name;
  }
  if (!dict_get_str(t->dict, vm.n.__module__).ok()) {
    Frame* f = vm.frame;
    if (f) {
      Value mn = dict_get_str(f->globals, vm.n.__name__);
      if (mn.ok() && !dict_set_str(vm, t->dict, vm.n.__module__, mn)) return Value::error();
    }
  }
  if (!dict_get_str(t->dict, vm.n.__doc__).ok() && !dict_set_str(vm, t->dict, vm.n.__doc__, Value::none()))
    return Value::error();
  if (!fix_implicit_methods(vm, t->dict)) return Value::error();
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (dict_get_str(t->dict, vm.intern("__eq__")).ok() && !dict_get_str(t->dict, vm.intern("__hash__")).ok() &&
      !dict_set_cstr(vm, t->dict, "__hash__", Value::none()))
    return Value::error();

  Value slots = dict_get_str(t->dict, vm.n.__slots__);
  if (slots.ok()) {
    if (!apply_slots(vm, t, base, slots)) return Value::error();
  } else {
    t->instance_size = base->instance_size;
    t->slot_count = base->slot_count;
    t->dict_offset = base->dict_offset;
    if (!t->dict_offset && base != vm.t.type && !is_subtype(base, vm.t.type)) {
      t->dict_offset = t->instance_size;
      t->instance_size += sizeof(Value);
    }
  }
  if (t->dict_offset) t->flags |= TF_HAS_DICT;
  // The first class in a hierarchy to keep a dict exposes it as __dict__.
  if (t->dict_offset && !base->dict_offset && !dict_get_str(t->dict, vm.n.__dict__).ok())
    add_getsets(vm, t, kInstanceDictGetSet);

  for (size_t i = 0; i < bases->size; ++i) type_add_subclass(vm, (*bases)[i].as<Type>(), t);
  t->bases = bases;
  Tuple* mro = nullptr;
  if (meta != vm.t.type) {
    Value custom = type_lookup(vm, meta, vm.n.mro);
    Value standard = type_lookup(vm, vm.t.type, vm.n.mro);
    if (custom.ok() && custom != standard) {
      Value r = call_method(vm, tv, vm.n.mro, nullptr, 0);
      if (!r.ok()) return r;
      Value tup = tuple_from_iterable(vm, r);
      if (!tup.ok()) return tup;
      mro = tup.as<Tuple>();
    }
  }
  if (!mro) mro = compute_mro(vm, t);
  if (!mro) return Value::error();
  t->mro = mro;
  type_modified(vm, t);

  // __classcell__: zero-argument super() in the body's methods needs the class.
  Value cell = dict_get_str(t->dict, vm.n.__classcell__);
  if (cell.ok()) {
    if (!is_exact(vm, cell, vm.t.cell))
      return raisef(vm, vm.e.TypeError, "__classcell__ must be a nonlocal cell, not %s", type_name(cell));
    cell.as<Cell>()->contents = tv;
    if (dict_del(vm, t->dict, val(vm.n.__classcell__)) < 0) return Value::error();
  }

  // __set_name__ on every attribute, in definition order (on a snapshot: a
  // __set_name__ may change the dict).
  Value snapshot = dict_copy(vm, t->dict);
  if (!snapshot.ok()) return snapshot;
  size_t pos = 0;
  Value k, v;
  while (dict_next(snapshot.as<Dict>(), &pos, &k, &v)) {
    Value sn = lookup_special(vm, type_of(vm, v), SM::set_name);
    if (!sn.ok()) continue;
    Value args[3] = {v, tv, k};
    Value fn = sn;
    Value r = call(vm, fn, args, 3);
    if (!r.ok()) {
      // CPython 3.11 adds a note; the exception propagates unchanged otherwise.
      return r;
    }
  }

  // super(t, t).__init_subclass__(**kwargs)
  Value init_sub = Value::error();
  for (size_t i = 1; i < mro->size && !init_sub.ok(); ++i)
    init_sub = dict_get_str((*mro)[i].as<Type>()->dict, vm.intern("__init_subclass__"));
  if (init_sub.ok()) {
    // Bound as super(t, t) binds: to the class itself, not to its metaclass.
    Value bound = bind_descriptor(vm, init_sub, Value::none(), t);
    if (!bound.ok()) return bound;
    Value r = call(vm, bound, kwvalues, 0, kwnames);
    if (!r.ok()) return r;
  }
  return tv;
}

Value type_call(VM& vm, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->size : 0;
  Value newf = lookup_special(vm, cls, SM::new_);
  if (!newf.ok())
    return raisef(vm, vm.e.TypeError, "cannot create '%s' instances", cls->name->data());
  // __new__ is a static method: call it with cls first.
  RootedValues full(vm);
  full.reserve(nargs + nkw + 1);
  full.push_back(val(cls));
  full.insert_end(args, args + nargs + nkw);
  Value fn = newf;
  if (is_exact(vm, newf, vm.t.staticmethod)) fn = staticmethod_func(newf);
  Value obj = call(vm, fn, full.data(), nargs + 1, kwnames);
  if (!obj.ok()) return obj;
  Type* ot = type_of(vm, obj);
  if (!is_subtype(ot, cls)) return obj;
  Value init = lookup_special(vm, ot, SM::init);
  if (!init.ok()) return obj;
  full[0] = obj;
  Value r = call(vm, init, full.data(), nargs + 1, kwnames);
  if (!r.ok()) return r;
  if (!r.is_none())
    return raisef(vm, vm.e.TypeError, "__init__() should return None, not '%s'", type_name(r));
  return obj;
}

}  // namespace klass
