// klass-dis: prints the bytecode klass compiles a Python file to, like
// `python3 -m dis`, recursively through nested functions and classes.
//
//   klass-dis file.py        (or `-` for standard input)
//   klass-dis -c 'source'
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

}  // namespace

int main(int argc, char** argv) {
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
    std::stringstream buffer;
    if (filename == "-") {
      buffer << std::cin.rdbuf();
    } else {
      std::ifstream in(filename, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "klass-dis: cannot open %s\n", filename.c_str());
        return 2;
      }
      buffer << in.rdbuf();
    }
    source = buffer.str();
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
