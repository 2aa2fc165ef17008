// The public entry point of klass's front end: Python 3.11 source -> AST.
//
//   auto result = klass::parse::parse(source, "module.py", klass::parse::ParseMode::Exec);
//   if (!result.ok()) report(result.error());
//   const klass::ast::Module* module = result.tree()->as<klass::ast::Module>();
//
// `parse` never throws and never aborts on bad input: every problem becomes a
// SyntaxErrorInfo with CPython 3.11's message and position.
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "parse/arena.h"
#include "parse/ast.h"
#include "parse/syntax_error.h"

namespace klass::parse {

enum class ParseMode {
    Exec,    // a module: compile(..., 'exec') -> ast::Module
    Eval,    // one expression: compile(..., 'eval') -> ast::Expression
    Single,  // one interactive statement: compile(..., 'single') -> ast::Interactive
};

class ParseResult {
public:
    bool ok() const { return tree_ != nullptr; }
    // The root (Module, Expression or Interactive); nullptr on error.
    ast::Mod* tree() const { return tree_; }
    // Valid when !ok().
    const SyntaxErrorInfo& error() const { return *error_; }
    // The arena that owns the tree; keep the result alive while using nodes.
    Arena& arena() { return *arena_; }

private:
    friend ParseResult parse(std::string_view, std::string_view, ParseMode);
    std::unique_ptr<Arena> arena_ = std::make_unique<Arena>();
    ast::Mod* tree_ = nullptr;
    std::optional<SyntaxErrorInfo> error_;
};

// Parses `source` (UTF-8, optionally with a BOM; "\n", "\r\n" or "\r" line
// endings). `filename` is only used in error reports.
ParseResult parse(std::string_view source, std::string_view filename, ParseMode mode);

}  // namespace klass::parse
