// Generators: send/throw/close and iteration, with `yield from` delegation.
#include "types/generator.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/code.h"
#include "types/dict.h"
#include "types/exception.h"
#include "types/function.h"
#include "types/misc.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/interpreter.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace klass {

namespace {

// The generator's frame block lives outside the GC heap; its values are
// found by scanning it conservatively (like the frame stack, see
// VM::trace_roots), which needs no bookkeeping of the stack depth.
__attribute__((no_sanitize_address)) void trace_generator(Obj* o, Tracer& t) {
  auto* g = static_cast<Generator*>(o);
  t.visit(g->name);
  t.visit(g->qualname);
  Frame* f = g->frame;
  if (!f) return;
  t.visit(f->code);
  t.visit(f->func);
  t.visit(f->globals);
  t.visit(f->builtins);
  t.visit(f->locals);
  t.visit(reinterpret_cast<Obj*>(f->object));
  Value* begin = f->localsplus();
  Value* end = reinterpret_cast<Value*>(reinterpret_cast<char*>(f) + f->size);
  for (Value* p = begin; p < end; ++p) t.visit(*p);
}
void finalize_generator(Obj* o) {
  auto* g = static_cast<Generator*>(o);
  std::free(g->frame);
  g->frame = nullptr;
}
const Layout kGeneratorLayout{"generator", trace_generator, finalize_generator};

Generator* gen(Value v) { return v.as<Generator>(); }

// Resumes the generator with `value` pushed (or with an exception to raise at
// the yield point). Returns the yielded value; error() when it finished or
// failed (*finished tells which for a clean return: then *result holds the
// return value and no exception is pending).
Value resume(VM& vm, Generator* g, Value value, Value exc, bool* returned, Value* result) {
  *returned = false;
  Frame* f = g->frame;
  if (g->running) return raise(vm, vm.e.ValueError, "generator already executing");
  if (vm.depth >= vm.recursion_limit) return raise(vm, vm.e.RecursionError, "maximum recursion depth exceeded");
  g->running = true;
  g->started = true;
  f->back = vm.frame;
  f->is_entry = true;
  ++vm.depth;
  bool yielded = false;
  Value r;
  if (exc.ok()) {
    // Raise at the suspension point: the interpreter's unwinding finds the
    // handler for the yield instruction.
    vm.current_exc = exc;
    r = run_frame(vm, f, &yielded, true);
  } else {
    *f->sp++ = value;
    r = run_frame(vm, f, &yielded);
  }
  g->running = false;
  if (yielded) return r;
  // Finished: the frame is done for good.
  g->finished = true;
  std::free(g->frame);
  g->frame = nullptr;
  if (r.ok()) {
    *returned = true;
    *result = r;
    return Value::error();
  }
  // A StopIteration escaping a generator becomes RuntimeError (PEP 479).
  if (exc_matches(vm, vm.e.StopIteration) || exc_matches(vm, vm.e.StopAsyncIteration)) {
    Value inner = take_exc(vm);
    raise(vm, vm.e.RuntimeError, "generator raised StopIteration");
    Value outer = vm.current_exc;
    outer.as<ExceptionObj>()->cause = inner;
    outer.as<ExceptionObj>()->context = inner;
    outer.as<ExceptionObj>()->suppress_context = true;
  }
  return Value::error();
}

Value gen_iter(VM& vm, const Value* args, size_t, Tuple*) { return args[0]; }

Value gen_next_m(VM& vm, const Value* args, size_t, Tuple*) {
  return gen_send(vm, gen(args[0]), Value::none(), false);
}

Value gen_iternext(VM& vm, Value it) { return gen_send(vm, gen(it), Value::none(), true); }

Value gen_send_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raisef(vm, vm.e.TypeError, "generator.send() takes exactly one argument (%zu given)", nargs - 1);
  return gen_send(vm, gen(args[0]), args[1], false);
}

Value gen_throw_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 2 || nargs > 4) return raise(vm, vm.e.TypeError, "throw expected at least 1 argument, got 0");
  Value typ = args[1];
  Value v = nargs > 2 ? args[2] : Value::none();
  Value tb = nargs > 3 ? args[3] : Value::none();
  Value exc;
  if (is_exception_class(vm, typ)) {
    if (is_exception_instance(vm, v)) {
      exc = v;
    } else {
      Value a = v.is_none() ? vm.empty_tuple : (is_exact(vm, v, vm.t.tuple) ? v : make_tuple(vm, {v}));
      exc = call(vm, typ, a.as<Tuple>()->items(), a.as<Tuple>()->size);
      if (!exc.ok()) return exc;
    }
  } else if (is_exception_instance(vm, typ)) {
    if (!v.is_none()) return raise(vm, vm.e.TypeError, "instance exception may not have a separate value");
    exc = typ;
  } else {
    return raisef(vm, vm.e.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                  type_name(typ));
  }
  if (!tb.is_none()) exc.as<ExceptionObj>()->traceback = tb;
  return gen_throw(vm, gen(args[0]), exc);
}

Value gen_close_m(VM& vm, const Value* args, size_t, Tuple*) { return gen_close(vm, gen(args[0])); }

Value gen_repr(VM& vm, const Value* args, size_t, Tuple*) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(args[0].bits()));
  return make_str(vm, "<generator object " + std::string(gen(args[0])->qualname->view()) + " at " + buf + ">");
}

Value get_name(VM& vm, Value s) { return val(gen(s)->name); }
bool set_name(VM& vm, Value s, Value v) {
  if (!v.ok() || !isinstance_of(vm, v, vm.t.str)) {
    raise(vm, vm.e.TypeError, "__name__ must be set to a string object");
    return false;
  }
  gen(s)->name = v.as<Str>();
  return true;
}
Value get_qualname(VM& vm, Value s) { return val(gen(s)->qualname); }
bool set_qualname(VM& vm, Value s, Value v) {
  if (!v.ok() || !isinstance_of(vm, v, vm.t.str)) {
    raise(vm, vm.e.TypeError, "__qualname__ must be set to a string object");
    return false;
  }
  gen(s)->qualname = v.as<Str>();
  return true;
}
Value get_running(VM& vm, Value s) { return Value::boolean(gen(s)->running); }
Value get_frame(VM& vm, Value s) {
  Generator* g = gen(s);
  if (!g->frame) return Value::none();
  return frame_object(vm, g->frame);
}
Value get_code(VM& vm, Value s) {
  Generator* g = gen(s);
  return g->frame ? val(g->frame->code) : Value::none();
}
Value get_yieldfrom(VM& vm, Value s) {
  Value y = gen_yieldfrom(gen(s));
  return y.ok() ? y : Value::none();
}
Value get_suspended(VM& vm, Value s) {
  Generator* g = gen(s);
  return Value::boolean(g->frame && g->started && !g->running);
}

const MethodDef kGenMethods[] = {{"__iter__", gen_iter, METH_SLOT, "Implement iter(self)."},
                                 {"__next__", gen_next_m, METH_SLOT, "Implement next(self)."},
                                 {"__repr__", gen_repr, METH_SLOT},
                                 {"send", gen_send_m, 0},
                                 {"throw", gen_throw_m, 0},
                                 {"close", gen_close_m, 0},
                                 {}};
const GetSetDef kGenGetSets[] = {{"__name__", get_name, set_name},
                                 {"__qualname__", get_qualname, set_qualname},
                                 {"gi_running", get_running},
                                 {"gi_frame", get_frame},
                                 {"gi_code", get_code},
                                 {"gi_yieldfrom", get_yieldfrom},
                                 {"gi_suspended", get_suspended},
                                 {}};

}  // namespace

Value make_generator(VM& vm, Frame* f) {
  Obj* o = alloc_object(vm, vm.t.generator);
  if (!o) return Value::error();
  auto* g = static_cast<Generator*>(o);
  auto* copy = static_cast<Frame*>(std::malloc(f->size));
  if (!copy) return raise_memory_error(vm);
  std::memcpy(static_cast<void*>(copy), f, f->size);
  // Values on the stack move with the frame.
  copy->sp = copy->localsplus() + (f->sp - f->localsplus());
  copy->in_generator = true;
  copy->generator = o;
  copy->object = nullptr;
  if (f->object) {
    // The frame object follows the frame into the generator.
    copy->object = f->object;
    f->object->live = copy;
    f->object = nullptr;
  }
  g->frame = copy;
  g->name = f->func ? f->func->name : f->code->name;
  g->qualname = f->func ? f->func->qualname : f->code->qualname;
  return val(o);
}

Value gen_send(VM& vm, Generator* g, Value v, bool exhaust_quietly) {
  if (!g->frame) {
    if (exhaust_quietly) return Value::error();
    return raise_stop_iteration(vm, Value::none());
  }
  if (!g->started && !v.is_none())
    return raise(vm, vm.e.TypeError, "can't send non-None value to a just-started generator");
  bool returned;
  Value result;
  Value r = resume(vm, g, v, Value::error(), &returned, &result);
  if (r.ok()) return r;
  if (returned) {
    // Like CPython's tp_iternext, a generator that returns None ends
    // quietly; any other return value travels in StopIteration.value.
    if (exhaust_quietly && result.is_none()) return Value::error();
    return raise_stop_iteration(vm, result);
  }
  return r;
}

Value gen_yieldfrom(Generator* g) {
  Frame* f = g->frame;
  if (!f || !g->started || g->running) return Value::error();
  // Suspended at a `yield from`/`await` yield: the sub-iterator is the value
  // under the top of the stack (SEND's operand).
  const Instr* last = f->ip - 1;
  if (last->op == Op::YIELD_VALUE && (last->flags & 1)) return f->sp[-1];
  return Value::error();
}

Value gen_throw(VM& vm, Generator* g, Value exc) {
  if (!g->frame) return raise_value(vm, exc);
  Value sub = gen_yieldfrom(g);
  if (sub.ok()) {
    // Delegate to the sub-iterator first (PEP 380).
    Value r;
    bool is_gen = sub.is_object() && sub.as_object()->cls == vm.t.generator;
    if (exception_matches(vm, exc, val(vm.e.GeneratorExit)) == 1) {
      if (is_gen) {
        r = gen_close(vm, sub.as<Generator>());
      } else {
        Value close = getattr_opt(vm, sub, vm.n.close);
        r = close.ok() ? call0(vm, close) : (vm.has_exc() ? Value::error() : Value::none());
      }
      if (!r.ok()) {
        bool returned;
        Value result;
        Value pending = take_exc(vm);
        Value rr = resume(vm, g, Value::none(), pending, &returned, &result);
        if (!rr.ok() && returned) return raise_stop_iteration(vm, result);
        return rr;
      }
    } else {
      if (is_gen) {
        r = gen_throw(vm, sub.as<Generator>(), exc);
      } else {
        Value th = getattr_opt(vm, sub, vm.n.throw_);
        if (!th.ok()) {
          if (vm.has_exc()) r = Value::error();
          else {
            // No throw(): raise in the delegating generator.
            bool returned;
            Value result;
            Value rr = resume(vm, g, Value::none(), exc, &returned, &result);
            if (!rr.ok() && returned) return raise_stop_iteration(vm, result);
            return rr;
          }
        } else {
          Value a[3] = {val(type_of(vm, exc)), exc, exc.as<ExceptionObj>()->traceback};
          r = call(vm, th, a, 3);
        }
      }
      if (r.ok()) return r;  // the sub-iterator yielded
      // The sub-iterator finished (StopIteration: resume with its value) or failed.
      bool returned;
      Value result;
      if (exc_matches(vm, vm.e.StopIteration)) {
        Value stop = take_exc(vm);
        Value value = stop_iteration_value(vm, stop);
        // Leave the SEND loop as if the sub-iterator had returned `value`:
        // pop it and continue at SEND's target with the value pushed.
        Frame* f = g->frame;
        const Instr* send = f->ip - 1;
        while (send > f->code->instrs && send->op != Op::SEND) --send;
        f->sp--;
        f->ip = f->code->instrs + send->arg;
        Value rr = resume(vm, g, value, Value::error(), &returned, &result);
        if (!rr.ok() && returned) return raise_stop_iteration(vm, result);
        return rr;
      }
      Value pending = take_exc(vm);
      Value rr = resume(vm, g, Value::none(), pending, &returned, &result);
      if (!rr.ok() && returned) return raise_stop_iteration(vm, result);
      return rr;
    }
  }
  bool returned;
  Value result;
  Value r = resume(vm, g, Value::none(), exc, &returned, &result);
  if (!r.ok() && returned) return raise_stop_iteration(vm, result);
  return r;
}

Value gen_close(VM& vm, Generator* g) {
  if (!g->frame) return Value::none();
  if (!g->started) {
    // Never started: nothing to unwind.
    g->finished = true;
    std::free(g->frame);
    g->frame = nullptr;
    return Value::none();
  }
  Value exit_exc = make_exception(vm, vm.e.GeneratorExit, vm.empty_tuple);
  if (!exit_exc.ok()) return exit_exc;
  Value r = gen_throw(vm, g, exit_exc);
  if (r.ok()) return raise(vm, vm.e.RuntimeError, "generator ignored GeneratorExit");
  if (exc_matches(vm, vm.e.GeneratorExit) || exc_matches(vm, vm.e.StopIteration)) {
    clear_exc(vm);
    return Value::none();
  }
  return Value::error();
}

void init_generator_type(VM& vm) {
  setup_builtin_type(vm, vm.t.generator, "generator", vm.t.object, &kGeneratorLayout, sizeof(Generator), 0);
  vm.t.generator->iternext = gen_iternext;
  add_methods(vm, vm.t.generator, kGenMethods);
  add_getsets(vm, vm.t.generator, kGenGetSets);
}

}  // namespace klass
