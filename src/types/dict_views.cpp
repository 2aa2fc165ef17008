// dict views (dict_keys, dict_values, dict_items) and the dict iterators.
//
// Views are live: they read the dict each time. keys and items views are
// set-like (comparisons, & | - ^, isdisjoint) as in CPython; their set
// operations build a new set.
#include <string>

#include "gc/heap.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/iterators.h"
#include "types/list.h"
#include "types/misc.h"
#include "types/native.h"
#include "types/set.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

struct DictView : Obj {
  Value dict;
};

// Iterates a dict's entries forwards or backwards. Like CPython it notices a
// change of size ("changed size") and, when the size is the same but more
// entries turn up than there were items, a change of keys.
struct DictIter : Obj {
  Value dict;     // error() once exhausted
  int64_t pos;    // next entry number to look at
  size_t used;    // d->used when the iterator was made
  size_t left;    // items still expected
  bool reversed;
};

void trace_view(Obj* o, Tracer& t) { t.visit(static_cast<DictView*>(o)->dict); }
void trace_iter(Obj* o, Tracer& t) { t.visit(static_cast<DictIter*>(o)->dict); }
const Layout kViewLayout{"dict_view", trace_view, nullptr};
const Layout kIterLayout{"dict_iterator", trace_iter, nullptr};

Dict* view_dict(Value v) { return v.as<DictView>()->dict.as<Dict>(); }

bool is_set_like_view(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->cls;
  return t == vm.t.dict_keys || t == vm.t.dict_items;
}

bool is_any_set(VM& vm, Value v) {
  return isinstance_of(vm, v, vm.t.set) || isinstance_of(vm, v, vm.t.frozenset);
}

// ---- iterators ----

// The next live entry, or null at the end / on error (exception pending).
DictEntry* next_entry(VM& vm, DictIter* it) {
  if (!it->dict.ok()) return nullptr;
  Dict* d = it->dict.as<Dict>();
  if (it->used != d->used) {
    raise(vm, vm.e.RuntimeError, "dictionary changed size during iteration");
    it->used = SIZE_MAX;  // stays broken, as in CPython
    return nullptr;
  }
  if (it->reversed) {
    if (it->pos >= static_cast<int64_t>(d->nentries)) it->pos = static_cast<int64_t>(d->nentries) - 1;
    while (it->pos >= 0 && !d->entries[it->pos].key.ok()) --it->pos;
    if (it->pos < 0) {
      it->dict = Value::error();
      return nullptr;
    }
    --it->left;
    return &d->entries[it->pos--];
  }
  while (it->pos < static_cast<int64_t>(d->nentries) && !d->entries[it->pos].key.ok()) ++it->pos;
  if (it->pos >= static_cast<int64_t>(d->nentries)) {
    it->dict = Value::error();
    return nullptr;
  }
  if (it->left == 0) {
    raise(vm, vm.e.RuntimeError, "dictionary keys changed during iteration");
    it->dict = Value::error();
    return nullptr;
  }
  --it->left;
  return &d->entries[it->pos++];
}

Value keyiter_next(VM& vm, Value v) {
  DictEntry* e = next_entry(vm, v.as<DictIter>());
  return e ? e->key : Value::error();
}
Value valueiter_next(VM& vm, Value v) {
  DictEntry* e = next_entry(vm, v.as<DictIter>());
  return e ? e->value : Value::error();
}
Value itemiter_next(VM& vm, Value v) {
  DictEntry* e = next_entry(vm, v.as<DictIter>());
  if (!e) return Value::error();
  return make_tuple(vm, {e->key, e->value});
}

Value dictiter_length_hint(VM& vm, const Value* args, size_t, Tuple*) {
  auto* it = args[0].as<DictIter>();
  if (!it->dict.ok() || it->used != it->dict.as<Dict>()->used) return Value::small_int(0);
  return make_int(vm, static_cast<int64_t>(it->left));
}

// (iter, (list of the remaining items,)); consumes a copy of the iterator's state.
Value dictiter_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  auto* it = args[0].as<DictIter>();
  auto* copy = static_cast<DictIter*>(vm.heap.allocate(sizeof(DictIter)));
  if (!copy) return raise_memory_error(vm);
  *copy = *it;
  copy->gcbits = 0;
  Value rest = list_from_iterable(vm, val(copy));
  if (!rest.ok()) return rest;
  Value fn = lookup_builtin(vm, "iter");
  if (!fn.ok()) return fn;
  Value inner = make_tuple(vm, {rest});
  if (!inner.ok()) return inner;
  return make_tuple(vm, {fn, inner});
}

// ---- views ----

Type* iter_type_for(VM& vm, Type* view_type) {
  if (view_type == vm.t.dict_keys) return vm.t.dict_keyiterator;
  if (view_type == vm.t.dict_values) return vm.t.dict_valueiterator;
  return vm.t.dict_itemiterator;
}

Value view_len(VM& vm, const Value* args, size_t, Tuple*) {
  return make_int(vm, static_cast<int64_t>(view_dict(args[0])->used));
}

Value view_iter(VM& vm, const Value* args, size_t, Tuple*) {
  return make_dict_iterator(vm, iter_type_for(vm, args[0].as_object()->cls), args[0].as<DictView>()->dict, false);
}

Value view_reversed(VM& vm, const Value* args, size_t, Tuple*) {
  return make_dict_iterator(vm, iter_type_for(vm, args[0].as_object()->cls), args[0].as<DictView>()->dict, true);
}

Value view_repr(VM& vm, const Value* args, size_t, Tuple*) {
  Obj* self = args[0].as_object();
  if (repr_enter(vm, self) > 0) return make_str(vm, "...");
  Value items = list_from_iterable(vm, args[0]);
  Value r = items.ok() ? repr(vm, items) : Value::error();
  repr_leave(vm, self);
  if (!r.ok()) return r;
  return make_str(vm, std::string(self->cls->name->view()) + "(" + std::string(sv(r)) + ")");
}

Value view_mapping(VM& vm, Value self) { return make_mappingproxy(vm, self.as<DictView>()->dict); }

// `item in d.items()`: a 2-tuple whose key maps to an equal value.
int items_contains(VM& vm, Dict* d, Value item) {
  if (!item.is_object() || !(item.as_object()->cls->flags & TF_TUPLE_SUBCLASS) || item.as<Tuple>()->size != 2)
    return 0;
  Value key = (*item.as<Tuple>())[0];
  Value v = dict_get(vm, d, key);
  if (!v.ok()) return vm.has_exc() ? -1 : 0;
  return equals(vm, v, (*item.as<Tuple>())[1]);
}

int view_contains_impl(VM& vm, Value view, Value item) {
  Dict* d = view_dict(view);
  if (view.as_object()->cls == vm.t.dict_keys) return dict_contains(vm, d, item);
  return items_contains(vm, d, item);
}

Value view_contains(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__contains__", nargs - 1, 1, 1)) return Value::error();
  int r = view_contains_impl(vm, args[0], args[1]);
  return r < 0 ? Value::error() : Value::boolean(r);
}

// Every item of `a` is in `b` (1), not (0), error (-1).
int all_contained_in(VM& vm, Value a, Value b) {
  Value it = get_iter(vm, a);
  if (!it.ok()) return -1;
  for (;;) {
    Value x = iter_next(vm, it);
    if (!x.ok()) return vm.has_exc() ? -1 : 1;
    int c = contains(vm, b, x);
    if (c <= 0) return c;
  }
}

Value view_compare(VM& vm, const Value* args, size_t nargs, CompareOp op) {
  if (nargs != 2) return raisef(vm, vm.e.TypeError, "expected 1 argument, got %zu", nargs - 1);
  Value self = args[0], other = args[1];
  if (!is_any_set(vm, other) && !is_set_like_view(vm, other)) return vm.not_implemented;
  int64_t la, lb;
  if (!length(vm, self, &la) || !length(vm, other, &lb)) return Value::error();
  int ok = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      if (la == lb) ok = all_contained_in(vm, self, other);
      if (ok >= 0 && op == CompareOp::Ne) ok = !ok;
      break;
    case CompareOp::Lt: if (la < lb) ok = all_contained_in(vm, self, other); break;
    case CompareOp::Le: if (la <= lb) ok = all_contained_in(vm, self, other); break;
    case CompareOp::Gt: if (la > lb) ok = all_contained_in(vm, other, self); break;
    case CompareOp::Ge: if (la >= lb) ok = all_contained_in(vm, other, self); break;
  }
  return ok < 0 ? Value::error() : Value::boolean(ok);
}
Value view_lt(VM& vm, const Value* a, size_t n, Tuple*) { return view_compare(vm, a, n, CompareOp::Lt); }
Value view_le(VM& vm, const Value* a, size_t n, Tuple*) { return view_compare(vm, a, n, CompareOp::Le); }
Value view_eq(VM& vm, const Value* a, size_t n, Tuple*) { return view_compare(vm, a, n, CompareOp::Eq); }
Value view_ne(VM& vm, const Value* a, size_t n, Tuple*) { return view_compare(vm, a, n, CompareOp::Ne); }
Value view_gt(VM& vm, const Value* a, size_t n, Tuple*) { return view_compare(vm, a, n, CompareOp::Gt); }
Value view_ge(VM& vm, const Value* a, size_t n, Tuple*) { return view_compare(vm, a, n, CompareOp::Ge); }

// A new set holding the items of `v`.
Value set_of(VM& vm, Value v) {
  Value s = make_set(vm);
  if (!s.ok() || !set_update(vm, s.as<Set>(), v)) return Value::error();
  return s;
}

enum class SetOp { Sub, Or, Xor };

// left OP right where at least one operand is a set-like view: set(left) OP= right.
Value view_setop(VM& vm, Value left, Value right, SetOp op) {
  Value s = set_of(vm, left);
  if (!s.ok()) return s;
  bool ok = false;
  switch (op) {
    case SetOp::Sub: ok = set_difference_update(vm, s.as<Set>(), right); break;
    case SetOp::Or: ok = set_update(vm, s.as<Set>(), right); break;
    case SetOp::Xor: ok = set_symmetric_difference_update(vm, s.as<Set>(), right); break;
  }
  return ok ? s : Value::error();
}

// left & right (CPython's _PyDictView_Intersect: iterate the smaller side).
Value view_intersect(VM& vm, Value self, Value other) {
  if (!is_set_like_view(vm, self)) std::swap(self, other);
  int64_t len_self = static_cast<int64_t>(view_dict(self)->used);
  if (other.is_object() && other.as_object()->cls == vm.t.set) {
    int64_t lo;
    if (!length(vm, other, &lo)) return Value::error();
    if (len_self <= lo) return call_method(vm, other, vm.intern("intersection"), &self, 1);
  }
  if (is_set_like_view(vm, other) && static_cast<int64_t>(view_dict(other)->used) > len_self) std::swap(self, other);
  Value result = make_set(vm);
  if (!result.ok()) return result;
  Value it = get_iter(vm, other);
  if (!it.ok()) return it;
  for (;;) {
    Value x = iter_next(vm, it);
    if (!x.ok()) return vm.has_exc() ? Value::error() : result;
    int c = view_contains_impl(vm, self, x);
    if (c < 0 || (c && !set_add(vm, result.as<Set>(), x))) return Value::error();
  }
}

#define KLASS_VIEW_BINOP(fname, reflected, body)                                  \
  Value fname(VM& vm, const Value* args, size_t nargs, Tuple*) {                  \
    if (!check_nargs(vm, #fname, nargs - 1, 1, 1)) return Value::error();         \
    Value left = reflected ? args[1] : args[0], right = reflected ? args[0] : args[1]; \
    return body;                                                                  \
  }
KLASS_VIEW_BINOP(view_sub, false, view_setop(vm, left, right, SetOp::Sub))
KLASS_VIEW_BINOP(view_rsub, true, view_setop(vm, left, right, SetOp::Sub))
KLASS_VIEW_BINOP(view_or, false, view_setop(vm, left, right, SetOp::Or))
KLASS_VIEW_BINOP(view_ror, true, view_setop(vm, left, right, SetOp::Or))
KLASS_VIEW_BINOP(view_xor, false, view_setop(vm, left, right, SetOp::Xor))
KLASS_VIEW_BINOP(view_rxor, true, view_setop(vm, left, right, SetOp::Xor))
KLASS_VIEW_BINOP(view_and, false, view_intersect(vm, left, right))
KLASS_VIEW_BINOP(view_rand, true, view_intersect(vm, left, right))
#undef KLASS_VIEW_BINOP

Value view_isdisjoint(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "isdisjoint", nargs - 1, 1, 1)) return Value::error();
  Value self = args[0], other = args[1];
  if (self == other) return Value::boolean(view_dict(self)->used == 0);
  if (is_any_set(vm, other) || is_set_like_view(vm, other)) {
    int64_t la, lb;
    if (!length(vm, self, &la) || !length(vm, other, &lb)) return Value::error();
    if (lb > la) std::swap(self, other);
  }
  Value it = get_iter(vm, other);
  if (!it.ok()) return it;
  for (;;) {
    Value x = iter_next(vm, it);
    if (!x.ok()) return vm.has_exc() ? Value::error() : Value::boolean(true);
    int c = contains(vm, self, x);
    if (c < 0) return Value::error();
    if (c) return Value::boolean(false);
  }
}

const MethodDef kSetLikeViewMethods[] = {
    {"__len__", view_len, METH_SLOT},
    {"__iter__", view_iter, METH_SLOT},
    {"__reversed__", view_reversed, METH_METHOD, "Return a reverse iterator over the dict keys."},
    {"__repr__", view_repr, METH_SLOT},
    {"__contains__", view_contains, METH_SLOT},
    {"__lt__", view_lt, METH_SLOT},
    {"__le__", view_le, METH_SLOT},
    {"__eq__", view_eq, METH_SLOT},
    {"__ne__", view_ne, METH_SLOT},
    {"__gt__", view_gt, METH_SLOT},
    {"__ge__", view_ge, METH_SLOT},
    {"__sub__", view_sub, METH_SLOT},
    {"__rsub__", view_rsub, METH_SLOT},
    {"__and__", view_and, METH_SLOT},
    {"__rand__", view_rand, METH_SLOT},
    {"__or__", view_or, METH_SLOT},
    {"__ror__", view_ror, METH_SLOT},
    {"__xor__", view_xor, METH_SLOT},
    {"__rxor__", view_rxor, METH_SLOT},
    {"isdisjoint", view_isdisjoint, METH_METHOD, "Return True if the view and the given iterable have a null intersection."},
    {}};

const MethodDef kValuesViewMethods[] = {
    {"__len__", view_len, METH_SLOT},
    {"__iter__", view_iter, METH_SLOT},
    {"__reversed__", view_reversed, METH_METHOD, "Return a reverse iterator over the dict values."},
    {"__repr__", view_repr, METH_SLOT},
    {}};

const GetSetDef kViewGetSets[] = {
    {"mapping", view_mapping, nullptr, "dictionary that this view refers to"},
    {}};

const MethodDef kDictIterMethods[] = {
    {"__iter__", iterator_iter_self, METH_SLOT},
    {"__next__", iterator_next, METH_SLOT},
    {"__length_hint__", dictiter_length_hint, METH_METHOD, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", dictiter_reduce, METH_METHOD, "Return state information for pickling."},
    {}};

}  // namespace

Value make_dict_view(VM& vm, Type* view_type, Value dict) {
  auto* v = static_cast<DictView*>(vm.heap.allocate(sizeof(DictView)));
  if (!v) return raise_memory_error(vm);
  v->cls = view_type;
  v->dict = dict;
  return val(v);
}

Value make_dict_iterator(VM& vm, Type* iter_type, Value dict, bool reversed) {
  auto* it = static_cast<DictIter*>(vm.heap.allocate(sizeof(DictIter)));
  if (!it) return raise_memory_error(vm);
  Dict* d = dict.as<Dict>();
  it->cls = iter_type;
  it->dict = dict;
  it->used = d->used;
  it->left = d->used;
  it->reversed = reversed;
  it->pos = reversed ? static_cast<int64_t>(d->nentries) - 1 : 0;
  return val(it);
}

void init_dict_view_types(VM& vm) {
  struct {
    Type* t;
    const char* name;
    const MethodDef* methods;
  } views[] = {{vm.t.dict_keys, "dict_keys", kSetLikeViewMethods},
               {vm.t.dict_items, "dict_items", kSetLikeViewMethods},
               {vm.t.dict_values, "dict_values", kValuesViewMethods}};
  for (auto& v : views) {
    setup_builtin_type(vm, v.t, v.name, vm.t.object, &kViewLayout, sizeof(DictView), 0);
    add_methods(vm, v.t, v.methods);
    add_getsets(vm, v.t, kViewGetSets);
    if (v.methods == kSetLikeViewMethods) dict_set_cstr(vm, v.t->dict, "__hash__", Value::none());
  }
  struct {
    Type* t;
    const char* name;
    IterNextFn next;
  } iters[] = {{vm.t.dict_keyiterator, "dict_keyiterator", keyiter_next},
               {vm.t.dict_valueiterator, "dict_valueiterator", valueiter_next},
               {vm.t.dict_itemiterator, "dict_itemiterator", itemiter_next}};
  for (auto& i : iters) {
    setup_builtin_type(vm, i.t, i.name, vm.t.object, &kIterLayout, sizeof(DictIter), 0);
    i.t->iternext = i.next;
    add_methods(vm, i.t, kDictIterMethods);
  }
}

}  // namespace klass
