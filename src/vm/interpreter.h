// The bytecode interpreter: runs frames, calls Python functions, resumes
// generators.
#pragma once
#include "object/object.h"
#include "vm/frame.h"

namespace klass {

class VM;
struct Code;
struct Dict;
struct Function;
struct Tuple;

// Runs a module body or exec'd code with the given namespaces (locals may be
// any mapping; pass error() to use globals).
Value run_code(VM& vm, Code* code, Dict* globals, Value locals);
// Runs a class body: the function's code with `ns` as its locals mapping
// (the namespace __prepare__ returned). Returns the body's result (the
// __class__ cell or None).
Value run_class_body(VM& vm, Function* body, Value ns);
// Calls a Python function (vectorcall convention).
Value call_function(VM& vm, Function* fn, const Value* args, size_t nargs, Tuple* kwnames);
// Executes a frame that has been set up (and linked as vm.frame) until it
// returns or, for a generator frame, yields. *yielded tells which. With
// `throwing`, the VM's pending exception is raised at the frame's current
// instruction first (generator.throw()).
Value run_frame(VM& vm, Frame* frame, bool* yielded, bool throwing = false);

// The frame stack: a contiguous region frames are pushed on.
struct FrameStack {
  char* base = nullptr;
  char* top = nullptr;     // first free byte
  char* limit = nullptr;
};
void frame_stack_init(FrameStack& s, size_t bytes);
void frame_stack_free(FrameStack& s);
// Bytes a frame for `code` needs.
size_t frame_size(const Code* code);
// Pushes an uninitialised frame; null with RecursionError/MemoryError raised.
Frame* push_frame(VM& vm, Code* code);
void pop_frame(VM& vm, Frame* f);

}  // namespace klass
