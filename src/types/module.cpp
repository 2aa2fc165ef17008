// module objects.
#include "types/module.h"

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/list.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

void trace_module(Obj* o, Tracer& t) { t.visit(static_cast<Module*>(o)->dict); }
const Layout kModuleLayout{"module", trace_module, nullptr};

Value module_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Obj* o = alloc_object(vm, args[0].as<Type>());
  if (!o) return Value::error();
  Value d = make_dict(vm);
  if (!d.ok()) return d;
  static_cast<Module*>(o)->dict = d.as<Dict>();
  return val(o);
}

Value module_init(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name", "doc"};
  Value a[2] = {Value::error(), Value::none()};
  Signature sig{"module", names, 2, 1};
  if (!bind_args(vm, sig, args + 1, nargs - 1, kwnames, a)) return Value::error();
  if (!isinstance_of(vm, a[0], vm.t.str))
    return raisef(vm, vm.e.TypeError, "module.__init__() argument 'name' must be str, not %s", type_name(a[0]));
  Dict* d = args[0].as<Module>()->dict;
  if (!dict_set_str(vm, d, vm.n.__name__, a[0]) || !dict_set_str(vm, d, vm.n.__doc__, a[1]) ||
      !dict_set_str(vm, d, vm.n.__package__, Value::none()) || !dict_set_str(vm, d, vm.n.__loader__, Value::none()) ||
      !dict_set_str(vm, d, vm.n.__spec__, Value::none()))
    return Value::error();
  return Value::none();
}

Value module_repr(VM& vm, const Value* args, size_t, Tuple*) {
  Dict* d = args[0].as<Module>()->dict;
  Value name = dict_get_str(d, vm.n.__name__);
  std::string n = name.ok() && isinstance_of(vm, name, vm.t.str) ? std::string(sv(name)) : "?";
  Value file = dict_get_str(d, vm.n.__file__);
  if (file.ok() && isinstance_of(vm, file, vm.t.str))
    return make_str(vm, "<module '" + n + "' from '" + std::string(sv(file)) + "'>");
  return make_str(vm, "<module '" + n + "' (built-in)>");
}

Value module_getattribute(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Str* name = args[1].as<Str>();
  Value r = generic_getattr(vm, args[0], name, true);
  if (r.ok() || vm.has_exc()) return r;
  // PEP 562: a module-level __getattr__.
  Dict* d = args[0].as<Module>()->dict;
  Value ga = dict_get_cstr(vm, d, "__getattr__");
  if (ga.ok()) return call1(vm, ga, args[1]);
  return raise_attribute_error(vm, args[0], args[1]);
}

Value module_dir(VM& vm, const Value* args, size_t, Tuple*) {
  Dict* d = args[0].as<Module>()->dict;
  Value custom = dict_get_cstr(vm, d, "__dir__");
  if (custom.ok()) return call0(vm, custom);
  return list_from_iterable(vm, val(d));
}

Value get_dict(VM& vm, Value self) { return val(self.as<Module>()->dict); }

const MethodDef kModuleMethods[] = {{"__new__", module_new, METH_STATIC},
                                    {"__init__", module_init, METH_SLOT},
                                    {"__repr__", module_repr, METH_SLOT},
                                    {"__getattribute__", module_getattribute, METH_SLOT},
                                    {"__dir__", module_dir, 0},
                                    {}};
const GetSetDef kModuleGetSets[] = {{"__dict__", get_dict}, {}};

}  // namespace

Module* make_module(VM& vm, Str* name) {
  Obj* o = alloc_object(vm, vm.t.module);
  if (!o) return nullptr;
  auto* m = static_cast<Module*>(o);
  Value d = make_dict(vm);
  if (!d.ok()) return nullptr;
  m->dict = d.as<Dict>();
  dict_set_str(vm, m->dict, vm.n.__name__, val(name));
  dict_set_str(vm, m->dict, vm.n.__doc__, Value::none());
  dict_set_str(vm, m->dict, vm.n.__package__, Value::none());
  dict_set_str(vm, m->dict, vm.n.__loader__, Value::none());
  dict_set_str(vm, m->dict, vm.n.__spec__, Value::none());
  return m;
}

void init_module_type(VM& vm) {
  setup_builtin_type(vm, vm.t.module, "module", vm.t.object, &kModuleLayout, sizeof(Module), TF_BASETYPE,
                     module_new);
  vm.t.module->dict_offset = offsetof(Module, dict);
  add_methods(vm, vm.t.module, kModuleMethods);
  add_getsets(vm, vm.t.module, kModuleGetSets);
}

}  // namespace klass
