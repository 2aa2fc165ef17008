// mappingproxy: a read-only view of a mapping (what `cls.__dict__` returns).
// Every read is forwarded to the underlying mapping; there is no way to write.
#include <string>

#include "gc/heap.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/misc.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

void trace_proxy(Obj* o, Tracer& t) { t.visit(static_cast<MappingProxy*>(o)->mapping); }
const Layout kProxyLayout{"mappingproxy", trace_proxy, nullptr};

Value target(const Value* args) { return args[0].as<MappingProxy>()->mapping; }

// What CPython's PyMapping_Check accepts here: has __getitem__, and is not a
// list or tuple (their __getitem__ takes indices, not keys).
bool is_mapping(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  if (t->flags & (TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS)) return false;
  return lookup_special(vm, t, SM::getitem).ok();
}

Value proxy_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"mapping"};
  Signature sig{"mappingproxy", kNames, 1, 1, 0};
  Value mapping = Value::error();
  if (!bind_args(vm, sig, args + 1, nargs - 1, kwnames, &mapping)) return Value::error();
  if (!is_mapping(vm, mapping))
    return raisef(vm, vm.e.TypeError, "mappingproxy() argument must be a mapping, not %s", type_name(mapping));
  return make_mappingproxy(vm, mapping);
}

Value proxy_getitem(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__getitem__", nargs - 1, 1, 1)) return Value::error();
  return get_item(vm, target(args), args[1]);
}

Value proxy_contains(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__contains__", nargs - 1, 1, 1)) return Value::error();
  int r = contains(vm, target(args), args[1]);
  return r < 0 ? Value::error() : Value::boolean(r);
}

Value proxy_len(VM& vm, const Value* args, size_t, Tuple*) {
  int64_t n;
  if (!length(vm, target(args), &n)) return Value::error();
  return Value::small_int(n);
}

Value proxy_iter(VM& vm, const Value* args, size_t, Tuple*) { return get_iter(vm, target(args)); }

Value proxy_repr(VM& vm, const Value* args, size_t, Tuple*) {
  Value r = repr(vm, target(args));
  if (!r.ok()) return r;
  return make_str(vm, "mappingproxy(" + std::string(sv(r)) + ")");
}

Value proxy_str(VM& vm, const Value* args, size_t, Tuple*) { return to_str(vm, target(args)); }

Value forward(VM& vm, const Value* args, size_t nargs, const char* method) {
  return call_method(vm, target(args), vm.intern(method), args + 1, nargs - 1);
}

Value proxy_get(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "get", kwnames) || !check_nargs(vm, "get", nargs - 1, 1, 2)) return Value::error();
  Value a[2] = {args[1], nargs > 2 ? args[2] : Value::none()};
  return call_method(vm, target(args), vm.intern("get"), a, 2);
}

#define KLASS_PROXY_FORWARD(fname, method)                                     \
  Value fname(VM& vm, const Value* args, size_t nargs, Tuple*) {               \
    if (!check_nargs(vm, "mappingproxy." method, nargs - 1, 0, 0)) return Value::error(); \
    return forward(vm, args, nargs, method);                                   \
  }
KLASS_PROXY_FORWARD(proxy_keys, "keys")
KLASS_PROXY_FORWARD(proxy_values, "values")
KLASS_PROXY_FORWARD(proxy_items, "items")
KLASS_PROXY_FORWARD(proxy_copy, "copy")
#undef KLASS_PROXY_FORWARD

Value proxy_reversed(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__reversed__", nargs - 1, 0, 0)) return Value::error();
  return forward(vm, args, nargs, "__reversed__");
}

// `|` looks through proxies on either side, then defers to the mappings.
Value unwrap(VM& vm, Value v) {
  return v.is_object() && v.as_object()->cls == vm.t.mappingproxy ? v.as<MappingProxy>()->mapping : v;
}
Value proxy_or(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__or__", nargs - 1, 1, 1)) return Value::error();
  return binary_op(vm, BinaryOp::Or, unwrap(vm, args[0]), unwrap(vm, args[1]));
}
Value proxy_ror(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "__ror__", nargs - 1, 1, 1)) return Value::error();
  return binary_op(vm, BinaryOp::Or, unwrap(vm, args[1]), unwrap(vm, args[0]));
}
Value proxy_ior(VM& vm, const Value* args, size_t, Tuple*) {
  return raisef(vm, vm.e.TypeError, "'|=' is not supported by %s; use '|' instead", type_name(args[0]));
}

Value proxy_compare(VM& vm, const Value* args, size_t nargs, CompareOp op) {
  if (nargs != 2) return raisef(vm, vm.e.TypeError, "expected 1 argument, got %zu", nargs - 1);
  return compare(vm, op, target(args), args[1]);
}
Value proxy_lt(VM& vm, const Value* a, size_t n, Tuple*) { return proxy_compare(vm, a, n, CompareOp::Lt); }
Value proxy_le(VM& vm, const Value* a, size_t n, Tuple*) { return proxy_compare(vm, a, n, CompareOp::Le); }
Value proxy_eq(VM& vm, const Value* a, size_t n, Tuple*) { return proxy_compare(vm, a, n, CompareOp::Eq); }
Value proxy_ne(VM& vm, const Value* a, size_t n, Tuple*) { return proxy_compare(vm, a, n, CompareOp::Ne); }
Value proxy_gt(VM& vm, const Value* a, size_t n, Tuple*) { return proxy_compare(vm, a, n, CompareOp::Gt); }
Value proxy_ge(VM& vm, const Value* a, size_t n, Tuple*) { return proxy_compare(vm, a, n, CompareOp::Ge); }

const MethodDef kProxyMethods[] = {
    {"__new__", proxy_new, METH_STATIC, "Create and return a new object."},
    {"__getitem__", proxy_getitem, METH_SLOT},
    {"__contains__", proxy_contains, METH_SLOT},
    {"__len__", proxy_len, METH_SLOT},
    {"__iter__", proxy_iter, METH_SLOT},
    {"__repr__", proxy_repr, METH_SLOT},
    {"__str__", proxy_str, METH_SLOT},
    {"__reversed__", proxy_reversed, METH_METHOD, "D.__reversed__() -> reverse iterator"},
    {"__or__", proxy_or, METH_SLOT},
    {"__ror__", proxy_ror, METH_SLOT},
    {"__ior__", proxy_ior, METH_SLOT},
    {"__lt__", proxy_lt, METH_SLOT},
    {"__le__", proxy_le, METH_SLOT},
    {"__eq__", proxy_eq, METH_SLOT},
    {"__ne__", proxy_ne, METH_SLOT},
    {"__gt__", proxy_gt, METH_SLOT},
    {"__ge__", proxy_ge, METH_SLOT},
    {"get", proxy_get, METH_METHOD,
     "Return the value for key if key is in the mapping, else default."},
    {"keys", proxy_keys, METH_METHOD, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", proxy_values, METH_METHOD, "D.values() -> an object providing a view on D's values"},
    {"items", proxy_items, METH_METHOD, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", proxy_copy, METH_METHOD, "D.copy() -> a shallow copy of D"},
    {}};

}  // namespace

Value make_mappingproxy(VM& vm, Value mapping) {
  auto* p = static_cast<MappingProxy*>(vm.heap.allocate(sizeof(MappingProxy)));
  if (!p) return raise_memory_error(vm);
  p->cls = vm.t.mappingproxy;
  p->mapping = mapping;
  return val(p);
}


void init_mappingproxy_type(VM& vm) {
  setup_builtin_type(vm, vm.t.mappingproxy, "mappingproxy", vm.t.object, &kProxyLayout, sizeof(MappingProxy),
                     TF_MAPPING, proxy_new);
  add_methods(vm, vm.t.mappingproxy, kProxyMethods);
  dict_set_cstr(vm, vm.t.mappingproxy->dict, "__hash__", Value::none());
  dict_set_cstr(vm, vm.t.mappingproxy->dict, "__doc__", make_str(vm, "Read-only proxy of a mapping."));
}

}  // namespace klass
