// The import system: sys.modules first, then native modules, then the
// library embedded in the binary, then source files along sys.path (or the
// parent package's __path__). Packages are folders with an __init__.py.
#include "modules/import.h"

#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <string>

#include "modules/registry.h"
#include "object/ops.h"
#include "types/code.h"
#include "types/dict.h"
#include "types/exception.h"
#include "types/list.h"
#include "types/module.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/interpreter.h"
#include "vm/source.h"
#include "vm/vm.h"

namespace klass {

namespace {

bool is_file(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

Value module_not_found(VM& vm, std::string_view name) {
  Value msg = make_str(vm, "No module named '" + std::string(name) + "'");
  Value exc = make_exception(vm, vm.e.ModuleNotFoundError, make_tuple(vm, {msg}));
  if (!exc.ok()) return exc;
  setattr(vm, exc, vm.n.name, make_str(vm, name));
  return raise_value(vm, exc);
}

// Runs `source` as module `name` (already in sys.modules) in its dict.
bool exec_module_source(VM& vm, Module* m, std::string_view source, const std::string& filename) {
  Code* code = compile_source(vm, source, filename, SourceMode::Exec);
  if (!code) return false;
  return run_code(vm, code, m->dict, Value::error()).ok();
}

// Creates, registers and executes a module from source. On failure the module
// is removed from sys.modules again.
Value load_source_module(VM& vm, std::string_view name, std::string_view source, const std::string& filename,
                         const std::string* package_dir) {
  Str* n = vm.intern(name);
  Module* m = make_module(vm, n);
  if (!m) return Value::error();
  Dict* d = m->dict;
  dict_set_str(vm, d, vm.n.__file__, make_str(vm, filename));
  dict_set_str(vm, d, vm.n.__builtins__, val(vm.builtins_module));
  if (package_dir) {
    Value path = make_list(vm);
    list_append(vm, path.as<List>(), make_str(vm, *package_dir));
    dict_set_str(vm, d, vm.n.__path__, path);
    dict_set_str(vm, d, vm.n.__package__, val(n));
  } else {
    size_t dot = name.rfind('.');
    dict_set_str(vm, d, vm.n.__package__, make_str(vm, dot == std::string_view::npos ? "" : name.substr(0, dot)));
  }
  if (!dict_set(vm, vm.modules, val(n), val(m))) return Value::error();
  if (!exec_module_source(vm, m, source, filename)) {
    Value saved = take_exc(vm);
    dict_del(vm, vm.modules, val(n));
    clear_exc(vm);
    vm.current_exc = saved;
    return Value::error();
  }
  // The module may have replaced itself in sys.modules.
  Value final = dict_get_str(vm.modules, n);
  return final.ok() ? final : val(m);
}

// Where the source of `name` is: embedded, or a file along the search path.
// Returns false (nothing raised) when not found; package_dir is set for packages.
bool locate_source(VM& vm, std::string_view name, std::string* source, std::string* filename,
                   std::string* package_dir, bool* is_package) {
  std::string_view embedded;
  bool pkg = false;
  if (find_embedded_module(name, &embedded, &pkg)) {
    *source = std::string(embedded);
    *filename = "<klass>/" + std::string(name) + (pkg ? "/__init__.py" : ".py");
    *package_dir = "<klass>/" + std::string(name);
    *is_package = pkg;
    return true;
  }
  size_t dot = name.rfind('.');
  std::string_view last = dot == std::string_view::npos ? name : name.substr(dot + 1);
  Value search;
  if (dot != std::string_view::npos) {
    Value parent = dict_get_str(vm.modules, vm.intern(name.substr(0, dot)));
    if (!parent.ok()) return false;
    search = getattr_opt(vm, parent, vm.n.__path__);
  } else {
    search = getattr_opt(vm, val(vm.sys_module), vm.n.path);
  }
  if (!search.ok()) return false;
  Value it = get_iter(vm, search);
  if (!it.ok()) return false;
  for (;;) {
    Value entry = iter_next(vm, it);
    if (!entry.ok()) return false;
    if (!isinstance_of(vm, entry, vm.t.str)) continue;
    std::string dir(sv(entry));
    if (dir.empty()) dir = ".";
    std::string pkgdir = dir + "/" + std::string(last);
    std::string init = pkgdir + "/__init__.py";
    std::string file = pkgdir + ".py";
    if (is_file(init) && read_file(init, source)) {
      *filename = init;
      *package_dir = pkgdir;
      *is_package = true;
      return true;
    }
    if (is_file(file) && read_file(file, source)) {
      *filename = file;
      *is_package = false;
      return true;
    }
  }
}

// Finds and loads `name` (absolute, its parent already imported).
Value find_and_load(VM& vm, std::string_view name) {
  if (NativeModuleInit init = find_native_module(name)) {
    Str* n = vm.intern(name);
    Module* m = make_module(vm, n);
    if (!m || !dict_set(vm, vm.modules, val(n), val(m))) return Value::error();
    if (!init(vm, m)) {
      Value saved = take_exc(vm);
      dict_del(vm, vm.modules, val(n));
      vm.current_exc = saved;
      return Value::error();
    }
    return val(m);
  }
  size_t dot = name.rfind('.');
  if (dot != std::string_view::npos) {
    Value parent = dict_get_str(vm.modules, vm.intern(name.substr(0, dot)));
    if (!parent.ok()) return module_not_found(vm, name);
    Value path = getattr_opt(vm, parent, vm.n.__path__);
    if (!path.ok()) {
      if (vm.has_exc()) return Value::error();
      return raisef(vm, vm.e.ModuleNotFoundError, "No module named '%.*s'; '%.*s' is not a package",
                    static_cast<int>(name.size()), name.data(), static_cast<int>(dot), name.data());
    }
  }
  std::string source, filename, package_dir;
  bool is_pkg = false;
  if (locate_source(vm, name, &source, &filename, &package_dir, &is_pkg))
    return load_source_module(vm, name, source, filename, is_pkg ? &package_dir : nullptr);
  if (vm.has_exc()) return Value::error();
  return module_not_found(vm, name);
}

// The package a module's globals belong to, for relative imports.
bool resolve_package(VM& vm, Dict* globals, std::string* out) {
  Value pkg = globals ? dict_get_str(globals, vm.n.__package__) : Value::error();
  if (pkg.ok() && !pkg.is_none()) {
    if (!isinstance_of(vm, pkg, vm.t.str)) {
      raise(vm, vm.e.TypeError, "package must be a string");
      return false;
    }
    *out = std::string(sv(pkg));
    return true;
  }
  Value name = globals ? dict_get_str(globals, vm.n.__name__) : Value::error();
  if (!name.ok() || !isinstance_of(vm, name, vm.t.str)) {
    raise(vm, vm.e.KeyError, "'__name__' not in globals");
    return false;
  }
  std::string n(sv(name));
  if (dict_get_str(globals, vm.n.__path__).ok()) {
    *out = n;
  } else {
    size_t dot = n.rfind('.');
    *out = dot == std::string::npos ? "" : n.substr(0, dot);
  }
  return true;
}

Value handle_fromlist(VM& vm, Value module, Value fromlist) {
  Value path = getattr_opt(vm, module, vm.n.__path__);
  if (!path.ok()) {
    clear_exc(vm);
    return module;
  }
  Value it = get_iter(vm, fromlist);
  if (!it.ok()) return it;
  Value mname = getattr(vm, module, vm.n.__name__);
  if (!mname.ok()) return mname;
  for (;;) {
    Value item = iter_next(vm, it);
    if (!item.ok()) return vm.has_exc() ? Value::error() : module;
    if (!isinstance_of(vm, item, vm.t.str))
      return raisef(vm, vm.e.TypeError, "Item in %s.__all__ must be str, not %s", sv(mname).data(), type_name(item));
    std::string_view n = sv(item);
    if (n == "*") {
      Value all = getattr_opt(vm, module, vm.n.__all__);
      if (all.ok()) {
        Value r = handle_fromlist(vm, module, all);
        if (!r.ok()) return r;
      }
      clear_exc(vm);
      continue;
    }
    if (getattr_opt(vm, module, vm.intern(n)).ok()) continue;
    clear_exc(vm);
    std::string full = std::string(sv(mname)) + "." + std::string(n);
    Value sub = import_absolute(vm, full);
    if (!sub.ok()) {
      // Only a missing submodule of exactly that name is ignored.
      if (exc_matches(vm, vm.e.ModuleNotFoundError)) {
        Value exc = vm.current_exc;
        Value en = getattr_opt(vm, exc, vm.n.name);
        if (en.ok() && isinstance_of(vm, en, vm.t.str) && sv(en) == full) {
          clear_exc(vm);
          continue;
        }
        vm.current_exc = exc;
      }
      return Value::error();
    }
  }
}

}  // namespace

Value import_absolute(VM& vm, std::string_view name) {
  Value m = dict_get_str(vm.modules, vm.intern(name));
  if (m.ok()) {
    if (m.is_none()) return module_not_found(vm, name);
    return m;
  }
  size_t dot = name.rfind('.');
  if (dot != std::string_view::npos) {
    Value parent = import_absolute(vm, name.substr(0, dot));
    if (!parent.ok()) return parent;
    // Importing the parent may have imported us.
    m = dict_get_str(vm.modules, vm.intern(name));
    if (m.ok()) return m;
  }
  m = find_and_load(vm, name);
  if (!m.ok()) return m;
  if (dot != std::string_view::npos) {
    Value parent = dict_get_str(vm.modules, vm.intern(name.substr(0, dot)));
    if (parent.ok() && !setattr(vm, parent, vm.intern(name.substr(dot + 1)), m)) return Value::error();
  }
  return m;
}

bool find_module_source(VM& vm, std::string_view name, std::string* source, std::string* filename) {
  size_t dot = name.rfind('.');
  if (dot != std::string_view::npos && !import_absolute(vm, name.substr(0, dot)).ok()) return false;
  std::string package_dir;
  bool is_pkg = false;
  if (!locate_source(vm, name, source, filename, &package_dir, &is_pkg)) {
    if (!vm.has_exc()) module_not_found(vm, name);
    return false;
  }
  if (is_pkg) {
    // `klass -m package` runs package.__main__.
    return find_module_source(vm, std::string(name) + ".__main__", source, filename);
  }
  return true;
}

Value import_module_level(VM& vm, Str* name, Dict* globals, Value fromlist, int level) {
  std::string full(name->view());
  if (level > 0) {
    std::string package;
    if (!resolve_package(vm, globals, &package)) return Value::error();
    if (package.empty()) return raise(vm, vm.e.ImportError, "attempted relative import with no known parent package");
    std::string base = package;
    for (int i = 1; i < level; ++i) {
      size_t dot = base.rfind('.');
      if (dot == std::string::npos) return raise(vm, vm.e.ImportError, "attempted relative import beyond top-level package");
      base = base.substr(0, dot);
    }
    full = full.empty() ? base : base + "." + full;
  } else if (full.empty()) {
    return raise(vm, vm.e.ValueError, "Empty module name");
  }
  Value m = import_absolute(vm, full);
  if (!m.ok()) return m;
  bool has_fromlist = fromlist.ok() && !fromlist.is_none();
  if (has_fromlist) {
    int t = truthy(vm, fromlist);
    if (t < 0) return Value::error();
    has_fromlist = t;
  }
  if (!has_fromlist) {
    if (level == 0) {
      size_t dot = full.find('.');
      if (dot == std::string::npos) return m;
      return import_absolute(vm, full.substr(0, dot));
    }
    if (name->size == 0) return m;
    // `import .a.b` is not valid syntax; __import__('a.b', level=1) returns the first part.
    std::string_view first = name->view().substr(0, name->view().find('.'));
    size_t cut = full.size() - name->size + first.size();
    return import_absolute(vm, full.substr(0, cut));
  }
  return handle_fromlist(vm, m, fromlist);
}

Value import_from(VM& vm, Value module, Str* name) {
  Value v = getattr_opt(vm, module, name);
  if (v.ok() || vm.has_exc()) return v;
  // A submodule imported (and registered) but not yet set as an attribute.
  Value mname = getattr_opt(vm, module, vm.n.__name__);
  clear_exc(vm);
  if (mname.ok() && isinstance_of(vm, mname, vm.t.str)) {
    std::string full = std::string(sv(mname)) + "." + std::string(name->view());
    Value sub = dict_get_str(vm.modules, vm.intern(full));
    if (sub.ok()) return sub;
  }
  std::string mn = mname.ok() && isinstance_of(vm, mname, vm.t.str) ? std::string(sv(mname)) : "<unknown module name>";
  Value file = getattr_opt(vm, module, vm.n.__file__);
  clear_exc(vm);
  std::string where = file.ok() && isinstance_of(vm, file, vm.t.str) ? std::string(sv(file)) : "unknown location";
  std::string msg = "cannot import name '" + std::string(name->view()) + "' from '" + mn + "' (" + where + ")";
  Value exc = make_exception(vm, vm.e.ImportError, make_tuple(vm, {make_str(vm, msg)}));
  if (!exc.ok()) return exc;
  setattr(vm, exc, vm.n.name, make_str(vm, mn));
  setattr(vm, exc, vm.n.path, file.ok() ? file : Value::none());
  return raise_value(vm, exc);
}

bool import_star(VM& vm, Value module, Value locals) {
  Value all = getattr_opt(vm, module, vm.n.__all__);
  if (!all.ok() && vm.has_exc()) return false;
  bool skip_private = !all.ok();
  if (!all.ok()) {
    all = getattr(vm, module, vm.n.__dict__);
    if (!all.ok()) return false;
    all = list_from_iterable(vm, all);
    if (!all.ok()) return false;
  }
  Value it = get_iter(vm, all);
  if (!it.ok()) return false;
  for (;;) {
    Value n = iter_next(vm, it);
    if (!n.ok()) return !vm.has_exc();
    if (!isinstance_of(vm, n, vm.t.str)) {
      raisef(vm, vm.e.TypeError, "%s in %s.__all__ must be str, not %s", skip_private ? "Key" : "Item", "module",
             type_name(n));
      return false;
    }
    if (skip_private && sv(n).size() && sv(n)[0] == '_') continue;
    Value v = getattr(vm, module, vm.intern(sv(n)));
    if (!v.ok()) return false;
    if (!set_item(vm, locals, n, v)) return false;
  }
}



}  // namespace klass
