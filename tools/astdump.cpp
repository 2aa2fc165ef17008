// klass-astdump: prints the AST klass parses from Python files, in the format
// of CPython's ast.dump(tree, include_attributes=True). A development tool
// for comparing klass's parser against CPython.
//
//   klass-astdump [--no-attributes] [--mode exec|eval|single] FILE...
//   klass-astdump --batch < list-of-paths    (one "=== PATH" header per file)
//
// A syntax error prints "TYPE: MSG (LINENO:OFFSET-END_LINENO:END_OFFSET)".
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "parse/ast_dump.h"
#include "parse/parser.h"

namespace {

bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

void dump_file(const std::string& path, klass::parse::ParseMode mode, bool attributes) {
    std::string source;
    if (!read_file(path, source)) {
        std::cout << "error: cannot read " << path << "\n";
        return;
    }
    klass::parse::ParseResult result = klass::parse::parse(source, path, mode);
    if (!result.ok()) {
        const auto& e = result.error();
        std::cout << e.type << ": " << e.msg << " (" << e.lineno << ":" << e.offset << "-" << e.end_lineno << ":"
                  << e.end_offset << ")\n";
        return;
    }
    std::cout << klass::parse::dump(*result.tree(), attributes) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    bool attributes = true;
    bool batch = false;
    klass::parse::ParseMode mode = klass::parse::ParseMode::Exec;
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--no-attributes") {
            attributes = false;
        } else if (arg == "--batch") {
            batch = true;
        } else if (arg == "--mode" && i + 1 < argc) {
            std::string name = argv[++i];
            mode = name == "eval" ? klass::parse::ParseMode::Eval
                   : name == "single" ? klass::parse::ParseMode::Single
                                      : klass::parse::ParseMode::Exec;
        } else {
            dump_file(arg, mode, attributes);
            ++files;
        }
    }
    if (batch) {
        std::string path;
        while (std::getline(std::cin, path)) {
            std::cout << "=== " << path << "\n";
            dump_file(path, mode, attributes);
        }
    } else if (files == 0) {
        std::cerr << "usage: klass-astdump [--no-attributes] [--mode exec|eval|single] FILE... | --batch\n";
        return 2;
    }
    return 0;
}
