// function, method (bound) and cell objects.
#include "types/function.h"

#include <cstdio>
#include <string>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/code.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

void trace_function(Obj* o, Tracer& t) {
  auto* f = static_cast<Function*>(o);
  t.visit(f->code);
  t.visit(f->globals);
  t.visit(f->builtins);
  t.visit(f->defaults);
  t.visit(f->kwdefaults);
  t.visit(f->closure);
  t.visit(f->name);
  t.visit(f->qualname);
  t.visit(f->doc);
  t.visit(f->module);
  t.visit(f->annotations);
  t.visit(f->dict);
}
void trace_method(Obj* o, Tracer& t) {
  auto* m = static_cast<Method*>(o);
  t.visit(m->func);
  t.visit(m->self);
}
void trace_cell(Obj* o, Tracer& t) { t.visit(static_cast<Cell*>(o)->contents); }

const Layout kFunctionLayout{"function", trace_function, nullptr};
const Layout kMethodLayout{"method", trace_method, nullptr};
const Layout kCellLayout{"cell", trace_cell, nullptr};

std::string addr(Value v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v.bits()));
  return buf;
}

Function* fn_of(Value v) { return v.as<Function>(); }

// ---- function ----

Value function_repr(VM& vm, const Value* args, size_t, Tuple*) {
  return make_str(vm, "<function " + std::string(fn_of(args[0])->qualname->view()) + " at " + addr(args[0]) + ">");
}
Value function_get(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 2 || args[1].is_none()) return args[0];
  return make_method(vm, args[0], args[1]);
}
Value function_call(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return call(vm, args[0], args + 1, nargs - 1, kw);
}
Value function_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"code", "globals", "name", "argdefs", "closure"};
  Value a[5] = {Value::error(), Value::error(), Value::none(), Value::none(), Value::none()};
  Signature sig{"function", names, 5, 2};
  if (!bind_args(vm, sig, args + 1, nargs - 1, kwnames, a)) return Value::error();
  if (!is_exact(vm, a[0], vm.t.code))
    return raisef(vm, vm.e.TypeError, "function() argument 'code' must be code, not %s", type_name(a[0]));
  if (!isinstance_of(vm, a[1], vm.t.dict))
    return raisef(vm, vm.e.TypeError, "function() argument 'globals' must be dict, not %s", type_name(a[1]));
  Code* c = a[0].as<Code>();
  Value f = make_function(vm, c, a[1].as<Dict>(), c->qualname);
  if (!f.ok()) return f;
  Function* fn = f.as<Function>();
  if (!a[2].is_none()) {
    if (!isinstance_of(vm, a[2], vm.t.str)) return raise(vm, vm.e.TypeError, "arg 3 (name) must be None or string");
    fn->name = a[2].as<Str>();
  }
  if (!a[3].is_none()) {
    if (!isinstance_of(vm, a[3], vm.t.tuple)) return raise(vm, vm.e.TypeError, "arg 4 (defaults) must be None or tuple");
    fn->defaults = a[3].as<Tuple>();
  }
  if (!a[4].is_none()) {
    if (!isinstance_of(vm, a[4], vm.t.tuple)) return raise(vm, vm.e.TypeError, "arg 5 (closure) must be tuple");
    fn->closure = a[4].as<Tuple>();
  }
  if (static_cast<size_t>(c->nfree) != (fn->closure ? fn->closure->size : 0))
    return raisef(vm, vm.e.ValueError, "%s requires closure of length %d, not %zu", c->name->data(), c->nfree,
                  fn->closure ? fn->closure->size : 0);
  return f;
}

Value get_fname(VM& vm, Value self) { return val(fn_of(self)->name); }
bool set_fname(VM& vm, Value self, Value v) {
  if (!v.ok() || !isinstance_of(vm, v, vm.t.str)) {
    raise(vm, vm.e.TypeError, "__name__ must be set to a string object");
    return false;
  }
  fn_of(self)->name = v.as<Str>();
  return true;
}
Value get_fqualname(VM& vm, Value self) { return val(fn_of(self)->qualname); }
bool set_fqualname(VM& vm, Value self, Value v) {
  if (!v.ok() || !isinstance_of(vm, v, vm.t.str)) {
    raise(vm, vm.e.TypeError, "__qualname__ must be set to a string object");
    return false;
  }
  fn_of(self)->qualname = v.as<Str>();
  return true;
}
Value get_code(VM& vm, Value self) { return val(fn_of(self)->code); }
bool set_code(VM& vm, Value self, Value v) {
  if (!v.ok() || !is_exact(vm, v, vm.t.code)) {
    raise(vm, vm.e.TypeError, "__code__ must be set to a code object");
    return false;
  }
  Function* f = fn_of(self);
  size_t nclosure = f->closure ? f->closure->size : 0;
  if (static_cast<size_t>(v.as<Code>()->nfree) != nclosure) {
    raisef(vm, vm.e.ValueError, "%s() requires a code object with %zu free vars, not %d", f->name->data(), nclosure,
           v.as<Code>()->nfree);
    return false;
  }
  f->code = v.as<Code>();
  ++f->version;
  return true;
}
Value get_defaults(VM& vm, Value self) {
  Function* f = fn_of(self);
  return f->defaults ? val(f->defaults) : Value::none();
}
bool set_defaults(VM& vm, Value self, Value v) {
  Function* f = fn_of(self);
  if (!v.ok() || v.is_none()) {
    f->defaults = nullptr;
  } else if (!isinstance_of(vm, v, vm.t.tuple)) {
    raise(vm, vm.e.TypeError, "__defaults__ must be set to a tuple object");
    return false;
  } else {
    f->defaults = v.as<Tuple>()->size ? v.as<Tuple>() : nullptr;
  }
  ++f->version;
  return true;
}
Value get_kwdefaults(VM& vm, Value self) {
  Function* f = fn_of(self);
  return f->kwdefaults ? val(f->kwdefaults) : Value::none();
}
bool set_kwdefaults(VM& vm, Value self, Value v) {
  Function* f = fn_of(self);
  if (!v.ok() || v.is_none()) {
    f->kwdefaults = nullptr;
  } else if (!isinstance_of(vm, v, vm.t.dict)) {
    raise(vm, vm.e.TypeError, "__kwdefaults__ must be set to a dict object");
    return false;
  } else {
    f->kwdefaults = v.as<Dict>();
  }
  ++f->version;
  return true;
}
Value get_globals(VM& vm, Value self) { return val(fn_of(self)->globals); }
Value get_builtins(VM& vm, Value self) { return val(fn_of(self)->builtins); }
Value get_closure(VM& vm, Value self) {
  Function* f = fn_of(self);
  return f->closure ? val(f->closure) : Value::none();
}
Value get_fdoc(VM& vm, Value self) { return fn_of(self)->doc; }
bool set_fdoc(VM& vm, Value self, Value v) {
  fn_of(self)->doc = v.ok() ? v : Value::none();
  return true;
}
Value get_fmodule(VM& vm, Value self) { return fn_of(self)->module; }
bool set_fmodule(VM& vm, Value self, Value v) {
  fn_of(self)->module = v.ok() ? v : Value::none();
  return true;
}
Value get_fdict(VM& vm, Value self) {
  Function* f = fn_of(self);
  if (!f->dict) {
    Value d = make_dict(vm);
    if (!d.ok()) return d;
    f->dict = d.as<Dict>();
  }
  return val(f->dict);
}
bool set_fdict(VM& vm, Value self, Value v) {
  if (!v.ok() || !isinstance_of(vm, v, vm.t.dict)) {
    raise(vm, vm.e.TypeError, "__dict__ must be set to a dictionary, not a '" + type_name_str(v) + "'");
    return false;
  }
  fn_of(self)->dict = v.as<Dict>();
  return true;
}
Value get_annotations(VM& vm, Value self) {
  Function* f = fn_of(self);
  if (!f->annotations) {
    Value d = make_dict(vm);
    if (!d.ok()) return d;
    f->annotations = d.as<Dict>();
  }
  return val(f->annotations);
}
bool set_annotations(VM& vm, Value self, Value v) {
  Function* f = fn_of(self);
  if (!v.ok() || v.is_none()) {
    f->annotations = nullptr;
    return true;
  }
  if (!isinstance_of(vm, v, vm.t.dict)) {
    raise(vm, vm.e.TypeError, "__annotations__ must be set to a dict object");
    return false;
  }
  f->annotations = v.as<Dict>();
  return true;
}

// ---- bound method ----

Value method_repr(VM& vm, const Value* args, size_t, Tuple*) {
  auto* m = args[0].as<Method>();
  Value name = getattr_opt(vm, m->func, vm.n.__qualname__);
  if (!name.ok()) {
    if (vm.has_exc()) return name;
    name = getattr_opt(vm, m->func, vm.n.__name__);
  }
  std::string n = name.ok() && isinstance_of(vm, name, vm.t.str) ? std::string(sv(name)) : "?";
  Value r = repr(vm, m->self);
  if (!r.ok()) return r;
  return make_str(vm, "<bound method " + n + " of " + std::string(sv(r)) + ">");
}
Value method_eq(VM& vm, const Value* args, size_t, Tuple*) {
  if (!is_exact(vm, args[1], vm.t.method)) return vm.not_implemented;
  auto* a = args[0].as<Method>();
  auto* b = args[1].as<Method>();
  if (a->self != b->self) return Value::boolean(false);
  int e = equals(vm, a->func, b->func);
  if (e < 0) return Value::error();
  return Value::boolean(e);
}
Value method_hash(VM& vm, const Value* args, size_t, Tuple*) {
  auto* m = args[0].as<Method>();
  int64_t h;
  if (!hash(vm, m->func, &h)) return Value::error();
  uint64_t s = m->self.bits();
  return make_int(vm, h ^ static_cast<int64_t>((s >> 4) | (s << 60)));
}
Value method_get(VM& vm, const Value* args, size_t, Tuple*) { return args[0]; }
Value method_call(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return call(vm, args[0], args + 1, nargs - 1, kw);
}
Value method_getattribute(VM& vm, const Value* args, size_t nargs, Tuple*) {
  // Unknown attributes of a bound method come from its function.
  Value r = generic_getattr(vm, args[0], args[1].as<Str>(), true);
  if (r.ok() || vm.has_exc()) return r;
  return getattr(vm, args[0].as<Method>()->func, args[1].as<Str>());
}
Value method_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "method", kw) || !check_nargs(vm, "method", nargs - 1, 2, 2)) return Value::error();
  if (!is_callable(vm, args[1])) return raise(vm, vm.e.TypeError, "first argument must be callable");
  if (args[2].is_none()) return raise(vm, vm.e.TypeError, "instance must not be None");
  return make_method(vm, args[1], args[2]);
}
Value get_mfunc(VM& vm, Value self) { return self.as<Method>()->func; }
Value get_mself(VM& vm, Value self) { return self.as<Method>()->self; }
Value get_mdoc(VM& vm, Value self) { return getattr(vm, self.as<Method>()->func, vm.n.__doc__); }

// ---- cell ----

Value cell_repr(VM& vm, const Value* args, size_t, Tuple*) {
  auto* c = args[0].as<Cell>();
  if (!c->contents.ok()) return make_str(vm, "<cell at " + addr(args[0]) + ": empty>");
  return make_str(vm, "<cell at " + addr(args[0]) + ": " + type_name_str(c->contents) + " object at " +
                          addr(c->contents) + ">");
}
Value cell_eq(VM& vm, const Value* args, size_t, Tuple*) {
  if (!is_exact(vm, args[1], vm.t.cell)) return vm.not_implemented;
  Value a = args[0].as<Cell>()->contents, b = args[1].as<Cell>()->contents;
  if (!a.ok() || !b.ok()) return Value::boolean(!a.ok() && !b.ok());
  return compare(vm, CompareOp::Eq, a, b);
}
Value cell_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "cell", kw) || !check_nargs(vm, "cell", nargs - 1, 0, 1)) return Value::error();
  return make_cell(vm, nargs > 1 ? args[1] : Value::error());
}
Value get_contents(VM& vm, Value self) {
  Value v = self.as<Cell>()->contents;
  if (!v.ok()) return raise(vm, vm.e.ValueError, "Cell is empty");
  return v;
}
bool set_contents(VM& vm, Value self, Value v) {
  self.as<Cell>()->contents = v;
  return true;
}

const MethodDef kFunctionMethods[] = {{"__new__", function_new, METH_STATIC},
                                      {"__repr__", function_repr, METH_SLOT},
                                      {"__get__", function_get, METH_SLOT},
                                      {"__call__", function_call, METH_SLOT},
                                      {}};
const GetSetDef kFunctionGetSets[] = {{"__name__", get_fname, set_fname},
                                      {"__qualname__", get_fqualname, set_fqualname},
                                      {"__code__", get_code, set_code},
                                      {"__defaults__", get_defaults, set_defaults},
                                      {"__kwdefaults__", get_kwdefaults, set_kwdefaults},
                                      {"__globals__", get_globals},
                                      {"__builtins__", get_builtins},
                                      {"__closure__", get_closure},
                                      {"__doc__", get_fdoc, set_fdoc},
                                      {"__module__", get_fmodule, set_fmodule},
                                      {"__dict__", get_fdict, set_fdict},
                                      {"__annotations__", get_annotations, set_annotations},
                                      {}};
const MethodDef kMethodMethods[] = {{"__new__", method_new, METH_STATIC},
                                    {"__repr__", method_repr, METH_SLOT},
                                    {"__eq__", method_eq, METH_SLOT},
                                    {"__hash__", method_hash, METH_SLOT},
                                    {"__get__", method_get, METH_SLOT},
                                    {"__call__", method_call, METH_SLOT},
                                    {"__getattribute__", method_getattribute, METH_SLOT},
                                    {}};
const GetSetDef kMethodGetSets[] = {
    {"__func__", get_mfunc}, {"__self__", get_mself}, {"__doc__", get_mdoc}, {}};
const MethodDef kCellMethods[] = {{"__new__", cell_new, METH_STATIC},
                                  {"__repr__", cell_repr, METH_SLOT},
                                  {"__eq__", cell_eq, METH_SLOT},
                                  {}};
const GetSetDef kCellGetSets[] = {{"cell_contents", get_contents, set_contents}, {}};

}  // namespace

Value make_cell(VM& vm, Value contents) {
  Obj* o = alloc_object(vm, vm.t.cell);
  if (!o) return Value::error();
  static_cast<Cell*>(o)->contents = contents;
  return val(o);
}

Value make_function(VM& vm, Code* code, Dict* globals, Str* qualname) {
  Obj* o = alloc_object(vm, vm.t.function);
  if (!o) return Value::error();
  auto* f = static_cast<Function*>(o);
  f->code = code;
  f->globals = globals;
  f->builtins = vm.builtins;
  f->name = code->name;
  f->qualname = qualname;
  // The docstring is consts[0] when it is a str (compile/code_unit.h).
  f->doc = Value::none();
  if (code->consts->size > 0 && is_exact(vm, (*code->consts)[0], vm.t.str)) f->doc = (*code->consts)[0];
  Value mod = dict_get_str(globals, vm.n.__name__);
  f->module = mod.ok() ? mod : Value::none();
  return val(o);
}

Value make_method(VM& vm, Value func, Value self) {
  Obj* o = alloc_object(vm, vm.t.method);
  if (!o) return Value::error();
  auto* m = static_cast<Method*>(o);
  m->func = func;
  m->self = self;
  return val(o);
}

void init_function_types(VM& vm) {
  setup_builtin_type(vm, vm.t.function, "function", vm.t.object, &kFunctionLayout, sizeof(Function), 0);
  // Function attributes (f.attr = x) live in the function's own dict.
  vm.t.function->dict_offset = offsetof(Function, dict);
  add_methods(vm, vm.t.function, kFunctionMethods);
  add_getsets(vm, vm.t.function, kFunctionGetSets);
  setup_builtin_type(vm, vm.t.method, "method", vm.t.object, &kMethodLayout, sizeof(Method), 0);
  add_methods(vm, vm.t.method, kMethodMethods);
  add_getsets(vm, vm.t.method, kMethodGetSets);
  setup_builtin_type(vm, vm.t.cell, "cell", vm.t.object, &kCellLayout, sizeof(Cell), 0);
  add_methods(vm, vm.t.cell, kCellMethods);
  add_getsets(vm, vm.t.cell, kCellGetSets);
}

}  // namespace klass
