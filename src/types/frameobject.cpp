// Frame objects: the Python view of a frame, made only when asked for
// (sys._getframe, tracebacks, generator.gi_frame).
#include <cstdio>
#include <string>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/code.h"
#include "types/dict.h"
#include "types/function.h"
#include "types/int.h"
#include "types/misc.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace klass {

namespace {

void trace_frame_object(Obj* o, Tracer& t) {
  auto* f = static_cast<FrameObject*>(o);
  t.visit(f->code);
  t.visit(f->globals);
  t.visit(f->builtins);
  t.visit(f->locals);
  t.visit(f->back);
}
const Layout kFrameLayout{"frame", trace_frame_object, nullptr};

FrameObject* fo(Value v) { return v.as<FrameObject>(); }
Value make_int_value(VM& vm, int64_t i) { return make_int(vm, i); }

Value get_f_code(VM& vm, Value s) { return val(fo(s)->code); }
Value get_f_globals(VM& vm, Value s) { return val(fo(s)->globals); }
Value get_f_builtins(VM& vm, Value s) { return val(fo(s)->builtins); }
Value get_f_lineno(VM& vm, Value s) { return make_int_value(vm, frame_lineno(fo(s))); }
Value get_f_lasti(VM& vm, Value s) {
  FrameObject* f = fo(s);
  int lasti = f->live ? static_cast<int>(f->live->lasti()) : f->lasti;
  return make_int_value(vm, lasti * 2);
}
Value get_f_back(VM& vm, Value s) {
  FrameObject* f = fo(s);
  if (f->live) {
    Frame* back = f->live->back;
    return back ? frame_object(vm, back) : Value::none();
  }
  return f->back.ok() ? f->back : Value::none();
}
Value get_f_locals(VM& vm, Value s) {
  FrameObject* f = fo(s);
  if (f->live) return frame_locals(vm, f->live);
  return f->locals.ok() ? f->locals : make_dict(vm);
}
Value get_f_trace(VM& vm, Value s) { return Value::none(); }
bool set_f_trace(VM& vm, Value s, Value v) { return true; }

Value frame_repr(VM& vm, const Value* args, size_t, Tuple*) {
  FrameObject* f = fo(args[0]);
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(args[0].bits()));
  return make_str(vm, "<frame at " + std::string(buf) + ", file '" + std::string(f->code->filename->view()) +
                          "', line " + std::to_string(frame_lineno(f)) + ", code " +
                          std::string(f->code->name->view()) + ">");
}

Value frame_clear(VM& vm, const Value* args, size_t, Tuple*) {
  FrameObject* f = fo(args[0]);
  if (f->live) return raise(vm, vm.e.RuntimeError, "cannot clear an executing frame");
  f->locals = Value::error();
  return Value::none();
}

const MethodDef kFrameMethods[] = {{"__repr__", frame_repr, METH_SLOT}, {"clear", frame_clear, 0}, {}};
const GetSetDef kFrameGetSets[] = {{"f_code", get_f_code},       {"f_globals", get_f_globals},
                                   {"f_builtins", get_f_builtins}, {"f_lineno", get_f_lineno},
                                   {"f_lasti", get_f_lasti},     {"f_back", get_f_back},
                                   {"f_locals", get_f_locals},   {"f_trace", get_f_trace, set_f_trace},
                                   {}};

}  // namespace

Value frame_object(VM& vm, Frame* f) {
  if (f->object) return val(f->object);
  Obj* o = alloc_object(vm, vm.t.frame);
  if (!o) return Value::error();
  auto* fobj = static_cast<FrameObject*>(o);
  fobj->live = f;
  fobj->code = f->code;
  fobj->globals = f->globals;
  fobj->builtins = f->builtins;
  fobj->locals = Value::error();
  fobj->back = Value::error();
  f->object = fobj;
  return val(o);
}

void frame_object_detach(VM& vm, Frame* f) {
  FrameObject* fobj = f->object;
  if (!fobj) return;
  // Keep what the frame object shows once the frame is gone.
  fobj->lasti = static_cast<int>(f->lasti());
  Value saved = vm.current_exc;
  Value locals = frame_locals(vm, f);
  fobj->locals = locals.ok() ? locals : Value::error();
  fobj->back = f->back ? frame_object(vm, f->back) : Value::none();
  if (!fobj->back.ok()) fobj->back = Value::none();
  vm.current_exc = saved;
  fobj->live = nullptr;
  f->object = nullptr;
}

Value frame_locals(VM& vm, Frame* f) {
  if (f->locals.ok()) return f->locals;
  Value d = make_dict(vm);
  if (!d.ok()) return d;
  Code* c = f->code;
  const auto& kinds = c->u().localsplus_kinds;
  for (int i = 0; i < c->nlocalsplus; ++i) {
    Value v = f->localsplus()[i];
    if (!v.ok()) continue;
    if (kinds[i] & (LOCAL_CELL | LOCAL_FREE)) {
      if (!v.is_object() || v.as_object()->cls != vm.t.cell) {
        if (kinds[i] & LOCAL_FREE) continue;
      } else {
        v = v.as<Cell>()->contents;
        if (!v.ok()) continue;
      }
    }
    if (!dict_set(vm, d.as<Dict>(), (*c->localsplus_names)[i], v)) return Value::error();
  }
  return d;
}

int frame_lineno(FrameObject* f) {
  size_t lasti = f->live ? f->live->lasti() : static_cast<size_t>(f->lasti);
  return code_line(f->code, lasti);
}

void init_frame_type(VM& vm) {
  setup_builtin_type(vm, vm.t.frame, "frame", vm.t.object, &kFrameLayout, sizeof(FrameObject), 0);
  add_methods(vm, vm.t.frame, kFrameMethods);
  add_getsets(vm, vm.t.frame, kFrameGetSets);
}

}  // namespace klass
