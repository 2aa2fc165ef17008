#include "cli/runner.h"

#include <unistd.h>

#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/repl.h"
#include "modules/import.h"
#include "modules/stdio.h"
#include "object/ops.h"
#include "types/code.h"
#include "types/dict.h"
#include "types/exception.h"
#include "types/int.h"
#include "types/module.h"
#include "types/str.h"
#include "vm/errors.h"
#include "vm/interpreter.h"
#include "vm/source.h"
#include "vm/traceback.h"
#include "vm/vm.h"

namespace klass::cli {

namespace {

// The VM the SIGINT handler interrupts (the command runs one VM).
VM* g_interrupt_target = nullptr;

void on_sigint(int) {
  if (g_interrupt_target) g_interrupt_target->pending_signal = 1;
}

std::string absolute_dir_of(const std::string& path) {
  std::string dir = ".";
  size_t slash = path.rfind('/');
  if (slash != std::string::npos) dir = slash == 0 ? "/" : path.substr(0, slash);
  char buf[PATH_MAX];
  if (::realpath(dir.c_str(), buf)) return buf;
  return dir;
}

// Exit code for an uncaught exception (printing it, or SystemExit's message).
int report_uncaught(VM& vm) {
  Value exc = take_exc(vm);
  if (isinstance_of(vm, exc, vm.e.SystemExit)) {
    Value code = getattr_opt(vm, exc, vm.n.code);
    clear_exc(vm);
    if (!code.ok() || code.is_none()) return 0;
    int64_t n;
    if (is_int(vm, code) && int_to_int64(code.is_bool() ? Value::small_int(code.is_true()) : code, &n))
      return static_cast<int>(n & 0xff);
    Value s = to_str(vm, code);
    if (s.ok()) {
      Value err = getattr_opt(vm, val(vm.sys_module), vm.n.stderr);
      Value line = make_str(vm, std::string(sv(s)) + "\n");
      if (err.ok() && !err.is_none()) call_method(vm, err, vm.n.write, &line, 1);
    }
    clear_exc(vm);
    return 1;
  }
  // Let a replaced sys.excepthook handle it, as CPython does.
  Value hook = getattr_opt(vm, val(vm.sys_module), vm.n.excepthook);
  Value orig = getattr_opt(vm, val(vm.sys_module), vm.intern("__excepthook__"));
  clear_exc(vm);
  if (hook.ok() && orig.ok() && hook != orig) {
    Value args[3] = {val(type_of(vm, exc)), exc, exc.as<ExceptionObj>()->traceback};
    if (call(vm, hook, args, 3).ok()) return 1;
    clear_exc(vm);
  }
  print_exception(vm, exc);
  return isinstance_of(vm, exc, vm.e.KeyboardInterrupt) ? 130 : 1;
}

void flush_std(VM& vm) {
  for (Str* name : {vm.n.stdout, vm.n.stderr}) {
    Value s = getattr_opt(vm, val(vm.sys_module), name);
    clear_exc(vm);
    flush_std_stream(vm, s);
  }
}

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

bool run_source(VM& vm, Module* main, const std::string& source, const std::string& filename) {
  Code* code = compile_source(vm, source, filename, SourceMode::Exec);
  if (!code) return false;
  return run_code(vm, code, main->dict, Value::error()).ok();
}

}  // namespace

int run(const Options& opts) {
  VMConfig config;
  config.argv = opts.argv.empty() ? std::vector<std::string>{""} : opts.argv;
  if (!opts.script.empty())
    config.path.push_back(absolute_dir_of(opts.script));
  else
    config.path.push_back("");
  if (const char* pp = std::getenv("PYTHONPATH")) {
    std::string s = pp;
    size_t start = 0;
    while (start <= s.size()) {
      size_t colon = s.find(':', start);
      std::string part = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      if (!part.empty()) config.path.push_back(part);
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
  }
  VM vm(config);
  g_interrupt_target = &vm;
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);

  Module* main = make_module(vm, vm.n.__main__);
  dict_set_str(vm, vm.modules, vm.n.__main__, val(main));
  dict_set_str(vm, main->dict, vm.n.__builtins__, val(vm.builtins_module));
  dict_set_str(vm, main->dict, vm.n.__annotations__, make_dict(vm));

  int status = 0;
  bool ok = true;
  bool ran_something = true;
  if (opts.has_command) {
    ok = run_source(vm, main, opts.command, "<string>");
  } else if (!opts.module.empty()) {
    // Run a module as __main__, as `python3 -m` does.
    std::string source, filename;
    ok = find_module_source(vm, opts.module, &source, &filename);
    if (ok) {
      dict_set_str(vm, main->dict, vm.n.__file__, make_str(vm, filename));
      ok = run_source(vm, main, source, filename);
    }
  } else if (!opts.script.empty()) {
    std::string source;
    if (!read_file(opts.script, &source)) {
      std::fprintf(stderr, "klass: can't open file '%s': [Errno 2] No such file or directory\n", opts.script.c_str());
      return 2;
    }
    dict_set_str(vm, main->dict, vm.n.__file__, make_str(vm, opts.script));
    dict_set_str(vm, main->dict, vm.n.__cached__, Value::none());
    ok = run_source(vm, main, source, opts.script);
  } else if (opts.read_stdin || !::isatty(0)) {
    // A program piped in: run it whole, as `python3 < file` does.
    std::string source((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    ok = run_source(vm, main, source, "<stdin>");
  } else {
    ran_something = false;
  }
  if (!ok) status = report_uncaught(vm);
  if ((opts.inspect || !ran_something) && (ok || status != 0)) {
    int r = repl(vm, main);
    if (!ran_something || ok) status = r;
  }
  flush_std(vm);
  g_interrupt_target = nullptr;
  return status;
}

}  // namespace klass::cli
