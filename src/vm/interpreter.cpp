// The bytecode interpreter. One C++ activation of run_frame runs a chain of
// Python frames: a Python-to-Python call pushes a frame and keeps looping, a
// return pops it. Native code calling back into Python starts a new run_frame.
//
// Exceptions are values: an instruction that fails jumps to `error`, which
// records a traceback entry and looks for a handler in the code's exception
// table (compile/opcodes.h), unwinding frames until one handles it or the entry
// frame returns error() to its native caller.
#include "vm/interpreter.h"

#include <cstdlib>
#include <cstring>
#include <vector>

#include "gc/heap.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/code.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/exception.h"
#include "types/function.h"
#include "types/generator.h"
#include "types/list.h"
#include "types/misc.h"
#include "types/set.h"
#include "types/str.h"
#include "types/tuple.h"
#include "modules/import.h"
#include "vm/call_bind.h"
#include "vm/errors.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace klass {

// ---- frame stack ----

void frame_stack_init(FrameStack& s, size_t bytes) {
  s.base = static_cast<char*>(std::malloc(bytes));
  s.top = s.base;
  s.limit = s.base ? s.base + bytes : nullptr;
}

void frame_stack_free(FrameStack& s) {
  std::free(s.base);
  s = FrameStack{};
}

size_t frame_size(const Code* code) {
  return sizeof(Frame) + (static_cast<size_t>(code->nlocalsplus) + code->stacksize + 1) * sizeof(Value);
}

Value* Frame::stack_base() { return localsplus() + code->nlocalsplus; }
size_t Frame::lasti() const { return ip > code->instrs ? static_cast<size_t>(ip - code->instrs - 1) : 0; }

Frame* push_frame(VM& vm, Code* code) {
  if (vm.depth >= vm.recursion_limit) {
    raise(vm, vm.e.RecursionError, "maximum recursion depth exceeded");
    return nullptr;
  }
  size_t size = frame_size(code);
  FrameStack& s = vm.frames;
  if (static_cast<size_t>(s.limit - s.top) < size) {
    raise(vm, vm.e.RecursionError, "maximum recursion depth exceeded (frame stack exhausted)");
    return nullptr;
  }
  auto* f = reinterpret_cast<Frame*>(s.top);
  s.top += size;
  std::memset(static_cast<void*>(f), 0, sizeof(Frame));
  f->code = code;
  f->size = static_cast<uint32_t>(size);
  f->ip = code->instrs;
  f->locals = Value::error();
  ++vm.depth;
  return f;
}

void pop_frame(VM& vm, Frame* f) {
  if (f->object) frame_object_detach(vm, f);
  --vm.depth;
  if (!f->in_generator) vm.frames.top = reinterpret_cast<char*>(f);
}

namespace {

// Sets up a frame for a Python function call; null on error.
Frame* setup_call(VM& vm, Function* fn, const Value* args, size_t nargs, Tuple* kwnames) {
  Frame* f = push_frame(vm, fn->code);
  if (!f) return nullptr;
  f->func = fn;
  f->globals = fn->globals;
  f->builtins = fn->builtins;
  f->back = vm.frame;
  if (!bind_function_args(vm, fn, f->localsplus(), args, nargs, kwnames)) {
    // The frame never ran: drop it without a traceback entry.
    --vm.depth;
    vm.frames.top = reinterpret_cast<char*>(f);
    return nullptr;
  }
  f->sp = f->stack_base();
  return f;
}

}  // namespace

Value call_function(VM& vm, Function* fn, const Value* args, size_t nargs, Tuple* kwnames) {
  Frame* f = setup_call(vm, fn, args, nargs, kwnames);
  if (!f) return Value::error();
  f->is_entry = true;
  bool yielded = false;
  return run_frame(vm, f, &yielded);
}

Value run_code(VM& vm, Code* code, Dict* globals, Value locals) {
  Frame* f = push_frame(vm, code);
  if (!f) return Value::error();
  f->globals = globals;
  Value b = dict_get_str(globals, vm.n.__builtins__);
  if (b.ok() && is_exact(vm, b, vm.t.module)) b = val(reinterpret_cast<Obj*>(module_dict_of(b)));
  f->builtins = b.ok() && isinstance_of(vm, b, vm.t.dict) ? b.as<Dict>() : vm.builtins;
  f->locals = locals.ok() ? locals : val(globals);
  f->back = vm.frame;
  for (int i = 0; i < code->nlocalsplus; ++i) f->localsplus()[i] = Value::error();
  f->sp = f->stack_base();
  f->is_entry = true;
  bool yielded = false;
  return run_frame(vm, f, &yielded);
}

Value run_class_body(VM& vm, Function* body, Value ns) {
  Frame* f = push_frame(vm, body->code);
  if (!f) return Value::error();
  f->func = body;
  f->globals = body->globals;
  f->builtins = body->builtins;
  f->locals = ns;
  f->back = vm.frame;
  for (int i = 0; i < body->code->nlocalsplus; ++i) f->localsplus()[i] = Value::error();
  f->sp = f->stack_base();
  f->is_entry = true;
  bool yielded = false;
  return run_frame(vm, f, &yielded);
}

namespace {

Value name_error(VM& vm, Str* name) {
  Value msg = make_str(vm, "name '" + std::string(name->view()) + "' is not defined");
  Value args = make_tuple(vm, {msg});
  Value exc = make_exception(vm, vm.e.NameError, args);
  if (exc.ok()) setattr(vm, exc, vm.n.name, val(name));
  return raise_value(vm, exc);
}

Value unbound_local(VM& vm, Code* code, size_t i) {
  return raisef(vm, vm.e.UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value",
                (*code->localsplus_names)[i].as<Str>()->data());
}

Value unbound_free(VM& vm, Code* code, size_t i) {
  Str* name = (*code->localsplus_names)[i].as<Str>();
  if (code->u().localsplus_kinds[i] & LOCAL_FREE)
    return raisef(vm, vm.e.NameError,
                  "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                  name->data());
  return unbound_local(vm, code, i);
}

// Global lookup: globals then builtins (both plain dicts here).
Value load_global(VM& vm, Frame* f, Str* name) {
  Value v = dict_get_str(f->globals, name);
  if (v.ok()) return v;
  v = dict_get_str(f->builtins, name);
  if (v.ok()) return v;
  return name_error(vm, name);
}

// Mapping lookup for LOAD_NAME on a non-dict locals mapping.
Value mapping_get(VM& vm, Value mapping, Str* name) {
  if (is_exact(vm, mapping, vm.t.dict)) return dict_get_str(mapping.as<Dict>(), name);
  Value r = get_item(vm, mapping, val(name));
  if (!r.ok() && exc_matches(vm, vm.e.KeyError)) clear_exc(vm);
  return r;
}

bool mapping_set(VM& vm, Value mapping, Str* name, Value v) {
  if (is_exact(vm, mapping, vm.t.dict)) return dict_set(vm, mapping.as<Dict>(), val(name), v);
  return set_item(vm, mapping, val(name), v);
}

// Finds the handler for instruction `lasti` in the exception table.
const ExceptionEntry* find_handler(const Code* code, size_t lasti) {
  for (const ExceptionEntry& e : code->u().exceptions)
    if (lasti >= e.start && lasti < e.end) return &e;
  return nullptr;
}

void record_traceback(VM& vm, Frame* f) {
  Value exc = vm.current_exc;
  if (!exc.ok()) return;
  Value fo = frame_object(vm, f);
  if (!fo.ok()) { clear_exc(vm); vm.current_exc = exc; return; }
  size_t lasti = f->lasti();
  add_traceback(vm, exc, fo, static_cast<int>(lasti), code_line(f->code, lasti));
}

// +, - and * of two small ints when the result is a small int too;
// error() when another path must handle it (other operators, overflow).
inline Value small_int_arith(BinaryOp op, int64_t x, int64_t y) {
  int64_t r;
  bool overflow;
  switch (op) {
    case BinaryOp::Add: case BinaryOp::InplaceAdd: overflow = __builtin_add_overflow(x, y, &r); break;
    case BinaryOp::Subtract: case BinaryOp::InplaceSubtract: overflow = __builtin_sub_overflow(x, y, &r); break;
    case BinaryOp::Multiply: case BinaryOp::InplaceMultiply: overflow = __builtin_mul_overflow(x, y, &r); break;
    default: return Value::error();
  }
  return !overflow && Value::fits_small(r) ? Value::small_int(r) : Value::error();
}

bool is_exception_type_arg(VM& vm, Value t) {
  if (is_exception_class(vm, t)) return true;
  if (is_exact(vm, t, vm.t.tuple)) {
    Tuple* tt = t.as<Tuple>();
    for (size_t i = 0; i < tt->size; ++i)
      if (!is_exception_class(vm, (*tt)[i])) return false;
    return true;
  }
  return false;
}

}  // namespace

Value run_frame(VM& vm, Frame* f, bool* yielded, bool throwing) {
  static void* const targets[] = {
#define KLASS_OP_LABEL(name) &&op_##name,
      KLASS_OPCODES(KLASS_OP_LABEL)
#undef KLASS_OP_LABEL
  };

  Frame* const entry_prev = f->back;
  vm.frame = f;
  Code* code;
  const Instr* ip;
  Value* sp;
  Value* locals;
  Value* consts;
  Tuple* names;
  Tuple* kwnames = nullptr;
  Value retval;

#define LOAD_FRAME_STATE()                  \
  do {                                      \
    code = f->code;                         \
    ip = f->ip;                             \
    sp = f->sp;                             \
    locals = f->localsplus();               \
    consts = code->consts->items();         \
    names = code->names;                    \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define NAME(i) ((*names)[i].as<Str>())
#define DISPATCH()                   \
  do {                               \
    f->ip = ip + 1;                  \
    goto* targets[static_cast<int>((ip++)->op)]; \
  } while (0)
#define ARG (ip[-1].arg)
#define JUMP_TO(t) (ip = code->instrs + (t))
#define CHECK(v)                \
  do {                          \
    if (!(v).ok()) goto error;  \
  } while (0)

  LOAD_FRAME_STATE();
  if (throwing) goto error;
  if (vm.pending_signal) goto check_signal;
  DISPATCH();

op_NOP:
  DISPATCH();
op_POP_TOP:
  --sp;
  DISPATCH();
op_PUSH_NULL:
  PUSH(Value::error());
  DISPATCH();
op_COPY: {
  Value v = PEEK(ARG);
  PUSH(v);
  DISPATCH();
}
op_SWAP: {
  Value t = TOP();
  TOP() = PEEK(ARG);
  PEEK(ARG) = t;
  DISPATCH();
}
op_LOAD_CONST:
  PUSH(consts[ARG]);
  DISPATCH();
op_LOAD_FAST: {
  Value v = locals[ARG];
  if (!v.ok()) {
    unbound_local(vm, code, ARG);
    goto error;
  }
  PUSH(v);
  DISPATCH();
}
op_STORE_FAST:
  locals[ARG] = POP();
  DISPATCH();
op_DELETE_FAST:
  if (!locals[ARG].ok()) {
    unbound_local(vm, code, ARG);
    goto error;
  }
  locals[ARG] = Value::error();
  DISPATCH();
op_MAKE_CELL: {
  Value c = make_cell(vm, locals[ARG]);
  CHECK(c);
  locals[ARG] = c;
  DISPATCH();
}
op_COPY_FREE_VARS: {
  Tuple* closure = f->func->closure;
  int n = static_cast<int>(ARG);
  for (int i = 0; i < n; ++i) locals[code->nlocalsplus - n + i] = (*closure)[i];
  DISPATCH();
}
op_LOAD_CLOSURE:
  PUSH(locals[ARG]);
  DISPATCH();
op_LOAD_DEREF: {
  Value v = locals[ARG].as<Cell>()->contents;
  if (!v.ok()) {
    unbound_free(vm, code, ARG);
    goto error;
  }
  PUSH(v);
  DISPATCH();
}
op_LOAD_CLASSDEREF: {
  Str* name = (*code->localsplus_names)[ARG].as<Str>();
  Value v = mapping_get(vm, f->locals, name);
  if (!v.ok()) {
    if (vm.has_exc()) goto error;
    v = locals[ARG].as<Cell>()->contents;
    if (!v.ok()) {
      unbound_free(vm, code, ARG);
      goto error;
    }
  }
  PUSH(v);
  DISPATCH();
}
op_STORE_DEREF:
  locals[ARG].as<Cell>()->contents = POP();
  DISPATCH();
op_DELETE_DEREF: {
  Cell* c = locals[ARG].as<Cell>();
  if (!c->contents.ok()) {
    unbound_free(vm, code, ARG);
    goto error;
  }
  c->contents = Value::error();
  DISPATCH();
}
op_LOAD_NAME: {
  Str* name = NAME(ARG);
  Value v = mapping_get(vm, f->locals, name);
  if (!v.ok()) {
    if (vm.has_exc()) goto error;
    v = dict_get_str(f->globals, name);
    if (!v.ok()) v = dict_get_str(f->builtins, name);
    if (!v.ok()) {
      name_error(vm, name);
      goto error;
    }
  }
  PUSH(v);
  DISPATCH();
}
op_STORE_NAME: {
  Value v = POP();
  if (!mapping_set(vm, f->locals, NAME(ARG), v)) goto error;
  DISPATCH();
}
op_DELETE_NAME: {
  Str* name = NAME(ARG);
  int r;
  if (is_exact(vm, f->locals, vm.t.dict)) {
    r = dict_del(vm, f->locals.as<Dict>(), val(name));
  } else {
    r = del_item(vm, f->locals, val(name)) ? 1 : -1;
    if (r < 0 && exc_matches(vm, vm.e.KeyError)) {
      clear_exc(vm);
      r = 0;
    }
  }
  if (r < 0) goto error;
  if (r == 0) {
    name_error(vm, name);
    goto error;
  }
  DISPATCH();
}
op_LOAD_GLOBAL: {
  Value v = load_global(vm, f, NAME(ARG));
  CHECK(v);
  PUSH(v);
  DISPATCH();
}
op_STORE_GLOBAL: {
  Value v = POP();
  if (!dict_set(vm, f->globals, val(NAME(ARG)), v)) goto error;
  DISPATCH();
}
op_DELETE_GLOBAL: {
  int r = dict_del(vm, f->globals, val(NAME(ARG)));
  if (r < 0) goto error;
  if (r == 0) {
    name_error(vm, NAME(ARG));
    goto error;
  }
  DISPATCH();
}
op_LOAD_ATTR: {
  Value v = getattr(vm, TOP(), NAME(ARG));
  CHECK(v);
  TOP() = v;
  DISPATCH();
}
op_STORE_ATTR: {
  Value obj = POP();
  Value v = POP();
  if (!setattr(vm, obj, NAME(ARG), v)) goto error;
  DISPATCH();
}
op_DELETE_ATTR: {
  Value obj = POP();
  if (!delattr(vm, obj, NAME(ARG))) goto error;
  DISPATCH();
}
op_LOAD_METHOD: {
  Value obj = TOP();
  Value meth;
  if (method_lookup(vm, obj, NAME(ARG), &meth)) {
    TOP() = meth;
    PUSH(obj);
  } else {
    CHECK(meth);
    TOP() = meth;
    PUSH(Value::error());
  }
  DISPATCH();
}
op_LOAD_SUPER_ATTR:
op_DELETE_LOCAL_ON_EXIT:
op_GET_AWAITABLE:
  raisef(vm, vm.e.SystemError, "klass: opcode %s is not supported yet", op_name(ip[-1].op));
  goto error;
op_KW_NAMES:
  kwnames = consts[ARG].as<Tuple>();
  DISPATCH();
op_CALL: {
  size_t n = ARG;
  Value* base = sp - n - 2;
  Value callable = base[0];
  Value* args = base + 2;
  if (base[1].ok()) {
    args = base + 1;
    ++n;
  } else if (callable.is_object() && callable.as_object()->cls == vm.t.method) {
    // Unpack a bound method into the spare slot so the call needs no copy.
    base[1] = callable.as<Method>()->self;
    callable = base[0] = callable.as<Method>()->func;
    args = base + 1;
    ++n;
  }
  Tuple* kw = kwnames;
  kwnames = nullptr;
  size_t npos = n - (kw ? kw->size : 0);
  if (callable.is_object() && callable.as_object()->cls == vm.t.function) {
    Function* fn = callable.as<Function>();
    f->sp = base;
    Frame* nf = setup_call(vm, fn, args, npos, kw);
    if (!nf) goto error;
    f = nf;
    vm.frame = f;
    LOAD_FRAME_STATE();
    if (vm.pending_signal) goto check_signal;
    DISPATCH();
  }
  f->sp = sp;
  Value r = call(vm, callable, args, npos, kw);
  sp = base;
  CHECK(r);
  PUSH(r);
  DISPATCH();
}
op_CALL_FUNCTION_EX: {
  Value kwargs = (ARG & 1) ? POP() : Value::error();
  Value args = POP();
  POP();  // null
  Value callable = POP();
  if (!is_exact(vm, args, vm.t.tuple)) {
    if (!is_iterable(vm, args)) {
      Value d = repr_function_name(vm, callable);
      raisef(vm, vm.e.TypeError, "%s argument after * must be an iterable, not %s",
             d.ok() ? sv(d).data() : "function", type_name(args));
      goto error;
    }
    args = tuple_from_iterable(vm, args);
    CHECK(args);
  }
  if (kwargs.ok() && !is_exact(vm, kwargs, vm.t.dict)) {
    Value d = make_dict(vm);
    CHECK(d);
    if (!dict_merge(vm, d.as<Dict>(), kwargs, callable)) goto error;
    kwargs = d;
  }
  f->sp = sp;
  Value r = call_with_tuple(vm, callable, args, kwargs);
  CHECK(r);
  PUSH(r);
  DISPATCH();
}
op_BINARY_OP: {
  Value b = POP();
  Value a = TOP();
  if (a.is_small_int() && b.is_small_int()) {
    Value r = small_int_arith(static_cast<BinaryOp>(ARG), a.as_small_int(), b.as_small_int());
    if (r.ok()) {
      TOP() = r;
      DISPATCH();
    }
  }
  Value r = binary_op(vm, static_cast<BinaryOp>(ARG), a, b);
  CHECK(r);
  TOP() = r;
  DISPATCH();
}
op_UNARY_NEGATIVE:
op_UNARY_POSITIVE:
op_UNARY_INVERT: {
  Value r = unary_op(vm, ip[-1].op, TOP());
  CHECK(r);
  TOP() = r;
  DISPATCH();
}
op_UNARY_NOT: {
  int t = truthy(vm, TOP());
  if (t < 0) goto error;
  TOP() = Value::boolean(!t);
  DISPATCH();
}
op_COMPARE_OP: {
  Value b = POP();
  Value a = TOP();
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    bool r = false;
    switch (static_cast<CompareOp>(ARG)) {
      case CompareOp::Lt: r = x < y; break;
      case CompareOp::Le: r = x <= y; break;
      case CompareOp::Eq: r = x == y; break;
      case CompareOp::Ne: r = x != y; break;
      case CompareOp::Gt: r = x > y; break;
      case CompareOp::Ge: r = x >= y; break;
    }
    TOP() = Value::boolean(r);
    DISPATCH();
  }
  Value r = compare(vm, static_cast<CompareOp>(ARG), a, b);
  CHECK(r);
  TOP() = r;
  DISPATCH();
}
op_IS_OP: {
  Value b = POP();
  bool same = TOP() == b;
  TOP() = Value::boolean(ARG ? !same : same);
  DISPATCH();
}
op_CONTAINS_OP: {
  Value container = POP();
  int r = contains(vm, container, TOP());
  if (r < 0) goto error;
  TOP() = Value::boolean(ARG ? !r : r);
  DISPATCH();
}
op_BINARY_SUBSCR: {
  Value k = POP();
  Value r = get_item(vm, TOP(), k);
  CHECK(r);
  TOP() = r;
  DISPATCH();
}
op_STORE_SUBSCR: {
  Value k = POP();
  Value c = POP();
  Value v = POP();
  if (!set_item(vm, c, k, v)) goto error;
  DISPATCH();
}
op_DELETE_SUBSCR: {
  Value k = POP();
  Value c = POP();
  if (!del_item(vm, c, k)) goto error;
  DISPATCH();
}
op_BUILD_SLICE: {
  Value step = ARG == 3 ? POP() : Value::none();
  Value stop = POP();
  Value start = TOP();
  Value s = make_slice(vm, start, stop, step);
  CHECK(s);
  TOP() = s;
  DISPATCH();
}
op_BUILD_TUPLE: {
  size_t n = ARG;
  Value t = n ? make_tuple(vm, sp - n, n) : vm.empty_tuple;
  CHECK(t);
  sp -= n;
  PUSH(t);
  DISPATCH();
}
op_BUILD_LIST: {
  size_t n = ARG;
  Value l = make_list(vm, sp - n, n);
  CHECK(l);
  sp -= n;
  PUSH(l);
  DISPATCH();
}
op_BUILD_SET: {
  size_t n = ARG;
  Value s = make_set(vm);
  CHECK(s);
  for (size_t i = 0; i < n; ++i)
    if (!set_add(vm, s.as<Set>(), sp[-static_cast<ptrdiff_t>(n) + static_cast<ptrdiff_t>(i)])) goto error;
  sp -= n;
  PUSH(s);
  DISPATCH();
}
op_BUILD_MAP: {
  size_t n = ARG;
  Value d = make_dict(vm, n);
  CHECK(d);
  Value* items = sp - 2 * n;
  for (size_t i = 0; i < n; ++i)
    if (!dict_set(vm, d.as<Dict>(), items[2 * i], items[2 * i + 1])) goto error;
  sp -= 2 * n;
  PUSH(d);
  DISPATCH();
}
op_BUILD_CONST_KEY_MAP: {
  size_t n = ARG;
  Tuple* keys = POP().as<Tuple>();
  Value d = make_dict(vm, n);
  CHECK(d);
  Value* items = sp - n;
  for (size_t i = 0; i < n; ++i)
    if (!dict_set(vm, d.as<Dict>(), (*keys)[i], items[i])) goto error;
  sp -= n;
  PUSH(d);
  DISPATCH();
}
op_BUILD_STRING: {
  size_t n = ARG;
  Value s = str_concat_many(vm, sp - n, n);
  CHECK(s);
  sp -= n;
  PUSH(s);
  DISPATCH();
}
op_LIST_APPEND: {
  Value v = POP();
  if (!list_append(vm, PEEK(ARG).as<List>(), v)) goto error;
  DISPATCH();
}
op_SET_ADD: {
  Value v = POP();
  if (!set_add(vm, PEEK(ARG).as<Set>(), v)) goto error;
  DISPATCH();
}
op_MAP_ADD: {
  Value v = POP();
  Value k = POP();
  if (!dict_set(vm, PEEK(ARG).as<Dict>(), k, v)) goto error;
  DISPATCH();
}
op_LIST_EXTEND: {
  Value it = POP();
  if (!list_extend(vm, PEEK(ARG).as<List>(), it)) {
    if (exc_matches(vm, vm.e.TypeError) && !is_iterable(vm, it)) {
      clear_exc(vm);
      raisef(vm, vm.e.TypeError, "Value after * must be an iterable, not %s", type_name(it));
    }
    goto error;
  }
  DISPATCH();
}
op_SET_UPDATE: {
  Value it = POP();
  if (!set_update(vm, PEEK(ARG).as<Set>(), it)) goto error;
  DISPATCH();
}
op_DICT_UPDATE: {
  Value other = POP();
  if (!dict_merge_mapping(vm, PEEK(ARG).as<Dict>(), other)) {
    if (exc_matches(vm, vm.e.AttributeError)) {
      clear_exc(vm);
      raisef(vm, vm.e.TypeError, "'%s' object is not a mapping", type_name(other));
    }
    goto error;
  }
  DISPATCH();
}
op_DICT_MERGE: {
  Value other = POP();
  // The callable sits below the dict being built: [callable null args dict]
  Value callable = PEEK(ARG + 3);
  if (!dict_merge(vm, PEEK(ARG).as<Dict>(), other, callable)) goto error;
  DISPATCH();
}
op_LIST_TO_TUPLE: {
  List* l = TOP().as<List>();
  Value t = make_tuple(vm, l->items, l->size);
  CHECK(t);
  TOP() = t;
  DISPATCH();
}
op_FORMAT_VALUE: {
  Value spec = (ARG & 4) ? POP() : Value::error();
  Value v = TOP();
  switch (ARG & 3) {
    case 1: v = to_str(vm, v); break;
    case 2: v = repr(vm, v); break;
    case 3: v = ascii(vm, v); break;
  }
  CHECK(v);
  if (!spec.ok() && is_exact(vm, v, vm.t.str)) {
    TOP() = v;
    DISPATCH();
  }
  Value r = format(vm, v, spec.ok() ? spec : vm.empty_str);
  CHECK(r);
  TOP() = r;
  DISPATCH();
}
op_UNPACK_SEQUENCE: {
  Value seq = POP();
  if (!unpack_sequence(vm, seq, ARG, sp)) goto error;
  sp += ARG;
  DISPATCH();
}
op_UNPACK_EX: {
  Value seq = POP();
  size_t before = ARG & 0xff, after = ARG >> 8;
  if (!unpack_ex(vm, seq, before, after, sp)) goto error;
  sp += before + after + 1;
  DISPATCH();
}
op_GET_ITER: {
  Value it = get_iter(vm, TOP());
  CHECK(it);
  TOP() = it;
  DISPATCH();
}
op_FOR_ITER: {
  Value v = iter_next(vm, TOP());
  if (v.ok()) {
    PUSH(v);
    DISPATCH();
  }
  if (vm.has_exc()) goto error;
  --sp;
  JUMP_TO(ARG);
  DISPATCH();
}
op_JUMP:
  if (ARG < static_cast<uint32_t>(ip - 1 - code->instrs) && vm.pending_signal) {
    JUMP_TO(ARG);
    goto check_signal;
  }
  JUMP_TO(ARG);
  DISPATCH();
op_POP_JUMP_IF_FALSE: {
  Value v = POP();
  int t = v.is_bool() ? v.is_true() : truthy(vm, v);
  if (t < 0) goto error;
  if (!t) JUMP_TO(ARG);
  DISPATCH();
}
op_POP_JUMP_IF_TRUE: {
  Value v = POP();
  int t = v.is_bool() ? v.is_true() : truthy(vm, v);
  if (t < 0) goto error;
  if (t) JUMP_TO(ARG);
  DISPATCH();
}
op_POP_JUMP_IF_NONE:
  if (POP().is_none()) JUMP_TO(ARG);
  DISPATCH();
op_POP_JUMP_IF_NOT_NONE:
  if (!POP().is_none()) JUMP_TO(ARG);
  DISPATCH();
op_JUMP_IF_FALSE_OR_POP: {
  int t = truthy(vm, TOP());
  if (t < 0) goto error;
  if (!t)
    JUMP_TO(ARG);
  else
    --sp;
  DISPATCH();
}
op_JUMP_IF_TRUE_OR_POP: {
  int t = truthy(vm, TOP());
  if (t < 0) goto error;
  if (t)
    JUMP_TO(ARG);
  else
    --sp;
  DISPATCH();
}
op_RETURN_VALUE:
  retval = POP();
  goto do_return;
op_MAKE_FUNCTION: {
  Code* c = POP().as<Code>();
  Value fn = make_function(vm, c, f->globals, c->qualname);
  CHECK(fn);
  Function* func = fn.as<Function>();
  func->builtins = f->builtins;
  if (ARG & 8) func->closure = POP().as<Tuple>();
  if (ARG & 4) {
    Value ann = POP();
    Value d = annotations_from_pairs(vm, ann);
    CHECK(d);
    func->annotations = d.as<Dict>();
  }
  if (ARG & 2) func->kwdefaults = POP().as<Dict>();
  if (ARG & 1) func->defaults = POP().as<Tuple>();
  PUSH(fn);
  DISPATCH();
}
op_LOAD_BUILD_CLASS: {
  Value bc = dict_get_str(f->builtins, vm.n.__build_class__);
  if (!bc.ok()) {
    raise(vm, vm.e.NameError, "__build_class__ not found");
    goto error;
  }
  PUSH(bc);
  DISPATCH();
}
op_LOAD_LOCALS:
  if (!f->locals.ok()) {
    raise(vm, vm.e.SystemError, "no locals found");
    goto error;
  }
  PUSH(f->locals);
  DISPATCH();
op_SETUP_ANNOTATIONS: {
  Value ann = mapping_get(vm, f->locals, vm.n.__annotations__);
  if (!ann.ok()) {
    if (vm.has_exc()) goto error;
    Value d = make_dict(vm);
    CHECK(d);
    if (!mapping_set(vm, f->locals, vm.n.__annotations__, d)) goto error;
  }
  DISPATCH();
}
op_IMPORT_NAME: {
  Value fromlist = POP();
  Value level = TOP();
  Value m = import_module_level(vm, NAME(ARG), f->globals, fromlist,
                                level.is_small_int() ? static_cast<int>(level.as_small_int()) : 0);
  CHECK(m);
  TOP() = m;
  DISPATCH();
}
op_IMPORT_FROM: {
  Value v = import_from(vm, TOP(), NAME(ARG));
  CHECK(v);
  PUSH(v);
  DISPATCH();
}
op_IMPORT_STAR: {
  Value m = POP();
  if (!import_star(vm, m, f->locals.ok() ? f->locals : val(f->globals))) goto error;
  DISPATCH();
}
op_RAISE_VARARGS: {
  Value cause = ARG == 2 ? POP() : Value::error();
  Value exc = ARG >= 1 ? POP() : Value::error();
  if (!exc.ok()) {
    // Bare `raise`: re-raise the exception being handled, keeping its traceback.
    if (!vm.handled_exc.ok() || vm.handled_exc.is_none()) {
      raise(vm, vm.e.RuntimeError, "No active exception to reraise");
      goto error;
    }
    vm.current_exc = vm.handled_exc;
    goto exception_unwind;
  }
  do_raise(vm, exc, cause);
  goto error;
}
op_RERAISE: {
  // With an argument, the lasti saved by the handler sits ARG items below
  // the exception: the traceback points back at the instruction that raised.
  if (ARG) {
    Value lasti = PEEK(ARG + 1);
    if (lasti.is_small_int()) f->ip = code->instrs + lasti.as_small_int() + 1;
  }
  Value exc = POP();
  vm.current_exc = exc;
  goto exception_unwind;
}
op_PUSH_EXC_INFO: {
  Value exc = TOP();
  TOP() = vm.handled_exc.ok() ? vm.handled_exc : Value::none();
  PUSH(exc);
  vm.handled_exc = exc;
  DISPATCH();
}
op_POP_EXCEPT: {
  Value prev = POP();
  vm.handled_exc = prev.is_none() ? Value::error() : prev;
  DISPATCH();
}
op_CHECK_EXC_MATCH: {
  Value type = POP();
  if (!is_exception_type_arg(vm, type)) {
    raise(vm, vm.e.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    goto error;
  }
  int r = exception_matches(vm, TOP(), type);
  if (r < 0) goto error;
  PUSH(Value::boolean(r));
  DISPATCH();
}
op_CHECK_EG_MATCH: {
  Value type = POP();
  Value eg = POP();
  Value rest, match;
  if (!is_exception_type_arg(vm, type)) {
    raise(vm, vm.e.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    goto error;
  }
  if (is_subtype(type.is_object() && is_exception_class(vm, type) ? type.as<Type>() : vm.t.object,
                 vm.e.BaseExceptionGroup)) {
    raise(vm, vm.e.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    goto error;
  }
  if (!exception_group_match(vm, eg, type, &match, &rest)) goto error;
  PUSH(rest);
  PUSH(match);
  DISPATCH();
}
op_PREP_RERAISE_STAR: {
  Value excs = POP();
  Value orig = POP();
  Value r = prep_reraise_star(vm, orig, excs);
  CHECK(r);
  PUSH(r);
  DISPATCH();
}
op_LOAD_ASSERTION_ERROR:
  PUSH(val(vm.e.AssertionError));
  DISPATCH();
op_BEFORE_WITH: {
  Value mgr = TOP();
  Value exit_fn, enter_res;
  if (!before_with(vm, mgr, &exit_fn, &enter_res)) goto error;
  TOP() = exit_fn;
  PUSH(enter_res);
  DISPATCH();
}
op_WITH_EXCEPT_START: {
  Value exc = TOP();
  Value exit_fn = PEEK(4);
  Value args[3] = {val(type_of(vm, exc)), exc, exception_traceback(exc)};
  Value r = call(vm, exit_fn, args, 3);
  CHECK(r);
  PUSH(r);
  DISPATCH();
}
op_RETURN_GENERATOR: {
  f->sp = sp;
  Value g = make_generator(vm, f);
  CHECK(g);
  // The generator owns a copy of the frame now; this stack frame ends.
  Frame* done = f;
  bool was_entry = done->is_entry;
  Frame* back = done->back;
  --vm.depth;
  vm.frames.top = reinterpret_cast<char*>(done);
  if (was_entry) {
    vm.frame = entry_prev;
    return g;
  }
  f = back;
  vm.frame = f;
  LOAD_FRAME_STATE();
  PUSH(g);
  DISPATCH();
}
op_YIELD_VALUE: {
  retval = POP();
  f->sp = sp;
  // Only generator frames yield, and a generator frame is always an entry frame.
  vm.frame = entry_prev;
  --vm.depth;
  *yielded = true;
  return retval;
}
op_GET_YIELD_FROM_ITER: {
  Value v = TOP();
  if (!(v.is_object() && v.as_object()->cls == vm.t.generator)) {
    Value it = get_iter(vm, v);
    CHECK(it);
    TOP() = it;
  }
  DISPATCH();
}
op_SEND: {
  Value v = POP();
  Value sub = TOP();
  Value r;
  if (sub.is_object() && sub.as_object()->cls == vm.t.generator) {
    r = gen_send(vm, sub.as<Generator>(), v, false);
  } else if (v.is_none()) {
    r = iter_next(vm, sub);
    if (!r.ok() && !vm.has_exc()) raise_stop_iteration(vm, Value::none());
  } else {
    r = call_method(vm, sub, vm.n.send, &v, 1);
  }
  if (r.ok()) {
    PUSH(r);
    DISPATCH();
  }
  if (exc_matches(vm, vm.e.StopIteration)) {
    Value stop = take_exc(vm);
    Value value = stop_iteration_value(vm, stop);
    TOP() = value;
    JUMP_TO(ARG);
    DISPATCH();
  }
  goto error;
}
op_MATCH_MAPPING: {
  PUSH(Value::boolean(type_of(vm, TOP())->flags & TF_MAPPING));
  DISPATCH();
}
op_MATCH_SEQUENCE: {
  PUSH(Value::boolean(type_of(vm, TOP())->flags & TF_SEQUENCE));
  DISPATCH();
}
op_MATCH_KEYS: {
  Value r = match_keys(vm, SECOND(), TOP());
  CHECK(r);
  PUSH(r);
  DISPATCH();
}
op_MATCH_CLASS: {
  Value kw = POP();
  Value cls = POP();
  Value r = match_class(vm, TOP(), cls, ARG, kw);
  CHECK(r);
  TOP() = r;
  DISPATCH();
}
op_GET_LEN: {
  int64_t n;
  if (!length(vm, TOP(), &n)) goto error;
  Value l = make_int(vm, n);
  PUSH(l);
  DISPATCH();
}
op_PRINT_EXPR: {
  Value v = POP();
  if (!print_expr(vm, v)) goto error;
  DISPATCH();
}

check_signal:
  if (vm.pending_signal) {
    vm.pending_signal = 0;
    raise(vm, vm.e.KeyboardInterrupt, "");
    vm.current_exc.as<ExceptionObj>()->args = vm.empty_tuple;
    goto error;
  }
  DISPATCH();

do_return: {
  Frame* done = f;
  bool was_entry = done->is_entry;
  if (done->in_generator) {
    // The generator finished: its frame is kept by the generator object,
    // which marks itself finished when we return to gen_send.
    vm.frame = entry_prev;
    *yielded = false;
    if (done->object) frame_object_detach(vm, done);
    --vm.depth;
    return retval;
  }
  Frame* back = done->back;
  pop_frame(vm, done);
  if (was_entry) {
    vm.frame = entry_prev;
    return retval;
  }
  f = back;
  vm.frame = f;
  LOAD_FRAME_STATE();
  PUSH(retval);
  DISPATCH();
}

error:
  record_traceback(vm, f);
exception_unwind: {
  // The handler is found from the instruction running now; the lasti pushed
  // for it is the frame's recorded position, which RERAISE may have set back
  // to the instruction that first raised (for tracebacks and f_lineno).
  size_t here = static_cast<size_t>(ip - code->instrs) - 1;
  const ExceptionEntry* h = find_handler(code, here);
  if (h) {
    sp = f->stack_base() + h->depth;
    if (h->push_lasti) PUSH(Value::small_int(static_cast<int64_t>(f->lasti())));
    PUSH(take_exc(vm));
    kwnames = nullptr;
    JUMP_TO(h->target);
    DISPATCH();
  }
  // No handler here: this frame ends with the exception.
  Frame* done = f;
  bool was_entry = done->is_entry;
  if (done->in_generator) {
    vm.frame = entry_prev;
    *yielded = false;
    if (done->object) frame_object_detach(vm, done);
    --vm.depth;
    return Value::error();
  }
  Frame* back = done->back;
  pop_frame(vm, done);
  if (was_entry) {
    vm.frame = entry_prev;
    return Value::error();
  }
  f = back;
  vm.frame = f;
  LOAD_FRAME_STATE();
  kwnames = nullptr;
  goto error;
}

#undef LOAD_FRAME_STATE
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef PEEK
#undef NAME
#undef DISPATCH
#undef ARG
#undef JUMP_TO
#undef CHECK
}

}  // namespace klass
