// The Compiler class shared by the compile_*.cpp files (internal header).
//
// One Compiler compiles one module. It keeps a stack of Units, one per code
// unit being compiled (module, class body, function, lambda, comprehension);
// nested definitions push a Unit, compile it to a CodeUnit and store that as a
// constant of the enclosing unit. Errors in the user's program are thrown as
// CompileFailure and caught by compile_module: the code paths stay straight.
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "compile/code_builder.h"
#include "compile/compiler.h"
#include "compile/symtable.h"

namespace klass::compile {

// Reads the `from __future__` imports at the top of a module into `flags`
// (CodeFlags); false with `error` set for an unknown feature or a misplaced one.
bool scan_future_imports(const ast::Mod& tree, uint32_t& flags, int& last_future_line, parse::SyntaxErrorInfo& error,
                         std::string_view filename);

struct CompileFailure {
  std::string type;
  std::string msg;
  ast::Located where;
};

// What a `break`, `continue` or `return` must undo on its way out (CPython's
// fblock kinds).
enum class FrameBlock : uint8_t {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehensionGenerator,
};

enum class UnitKind : uint8_t { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

struct FrameBlockInfo {
  FrameBlock kind;
  Label block = 0;  // loops: where `continue` goes
  Label exit = 0;   // loops: where `break` goes
  const void* datum = nullptr;  // FinallyTry: the Try node; With: the With node; HandlerCleanup: the handler
  bool has_name = false;        // HandlerCleanup: the handler binds a name
};

struct Unit {
  UnitKind kind = UnitKind::Module;
  Block* scope = nullptr;
  std::unique_ptr<CodeUnit> code = std::make_unique<CodeUnit>();
  CodeBuilder builder;
  std::string private_name;  // class name for mangling, inherited by nested functions
  std::unordered_map<std::string, uint32_t> const_index;
  std::unordered_map<std::string, uint32_t> name_index;
  std::vector<std::string> varnames;
  std::unordered_map<std::string, uint32_t> varname_index;
  std::vector<std::string> cells;  // cellvars then freevars; DEREF args index this until finish_unit
  size_t cellvar_count = 0;
  std::unordered_map<std::string, uint32_t> cell_index;
  std::vector<FrameBlockInfo> fblocks;
};

class Compiler {
public:
  Compiler(const SymbolTable& table, std::string filename, CompileMode mode, uint32_t future_flags,
           int last_future_line)
      : table_(table),
        filename_(std::move(filename)),
        mode_(mode),
        future_flags_(future_flags),
        future_lineno_(last_future_line) {}

  std::shared_ptr<CodeUnit> compile_mod(const ast::Mod& tree);

  // --- compiler.cpp: units, tables, names, errors ---
  [[noreturn]] void error(const ast::Located& where, std::string msg, std::string type = "SyntaxError");
  Unit& unit() { return *units_.back(); }
  CodeBuilder& b() { return unit().builder; }
  void set_loc(const ast::Located& node);
  void enter_unit(UnitKind kind, const void* node, std::string name, int firstlineno);
  std::shared_ptr<CodeUnit> leave_unit();
  uint32_t add_const(const ConstValue& value);
  void load_const(const ConstValue& value) { b().emit(Op::LOAD_CONST, add_const(value)); }
  void load_none() { load_const(ConstValue{}); }
  uint32_t add_name(std::string_view name);
  uint32_t add_varname(const std::string& name);
  uint32_t cell_of(const std::string& name);
  std::string mangled(std::string_view name) { return mangle(unit().private_name, name); }
  void name_op(std::string_view name, ast::ExprContext ctx, const ast::Located& where);
  void emit_name(Op op, std::string_view name) { b().emit(op, add_name(name)); }
  static ConstValue to_const(const ast::ConstantValue& v);
  static ConstValue str_const(std::string_view s);
  bool is_function_unit() const { return units_.back()->scope->kind == BlockKind::Function; }
  bool interactive() const { return mode_ == CompileMode::Single; }
  uint32_t future_flags() const { return future_flags_; }
  int last_future_line() const { return future_lineno_; }

  // --- compile_stmt.cpp ---
  void stmts(const ast::Seq<ast::Stmt*>& body);
  void stmt(const ast::Stmt* s);
  void body_with_docstring(const ast::Seq<ast::Stmt*>& body);  // module/class bodies
  static bool find_annotations(const ast::Seq<ast::Stmt*>& body);
  static const ast::Constant* docstring_of(const ast::Seq<ast::Stmt*>& body);
  void if_stmt(const ast::If* s);
  void while_stmt(const ast::While* s);
  void for_stmt(const ast::For* s);
  void async_for_stmt(const ast::For* s);
  void import_stmt(const ast::Import* s);
  void import_from_stmt(const ast::ImportFrom* s);
  void assert_stmt(const ast::Assert* s);
  void raise_stmt(const ast::Raise* s);
  void expr_stmt(const ast::ExprStmt* s);
  void return_stmt(const ast::Return* s);
  void break_stmt(const ast::Stmt* s);
  void continue_stmt(const ast::Stmt* s);

  // --- compile_try.cpp: try, with, frame blocks ---
  void push_fblock(const ast::Located& where, FrameBlockInfo info);
  void pop_fblock() { unit().fblocks.pop_back(); }
  void unwind_fblock(const FrameBlockInfo& info, bool preserve_tos);
  // Unwinds every frame block up to the innermost loop (stored in *loop) or
  // all of them when loop is null.
  void unwind_fblock_stack(const ast::Located& where, bool preserve_tos, FrameBlockInfo* loop, bool* found_loop);
  void try_stmt(const ast::Try* s);
  void try_except(const ast::Try* s);
  void try_finally(const ast::Try* s);
  void try_star(const ast::Try* s);
  void try_star_except(const ast::Try* s);
  void with_stmt(const ast::With* s, uint32_t item);
  void async_with_stmt(const ast::With* s, uint32_t item);
  void with_except_finish(Label cleanup);
  void call_exit_with_nones();
  void pop_except_and_reraise();

  // --- compile_assign.cpp ---
  void assign_stmt(const ast::Assign* s);
  void aug_assign_stmt(const ast::AugAssign* s);
  void ann_assign_stmt(const ast::AnnAssign* s);
  void delete_stmt(const ast::Delete* s);
  void store_target(const ast::Expr* target);  // [value] -> []
  void unpack_helper(const ast::Seq<ast::Expr*>& elts, const ast::Expr* where);
  void check_ann_expr(const ast::Expr* e);
  void check_forbidden_target(const ast::Expr* e);

  // --- compile_expr.cpp ---
  void expr(const ast::Expr* e);
  void expr_inner(const ast::Expr* e);
  void jump_if(const ast::Expr* e, Label target, bool cond);
  void bool_op(const ast::BoolOp* e);
  void compare(const ast::Compare* e);
  void compare_op(ast::CmpOperator op);
  void call(const ast::Call* e);
  void call_helper(int already_pushed, const ast::Seq<ast::Expr*>& args, const ast::Seq<ast::Keyword*>& keywords,
                   const ast::Located& where);
  void keywords_to_map(const ast::Seq<ast::Keyword*>& keywords, uint32_t begin, uint32_t end);
  void starunpack(const ast::Seq<ast::Expr*>& elts, int pushed, Op build, Op add, Op extend, bool tuple);
  void dict_display(const ast::Dict* e);
  void subscript(const ast::Subscript* e);
  void slice(const ast::Slice* e);
  void attribute(const ast::Attribute* e);
  void joined_str(const ast::JoinedStr* e);
  void formatted_value(const ast::FormattedValue* e);
  bool constant_fold(const ast::Expr* e, ConstValue& out);
  static bool has_starred(const ast::Seq<ast::Expr*>& elts);
  static uint32_t binary_op_arg(ast::BinOperator op, bool inplace);
  void yield_from_loop(bool await);  // [sub v] -> [result], the SEND loop
  void await_expr(const ast::Await* e);

  // --- compile_function.cpp ---
  void function_def(const ast::FunctionDef* s);
  void lambda(const ast::Lambda* e);
  void class_def(const ast::ClassDef* s);
  uint32_t default_args(const ast::Arguments* args, const ast::Located& where);  // MAKE_FUNCTION flags
  bool annotations(const ast::Arguments* args, const ast::Expr* returns, const ast::Located& where);
  void make_closure(const std::shared_ptr<CodeUnit>& code, uint32_t flags, const ast::Located& where);
  void decorators(const ast::Seq<ast::Expr*>& list);
  void apply_decorators(const ast::Seq<ast::Expr*>& list);
  void set_arg_counts(const ast::Arguments* args);
  std::string qualname_for(std::string_view name, UnitKind kind);
  void annotation_value(const ast::Expr* e);

  // --- compile_comprehension.cpp ---
  void comprehension(const ast::Expr* e);

  // --- compile_pattern.cpp ---
  void match_stmt(const ast::Match* s);

private:
  void finish_unit(Unit& u, CodeUnit& code);
  void prologue();

  const SymbolTable& table_;
  std::string filename_;
  CompileMode mode_;
  uint32_t future_flags_;
  std::vector<std::unique_ptr<Unit>> units_;
  int depth_ = 0;
  int future_lineno_ = 0;  // line of the last `from __future__` import allowed
  friend struct DepthScope;

public:
  // Guards recursion depth on deeply nested input.
  struct DepthScope {
    Compiler& c;
    DepthScope(Compiler& compiler, const ast::Located& where);
    ~DepthScope() { --c.depth_; }
  };
};

}  // namespace klass::compile
