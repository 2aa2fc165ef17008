// The interactive prompt: libedit line editing and history, multi-line
// blocks, results echoed through sys.displayhook.
#pragma once

namespace klass {
class VM;
struct Module;
namespace cli {
// Reads and runs statements in __main__ until EOF; returns the exit code
// (a SystemExit ends the loop with its code).
int repl(VM& vm, Module* main);
}  // namespace cli
}  // namespace klass
