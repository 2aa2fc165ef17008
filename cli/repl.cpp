#include "cli/repl.h"

#include <editline/readline.h>

#include <cstdio>
#include <cstdlib>
#include <string>

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

std::string history_path() {
  const char* home = std::getenv("HOME");
  return home ? std::string(home) + "/.klass_history" : std::string();
}

// A statement that opens a block needs a blank line to end it, as at
// CPython's prompt; otherwise the statement runs as soon as it is complete.
bool needs_more(const std::string& buffer, const std::string& last_line) {
  if (source_is_incomplete(buffer, SourceMode::Single)) return true;
  bool multi = buffer.find('\n') != buffer.size() - 1;
  std::string first = buffer.substr(0, buffer.find('\n'));
  while (!first.empty() && (first.back() == ' ' || first.back() == '\t')) first.pop_back();
  bool block = !first.empty() && first.back() == ':';
  if ((block || multi) && !last_line.empty()) return true;
  return false;
}

}  // namespace

int repl(VM& vm, Module* main) {
  std::string hist = history_path();
  if (!hist.empty()) read_history(hist.c_str());
  std::printf("klass 0.1 (Python 3.11 compatible)\nType Ctrl-D to exit.\n");
  std::fflush(stdout);
  int status = 0;
  for (;;) {
    std::string buffer;
    const char* prompt = ">>> ";
    bool eof = false;
    for (;;) {
      char* line = readline(prompt);
      if (!line) {
        eof = true;
        break;
      }
      std::string l = line;
      std::free(line);
      if (vm.pending_signal) {
        vm.pending_signal = 0;
        std::printf("\nKeyboardInterrupt\n");
        buffer.clear();
        prompt = ">>> ";
        continue;
      }
      if (!l.empty()) add_history(l.c_str());
      buffer += l + "\n";
      if (buffer.find_first_not_of(" \t\n") == std::string::npos) {
        buffer.clear();
        continue;
      }
      if (!needs_more(buffer, l)) break;
      prompt = "... ";
    }
    if (eof) {
      std::printf("\n");
      break;
    }
    Code* code = compile_source(vm, buffer, "<stdin>", SourceMode::Single);
    Value r = code ? run_code(vm, code, main->dict, Value::error()) : Value::error();
    if (!r.ok()) {
      Value exc = take_exc(vm);
      if (isinstance_of(vm, exc, vm.e.SystemExit)) {
        Value c = getattr_opt(vm, exc, vm.n.code);
        clear_exc(vm);
        int64_t n = 0;
        status = (!c.ok() || c.is_none()) ? 0 : (is_int(vm, c) && int_to_int64(c, &n)) ? static_cast<int>(n) : 1;
        break;
      }
      print_exception(vm, exc);
    }
    Value out = getattr_opt(vm, val(vm.sys_module), vm.n.stdout);
    if (out.ok()) call_method(vm, out, vm.n.flush, nullptr, 0);
    clear_exc(vm);
  }
  if (!hist.empty()) write_history(hist.c_str());
  return status;
}

}  // namespace klass::cli
