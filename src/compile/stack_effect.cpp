#include "compile/stack_effect.h"

#include <bit>

namespace klass {

bool is_jump(Op op) {
  switch (op) {
    case Op::FOR_ITER:
    case Op::JUMP:
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
    case Op::SEND:
      return true;
    default:
      return false;
  }
}

bool ends_flow(Op op) {
  switch (op) {
    case Op::JUMP:
    case Op::RETURN_VALUE:
    case Op::RAISE_VARARGS:
    case Op::RERAISE:
      return true;
    default:
      return false;
  }
}

bool uses_inline_cache(Op op) {
  switch (op) {
    case Op::LOAD_ATTR:
    case Op::STORE_ATTR:
    case Op::LOAD_METHOD:
    case Op::LOAD_GLOBAL:
    case Op::CALL:
    case Op::BINARY_OP:
    case Op::COMPARE_OP:
    case Op::BINARY_SUBSCR:
    case Op::STORE_SUBSCR:
    case Op::FOR_ITER:
    case Op::UNPACK_SEQUENCE:
      return true;
    default:
      return false;
  }
}

namespace {

// Effect of the jump of a jumping instruction.
std::optional<int> jump_effect(Op op) {
  switch (op) {
    case Op::FOR_ITER: return -1;             // the exhausted iterator is popped
    case Op::JUMP: return 0;
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE: return -1;
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP: return 0;   // the value stays
    case Op::SEND: return -1;                 // [sub v] -> [value]
    default: return std::nullopt;
  }
}

}  // namespace

std::optional<int> stack_effect(Op op, uint32_t arg, bool jumping) {
  if (jumping) return jump_effect(op);
  const int n = static_cast<int>(arg);
  switch (op) {
    case Op::NOP: return 0;
    case Op::POP_TOP: return -1;
    case Op::PUSH_NULL: return 1;
    case Op::COPY: return 1;
    case Op::SWAP: return 0;
    case Op::LOAD_CONST:
    case Op::LOAD_FAST: return 1;
    case Op::STORE_FAST: return -1;
    case Op::DELETE_FAST:
    case Op::MAKE_CELL:
    case Op::COPY_FREE_VARS: return 0;
    case Op::LOAD_CLOSURE:
    case Op::LOAD_DEREF:
    case Op::LOAD_CLASSDEREF: return 1;
    case Op::STORE_DEREF: return -1;
    case Op::DELETE_DEREF: return 0;
    case Op::LOAD_NAME: return 1;
    case Op::STORE_NAME: return -1;
    case Op::DELETE_NAME: return 0;
    case Op::LOAD_GLOBAL: return 1;
    case Op::STORE_GLOBAL: return -1;
    case Op::DELETE_GLOBAL: return 0;
    case Op::LOAD_ATTR: return 0;
    case Op::STORE_ATTR: return -2;
    case Op::DELETE_ATTR: return -1;
    case Op::LOAD_METHOD: return 1;
    case Op::LOAD_SUPER_ATTR: return std::nullopt;
    case Op::KW_NAMES: return 0;
    case Op::CALL: return -(n + 1);
    case Op::CALL_FUNCTION_EX: return (arg & 1) ? -3 : -2;
    case Op::BINARY_OP: return -1;
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_POSITIVE:
    case Op::UNARY_INVERT:
    case Op::UNARY_NOT: return 0;
    case Op::COMPARE_OP:
    case Op::IS_OP:
    case Op::CONTAINS_OP:
    case Op::BINARY_SUBSCR: return -1;
    case Op::STORE_SUBSCR: return -3;
    case Op::DELETE_SUBSCR: return -2;
    case Op::BUILD_SLICE: return 1 - n;
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_STRING: return 1 - n;
    case Op::BUILD_MAP: return 1 - 2 * n;
    case Op::BUILD_CONST_KEY_MAP: return -n;
    case Op::LIST_APPEND:
    case Op::SET_ADD: return -1;
    case Op::MAP_ADD: return -2;
    case Op::LIST_EXTEND:
    case Op::SET_UPDATE:
    case Op::DICT_UPDATE:
    case Op::DICT_MERGE: return -1;
    case Op::LIST_TO_TUPLE: return 0;
    case Op::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case Op::UNPACK_SEQUENCE: return n - 1;
    case Op::UNPACK_EX: return static_cast<int>((arg & 0xff) + (arg >> 8));
    case Op::GET_ITER: return 0;
    case Op::FOR_ITER: return 1;
    case Op::JUMP: return std::nullopt;
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP: return -1;
    case Op::RETURN_VALUE: return std::nullopt;
    case Op::MAKE_FUNCTION: return -std::popcount(arg & 0xfu);
    case Op::LOAD_BUILD_CLASS:
    case Op::LOAD_LOCALS: return 1;
    case Op::SETUP_ANNOTATIONS: return 0;
    case Op::IMPORT_NAME: return -1;
    case Op::IMPORT_FROM: return 1;
    case Op::IMPORT_STAR: return -1;
    case Op::RAISE_VARARGS:
    case Op::RERAISE: return std::nullopt;
    case Op::PUSH_EXC_INFO: return 1;
    case Op::POP_EXCEPT: return -1;
    case Op::CHECK_EXC_MATCH:
    case Op::CHECK_EG_MATCH: return 0;
    case Op::PREP_RERAISE_STAR: return -1;
    case Op::LOAD_ASSERTION_ERROR:
    case Op::BEFORE_WITH:
    case Op::WITH_EXCEPT_START: return 1;
    case Op::RETURN_GENERATOR: return 1;  // resumed with the first send()'s None
    case Op::YIELD_VALUE:
    case Op::GET_YIELD_FROM_ITER: return 0;
    case Op::SEND: return 0;
    case Op::GET_AWAITABLE: return 0;
    case Op::MATCH_MAPPING:
    case Op::MATCH_SEQUENCE:
    case Op::MATCH_KEYS: return 1;
    case Op::MATCH_CLASS: return -2;
    case Op::GET_LEN: return 1;
    case Op::PRINT_EXPR: return -1;
    case Op::DELETE_LOCAL_ON_EXIT: return 0;
    case Op::COUNT_: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace klass
