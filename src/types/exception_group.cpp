// BaseExceptionGroup / ExceptionGroup (PEP 654) and the except* helpers the
// interpreter uses (CHECK_EG_MATCH, PREP_RERAISE_STAR).
#include <set>
#include <string>
#include <vector>

#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/exception.h"
#include "types/list.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/rooted.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace klass {

namespace {

bool is_group(VM& vm, Value v) { return isinstance_of(vm, v, vm.e.BaseExceptionGroup); }

Value eg_exceptions(VM& vm, Value eg) { return getattr(vm, eg, vm.intern("exceptions")); }

Value eg_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) return raisef(vm, vm.e.TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments");
  if (nargs != 3)
    return raisef(vm, vm.e.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs - 1);
  Type* cls = args[0].as<Type>();
  Value msg = args[1], excs = args[2];
  if (!isinstance_of(vm, msg, vm.t.str))
    return raisef(vm, vm.e.TypeError, "argument 1 must be str, not %s", type_name(msg));
  if (isinstance_of(vm, excs, vm.t.set) || isinstance_of(vm, excs, vm.t.frozenset) || isinstance_of(vm, excs, vm.t.dict) ||
      !lookup_special(vm, type_of(vm, excs), SM::getitem).ok())
    return raise(vm, vm.e.TypeError, "second argument (exceptions) must be a sequence");
  Value t = tuple_from_iterable(vm, excs);
  if (!t.ok()) return t;
  Tuple* items = t.as<Tuple>();
  if (items->size == 0) return raise(vm, vm.e.ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (size_t i = 0; i < items->size; ++i) {
    if (!is_exception_instance(vm, (*items)[i]))
      return raisef(vm, vm.e.ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
    all_exceptions &= isinstance_of(vm, (*items)[i], vm.e.Exception);
  }
  if (cls == vm.e.BaseExceptionGroup) {
    if (all_exceptions) cls = vm.e.ExceptionGroup;
  } else if (cls == vm.e.ExceptionGroup) {
    if (!all_exceptions) return raise(vm, vm.e.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!all_exceptions && is_subtype(cls, vm.e.Exception)) {
    return raisef(vm, vm.e.TypeError, "Cannot nest BaseExceptions in '%s'", cls->name->data());
  }
  Value full[3] = {val(cls), msg, excs};
  Value base_new = lookup_special(vm, vm.e.BaseException, SM::new_);
  Value self = call(vm, base_new, full, 3);
  if (!self.ok()) return self;
  if (!setattr(vm, self, vm.intern("message"), msg) || !setattr(vm, self, vm.intern("exceptions"), t))
    return Value::error();
  return self;
}

Value eg_init(VM& vm, const Value* args, size_t nargs, Tuple*) {
  // The arguments were checked and stored by __new__; args keeps them as given.
  Value a = make_tuple(vm, args + 1, nargs - 1);
  if (!a.ok()) return a;
  args[0].as<ExceptionObj>()->args = a;
  return Value::none();
}

Value eg_str(VM& vm, const Value* args, size_t, Tuple*) {
  Value msg = getattr(vm, args[0], vm.intern("message"));
  Value excs = eg_exceptions(vm, args[0]);
  if (!msg.ok() || !excs.ok()) return Value::error();
  size_t n = excs.as<Tuple>()->size;
  return make_str(vm, std::string(sv(msg)) + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")");
}

Value eg_derive(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raise(vm, vm.e.TypeError, "derive() takes exactly one argument");
  Value msg = getattr(vm, args[0], vm.intern("message"));
  if (!msg.ok()) return msg;
  Value a[2] = {msg, args[1]};
  return call(vm, val(vm.e.BaseExceptionGroup), a, 2);
}

// Copies traceback, cause, context and notes from `from` to `to` (split results).
bool copy_metadata(VM& vm, Value from, Value to) {
  auto* f = from.as<ExceptionObj>();
  auto* t = to.as<ExceptionObj>();
  t->traceback = f->traceback;
  t->cause = f->cause;
  t->context = f->context;
  t->suppress_context = f->suppress_context;
  Value notes = getattr_opt(vm, from, vm.intern("__notes__"));
  if (notes.ok()) {
    Value copy = list_from_iterable(vm, notes);
    if (!copy.ok() || !setattr(vm, to, vm.intern("__notes__"), copy)) return false;
  }
  return !vm.has_exc();
}

// How split()/subgroup() decide whether a leaf matches.
struct Matcher {
  enum { ByType, ByPredicate, ByIdentity } kind;
  Value value;
  std::set<uint64_t> ids;
};

int leaf_matches(VM& vm, const Matcher& m, Value e) {
  switch (m.kind) {
    case Matcher::ByType: return exception_matches(vm, e, m.value);
    case Matcher::ByPredicate: {
      Value r = call1(vm, m.value, e);
      if (!r.ok()) return -1;
      return truthy(vm, r);
    }
    default: return m.ids.count(e.bits()) ? 1 : 0;
  }
}

bool make_matcher(VM& vm, Value cond, Matcher* m) {
  bool is_type_arg = is_exception_class(vm, cond);
  if (!is_type_arg && is_exact(vm, cond, vm.t.tuple)) {
    is_type_arg = true;
    for (size_t i = 0; i < cond.as<Tuple>()->size; ++i) is_type_arg &= is_exception_class(vm, (*cond.as<Tuple>())[i]);
  }
  if (is_type_arg) {
    m->kind = Matcher::ByType;
  } else if (is_callable(vm, cond) && !isinstance_of(vm, cond, vm.t.type)) {
    m->kind = Matcher::ByPredicate;
  } else {
    raise(vm, vm.e.TypeError, "expected a function, exception type or tuple of exception types");
    return false;
  }
  m->value = cond;
  return true;
}

// Splits `eg` by `m`: *match and *rest are groups (derived) or None.
bool split_rec(VM& vm, Value eg, const Matcher& m, bool want_rest, Value* match, Value* rest) {
  *match = *rest = Value::none();
  int whole = leaf_matches(vm, m, eg);
  if (whole < 0) return false;
  if (whole) {
    *match = eg;
    return true;
  }
  if (!is_group(vm, eg)) {
    if (want_rest) *rest = eg;
    return true;
  }
  Value excs = eg_exceptions(vm, eg);
  if (!excs.ok()) return false;
  RootedValues ms(vm), rs(vm);
  for (size_t i = 0; i < excs.as<Tuple>()->size; ++i) {
    Value mm, rr;
    if (!split_rec(vm, (*excs.as<Tuple>())[i], m, want_rest, &mm, &rr)) return false;
    if (!mm.is_none()) ms.push_back(mm);
    if (!rr.is_none()) rs.push_back(rr);
  }
  auto derive = [&](RootedValues& items, Value* out) {
    if (items.empty()) return true;
    Value l = make_list(vm, items.data(), items.size());
    if (!l.ok()) return false;
    Value d = call_method(vm, eg, vm.intern("derive"), &l, 1);
    if (!d.ok()) return false;
    if (!is_group(vm, d)) {
      raise(vm, vm.e.TypeError, "derive must return an instance of BaseExceptionGroup");
      return false;
    }
    if (!copy_metadata(vm, eg, d)) return false;
    *out = d;
    return true;
  };
  return derive(ms, match) && (!want_rest || derive(rs, rest));
}

Value eg_split(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raise(vm, vm.e.TypeError, "split() takes exactly one argument");
  Matcher m;
  if (!make_matcher(vm, args[1], &m)) return Value::error();
  Value match, rest;
  if (!split_rec(vm, args[0], m, true, &match, &rest)) return Value::error();
  return make_tuple(vm, {match, rest});
}

Value eg_subgroup(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raise(vm, vm.e.TypeError, "subgroup() takes exactly one argument");
  Matcher m;
  if (!make_matcher(vm, args[1], &m)) return Value::error();
  Value match, rest;
  if (!split_rec(vm, args[0], m, false, &match, &rest)) return Value::error();
  return match;
}

void collect_leaf_ids(VM& vm, Value e, std::set<uint64_t>* ids) {
  if (!is_group(vm, e)) {
    ids->insert(e.bits());
    return;
  }
  Value excs = eg_exceptions(vm, e);
  if (!excs.ok()) return;
  for (size_t i = 0; i < excs.as<Tuple>()->size; ++i) collect_leaf_ids(vm, (*excs.as<Tuple>())[i], ids);
}

const MethodDef kEGMethods[] = {{"__new__", eg_new, METH_STATIC},
                                {"__init__", eg_init, METH_SLOT},
                                {"__str__", eg_str, METH_SLOT},
                                {"derive", eg_derive, 0},
                                {"split", eg_split, 0},
                                {"subgroup", eg_subgroup, 0},
                                {}};

}  // namespace

bool exception_group_match(VM& vm, Value eg, Value type, Value* match, Value* rest) {
  *match = Value::none();
  *rest = eg;
  if (eg.is_none()) return true;
  int whole = exception_matches(vm, eg, type);
  if (whole < 0) return false;
  if (whole) {
    if (is_group(vm, eg)) {
      *match = eg;
    } else {
      // A naked exception caught by except*: wrap it in a group.
      Value excs = make_tuple(vm, {eg});
      Value a[2] = {vm.empty_str, excs};
      Value g = call(vm, val(vm.e.BaseExceptionGroup), a, 2);
      if (!g.ok()) return false;
      g.as<ExceptionObj>()->traceback = eg.as<ExceptionObj>()->traceback;
      *match = g;
    }
    *rest = Value::none();
    vm.handled_exc = *match;
    return true;
  }
  if (is_group(vm, eg)) {
    Value pair = call_method(vm, eg, vm.intern("split"), &type, 1);
    if (!pair.ok()) return false;
    *match = (*pair.as<Tuple>())[0];
    *rest = (*pair.as<Tuple>())[1];
    if (!match->is_none()) vm.handled_exc = *match;
    else *rest = eg;
  }
  return true;
}

Value prep_reraise_star(VM& vm, Value orig, Value excs) {
  List* l = excs.as<List>();
  RootedValues items(vm);
  for (size_t i = 0; i < l->size; ++i)
    if (!l->items[i].is_none()) items.push_back(l->items[i]);
  if (items.empty()) return Value::none();
  if (!is_group(vm, orig)) return items[0];
  // Exceptions re-raised from an except* clause are parts of the original
  // group (same leaves); newly raised ones are not.
  std::set<uint64_t> orig_leaves;
  collect_leaf_ids(vm, orig, &orig_leaves);
  RootedValues raised(vm);
  Matcher keep{Matcher::ByIdentity, Value::none(), {}};
  for (Value e : items) {
    std::set<uint64_t> leaves;
    collect_leaf_ids(vm, e, &leaves);
    bool reraised = true;
    for (uint64_t id : leaves) reraised &= orig_leaves.count(id) > 0;
    if (reraised && !leaves.empty() &&
        e.as<ExceptionObj>()->traceback == orig.as<ExceptionObj>()->traceback)
      keep.ids.insert(leaves.begin(), leaves.end());
    else
      raised.push_back(e);
  }
  Value reraised_eg = Value::none();
  if (!keep.ids.empty()) {
    Value rest;
    if (!split_rec(vm, orig, keep, false, &reraised_eg, &rest)) return Value::error();
  }
  if (raised.empty()) return reraised_eg;
  if (!reraised_eg.is_none()) raised.push_back(reraised_eg);
  Value lst = make_list(vm, raised.data(), raised.size());
  Value a[2] = {vm.empty_str, lst};
  return call(vm, val(vm.e.BaseExceptionGroup), a, 2);
}

void init_exception_group_type(VM& vm) { add_methods(vm, vm.e.BaseExceptionGroup, kEGMethods); }

}  // namespace klass
