// enumerate, zip, map, filter, reversed, the sequence iterator ("iterator")
// and callable_iterator, plus the __iter__/__next__ every native iterator
// type shares.
#include "types/iterators.h"

#include <string>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

// ---- shared ----

IterNextFn find_iternext(Type* t) {
  for (; t; t = t->base)
    if (t->iternext) return t->iternext;
  return nullptr;
}

Value iterator_iter_self(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__iter__", nargs - 1, 0, 0)) return Value::error();
  return args[0];
}

Value iterator_next(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__next__", nargs - 1, 0, 0)) return Value::error();
  IterNextFn fn = find_iternext(type_of(vm, args[0]));
  if (!fn) return raisef(vm, vm.e.TypeError, "'%s' object is not an iterator", type_name(args[0]));
  Value r = fn(vm, args[0]);
  if (!r.ok() && !vm.has_exc()) return raise_with_args(vm, vm.e.StopIteration, vm.empty_tuple);
  return r;
}

Value lookup_builtin(VM& vm, const char* name) {
  Value v = vm.builtins ? dict_get_cstr(vm, vm.builtins, name) : Value::error();
  if (!v.ok()) return raisef(vm, vm.e.AttributeError, "module 'builtins' has no attribute '%s'", name);
  return v;
}

namespace {

// Allocates an instance of one of these types, or of a Python subclass.
template <class T>
T* alloc_iter(VM& vm, Type* cls) {
  Obj* o;
  if (cls->flags & TF_HEAPTYPE) {
    o = alloc_object(vm, cls);
    if (!o) return nullptr;
  } else {
    o = static_cast<Obj*>(vm.heap.allocate(sizeof(T)));
    if (!o) {
      raise_memory_error(vm);
      return nullptr;
    }
    o->cls = cls;
  }
  return static_cast<T*>(o);
}

template <class T>
void trace_extras(T* o, Tracer& t) {
  if (o->cls->flags & TF_HEAPTYPE) trace_instance_extras(o, t);
}

Type* new_cls(Value v) { return v.as<Type>(); }

// Recognises the end of a sequence in __getitem__ iteration.
bool ends_sequence(VM& vm) {
  if (exc_matches(vm, vm.e.IndexError) || exc_matches(vm, vm.e.StopIteration)) {
    clear_exc(vm);
    return true;
  }
  return false;
}

// ---- enumerate ----

struct Enumerate : Obj {
  Value it;
  Value index;  // an int (small until it outgrows 62 bits)
};
void trace_enumerate(Obj* o, Tracer& t) {
  auto* e = static_cast<Enumerate*>(o);
  t.visit(e->it);
  t.visit(e->index);
  trace_extras(e, t);
}
const Layout kEnumerateLayout{"enumerate", trace_enumerate, nullptr};

Value enumerate_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - 1, nkw = kwnames ? kwnames->size : 0;
  Value iterable = Value::error(), start = Value::small_int(0);
  if (npos > 2) return raisef(vm, vm.e.TypeError, "enumerate() takes at most 2 arguments (%zu given)", npos + nkw);
  if (npos > 0) iterable = args[1];
  if (npos > 1) start = args[2];
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = sv((*kwnames)[i]);
    Value v = args[nargs + i];
    if (k == "iterable" && npos < 1) {
      iterable = v;
    } else if (k == "start" && npos < 2) {
      start = v;
    } else {
      bool dup = k == "iterable" || k == "start";
      if (dup)
        return raisef(vm, vm.e.TypeError, "argument for enumerate() given by name ('%s') and position (%d)",
                      std::string(k).c_str(), k == "iterable" ? 1 : 2);
      return raisef(vm, vm.e.TypeError, "'%s' is an invalid keyword argument for enumerate()",
                    std::string(k).c_str());
    }
  }
  if (!iterable.ok()) return raise(vm, vm.e.TypeError, "enumerate() missing required argument 'iterable'");
  Value it = get_iter(vm, iterable);
  if (!it.ok()) return it;
  Value idx = to_index(vm, start);
  if (!idx.ok()) return idx;
  if (idx.is_bool()) idx = Value::small_int(idx.is_true());
  auto* e = alloc_iter<Enumerate>(vm, new_cls(args[0]));
  if (!e) return Value::error();
  e->it = it;
  e->index = idx;
  return val(e);
}

Value enumerate_next(VM& vm, Value v) {
  auto* e = v.as<Enumerate>();
  Value item = iter_next(vm, e->it);
  if (!item.ok()) return item;
  Value index = e->index;
  Value next = index.is_small_int() && index.as_small_int() < Value::kSmallMax
                   ? Value::small_int(index.as_small_int() + 1)
                   : int_binary(vm, static_cast<int>(BinaryOp::Add), index, Value::small_int(1));
  if (!next.ok()) return next;
  e->index = next;
  return make_tuple(vm, {index, item});
}

Value enumerate_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  auto* e = args[0].as<Enumerate>();
  Value inner = make_tuple(vm, {e->it, e->index});
  if (!inner.ok()) return inner;
  return make_tuple(vm, {val(e->cls), inner});
}

// ---- zip ----

struct Zip : Obj {
  Value iters;  // tuple of iterators
  bool strict;
};
void trace_zip(Obj* o, Tracer& t) {
  t.visit(static_cast<Zip*>(o)->iters);
  trace_extras(static_cast<Zip*>(o), t);
}
const Layout kZipLayout{"zip", trace_zip, nullptr};

Value zip_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  bool strict = false;
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = sv((*kwnames)[i]);
    if (k != "strict")
      return raisef(vm, vm.e.TypeError, "'%s' is an invalid keyword argument for zip()", std::string(k).c_str());
    int t = truthy(vm, args[nargs + i]);
    if (t < 0) return Value::error();
    strict = t;
  }
  Tuple* iters = tuple_alloc(vm, nargs - 1);
  if (!iters) return Value::error();
  Value keep = val(iters);
  for (size_t i = 1; i < nargs; ++i) {
    Value it = get_iter(vm, args[i]);
    if (!it.ok()) return it;
    (*iters)[i - 1] = it;
  }
  auto* z = alloc_iter<Zip>(vm, new_cls(args[0]));
  if (!z) return Value::error();
  z->iters = keep;
  z->strict = strict;
  return val(z);
}

Value zip_next(VM& vm, Value v) {
  auto* z = v.as<Zip>();
  Tuple* iters = z->iters.as<Tuple>();
  size_t n = iters->size;
  if (n == 0) return Value::error();
  Tuple* result = tuple_alloc(vm, n);
  if (!result) return Value::error();
  for (size_t i = 0; i < n; ++i) {
    Value item = iter_next(vm, (*iters)[i]);
    if (item.ok()) {
      (*result)[i] = item;
      continue;
    }
    if (vm.has_exc() || !z->strict) return Value::error();
    // strict: every iterator must end here.
    const char* plural = i == 1 ? " " : "s 1-";
    if (i)
      return raisef(vm, vm.e.ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1, plural, i);
    for (size_t j = 1; j < n; ++j) {
      Value extra = iter_next(vm, (*iters)[j]);
      if (extra.ok()) {
        const char* pl = j == 1 ? " " : "s 1-";
        return raisef(vm, vm.e.ValueError, "zip() argument %zu is longer than argument%s%zu", j + 1, pl, j);
      }
      if (vm.has_exc()) return Value::error();
    }
    return Value::error();
  }
  return val(result);
}

Value zip_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  auto* z = args[0].as<Zip>();
  if (z->strict) return make_tuple(vm, {val(z->cls), z->iters, Value::boolean(true)});
  return make_tuple(vm, {val(z->cls), z->iters});
}

// ---- map ----

struct Map : Obj {
  Value func;
  Value iters;  // tuple of iterators
};
void trace_map(Obj* o, Tracer& t) {
  t.visit(static_cast<Map*>(o)->func);
  t.visit(static_cast<Map*>(o)->iters);
  trace_extras(static_cast<Map*>(o), t);
}
const Layout kMapLayout{"map", trace_map, nullptr};

Value map_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = new_cls(args[0]);
  if (cls == vm.t.map && !no_kwargs(vm, "map", kwnames)) return Value::error();
  if (nargs < 3) return raise(vm, vm.e.TypeError, "map() must have at least two arguments.");
  Tuple* iters = tuple_alloc(vm, nargs - 2);
  if (!iters) return Value::error();
  Value keep = val(iters);
  for (size_t i = 2; i < nargs; ++i) {
    Value it = get_iter(vm, args[i]);
    if (!it.ok()) return it;
    (*iters)[i - 2] = it;
  }
  auto* m = alloc_iter<Map>(vm, cls);
  if (!m) return Value::error();
  m->func = args[1];
  m->iters = keep;
  return val(m);
}

Value map_next(VM& vm, Value v) {
  auto* m = v.as<Map>();
  Tuple* iters = m->iters.as<Tuple>();
  size_t n = iters->size;
  constexpr size_t kStackArgs = 8;
  Value stack_args[kStackArgs];
  Tuple* heap_args = nullptr;  // for many iterables: a GC tuple keeps the items visible
  Value* argv = stack_args;
  if (n > kStackArgs) {
    heap_args = tuple_alloc(vm, n);
    if (!heap_args) return Value::error();
    argv = heap_args->items();
  }
  for (size_t i = 0; i < n; ++i) {
    argv[i] = iter_next(vm, (*iters)[i]);
    if (!argv[i].ok()) return Value::error();
  }
  return call(vm, m->func, argv, n);
}

Value map_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  auto* m = args[0].as<Map>();
  Tuple* iters = m->iters.as<Tuple>();
  Tuple* inner = tuple_alloc(vm, iters->size + 1);
  if (!inner) return Value::error();
  (*inner)[0] = m->func;
  for (size_t i = 0; i < iters->size; ++i) (*inner)[i + 1] = (*iters)[i];
  return make_tuple(vm, {val(m->cls), val(inner)});
}

// ---- filter ----

struct Filter : Obj {
  Value func;  // None: keep true items
  Value it;
};
void trace_filter(Obj* o, Tracer& t) {
  t.visit(static_cast<Filter*>(o)->func);
  t.visit(static_cast<Filter*>(o)->it);
  trace_extras(static_cast<Filter*>(o), t);
}
const Layout kFilterLayout{"filter", trace_filter, nullptr};

Value filter_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = new_cls(args[0]);
  if (cls == vm.t.filter && !no_kwargs(vm, "filter", kwnames)) return Value::error();
  if (!check_nargs(vm, "filter", nargs - 1, 2, 2)) return Value::error();
  Value it = get_iter(vm, args[2]);
  if (!it.ok()) return it;
  auto* f = alloc_iter<Filter>(vm, cls);
  if (!f) return Value::error();
  f->func = args[1];
  f->it = it;
  return val(f);
}

Value filter_next(VM& vm, Value v) {
  auto* f = v.as<Filter>();
  bool plain = f->func.is_none() || f->func == val(vm.t.bool_);
  for (;;) {
    Value item = iter_next(vm, f->it);
    if (!item.ok()) return item;
    Value test = plain ? item : call1(vm, f->func, item);
    if (!test.ok()) return test;
    int t = truthy(vm, test);
    if (t < 0) return Value::error();
    if (t) return item;
  }
}

Value filter_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  auto* f = args[0].as<Filter>();
  Value inner = make_tuple(vm, {f->func, f->it});
  if (!inner.ok()) return inner;
  return make_tuple(vm, {val(f->cls), inner});
}

// ---- reversed and the sequence iterator: both index a sequence ----

struct SeqIter : Obj {
  Value seq;      // error() once exhausted
  int64_t index;  // next index (counting down for reversed)
};
void trace_seqiter(Obj* o, Tracer& t) {
  t.visit(static_cast<SeqIter*>(o)->seq);
  trace_extras(static_cast<SeqIter*>(o), t);
}
const Layout kSeqIterLayout{"iterator", trace_seqiter, nullptr};

Value reversed_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = new_cls(args[0]);
  if (cls == vm.t.reversed && !no_kwargs(vm, "reversed", kwnames)) return Value::error();
  if (nargs != 2)  // CPython's wording here differs from check_nargs' "takes exactly one argument"
    return raisef(vm, vm.e.TypeError, "reversed expected 1 argument, got %zu", nargs - 1);
  Value seq = args[1];
  Type* st = type_of(vm, seq);
  Value rev = lookup_special(vm, st, SM::reversed);
  if (rev.ok()) {
    if (rev.is_none()) return raisef(vm, vm.e.TypeError, "'%s' object is not reversible", type_name(seq));
    return call_special(vm, seq, SM::reversed, nullptr, 0);
  }
  bool is_sequence = lookup_special(vm, st, SM::getitem).ok() && !(st->flags & TF_DICT_SUBCLASS) &&
                     lookup_special(vm, st, SM::len).ok();
  if (!is_sequence) return raisef(vm, vm.e.TypeError, "'%s' object is not reversible", type_name(seq));
  int64_t n;
  if (!length(vm, seq, &n)) return Value::error();
  auto* r = alloc_iter<SeqIter>(vm, cls);
  if (!r) return Value::error();
  r->seq = seq;
  r->index = n - 1;
  return val(r);
}

Value reversed_next(VM& vm, Value v) {
  auto* r = v.as<SeqIter>();
  if (!r->seq.ok() || r->index < 0) {
    r->seq = Value::error();
    return Value::error();
  }
  Value item = get_item(vm, r->seq, Value::small_int(r->index));
  if (item.ok()) {
    --r->index;
    return item;
  }
  if (ends_sequence(vm)) r->seq = Value::error();
  return Value::error();
}

Value reversed_length_hint(VM& vm, const Value* args, size_t, Tuple*) {
  auto* r = args[0].as<SeqIter>();
  if (!r->seq.ok()) return Value::small_int(0);
  int64_t n;
  if (!length(vm, r->seq, &n)) return Value::error();
  return make_int(vm, r->index < n ? r->index + 1 : 0);
}

Value reversed_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  auto* r = args[0].as<SeqIter>();
  if (!r->seq.ok()) return make_tuple(vm, {val(r->cls), vm.empty_tuple});
  Value inner = make_tuple(vm, {r->seq});
  if (!inner.ok()) return inner;
  return make_tuple(vm, {val(r->cls), inner, make_int(vm, r->index)});
}

Value seqiter_next(VM& vm, Value v) {
  auto* s = v.as<SeqIter>();
  if (!s->seq.ok()) return Value::error();
  Value item = get_item(vm, s->seq, make_int(vm, s->index));
  if (item.ok()) {
    ++s->index;
    return item;
  }
  if (ends_sequence(vm)) s->seq = Value::error();
  return Value::error();
}

Value seqiter_length_hint(VM& vm, const Value* args, size_t, Tuple*) {
  auto* s = args[0].as<SeqIter>();
  if (!s->seq.ok()) return Value::small_int(0);
  if (!lookup_special(vm, type_of(vm, s->seq), SM::len).ok()) return vm.not_implemented;
  int64_t n;
  if (!length(vm, s->seq, &n)) return Value::error();
  return make_int(vm, n > s->index ? n - s->index : 0);
}

Value seqiter_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  auto* s = args[0].as<SeqIter>();
  Value fn = lookup_builtin(vm, "iter");
  if (!fn.ok()) return fn;
  if (!s->seq.ok()) {
    Value inner = make_tuple(vm, {vm.empty_tuple});
    if (!inner.ok()) return inner;
    return make_tuple(vm, {fn, inner});
  }
  Value inner = make_tuple(vm, {s->seq});
  if (!inner.ok()) return inner;
  return make_tuple(vm, {fn, inner, make_int(vm, s->index)});
}

// ---- callable_iterator ----

struct CallIter : Obj {
  Value callable;  // error() once exhausted
  Value sentinel;
};
void trace_calliter(Obj* o, Tracer& t) {
  t.visit(static_cast<CallIter*>(o)->callable);
  t.visit(static_cast<CallIter*>(o)->sentinel);
}
const Layout kCallIterLayout{"callable_iterator", trace_calliter, nullptr};

Value calliter_next(VM& vm, Value v) {
  auto* c = v.as<CallIter>();
  if (!c->callable.ok()) return Value::error();
  Value r = call0(vm, c->callable);
  if (!r.ok()) {
    if (exc_matches(vm, vm.e.StopIteration)) {
      clear_exc(vm);
      c->callable = Value::error();
    }
    return Value::error();
  }
  int eq = equals(vm, r, c->sentinel);
  if (eq < 0) return Value::error();
  if (eq) {
    c->callable = Value::error();
    c->sentinel = Value::error();
    return Value::error();
  }
  return r;
}

Value calliter_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  auto* c = args[0].as<CallIter>();
  Value fn = lookup_builtin(vm, "iter");
  if (!fn.ok()) return fn;
  Value inner = c->callable.ok() ? make_tuple(vm, {c->callable, c->sentinel}) : make_tuple(vm, {vm.empty_tuple});
  if (!inner.ok()) return inner;
  return make_tuple(vm, {fn, inner});
}

// ---- tables ----

#define KLASS_ITER_BASICS {"__iter__", iterator_iter_self, METH_SLOT}, {"__next__", iterator_next, METH_SLOT}

const MethodDef kEnumerateMethods[] = {
    KLASS_ITER_BASICS,
    {"__new__", enumerate_new, METH_STATIC, "Create and return a new object."},
    {"__reduce__", enumerate_reduce, METH_METHOD, "Return state information for pickling."},
    {}};
const MethodDef kZipMethods[] = {
    KLASS_ITER_BASICS,
    {"__new__", zip_new, METH_STATIC, "Create and return a new object."},
    {"__reduce__", zip_reduce, METH_METHOD, "Return state information for pickling."},
    {}};
const MethodDef kMapMethods[] = {
    KLASS_ITER_BASICS,
    {"__new__", map_new, METH_STATIC, "Create and return a new object."},
    {"__reduce__", map_reduce, METH_METHOD, "Return state information for pickling."},
    {}};
const MethodDef kFilterMethods[] = {
    KLASS_ITER_BASICS,
    {"__new__", filter_new, METH_STATIC, "Create and return a new object."},
    {"__reduce__", filter_reduce, METH_METHOD, "Return state information for pickling."},
    {}};
const MethodDef kReversedMethods[] = {
    KLASS_ITER_BASICS,
    {"__new__", reversed_new, METH_STATIC, "Create and return a new object."},
    {"__length_hint__", reversed_length_hint, METH_METHOD, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", reversed_reduce, METH_METHOD, "Return state information for pickling."},
    {}};
const MethodDef kSeqIterMethods[] = {
    KLASS_ITER_BASICS,
    {"__length_hint__", seqiter_length_hint, METH_METHOD, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", seqiter_reduce, METH_METHOD, "Return state information for pickling."},
    {}};
const MethodDef kCallIterMethods[] = {
    KLASS_ITER_BASICS,
    {"__reduce__", calliter_reduce, METH_METHOD, "Return state information for pickling."},
    {}};
#undef KLASS_ITER_BASICS

}  // namespace

Value make_seq_iterator(VM& vm, Value seq) {
  auto* s = alloc_iter<SeqIter>(vm, vm.t.seq_iterator);
  if (!s) return Value::error();
  s->seq = seq;
  s->index = 0;
  return val(s);
}

Value make_callable_iterator(VM& vm, Value callable, Value sentinel) {
  auto* c = alloc_iter<CallIter>(vm, vm.t.callable_iterator);
  if (!c) return Value::error();
  c->callable = callable;
  c->sentinel = sentinel;
  return val(c);
}

void init_iterator_types(VM& vm) {
  struct {
    Type* t;
    const char* name;
    const Layout* layout;
    uint32_t size;
    uint32_t flags;
    NativeFn native_new;
    IterNextFn next;
    const MethodDef* methods;
    const char* doc;
  } types[] = {
      {vm.t.enumerate, "enumerate", &kEnumerateLayout, sizeof(Enumerate), TF_BASETYPE, enumerate_new, enumerate_next,
       kEnumerateMethods,
       "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object "
       "yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable "
       "argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, "
       "seq[2]), ..."},
      {vm.t.zip, "zip", &kZipLayout, sizeof(Zip), TF_BASETYPE, zip_new, zip_next, kZipMethods,
       "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted."},
      {vm.t.map, "map", &kMapLayout, sizeof(Map), TF_BASETYPE, map_new, map_next, kMapMethods,
       "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\n"
       "each of the iterables.  Stops when the shortest iterable is exhausted."},
      {vm.t.filter, "filter", &kFilterLayout, sizeof(Filter), TF_BASETYPE, filter_new, filter_next, kFilterMethods,
       "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of "
       "iterable for which function(item)\nis true. If function is None, return the items that are true."},
      {vm.t.reversed, "reversed", &kSeqIterLayout, sizeof(SeqIter), TF_BASETYPE, reversed_new, reversed_next,
       kReversedMethods, "Return a reverse iterator over the values of the given sequence."},
      {vm.t.seq_iterator, "iterator", &kSeqIterLayout, sizeof(SeqIter), 0, nullptr, seqiter_next, kSeqIterMethods,
       nullptr},
      {vm.t.callable_iterator, "callable_iterator", &kCallIterLayout, sizeof(CallIter), 0, nullptr, calliter_next,
       kCallIterMethods, nullptr},
  };
  for (auto& d : types) {
    setup_builtin_type(vm, d.t, d.name, vm.t.object, d.layout, d.size, d.flags, d.native_new);
    d.t->iternext = d.next;
    add_methods(vm, d.t, d.methods);
    if (d.doc) dict_set_cstr(vm, d.t->dict, "__doc__", make_str(vm, d.doc));
  }
}

}  // namespace klass
