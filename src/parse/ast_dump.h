// Text dump of an AST, identical to CPython 3.11's
// `ast.dump(tree, include_attributes=...)` -- the oracle for parser tests.
#pragma once

#include <string>

#include "parse/ast.h"

namespace klass::parse {

std::string dump(const ast::Mod& tree, bool include_attributes = false);
std::string dump(const ast::Stmt& node, bool include_attributes = false);
std::string dump(const ast::Expr& node, bool include_attributes = false);

}  // namespace klass::parse
