// The symbol table: which scope every name of a module belongs to.
//
// Built in two passes, as Python defines scoping:
//  1. a walk of the tree records, per block (module, class, function, lambda,
//     comprehension), how each name is used: bound, used, parameter, declared
//     global or nonlocal, imported, annotated;
//  2. an analysis from the module down resolves each name to local, global
//     (declared or implicit), free (from an enclosing function) or cell (local
//     and captured by a nested function). Class bodies do not make their names
//     visible to nested functions; a method that uses `super` or `__class__`
//     gets the implicit `__class__` cell of its class.
// Compile-time scoping errors (duplicate arguments, misplaced global/nonlocal,
// 'yield' inside a comprehension, ...) are reported with CPython's messages.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parse/ast.h"
#include "parse/syntax_error.h"

namespace klass::compile {

// How a name is used inside one block (bit set).
enum SymbolFlag : uint32_t {
  DEF_GLOBAL = 1 << 0,      // `global x`
  DEF_LOCAL = 1 << 1,       // assigned, deleted, bound by for/with/except/def/class/match
  DEF_PARAM = 1 << 2,       // a parameter
  DEF_NONLOCAL = 1 << 3,    // `nonlocal x`
  USE = 1 << 4,             // read
  DEF_FREE_CLASS = 1 << 5,  // bound in a class body and also free in a nested function
  DEF_IMPORT = 1 << 6,      // bound by import
  DEF_ANNOT = 1 << 7,       // annotated (`x: int`)
  DEF_COMP_ITER = 1 << 8,   // a comprehension's iteration variable
  DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

// Where a name lives, once analysed.
enum class NameScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

enum class BlockKind : uint8_t { Module, Class, Function };

struct Symbol {
  std::string name;  // mangled
  uint32_t flags = 0;
  NameScope scope = NameScope::Unknown;
};

struct Block {
  BlockKind kind = BlockKind::Module;
  std::string name;           // "top", the function or class name, "lambda", "listcomp", "genexpr", ...
  const void* node = nullptr; // the AST node that opened the block
  int lineno = 0, col_offset = 0;
  std::vector<Symbol> symbols;          // in order of first mention
  std::unordered_map<std::string, size_t> index;
  std::vector<std::string> varnames;    // parameters, in order
  std::vector<Block*> children;
  Block* parent = nullptr;
  bool nested = false;          // inside a function (directly or through classes)
  bool generator = false;
  bool coroutine = false;
  bool comprehension = false;
  bool lambda = false;
  bool varargs = false;
  bool varkeywords = false;
  bool returns_value = false;
  bool needs_class_closure = false;  // class body must create the __class__ cell
  bool has_free = false;

  const Symbol* find(std::string_view mangled) const;
  NameScope scope_of(std::string_view mangled) const;
  uint32_t flags_of(std::string_view mangled) const;
  bool is_function_like() const { return kind == BlockKind::Function; }
};

class SymbolTable {
public:
  // Builds the table for a module; on a scoping error returns null and fills `error`.
  static std::unique_ptr<SymbolTable> build(const ast::Mod& tree, std::string_view filename, uint32_t future_flags,
                                            parse::SyntaxErrorInfo& error);

  Block* top() const { return top_; }
  // The block opened by `node` (a FunctionDef, ClassDef, Lambda or comprehension).
  Block* lookup(const void* node) const;

private:
  friend class SymbolTableBuilder;
  std::vector<std::unique_ptr<Block>> blocks_;
  std::unordered_map<const void*, Block*> by_node_;
  Block* top_ = nullptr;
};

// Python's private name mangling: `__x` inside class `C` becomes `_C__x`.
std::string mangle(std::string_view class_name, std::string_view name);

}  // namespace klass::compile
