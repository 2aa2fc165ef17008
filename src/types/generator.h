// Generators: a function whose frame survives between resumptions.
#pragma once
#include "object/object.h"

namespace klass {

class VM;
struct Frame;
struct Str;

struct Generator : Obj {
  Frame* frame;        // malloc'd block holding the frame (see vm/frame.h); null once finished
  Str* name;
  Str* qualname;
  bool running;
  bool started;
  bool finished;
  bool is_coroutine;
};

// Moves the running frame `f` into a new generator (RETURN_GENERATOR).
Value make_generator(VM& vm, Frame* f);
// gen.send(v): yields the next value; error() with StopIteration(return value)
// raised when the generator returns. With `exhaust_quietly`, a plain return
// gives error() with no exception (for iteration).
Value gen_send(VM& vm, Generator* g, Value v, bool exhaust_quietly);
Value gen_throw(VM& vm, Generator* g, Value exc);
Value gen_close(VM& vm, Generator* g);
// The sub-iterator a generator suspended in `yield from` delegates to, or error().
Value gen_yieldfrom(Generator* g);

void init_generator_type(VM& vm);

}  // namespace klass
