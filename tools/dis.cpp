// klass-dis: prints the bytecode klass compiles a Python file to, like
// `python3 -m dis`, recursively through nested functions and classes.
//
//   klass-dis file.py        (or `-` for standard input)
//   klass-dis -c 'source'
//   klass-dis --check FILE...   (compile only; print errors; exit 1 if any failed)
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "compile/compiler.h"
#include "compile/dis.h"
#include "parse/parser.h"

namespace {

void report(const klass::parse::SyntaxErrorInfo& e) {
  std::fprintf(stderr, "  File \"%s\", line %d\n%s: %s (offset %d)\n", e.filename.c_str(), e.lineno, e.type.c_str(),
               e.msg.c_str(), e.offset);
}

bool read_file(const std::string& filename, std::string& out) {
  std::stringstream buffer;
  if (filename == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::ifstream in(filename, std::ios::binary);
    if (!in) return false;
    buffer << in.rdbuf();
  }
  out = buffer.str();
  return true;
}

// Compiles each file, reporting only failures (for sweeping a whole library).
int check_files(int argc, char** argv, int first) {
  int failures = 0;
  for (int i = first; i < argc; ++i) {
    std::string source;
    if (!read_file(argv[i], source)) {
      std::printf("%s: cannot open\n", argv[i]);
      ++failures;
      continue;
    }
    auto parsed = klass::parse::parse(source, argv[i], klass::parse::ParseMode::Exec);
    if (!parsed.ok()) {
      std::printf("%s: parse %s: %s (line %d)\n", argv[i], parsed.error().type.c_str(), parsed.error().msg.c_str(),
                  parsed.error().lineno);
      ++failures;
      continue;
    }
    auto compiled = klass::compile::compile_module(*parsed.tree(), argv[i], klass::compile::CompileMode::Exec, 0);
    if (!compiled.ok()) {
      std::printf("%s: compile %s: %s (line %d)\n", argv[i], compiled.error.type.c_str(), compiled.error.msg.c_str(),
                  compiled.error.lineno);
      ++failures;
    }
  }
  return failures ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--check") return check_files(argc, argv, 2);
  std::string source, filename;
  klass::parse::ParseMode mode = klass::parse::ParseMode::Exec;
  klass::compile::CompileMode cmode = klass::compile::CompileMode::Exec;
  int arg = 1;
  if (arg < argc && std::string(argv[arg]) == "--eval") {
    mode = klass::parse::ParseMode::Eval;
    cmode = klass::compile::CompileMode::Eval;
    ++arg;
  } else if (arg < argc && std::string(argv[arg]) == "--single") {
    mode = klass::parse::ParseMode::Single;
    cmode = klass::compile::CompileMode::Single;
    ++arg;
  }
  if (arg + 1 < argc && std::string(argv[arg]) == "-c") {
    source = argv[arg + 1];
    filename = "<string>";
  } else if (arg < argc) {
    filename = argv[arg];
    if (!read_file(filename, source)) {
      std::fprintf(stderr, "klass-dis: cannot open %s\n", filename.c_str());
      return 2;
    }
  } else {
    std::fprintf(stderr, "usage: klass-dis [--eval|--single] FILE | -c SOURCE\n");
    return 2;
  }
  auto parsed = klass::parse::parse(source, filename, mode);
  if (!parsed.ok()) {
    report(parsed.error());
    return 1;
  }
  auto compiled = klass::compile::compile_module(*parsed.tree(), filename, cmode, 0);
  if (!compiled.ok()) {
    report(compiled.error);
    return 1;
  }
  std::fputs(klass::compile::disassemble(*compiled.code).c_str(), stdout);
  return 0;
}
