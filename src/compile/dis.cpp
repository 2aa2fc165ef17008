#include "compile/dis.h"

#include <cstdio>
#include <set>

#include "compile/const_repr.h"
#include "compile/stack_effect.h"

namespace klass::compile {
namespace {

const char* binary_op_symbol(uint32_t arg) {
  static constexpr const char* kSymbols[] = {"+",   "&",   "//",  "<<",  "@",   "*",   "%",   "|",   "**",
                                             ">>",  "-",   "/",   "^",   "+=",  "&=",  "//=", "<<=", "@=",
                                             "*=",  "%=",  "|=",  "**=", ">>=", "-=",  "/=",  "^="};
  return arg < std::size(kSymbols) ? kSymbols[arg] : "?";
}

const char* compare_op_symbol(uint32_t arg) {
  static constexpr const char* kSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return arg < std::size(kSymbols) ? kSymbols[arg] : "?";
}

std::string make_function_flags(uint32_t arg) {
  static constexpr const char* kFlags[] = {"defaults", "kwdefaults", "annotations", "closure"};
  std::string out;
  for (int bit = 0; bit < 4; ++bit) {
    if (!(arg & (1u << bit))) continue;
    if (!out.empty()) out += ", ";
    out += kFlags[bit];
  }
  return out;
}

std::string format_value_flags(uint32_t arg) {
  static constexpr const char* kConversions[] = {"", "str", "repr", "ascii"};
  std::string out = kConversions[arg & 3];
  if (arg & 4) out += out.empty() ? "with format" : ", with format";
  return out;
}

template <class T>
std::string at(const std::vector<T>& items, uint32_t index, std::string (*show)(const T&)) {
  if (index >= items.size()) return "<out of range>";
  return show(items[index]);
}

std::string plain(const std::string& s) { return s; }

}  // namespace

std::string describe_argument(const CodeUnit& code, const Instr& instr) {
  const uint32_t arg = instr.arg;
  switch (instr.op) {
    case Op::LOAD_CONST:
    case Op::KW_NAMES: return at(code.consts, arg, const_repr);
    case Op::LOAD_FAST:
    case Op::STORE_FAST:
    case Op::DELETE_FAST:
    case Op::MAKE_CELL:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_DEREF:
    case Op::LOAD_CLASSDEREF:
    case Op::STORE_DEREF:
    case Op::DELETE_DEREF: return at(code.localsplus_names, arg, plain);
    case Op::LOAD_NAME:
    case Op::STORE_NAME:
    case Op::DELETE_NAME:
    case Op::LOAD_GLOBAL:
    case Op::STORE_GLOBAL:
    case Op::DELETE_GLOBAL:
    case Op::LOAD_ATTR:
    case Op::STORE_ATTR:
    case Op::DELETE_ATTR:
    case Op::LOAD_METHOD:
    case Op::IMPORT_NAME:
    case Op::IMPORT_FROM: return at(code.names, arg, plain);
    case Op::BINARY_OP: return binary_op_symbol(arg);
    case Op::COMPARE_OP: return compare_op_symbol(arg);
    case Op::MAKE_FUNCTION: return make_function_flags(arg);
    case Op::FORMAT_VALUE: return format_value_flags(arg);
    case Op::UNPACK_EX: return std::to_string(arg & 0xff) + " before, " + std::to_string(arg >> 8) + " after";
    default:
      if (is_jump(instr.op)) return "to " + std::to_string(arg);
      return "";
  }
}

namespace {

bool has_argument(Op op) {
  switch (op) {
    case Op::NOP: case Op::POP_TOP: case Op::PUSH_NULL: case Op::BINARY_SUBSCR: case Op::STORE_SUBSCR:
    case Op::DELETE_SUBSCR: case Op::UNARY_NEGATIVE: case Op::UNARY_POSITIVE: case Op::UNARY_INVERT:
    case Op::UNARY_NOT: case Op::LIST_TO_TUPLE: case Op::GET_ITER: case Op::RETURN_VALUE:
    case Op::LOAD_BUILD_CLASS: case Op::LOAD_LOCALS: case Op::SETUP_ANNOTATIONS: case Op::IMPORT_STAR:
    case Op::PUSH_EXC_INFO: case Op::POP_EXCEPT: case Op::CHECK_EXC_MATCH: case Op::CHECK_EG_MATCH:
    case Op::PREP_RERAISE_STAR: case Op::LOAD_ASSERTION_ERROR: case Op::BEFORE_WITH:
    case Op::WITH_EXCEPT_START: case Op::RETURN_GENERATOR: case Op::GET_YIELD_FROM_ITER:
    case Op::MATCH_MAPPING: case Op::MATCH_SEQUENCE: case Op::MATCH_KEYS: case Op::GET_LEN:
    case Op::PRINT_EXPR:
      return false;
    default:
      return true;
  }
}

void disassemble_one(const CodeUnit& code, std::string& out) {
  std::set<uint32_t> targets;
  for (const Instr& instr : code.code)
    if (is_jump(instr.op)) targets.insert(instr.arg);
  for (const ExceptionEntry& e : code.exceptions) targets.insert(e.target);

  const int index_width = std::max<int>(4, static_cast<int>(std::to_string(code.code.size()).size()));
  int previous_line = -1;
  char buffer[64];
  for (size_t i = 0; i < code.code.size(); ++i) {
    const Instr& instr = code.code[i];
    const int line = i < code.spans.size() ? code.spans[i].line : 0;
    std::string row;
    if (line != previous_line) {
      if (i != 0) out += "\n";
      std::snprintf(buffer, sizeof buffer, "%3d", line);
      row += buffer;
      previous_line = line;
    } else {
      row += "   ";
    }
    row += "    ";
    row += targets.count(static_cast<uint32_t>(i)) ? ">>" : "  ";
    std::string index = std::to_string(i);
    row += " " + std::string(static_cast<size_t>(std::max<int>(0, index_width - static_cast<int>(index.size()))), ' ') +
           index + " ";
    std::snprintf(buffer, sizeof buffer, "%-20s", op_name(instr.op));
    row += buffer;
    if (has_argument(instr.op)) {
      std::snprintf(buffer, sizeof buffer, " %5u", instr.arg);
      row += buffer;
      std::string meaning = describe_argument(code, instr);
      if (instr.op == Op::YIELD_VALUE && instr.flags == 1) meaning = "delegating";
      if (!meaning.empty()) row += " (" + meaning + ")";
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
  }
  if (!code.exceptions.empty()) {
    out += "ExceptionTable:\n";
    for (const ExceptionEntry& e : code.exceptions) {
      out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end - 1) + " -> " + std::to_string(e.target) +
             " [" + std::to_string(e.depth) + "]" + (e.push_lasti ? " lasti" : "") + "\n";
    }
  }
}

void disassemble_tree(const CodeUnit& code, bool recursive, std::string& out) {
  disassemble_one(code, out);
  if (!recursive) return;
  for (const ConstValue& c : code.consts) {
    if (c.kind != ConstValue::Kind::Code || !c.code) continue;
    out += "\nDisassembly of " + const_repr(c) + ":\n";
    disassemble_tree(*c.code, recursive, out);
  }
}

}  // namespace

std::string disassemble(const CodeUnit& code, bool recursive) {
  std::string out;
  disassemble_tree(code, recursive, out);
  return out;
}

}  // namespace klass::compile
