// The instruction set of the klass VM.
//
// Every instruction is one 64-bit word: an opcode, a 16-bit inline-cache index
// (for instructions that specialise themselves, see vm/specialize.h) and a
// 32-bit argument. Jump targets are absolute instruction indices.
//
// The set follows the shape of CPython 3.11's bytecode (so compiling Python is
// the well-trodden path) with these simplifications: no EXTENDED_ARG, no
// PRECALL, no CACHE entries in the stream, absolute jumps.
//
// Stack effects are written [before] -> [after], top of stack on the right.
// "null" is the empty Value used as a marker (Value::error()).
//
// Exceptions use a table, not setup instructions (zero cost when nothing is
// raised): Code::exception_table lists (start, end, target, depth, lasti)
// ranges; when instruction i raises, the innermost entry with start <= i < end
// is used: the stack is cut to `depth` values, the index of the raising
// instruction is pushed as a small int if `lasti` is set, then the exception,
// and execution continues at `target`. With no entry the frame returns the
// error to its caller.
#pragma once
#include <cstdint>

namespace klass {

#define KLASS_OPCODES(X)                                                                        \
  X(NOP)                  /* [] -> [] */                                                        \
  X(POP_TOP)              /* [a] -> [] */                                                       \
  X(PUSH_NULL)            /* [] -> [null] */                                                    \
  X(COPY)                 /* arg=n>=1: [.. x (n-1 more)] -> [.. x .. x]  (COPY 1 duplicates top) */ \
  X(SWAP)                 /* arg=n>=2: swaps top with the n-th item from the top */             \
  X(LOAD_CONST)           /* arg=const index: [] -> [consts[arg]] */                             \
  X(LOAD_FAST)            /* arg=local index: [] -> [value]; UnboundLocalError if unset */      \
  X(STORE_FAST)           /* [v] -> [] */                                                       \
  X(DELETE_FAST)          /* UnboundLocalError if unset */                                      \
  X(MAKE_CELL)            /* arg=localsplus index: wraps the slot's value (or nothing) in a new cell */ \
  X(COPY_FREE_VARS)       /* arg=n: copies the function's n closure cells into the last n slots */ \
  X(LOAD_CLOSURE)         /* arg=localsplus index of a cell: [] -> [cell] */                    \
  X(LOAD_DEREF)           /* [] -> [cell contents]; NameError/UnboundLocalError if empty */     \
  X(LOAD_CLASSDEREF)      /* class bodies: locals mapping first, then the cell */               \
  X(STORE_DEREF)          /* [v] -> [] */                                                       \
  X(DELETE_DEREF)                                                                               \
  X(LOAD_NAME)            /* arg=name index: locals mapping, globals, builtins */                \
  X(STORE_NAME)           /* [v] -> []  into the locals mapping */                              \
  X(DELETE_NAME)                                                                                \
  X(LOAD_GLOBAL)          /* arg=name index: [] -> [v] (globals, then builtins) */               \
  X(STORE_GLOBAL)                                                                               \
  X(DELETE_GLOBAL)                                                                              \
  X(LOAD_ATTR)            /* arg=name index: [obj] -> [obj.name] */                              \
  X(STORE_ATTR)           /* [v obj] -> []   obj.name = v */                                    \
  X(DELETE_ATTR)          /* [obj] -> [] */                                                     \
  X(LOAD_METHOD)          /* [obj] -> [meth obj] when obj.name is a plain method found on the   \
                             class (unbound), else [obj.name null] */                           \
  X(LOAD_SUPER_ATTR)      /* reserved */                                                        \
  X(KW_NAMES)             /* arg=const index of a tuple of str: keyword names for the next CALL */ \
  X(CALL)                 /* arg=n: [callable self_or_null arg1..argn] -> [result]; if           \
                             self_or_null is set it becomes the first argument. The last         \
                             len(kw_names) arguments are keyword arguments. */                  \
  X(CALL_FUNCTION_EX)     /* arg&1: [callable null args kwargs_dict] else [callable null args]; `args` \
                             may be any iterable for f(*x) (made a tuple, TypeError as CPython) */ \
  X(BINARY_OP)            /* arg=BinaryOp: [a b] -> [a op b] */                                  \
  X(UNARY_NEGATIVE)                                                                             \
  X(UNARY_POSITIVE)                                                                             \
  X(UNARY_INVERT)                                                                               \
  X(UNARY_NOT)                                                                                  \
  X(COMPARE_OP)           /* arg=CompareOp: [a b] -> [result] */                                 \
  X(IS_OP)                /* arg=1 for 'is not': [a b] -> [bool] */                              \
  X(CONTAINS_OP)          /* arg=1 for 'not in': [a b] -> [a in b] */                            \
  X(BINARY_SUBSCR)        /* [c k] -> [c[k]] */                                                  \
  X(STORE_SUBSCR)         /* [v c k] -> []   c[k] = v */                                        \
  X(DELETE_SUBSCR)        /* [c k] -> [] */                                                     \
  X(BUILD_SLICE)          /* arg=2|3: [start stop (step)] -> [slice] */                          \
  X(BUILD_TUPLE)          /* arg=n */                                                           \
  X(BUILD_LIST)                                                                                 \
  X(BUILD_SET)                                                                                  \
  X(BUILD_MAP)            /* arg=n: [k1 v1 .. kn vn] -> [dict] */                                \
  X(BUILD_CONST_KEY_MAP)  /* arg=n: [v1..vn keys_tuple] -> [dict] */                             \
  X(BUILD_STRING)         /* arg=n: concatenates n str */                                       \
  X(LIST_APPEND)          /* arg=i: [.. list (i-1 items) v] -> [.. list (i-1 items)]; list = stack[-i-1] after pop */ \
  X(SET_ADD)              /* same shape as LIST_APPEND */                                       \
  X(MAP_ADD)              /* arg=i: [.. dict .. k v] -> [.. dict ..] */                          \
  X(LIST_EXTEND)          /* arg=i: extend stack[-i] (after popping the iterable) with the iterable */ \
  X(SET_UPDATE)                                                                                 \
  X(DICT_UPDATE)          /* dict.update semantics ({**a}) */                                   \
  X(DICT_MERGE)           /* f(**a): TypeError on duplicate keys or non-mapping */              \
  X(LIST_TO_TUPLE)        /* [list] -> [tuple] */                                               \
  X(FORMAT_VALUE)         /* arg&3: conversion (0 none,1 str,2 repr,3 ascii); arg&4: a format spec is on top. \
                             [v (spec)] -> [str] */                                             \
  X(UNPACK_SEQUENCE)      /* arg=n: [seq] -> [vn .. v1] (v1 on top) */                           \
  X(UNPACK_EX)            /* arg=before | after<<8: a, *b, c = seq */                           \
  X(GET_ITER)             /* [x] -> [iter(x)] */                                                \
  X(FOR_ITER)             /* arg=target: [it] -> [it next] or, when exhausted, pop it and jump */ \
  X(JUMP)                 /* arg=target (backward jumps also check for interrupts) */           \
  X(POP_JUMP_IF_FALSE)                                                                          \
  X(POP_JUMP_IF_TRUE)                                                                           \
  X(POP_JUMP_IF_NONE)                                                                           \
  X(POP_JUMP_IF_NOT_NONE)                                                                       \
  X(JUMP_IF_FALSE_OR_POP) /* and/or: keep the value and jump, or pop it */                      \
  X(JUMP_IF_TRUE_OR_POP)                                                                        \
  X(RETURN_VALUE)         /* [v] -> returns v */                                                \
  X(MAKE_FUNCTION)        /* arg flags: 1 defaults tuple, 2 kwdefaults dict, 4 annotations (tuple of \
                             name,value pairs flattened), 8 closure tuple of cells; stack: [those in \
                             order 1,2,4,8 .. code] -> [function] */                            \
  X(LOAD_BUILD_CLASS)     /* [] -> [builtins.__build_class__] */                                \
  X(LOAD_LOCALS)          /* [] -> [the frame's locals mapping] */                               \
  X(SETUP_ANNOTATIONS)    /* ensures __annotations__ exists in the locals mapping */            \
  X(IMPORT_NAME)          /* arg=name index: [level fromlist] -> [module] */                     \
  X(IMPORT_FROM)          /* arg=name index: [module] -> [module attr] */                        \
  X(IMPORT_STAR)          /* [module] -> [] */                                                  \
  X(RAISE_VARARGS)        /* arg=0 re-raise the handled exception; 1 [exc]; 2 [exc cause] */     \
  X(RERAISE)              /* arg=0: [exc] -> re-raises exc; arg=n>0: lasti is the n-th item below exc \
                             ([lasti exc] for 1, [lasti prev exc] for 2, as CPython) and is restored */ \
  X(PUSH_EXC_INFO)        /* [exc] -> [previous_handled exc]; exc becomes the handled exception */ \
  X(POP_EXCEPT)           /* [previous_handled] -> []; restores the handled exception */         \
  X(CHECK_EXC_MATCH)      /* [exc type] -> [exc bool]; TypeError for a non-exception type */     \
  X(CHECK_EG_MATCH)       /* except*: [eg type] -> [rest match] (match is None when nothing matched) */ \
  X(PREP_RERAISE_STAR)    /* [orig list] -> [exc or None] */                                     \
  X(LOAD_ASSERTION_ERROR)                                                                       \
  X(BEFORE_WITH)          /* [mgr] -> [bound __exit__, mgr.__enter__()] */                       \
  X(WITH_EXCEPT_START)    /* [exit lasti prev exc] -> [exit lasti prev exc result]: calls exit(type, exc, tb) */ \
  X(RETURN_GENERATOR)     /* first instruction of generator/coroutine code (after MAKE_CELL/COPY_FREE_VARS): \
                             makes the generator object; when first resumed, pushes the sent value \
                             (None), which the following POP_TOP drops: stack effect +1 */ \
  X(YIELD_VALUE)          /* [v] -> suspends, yielding v; resumes with [sent]. flags=1: the delegating \
                             yield of a `yield from`/await loop `SEND exit; YIELD_VALUE; JUMP back`: \
                             throw()/close() go to the sub-iterator [sub] below; when it finishes, \
                             continue at the SEND's target with its value */ \
  X(GET_YIELD_FROM_ITER)  /* [x] -> [iter(x)] (generators pass through) */                       \
  X(SEND)                 /* arg=target: [sub v] -> [sub result] or, when sub is done, [value] and jump */ \
  X(GET_AWAITABLE)        /* [x] -> [awaitable iterator]; arg as CPython: 0 await, 1 __aenter__, 2 __aexit__ */ \
  X(MATCH_MAPPING)        /* [s] -> [s bool] */                                                 \
  X(MATCH_SEQUENCE)       /* [s] -> [s bool] */                                                 \
  X(MATCH_KEYS)           /* [s keys] -> [s keys values_tuple_or_None] */                        \
  X(MATCH_CLASS)          /* arg=n positional: [s cls kw_names] -> [attrs_tuple_or_None] */       \
  X(GET_LEN)              /* [s] -> [s len(s)] */                                               \
  X(PRINT_EXPR)           /* interactive mode: [v] -> [] through sys.displayhook */              \
  X(DELETE_LOCAL_ON_EXIT) /* reserved */

enum class Op : uint8_t {
#define KLASS_OP_ENUM(name) name,
  KLASS_OPCODES(KLASS_OP_ENUM)
#undef KLASS_OP_ENUM
  COUNT_
};

const char* op_name(Op op);

// Argument of BINARY_OP. The in-place forms come second, in the same order, so
// that `op - kInplaceOffset` is the plain operator.
enum class BinaryOp : uint8_t {
  Add, And, FloorDivide, LShift, MatMul, Multiply, Remainder, Or, Power, RShift, Subtract,
  TrueDivide, Xor,
  InplaceAdd, InplaceAnd, InplaceFloorDivide, InplaceLShift, InplaceMatMul, InplaceMultiply,
  InplaceRemainder, InplaceOr, InplacePower, InplaceRShift, InplaceSubtract, InplaceTrueDivide,
  InplaceXor,
};
constexpr int kInplaceOffset = 13;

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

struct Instr {
  Op op;
  uint8_t flags = 0;   // free for the specialiser
  uint16_t cache = 0;  // index into Code::caches, or 0xffff for none
  uint32_t arg = 0;
};
static_assert(sizeof(Instr) == 8);

// One row of the exception table (see the top of this file).
struct ExceptionEntry {
  uint32_t start, end, target;
  uint16_t depth;
  bool push_lasti;
};

// Source span of one instruction, for tracebacks (with the 3.11 carets) and f_lineno.
struct SourceSpan {
  int32_t line = 0, end_line = 0;
  int32_t col = -1, end_col = -1;  // UTF-8 byte columns as in the AST; -1 when unknown
};

}  // namespace klass
