#include "types/singletons.h"

#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/int.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

const Layout kSingletonLayout{"singleton", nullptr, nullptr, sizeof(Obj), nullptr};

Value none_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 1 || (kw && kw->size)) return raise(vm, vm.e.TypeError, "NoneType takes no arguments");
  return Value::none();
}
Value none_repr(VM& vm, const Value*, size_t, Tuple*) { return make_str(vm, "None"); }
Value none_bool(VM& vm, const Value*, size_t, Tuple*) { return Value::boolean(false); }
Value none_hash(VM& vm, const Value*, size_t, Tuple*) { return make_int(vm, 0xFCA86420); }

Value ni_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 1 || (kw && kw->size)) return raise(vm, vm.e.TypeError, "NotImplementedType takes no arguments");
  return vm.not_implemented;
}
Value ni_repr(VM& vm, const Value*, size_t, Tuple*) { return make_str(vm, "NotImplemented"); }
Value ni_reduce(VM& vm, const Value*, size_t, Tuple*) { return make_str(vm, "NotImplemented"); }
Value ni_bool(VM& vm, const Value*, size_t, Tuple*) {
  // 3.11 still allows this (3.12 deprecates it): NotImplemented is true.
  return Value::boolean(true);
}

Value ellipsis_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 1 || (kw && kw->size)) return raise(vm, vm.e.TypeError, "ellipsis takes no arguments");
  return vm.ellipsis;
}
Value ellipsis_repr(VM& vm, const Value*, size_t, Tuple*) { return make_str(vm, "Ellipsis"); }

const MethodDef kNoneMethods[] = {{"__new__", none_new, METH_STATIC},
                                  {"__repr__", none_repr, METH_SLOT},
                                  {"__bool__", none_bool, METH_SLOT},
                                  {"__hash__", none_hash, METH_SLOT},
                                  {}};
const MethodDef kNotImplementedMethods[] = {{"__new__", ni_new, METH_STATIC},
                                            {"__repr__", ni_repr, METH_SLOT},
                                            {"__bool__", ni_bool, METH_SLOT},
                                            {"__reduce__", ni_reduce, 0},
                                            {}};
const MethodDef kEllipsisMethods[] = {
    {"__new__", ellipsis_new, METH_STATIC}, {"__repr__", ellipsis_repr, METH_SLOT}, {"__reduce__", ellipsis_repr, 0}, {}};

}  // namespace

void init_singleton_types(VM& vm) {
  setup_builtin_type(vm, vm.t.none, "NoneType", vm.t.object, &kSingletonLayout, sizeof(Obj), 0, none_new);
  add_methods(vm, vm.t.none, kNoneMethods);
  setup_builtin_type(vm, vm.t.not_implemented, "NotImplementedType", vm.t.object, &kSingletonLayout, sizeof(Obj), 0,
                     ni_new);
  add_methods(vm, vm.t.not_implemented, kNotImplementedMethods);
  setup_builtin_type(vm, vm.t.ellipsis, "ellipsis", vm.t.object, &kSingletonLayout, sizeof(Obj), 0, ellipsis_new);
  add_methods(vm, vm.t.ellipsis, kEllipsisMethods);
  Obj* ni = alloc_object(vm, vm.t.not_implemented);
  Obj* el = alloc_object(vm, vm.t.ellipsis);
  vm.not_implemented = val(ni);
  vm.ellipsis = val(el);
}

}  // namespace klass
