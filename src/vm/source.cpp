#include "vm/source.h"

#include "compile/compiler.h"
#include "object/ops.h"
#include "parse/parser.h"
#include "types/code.h"
#include "types/exception.h"
#include "types/int.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

Value raise_syntax_error(VM& vm, const parse::SyntaxErrorInfo& e) {
  Type* type = vm.e.SyntaxError;
  if (e.type == "IndentationError") type = vm.e.IndentationError;
  else if (e.type == "TabError") type = vm.e.TabError;
  else if (e.type == "RecursionError") return raise(vm, vm.e.RecursionError, e.msg);
  else if (e.type == "SystemError") return raise(vm, vm.e.SystemError, e.msg);
  else if (e.type == "MemoryError") return raise_memory_error(vm);
  auto opt_int = [&](int v) { return v > 0 ? make_int(vm, v) : Value::none(); };
  Value text = e.text.empty() ? Value::none() : make_str(vm, e.text);
  Value details = make_tuple(vm, {make_str(vm, e.filename), opt_int(e.lineno), opt_int(e.offset), text,
                                  opt_int(e.end_lineno), opt_int(e.end_offset)});
  Value args = make_tuple(vm, {make_str(vm, e.msg), details});
  if (!args.ok()) return args;
  return raise_with_args(vm, type, args);
}

parse::ParseMode parse_mode(SourceMode m) {
  return m == SourceMode::Exec ? parse::ParseMode::Exec
         : m == SourceMode::Eval ? parse::ParseMode::Eval
                                 : parse::ParseMode::Single;
}

}  // namespace

Code* compile_source(VM& vm, std::string_view source, std::string_view filename, SourceMode mode,
                     uint32_t future_flags) {
  auto parsed = parse::parse(source, filename, parse_mode(mode));
  if (!parsed.ok()) {
    raise_syntax_error(vm, parsed.error());
    return nullptr;
  }
  compile::CompileMode cm = mode == SourceMode::Exec   ? compile::CompileMode::Exec
                            : mode == SourceMode::Eval ? compile::CompileMode::Eval
                                                       : compile::CompileMode::Single;
  auto compiled = compile::compile_module(*parsed.tree(), filename, cm, future_flags);
  if (!compiled.ok()) {
    raise_syntax_error(vm, compiled.error);
    return nullptr;
  }
  return code_from_unit(vm, compiled.code);
}

bool source_is_incomplete(std::string_view source, SourceMode mode) {
  auto parsed = parse::parse(source, "<stdin>", parse_mode(mode));
  return !parsed.ok() && parsed.error().incomplete_input;
}

}  // namespace klass
