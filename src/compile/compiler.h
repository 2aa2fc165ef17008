// The bytecode compiler's entry point: AST -> tree of CodeUnits.
//
//   auto parsed = klass::parse::parse(source, "m.py", klass::parse::ParseMode::Exec);
//   auto result = klass::compile::compile_module(*parsed.tree(), "m.py", klass::compile::CompileMode::Exec, 0);
//   if (!result.ok()) report(result.error);  // a SyntaxError as CPython reports it
//   else run(result.code);
//
// compile_module never throws and never aborts: scoping and compile-time errors
// ('return' outside function, misplaced nonlocal, ...) come back as a
// SyntaxErrorInfo with CPython 3.11's message and position (text is left
// empty, as CPython leaves it for source that is not a file).
#pragma once
#include <cstdint>
#include <memory>
#include <string_view>

#include "compile/code_unit.h"
#include "parse/ast.h"
#include "parse/syntax_error.h"

namespace klass::compile {

enum class CompileMode {
  Exec,    // a module body; the code returns None
  Eval,    // one expression; the code returns its value
  Single,  // one interactive statement; expression statements go through sys.displayhook
};

struct CompileResult {
  std::shared_ptr<const CodeUnit> code;  // null on error
  parse::SyntaxErrorInfo error;          // valid when !ok(); type is "SyntaxError" (or "RecursionError"/"SystemError")
  bool ok() const { return code != nullptr; }
};

// `future_flags` are CodeFlags (e.g. CO_FUTURE_ANNOTATIONS) inherited from the
// caller (compile()'s flags argument); `from __future__ import ...` at the top
// of the module adds its own.
CompileResult compile_module(const ast::Mod& tree, std::string_view filename, CompileMode mode, uint32_t future_flags);

}  // namespace klass::compile
