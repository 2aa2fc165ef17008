// Text dump of an AST, identical to CPython 3.11's
// `ast.dump(tree, include_attributes=...)` -- the oracle for parser tests.
#pragma once

#include <string>

#include "parse/ast.h"

namespace klass::parse {

std::string dump(const ast::Mod& tree, bool include_attributes = false);
std::string dump(const ast::Stmt& node, bool include_attributes = false);
std::string dump(const ast::Expr& node, bool include_attributes = false);

// Python's repr() of the values a tree holds (shared with tests).
std::string python_str_repr(std::string_view utf8);
std::string python_bytes_repr(std::string_view bytes);
std::string python_float_repr(double value);
std::string python_complex_repr(double imaginary);

}  // namespace klass::parse
