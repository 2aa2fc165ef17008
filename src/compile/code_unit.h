// The compiler's output: a code unit is plain C++ data (no GC objects), so the
// compiler needs no VM and compiled code can be cached or embedded. The VM turns
// a CodeUnit into a `code` object (vm/code_loader) when it runs it.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "compile/opcodes.h"

namespace klass {

struct CodeUnit;

// A compile-time constant. Tuples and frozensets of constants are folded by the
// compiler (e.g. `x in (1, 2)`, default arguments, KW_NAMES tuples).
struct ConstValue {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Imag, Str, Bytes, Tuple, FrozenSet, Code };
  Kind kind = Kind::None;
  bool int_fits = true;                 // Int: true when `i` holds the value
  int64_t i = 0;                        // Int (when int_fits)
  double f = 0;                         // Float, Imag (the imaginary part)
  std::string s;                        // Str (UTF-8, generalized for lone surrogates), Bytes, or Int digits (decimal, with '-' sign) when !int_fits
  std::vector<ConstValue> items;        // Tuple, FrozenSet
  std::shared_ptr<const CodeUnit> code; // Code
};

// co_flags values, as CPython numbers them (inspect shows them).
enum CodeFlags : uint32_t {
  CO_OPTIMIZED = 0x1,
  CO_NEWLOCALS = 0x2,
  CO_VARARGS = 0x4,
  CO_VARKEYWORDS = 0x8,
  CO_NESTED = 0x10,
  CO_GENERATOR = 0x20,
  CO_NOFREE = 0x40,
  CO_COROUTINE = 0x80,
  CO_ITERABLE_COROUTINE = 0x100,
  CO_ASYNC_GENERATOR = 0x200,
  CO_FUTURE_ANNOTATIONS = 0x1000000,
};

// Kinds of the slots in a frame's "localsplus" array, as in CPython 3.11.
enum LocalKind : uint8_t {
  LOCAL_PLAIN = 0x20,  // a fast local
  LOCAL_CELL = 0x40,   // a cell created by this code (MAKE_CELL); an argument may also be a cell
  LOCAL_FREE = 0x80,   // a cell copied from the closure (COPY_FREE_VARS)
  LOCAL_ARG = 0x01,    // ORed in for parameters (informational)
};

struct CodeUnit {
  std::string name, qualname, filename;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t flags = 0;
  int firstlineno = 1;
  int stacksize = 0;
  std::vector<Instr> code;
  std::vector<SourceSpan> spans;            // one per instruction
  std::vector<ExceptionEntry> exceptions;   // sorted by start; inner ranges first when nested
  std::vector<ConstValue> consts;           // consts[0] is the docstring (or None) for functions
  std::vector<std::string> names;           // attribute/global/import names (co_names)
  std::vector<std::string> localsplus_names;
  std::vector<uint8_t> localsplus_kinds;    // LocalKind bits, parallel to localsplus_names
  uint16_t cache_count = 0;                 // number of inline-cache slots the instructions use
};

}  // namespace klass
