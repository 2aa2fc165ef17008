// Frames of running Python code.
//
// A frame is a header followed by its "localsplus" slots (locals, cells, free
// variables) and its value stack, in one block. Ordinary calls push frames on
// the VM's contiguous frame stack (vm/stack.h) and never allocate; a generator
// keeps its frame inside the generator object. A Python-level frame object
// (`sys._getframe()`, tracebacks) is made only when asked for, and points back
// here while the frame runs (then takes a copy of what it needs when the frame
// ends).
#pragma once
#include "compile/opcodes.h"
#include "object/object.h"

namespace klass {

struct Code;
struct Dict;
struct Function;
struct FrameObject;

struct Frame {
  Code* code;
  Function* func;          // null for module/class bodies run by exec
  Dict* globals;
  Dict* builtins;
  Value locals;            // the locals mapping for module/class bodies and exec; error() for functions
  Frame* back;             // the caller
  FrameObject* object;     // materialised frame object, or null
  const Instr* ip;         // next instruction to run (while suspended or calling: the one after)
  Value* sp;               // stack pointer (one past the top)
  uint32_t size;           // bytes of the whole block, header included
  bool is_entry;           // a native caller waits for this frame's result (return leaves run())
  bool in_generator;       // lives inside a generator object
  uint8_t owner_kind;      // 0 stack, 1 generator
  Obj* generator;          // the owning generator when in_generator
  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base();     // localsplus() + code->nlocalsplus
  // Index of the instruction being executed (the last one started).
  size_t lasti() const;
};

}  // namespace klass
