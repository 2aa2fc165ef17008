// The sys module.
#include <climits>
#include <string>

#include "modules/registry.h"
#include "modules/stdio.h"
#include "object/ops.h"
#include "types/dict.h"
#include "types/exception.h"
#include "types/int.h"
#include "types/list.h"
#include "types/misc.h"
#include "types/module.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/traceback.h"
#include "vm/vm.h"

namespace klass {

namespace {

Value sys_exit(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "exit", kw) || !check_nargs(vm, "exit", nargs, 0, 1)) return Value::error();
  Value a = nargs ? make_tuple(vm, {args[0]}) : vm.empty_tuple;
  if (!a.ok()) return a;
  return raise_with_args(vm, vm.e.SystemExit, a);
}

Value sys_getrecursionlimit(VM& vm, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "getrecursionlimit", nargs, 0, 0)) return Value::error();
  return make_int(vm, vm.recursion_limit);
}

Value sys_setrecursionlimit(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "setrecursionlimit", kw) || !check_nargs(vm, "setrecursionlimit", nargs, 1, 1))
    return Value::error();
  if (!is_int(vm, args[0]))
    return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[0]));
  int64_t n;
  if (!to_int64(vm, args[0], &n)) return Value::error();
  if (n < 1) return raise(vm, vm.e.ValueError, "recursion limit must be greater or equal than 1");
  if (n <= vm.depth)
    return raisef(vm, vm.e.RecursionError,
                  "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                  static_cast<long long>(n), vm.depth);
  vm.recursion_limit = n > INT_MAX ? INT_MAX : static_cast<int>(n);
  return Value::none();
}

Value sys_getframe(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_getframe", kw) || !check_nargs(vm, "_getframe", nargs, 0, 1)) return Value::error();
  int64_t depth = 0;
  if (nargs && !to_int64(vm, args[0], &depth)) return Value::error();
  Frame* f = vm.frame;
  while (f && depth > 0) {
    f = f->back;
    --depth;
  }
  if (!f) return raise(vm, vm.e.ValueError, "call stack is not deep enough");
  return frame_object(vm, f);
}

Value sys_exc_info(VM& vm, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "exc_info", nargs, 0, 0)) return Value::error();
  Value e = vm.handled_exc;
  if (!e.ok() || e.is_none()) return make_tuple(vm, {Value::none(), Value::none(), Value::none()});
  return make_tuple(vm, {val(type_of(vm, e)), e, e.as<ExceptionObj>()->traceback});
}

Value sys_exception(VM& vm, const Value*, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "exception", nargs, 0, 0)) return Value::error();
  Value e = vm.handled_exc;
  return e.ok() ? e : Value::none();
}

Value sys_intern(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "intern", kw) || !check_nargs(vm, "intern", nargs, 1, 1)) return Value::error();
  if (!is_exact(vm, args[0], vm.t.str))
    return raisef(vm, vm.e.TypeError, "intern() argument must be str, not %s", type_name(args[0]));
  return val(vm.intern(sv(args[0])));
}

Value sys_getsizeof(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs(vm, "getsizeof", nargs, 1, 2)) return Value::error();
  Value m = getattr_opt(vm, args[0], vm.intern("__sizeof__"));
  if (!m.ok()) {
    if (nargs == 2) return args[1];
    return vm.has_exc() ? m : raisef(vm, vm.e.TypeError, "Type %s doesn't define __sizeof__", type_name(args[0]));
  }
  return call0(vm, m);
}

Value sys_getrefcount(VM& vm, const Value*, size_t nargs, Tuple*) {
  // klass traces instead of counting references; programs that print this
  // get a plausible constant.
  return make_int(vm, 2);
}

Value sys_displayhook(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "displayhook", kw) || !check_nargs(vm, "displayhook", nargs, 1, 1)) return Value::error();
  Value v = args[0];
  if (v.is_none()) return Value::none();
  // builtins._ is cleared first so repr() cannot see the previous result.
  if (!dict_set_cstr(vm, vm.builtins, "_", Value::none())) return Value::error();
  Value out = getattr(vm, val(vm.sys_module), vm.n.stdout);
  if (!out.ok()) return out;
  if (out.is_none()) return raise(vm, vm.e.RuntimeError, "lost sys.stdout");
  Value r = repr(vm, v);
  if (!r.ok()) return r;
  Value line = make_str(vm, std::string(sv(r)) + "\n");
  if (!call_method(vm, out, vm.n.write, &line, 1).ok()) return Value::error();
  if (!dict_set_cstr(vm, vm.builtins, "_", v)) return Value::error();
  return Value::none();
}

Value sys_excepthook(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "excepthook", kw) || !check_nargs(vm, "excepthook", nargs, 3, 3)) return Value::error();
  print_exception(vm, args[1]);
  return Value::none();
}

const MethodDef kSysFunctions[] = {
    {"exit", sys_exit, METH_FUNCTION, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, METH_FUNCTION, "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, METH_FUNCTION, "Set the maximum depth of the Python interpreter stack to n."},
    {"_getframe", sys_getframe, METH_FUNCTION, "Return a frame object from the call stack."},
    {"exc_info", sys_exc_info, METH_FUNCTION, "Return current exception information: (type, value, traceback)."},
    {"exception", sys_exception, METH_FUNCTION, "Return the current exception."},
    {"intern", sys_intern, METH_FUNCTION, "``Intern'' the given string."},
    {"getsizeof", sys_getsizeof, METH_FUNCTION, "Return the size of object in bytes."},
    {"getrefcount", sys_getrefcount, METH_FUNCTION, "Return the reference count of object."},
    {"displayhook", sys_displayhook, METH_FUNCTION, "Print an object to sys.stdout and also save it in builtins._"},
    {"excepthook", sys_excepthook, METH_FUNCTION, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {}};

Value str_list(VM& vm, const std::vector<std::string>& items) {
  Value l = make_list(vm);
  if (!l.ok()) return l;
  for (const auto& s : items) {
    Value v = make_str(vm, s);
    if (!v.ok() || !list_append(vm, l.as<List>(), v)) return Value::error();
  }
  return l;
}

}  // namespace

bool init_sys_module(VM& vm, Module* m) {
  Dict* d = m->dict;
  add_functions(vm, d, val(m), kSysFunctions);
  auto set = [&](const char* name, Value v) { return v.ok() && dict_set_cstr(vm, d, name, v); };
  Value out = make_std_stream(vm, 1, "<stdout>", true);
  Value err = make_std_stream(vm, 2, "<stderr>", true);
  Value in = make_std_stream(vm, 0, "<stdin>", false);
  std::vector<std::string> path = vm.config.path;
  Value version_info = make_tuple(vm, {make_int(vm, 3), make_int(vm, 11), make_int(vm, 7), make_str(vm, "final"),
                                       make_int(vm, 0)});
  Value impl_name = make_str(vm, "klass");
  bool ok = set("argv", str_list(vm, vm.config.argv.empty() ? std::vector<std::string>{""} : vm.config.argv)) &&
            set("orig_argv", str_list(vm, vm.config.argv)) && set("path", str_list(vm, path)) &&
            set("modules", val(vm.modules)) && set("stdout", out) && set("stderr", err) && set("stdin", in) &&
            set("__stdout__", out) && set("__stderr__", err) && set("__stdin__", in) &&
            set("__displayhook__", dict_get_cstr(vm, d, "displayhook")) &&
            set("__excepthook__", dict_get_cstr(vm, d, "excepthook")) &&
            set("maxsize", make_int(vm, INT64_MAX)) && set("maxunicode", make_int(vm, 0x10ffff)) &&
            set("byteorder", make_str(vm, "little")) && set("platform", make_str(vm, "linux")) &&
            set("version", make_str(vm, "3.11.7 (klass)")) && set("version_info", version_info) &&
            set("hexversion", make_int(vm, 0x030b07f0)) && set("api_version", make_int(vm, 1013)) &&
            set("executable", make_str(vm, "")) && set("prefix", make_str(vm, "")) &&
            set("implementation_name", impl_name) && set("dont_write_bytecode", Value::boolean(true)) &&
            set("warnoptions", make_list(vm)) && set("meta_path", make_list(vm)) &&
            set("path_hooks", make_list(vm)) && set("path_importer_cache", make_dict(vm)) &&
            set("copyright", make_str(vm, "klass: an embeddable runtime in which classes are live objects."));
  return ok;
}

}  // namespace klass
