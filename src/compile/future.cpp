// `from __future__ import ...`: which features a module turns on, and where
// such imports are allowed (only at the top, after an optional docstring).
#include "compile/compiler_impl.h"

namespace klass::compile {

namespace {

bool is_docstring(const ast::Stmt* s) {
  if (!s->is<ast::ExprStmt>()) return false;
  const ast::Expr* v = s->as<ast::ExprStmt>()->value;
  return v->is<ast::Constant>() && v->as<ast::Constant>()->value.kind == ast::ConstantValue::Kind::Str;
}

}  // namespace

bool scan_future_imports(const ast::Mod& tree, uint32_t& flags, int& last_future_line, parse::SyntaxErrorInfo& error,
                         std::string_view filename) {
  const ast::Seq<ast::Stmt*>* body = nullptr;
  if (tree.is<ast::Module>()) body = &tree.as<ast::Module>()->body;
  if (tree.is<ast::Interactive>()) body = &tree.as<ast::Interactive>()->body;
  last_future_line = 0;
  if (!body) return true;
  bool done = false;
  int previous_line = 0;
  for (uint32_t i = 0; i < body->size(); ++i) {
    const ast::Stmt* s = (*body)[i];
    if (done && s->lineno > previous_line) return true;
    previous_line = s->lineno;
    if (s->is<ast::ImportFrom>() && s->as<ast::ImportFrom>()->module == "__future__" &&
        s->as<ast::ImportFrom>()->level == 0) {
      if (done) {
        error = parse::SyntaxErrorInfo{};
        error.msg = "from __future__ imports must occur at the beginning of the file";
        error.filename = std::string(filename);
        error.lineno = error.end_lineno = s->lineno;
        error.offset = s->col_offset + 1;
        error.end_lineno = s->end_lineno;
        error.end_offset = s->end_col_offset + 1;
        return false;
      }
      for (const ast::Alias* a : s->as<ast::ImportFrom>()->names) {
        std::string_view f = a->name;
        if (f == "annotations") {
          flags |= CO_FUTURE_ANNOTATIONS;
        } else if (f == "nested_scopes" || f == "generators" || f == "division" || f == "absolute_import" ||
                   f == "with_statement" || f == "print_function" || f == "unicode_literals" ||
                   f == "barry_as_FLUFL" || f == "generator_stop") {
          // Always on in Python 3 (barry_as_FLUFL would need the parser's cooperation).
        } else {
          error = parse::SyntaxErrorInfo{};
          error.msg = f == "braces" ? "not a chance" : "future feature " + std::string(f) + " is not defined";
          error.filename = std::string(filename);
          error.lineno = error.end_lineno = s->lineno;
          error.offset = s->col_offset + 1;
          error.end_offset = 0;  // CPython reports no end column here
          return false;
        }
      }
      last_future_line = s->lineno;
    } else if (i == 0 && is_docstring(s)) {
      // the docstring may precede future imports
    } else {
      done = true;
    }
  }
  return true;
}

}  // namespace klass::compile
