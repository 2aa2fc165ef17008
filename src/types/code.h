// code objects: compiled bytecode ready to run, made from a CodeUnit
// (compile/code_unit.h) by code_from_unit, which turns its constants and names
// into VM objects once.
#pragma once
#include <memory>
#include "compile/code_unit.h"
#include "object/object.h"

namespace klass {

class VM;
struct Str;
struct Tuple;

// One inline-cache slot used by a self-specialising instruction (vm/specialize.h).
struct InlineCache {
  uint64_t version = 0;   // type or dict version the entry is valid for
  uintptr_t data = 0;     // what was cached (an index, a pointer ...)
  Value value;            // a cached object, when one is needed
  uint32_t counter = 0;   // misses before the instruction gives up specialising
};

struct Code : Obj {
  std::shared_ptr<const CodeUnit>* unit;  // owned; spans, exception table, raw flags
  Instr* instrs;            // owned copy, rewritten in place by the specialiser
  InlineCache* caches;      // owned, unit->cache_count entries
  size_t ninstrs;
  Tuple* consts;
  Tuple* names;             // Str per co_names entry
  Tuple* localsplus_names;  // Str per localsplus slot
  Str* name;
  Str* qualname;
  Str* filename;
  int argcount, posonlyargcount, kwonlyargcount;
  int nlocalsplus, stacksize, firstlineno;
  uint32_t flags;
  int ncells, nfree;        // how many localsplus slots are cells / free vars
  int first_free;           // index of the first free var slot
  const CodeUnit& u() const { return **unit; }
};

Code* code_from_unit(VM& vm, std::shared_ptr<const CodeUnit> unit);
// The source span of the instruction at `index` (for tracebacks and f_lineno).
SourceSpan code_span(const Code* c, size_t index);
int code_line(const Code* c, size_t index);

void init_code_type(VM& vm);

}  // namespace klass
