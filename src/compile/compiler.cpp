// compile_module, code units, constant/name tables and name resolution.
#include <algorithm>
#include <cstring>

#include "compile/compiler_impl.h"

namespace klass::compile {

namespace {

constexpr int kMaxDepth = 2000;

// A key identifying a constant by type and value, so equal constants share a
// slot while 0, 0.0, -0.0 and False stay apart.
std::string const_key(const ConstValue& v) {
  using K = ConstValue::Kind;
  std::string key(1, static_cast<char>('A' + static_cast<int>(v.kind)));
  switch (v.kind) {
    case K::Int:
      key += v.int_fits ? std::to_string(v.i) : v.s;
      break;
    case K::Float:
    case K::Imag: {
      char bits[sizeof(double)];
      std::memcpy(bits, &v.f, sizeof bits);
      key.append(bits, sizeof bits);
      break;
    }
    case K::Str:
    case K::Bytes:
      key += std::to_string(v.s.size()) + ":" + v.s;
      break;
    case K::Tuple:
    case K::FrozenSet:
      key += "(";
      for (const ConstValue& item : v.items) key += const_key(item) + ",";
      key += ")";
      break;
    case K::Code:
      key += std::to_string(reinterpret_cast<uintptr_t>(v.code.get()));
      break;
    default:
      break;
  }
  return key;
}

}  // namespace

Compiler::DepthScope::DepthScope(Compiler& compiler, const ast::Located& where) : c(compiler) {
  if (++c.depth_ > kMaxDepth) {
    --c.depth_;
    c.error(where, "maximum recursion depth exceeded during compilation", "RecursionError");
  }
}

void Compiler::error(const ast::Located& where, std::string msg, std::string type) {
  throw CompileFailure{std::move(type), std::move(msg), where};
}

void Compiler::set_loc(const ast::Located& node) {
  b().set_span(SourceSpan{node.lineno, node.end_lineno, node.col_offset, node.end_col_offset});
}

// ---------------------------------------------------------------------------
// Constants and names.

ConstValue Compiler::to_const(const ast::ConstantValue& v) {
  ConstValue c;
  using A = ast::ConstantValue::Kind;
  using K = ConstValue::Kind;
  switch (v.kind) {
    case A::None: c.kind = K::None; break;
    case A::True: c.kind = K::True; break;
    case A::False: c.kind = K::False; break;
    case A::Ellipsis: c.kind = K::Ellipsis; break;
    case A::Int:
      c.kind = K::Int;
      c.int_fits = v.int_fits;
      c.i = v.int_value;
      if (!v.int_fits) c.s = v.text;
      break;
    case A::Float: c.kind = K::Float; c.f = v.float_value; break;
    case A::Complex: c.kind = K::Imag; c.f = v.float_value; break;
    case A::Str: c.kind = K::Str; c.s = v.text; break;
    case A::Bytes: c.kind = K::Bytes; c.s = v.text; break;
  }
  return c;
}

ConstValue Compiler::str_const(std::string_view s) {
  ConstValue c;
  c.kind = ConstValue::Kind::Str;
  c.s = std::string(s);
  return c;
}

uint32_t Compiler::add_const(const ConstValue& value) {
  Unit& u = unit();
  std::string key = const_key(value);
  auto it = u.const_index.find(key);
  if (it != u.const_index.end()) return it->second;
  uint32_t index = static_cast<uint32_t>(u.code->consts.size());
  u.code->consts.push_back(value);
  u.const_index.emplace(std::move(key), index);
  return index;
}

uint32_t Compiler::add_name(std::string_view name) {
  Unit& u = unit();
  std::string key(name);
  auto it = u.name_index.find(key);
  if (it != u.name_index.end()) return it->second;
  uint32_t index = static_cast<uint32_t>(u.code->names.size());
  u.code->names.push_back(key);
  u.name_index.emplace(std::move(key), index);
  return index;
}

uint32_t Compiler::add_varname(const std::string& name) {
  Unit& u = unit();
  auto it = u.varname_index.find(name);
  if (it != u.varname_index.end()) return it->second;
  uint32_t index = static_cast<uint32_t>(u.varnames.size());
  u.varnames.push_back(name);
  u.varname_index.emplace(name, index);
  return index;
}

uint32_t Compiler::cell_of(const std::string& name) {
  auto it = unit().cell_index.find(name);
  if (it == unit().cell_index.end()) throw CompileFailure{"SystemError", "no cell for '" + name + "'", {}};
  return it->second;
}

void Compiler::name_op(std::string_view raw, ast::ExprContext ctx, const ast::Located& where) {
  if (raw == "__debug__") {
    if (ctx == ast::ExprContext::Store) error(where, "cannot assign to __debug__");
    if (ctx == ast::ExprContext::Del) error(where, "cannot delete __debug__");
    ConstValue t;
    t.kind = ConstValue::Kind::True;
    load_const(t);
    return;
  }
  std::string name = mangled(raw);
  Block* scope = unit().scope;
  enum { Fast, Global, Deref, Named } kind = Named;
  switch (scope->scope_of(name)) {
    case NameScope::Free:
    case NameScope::Cell: kind = Deref; break;
    case NameScope::Local: kind = scope->kind == BlockKind::Function ? Fast : Named; break;
    case NameScope::GlobalImplicit: kind = scope->kind == BlockKind::Function ? Global : Named; break;
    case NameScope::GlobalExplicit: kind = Global; break;
    case NameScope::Unknown: break;
  }
  // A class body reads names captured from a function through its own namespace first.
  if (kind == Deref && scope->kind == BlockKind::Class && !unit().cell_index.count(name)) kind = Named;
  using C = ast::ExprContext;
  switch (kind) {
    case Fast: {
      uint32_t index = add_varname(name);
      b().emit(ctx == C::Load ? Op::LOAD_FAST : ctx == C::Store ? Op::STORE_FAST : Op::DELETE_FAST, index);
      return;
    }
    case Deref: {
      uint32_t index = cell_of(name);
      Op load = scope->kind == BlockKind::Class ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF;
      b().emit(ctx == C::Load ? load : ctx == C::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, index);
      return;
    }
    case Global:
      emit_name(ctx == C::Load ? Op::LOAD_GLOBAL : ctx == C::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, name);
      return;
    case Named:
      emit_name(ctx == C::Load ? Op::LOAD_NAME : ctx == C::Store ? Op::STORE_NAME : Op::DELETE_NAME, name);
      return;
  }
}

// ---------------------------------------------------------------------------
// Units.

void Compiler::enter_unit(UnitKind kind, const void* node, std::string name, int firstlineno) {
  auto u = std::make_unique<Unit>();
  u->kind = kind;
  u->scope = table_.lookup(node);
  if (!u->scope) throw CompileFailure{"SystemError", "no symbol table block for " + name, {}};
  if (!units_.empty()) u->private_name = units_.back()->private_name;
  if (kind == UnitKind::Class) u->private_name = name;
  u->code->name = name;
  u->code->filename = filename_;
  u->code->firstlineno = firstlineno;
  if (kind != UnitKind::Module) u->code->qualname = qualname_for(name, kind);
  else u->code->qualname = name;

  // Parameters come first among the locals, in order.
  for (const std::string& v : u->scope->varnames) {
    u->varname_index.emplace(v, static_cast<uint32_t>(u->varnames.size()));
    u->varnames.push_back(v);
  }
  std::vector<std::string> cellvars, freevars;
  for (const Symbol& s : u->scope->symbols) {
    if (s.scope == NameScope::Cell) cellvars.push_back(s.name);
    if (s.scope == NameScope::Free || (s.flags & DEF_FREE_CLASS)) freevars.push_back(s.name);
  }
  std::sort(cellvars.begin(), cellvars.end());
  std::sort(freevars.begin(), freevars.end());
  if (u->scope->needs_class_closure) cellvars.insert(cellvars.begin(), "__class__");
  u->cellvar_count = cellvars.size();
  for (auto& v : cellvars) u->cells.push_back(v);
  for (auto& v : freevars) u->cells.push_back(v);
  for (size_t i = 0; i < u->cells.size(); ++i) u->cell_index.emplace(u->cells[i], static_cast<uint32_t>(i));
  units_.push_back(std::move(u));
  b().set_span(SourceSpan{firstlineno, firstlineno, -1, -1});
  prologue();
}

// Cells are made, closure cells copied and generators created before any user code runs.
void Compiler::prologue() {
  Unit& u = unit();
  for (size_t i = 0; i < u.cellvar_count; ++i) b().emit(Op::MAKE_CELL, static_cast<uint32_t>(i));
  if (u.cells.size() > u.cellvar_count)
    b().emit(Op::COPY_FREE_VARS, static_cast<uint32_t>(u.cells.size() - u.cellvar_count));
  if (u.scope->kind == BlockKind::Function && (u.scope->generator || u.scope->coroutine)) {
    b().emit(Op::RETURN_GENERATOR);
    b().emit(Op::POP_TOP);
  }
}

std::string Compiler::qualname_for(std::string_view name, UnitKind kind) {
  if (units_.empty()) return std::string(name);
  const Unit& parent = *units_.back();
  if (parent.kind == UnitKind::Module) return std::string(name);
  if (kind == UnitKind::Function || kind == UnitKind::AsyncFunction || kind == UnitKind::Class) {
    std::string m = mangle(parent.private_name, name);
    if (parent.scope->scope_of(m) == NameScope::GlobalExplicit) return std::string(name);
  }
  std::string base = parent.code->qualname;
  if (parent.kind == UnitKind::Function || parent.kind == UnitKind::AsyncFunction || parent.kind == UnitKind::Lambda)
    base += ".<locals>";
  return base + "." + std::string(name);
}

std::shared_ptr<CodeUnit> Compiler::leave_unit() {
  std::unique_ptr<Unit> u = std::move(units_.back());
  units_.pop_back();
  std::shared_ptr<CodeUnit> code(std::move(u->code));
  finish_unit(*u, *code);
  return code;
}

void Compiler::finish_unit(Unit& u, CodeUnit& code) {
  // Falling off the end returns None.
  if (u.builder.end_reachable()) {
    if (u.kind == UnitKind::Module && mode_ == CompileMode::Eval) {
      // eval code always ends with its own RETURN_VALUE
    } else {
      SourceSpan span = u.builder.span();
      span.col = span.end_col = -1;
      u.builder.set_span(span);
      uint32_t none = 0;
      {
        // add_const works on the top unit; this one is already popped.
        std::string key(1, static_cast<char>('A'));
        auto it = u.const_index.find(key);
        if (it != u.const_index.end()) {
          none = it->second;
        } else {
          none = static_cast<uint32_t>(code.consts.size());
          code.consts.push_back(ConstValue{});
          u.const_index.emplace(key, none);
        }
      }
      u.builder.emit(Op::LOAD_CONST, none);
      u.builder.emit(Op::RETURN_VALUE);
    }
  }

  // Final slot layout: varnames, then cells that are not parameters, then free variables.
  const uint32_t nvars = static_cast<uint32_t>(u.varnames.size());
  std::vector<uint32_t> cell_slot(u.cells.size());
  code.localsplus_names = u.varnames;
  code.localsplus_kinds.assign(nvars, LOCAL_PLAIN);
  const size_t nparams = u.scope->varnames.size();
  for (size_t i = 0; i < nparams && i < nvars; ++i) code.localsplus_kinds[i] |= LOCAL_ARG;
  for (size_t i = 0; i < u.cells.size(); ++i) {
    const std::string& name = u.cells[i];
    bool is_cell = i < u.cellvar_count;
    auto it = u.varname_index.find(name);
    if (is_cell && it != u.varname_index.end() && it->second < nparams) {
      cell_slot[i] = it->second;
      code.localsplus_kinds[it->second] |= LOCAL_CELL;
      continue;
    }
    cell_slot[i] = static_cast<uint32_t>(code.localsplus_names.size());
    code.localsplus_names.push_back(name);
    code.localsplus_kinds.push_back(is_cell ? LOCAL_CELL : LOCAL_FREE);
  }
  u.builder.rewrite_args([&](Op op, uint32_t& arg) {
    switch (op) {
      case Op::MAKE_CELL:
      case Op::LOAD_CLOSURE:
      case Op::LOAD_DEREF:
      case Op::LOAD_CLASSDEREF:
      case Op::STORE_DEREF:
      case Op::DELETE_DEREF:
        if (arg < cell_slot.size()) arg = cell_slot[arg];
        break;
      default:
        break;
    }
  });

  Block* scope = u.scope;
  uint32_t flags = 0;
  if (scope->kind == BlockKind::Function) {
    flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    if (scope->nested) flags |= CO_NESTED;
    if (scope->generator && !scope->coroutine) flags |= CO_GENERATOR;
    if (!scope->generator && scope->coroutine) flags |= CO_COROUTINE;
    if (scope->generator && scope->coroutine) flags |= CO_ASYNC_GENERATOR;
    if (scope->varargs) flags |= CO_VARARGS;
    if (scope->varkeywords) flags |= CO_VARKEYWORDS;
  }
  flags |= future_flags_ & CO_FUTURE_ANNOTATIONS;
  code.flags = flags;

  std::string problem;
  if (!u.builder.assemble(code, problem))
    throw CompileFailure{"SystemError", "internal compiler error in " + code.qualname + ": " + problem, {}};
}

// ---------------------------------------------------------------------------
// The module.

std::shared_ptr<CodeUnit> Compiler::compile_mod(const ast::Mod& tree) {
  enter_unit(UnitKind::Module, &tree, "<module>", 1);
  switch (tree.kind) {
    case ast::ModKind::Module: {
      auto& body = tree.as<ast::Module>()->body;
      if (!body.empty()) set_loc(*body[0]);
      if (find_annotations(body)) b().emit(Op::SETUP_ANNOTATIONS);
      body_with_docstring(body);
      break;
    }
    case ast::ModKind::Interactive: {
      auto& body = tree.as<ast::Interactive>()->body;
      if (!body.empty()) set_loc(*body[0]);
      if (find_annotations(body)) b().emit(Op::SETUP_ANNOTATIONS);
      stmts(body);
      break;
    }
    case ast::ModKind::Expression: {
      const ast::Expr* e = tree.as<ast::Expression>()->body;
      set_loc(*e);
      expr(e);
      b().emit(Op::RETURN_VALUE);
      break;
    }
  }
  return leave_unit();
}

CompileResult compile_module(const ast::Mod& tree, std::string_view filename, CompileMode mode, uint32_t future_flags) {
  CompileResult result;
  auto fill_error = [&](const std::string& type, const std::string& msg, const ast::Located& where) {
    result.error = parse::SyntaxErrorInfo{};
    result.error.type = type;
    result.error.msg = msg;
    result.error.filename = std::string(filename);
    result.error.lineno = where.lineno;
    result.error.offset = where.col_offset + 1;
    result.error.end_lineno = where.end_lineno;
    result.error.end_offset = where.end_col_offset + 1;
  };
  try {
    uint32_t flags = future_flags;
    int last_future_line = 0;
    if (!scan_future_imports(tree, flags, last_future_line, result.error, filename)) return result;
    auto table = SymbolTable::build(tree, filename, flags, result.error);
    if (!table) return result;
    Compiler compiler(*table, std::string(filename), mode, flags, last_future_line);
    result.code = compiler.compile_mod(tree);
  } catch (const CompileFailure& failure) {
    fill_error(failure.type, failure.msg, failure.where);
    result.code = nullptr;
  } catch (const std::bad_alloc&) {
    fill_error("MemoryError", "out of memory while compiling", ast::Located{});
    result.code = nullptr;
  }
  return result;
}

}  // namespace klass::compile
