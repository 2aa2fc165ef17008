// What every _io stream type shares: context manager and iteration
// protocols, readlines/writelines, errors, argument helpers, and the
// per-VM table of the types.
#include <string>

#include "modules/io_internal.h"
#include "object/ops.h"
#include "types/bytes.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/list.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass::io {

namespace {

const char* const kTypeKeys[] = {"_io.FileIO",         "_io.BufferedReader", "_io.BufferedWriter",
                                 "_io.BufferedRandom", "_io.TextIOWrapper",  "_io.StringIO",
                                 "_io.BytesIO",        "_io.UnsupportedOperation"};

Type** type_slots(IoTypes& t) { return &t.file_io; }

Type* make_unsupported_operation(VM& vm) {
  Value bases = make_tuple(vm, {val(vm.e.OSError), val(vm.e.ValueError)});
  Value ns = make_dict(vm);
  if (!bases.ok() || !ns.ok() || !dict_set_cstr(vm, ns.as<Dict>(), "__module__", make_str(vm, "io")))
    return nullptr;
  Value args[3] = {make_str(vm, "UnsupportedOperation"), bases, ns};
  Value t = call(vm, val(vm.t.type), args, 3);
  return t.ok() ? t.as<Type>() : nullptr;
}

}  // namespace

bool io_types(VM& vm, IoTypes* out) {
  Type** slots = type_slots(*out);
  Value first = dict_get_cstr(vm, vm.registry, kTypeKeys[0]);
  if (!first.ok()) {
    IoTypes t{};
    t.unsupported_operation = make_unsupported_operation(vm);
    if (!t.unsupported_operation) return false;
    init_file_io_type(vm, t);
    init_buffered_types(vm, t);
    init_text_io_type(vm, t);
    init_bytes_io_type(vm, t);
    init_string_io_type(vm, t);
    Type** made = type_slots(t);
    for (size_t i = 0; i < sizeof kTypeKeys / sizeof *kTypeKeys; ++i)
      if (!made[i] || !dict_set_cstr(vm, vm.registry, kTypeKeys[i], val(made[i]))) return false;
  }
  for (size_t i = 0; i < sizeof kTypeKeys / sizeof *kTypeKeys; ++i)
    slots[i] = dict_get_cstr(vm, vm.registry, kTypeKeys[i]).as<Type>();
  return true;
}

Value closed_error(VM& vm, bool period) {
  return raise(vm, vm.e.ValueError, period ? "I/O operation on closed file." : "I/O operation on closed file");
}

Value unsupported(VM& vm, const char* what) {
  IoTypes t;
  if (!io_types(vm, &t)) return Value::error();
  Value args = make_tuple(vm, {make_str(vm, what)});
  if (!args.ok()) return args;
  return raise_with_args(vm, t.unsupported_operation, args);
}

int stream_closed(VM& vm, Value self) {
  Value c = getattr_cstr(vm, self, "closed");
  if (!c.ok()) return -1;
  return truthy(vm, c);
}

bool size_arg(VM& vm, Value v, int64_t* out) {
  if (!v.ok() || v.is_none()) {
    *out = -1;
    return true;
  }
  if (!is_int(vm, v) && !has_index(vm, v)) {
    raisef(vm, vm.e.TypeError, "argument should be integer or None, not '%s'", type_name(v));
    return false;
  }
  return to_int64(vm, v, out);
}

bool buffer_arg(VM& vm, Value v, std::string_view* out) {
  if (bytes_like(vm, v, out)) return true;
  raisef(vm, vm.e.TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return false;
}

namespace {

bool check_open(VM& vm, Value self) {
  int c = stream_closed(vm, self);
  if (c < 0) return false;
  if (c) {
    closed_error(vm);
    return false;
  }
  return true;
}

Value io_enter(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_open(vm, args[0])) return Value::error();
  return args[0];
}

Value io_exit(VM& vm, const Value* args, size_t nargs, Tuple*) {
  return call_method(vm, args[0], vm.n.close, nullptr, 0);
}

Value io_iter(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_open(vm, args[0])) return Value::error();
  return args[0];
}

Value io_next(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Value line = iter_next_line(vm, args[0]);
  if (!line.ok() && !vm.has_exc()) return raise_stop_iteration(vm, Value::none());
  return line;
}

Value io_readlines(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "readlines", kw) || !check_nargs(vm, "readlines", nargs - 1, 0, 1)) return Value::error();
  int64_t hint = -1;
  if (nargs > 1 && !size_arg(vm, args[1], &hint)) return Value::error();
  if (!check_open(vm, args[0])) return Value::error();
  Value list = make_list(vm);
  if (!list.ok()) return list;
  int64_t total = 0;
  for (;;) {
    Value line = iter_next_line(vm, args[0]);
    if (!line.ok()) return vm.has_exc() ? line : list;
    if (!list_append(vm, list.as<List>(), line)) return Value::error();
    int64_t n;
    if (!length(vm, line, &n)) return Value::error();
    total += n;
    if (hint > 0 && total >= hint) return list;
  }
}

Value io_writelines(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "writelines", kw) || !check_nargs(vm, "writelines", nargs - 1, 1, 1)) return Value::error();
  if (!check_open(vm, args[0])) return Value::error();
  Value it = get_iter(vm, args[1]);
  if (!it.ok()) return it;
  for (;;) {
    Value line = iter_next(vm, it);
    if (!line.ok()) return vm.has_exc() ? line : Value::none();
    if (!call_method(vm, args[0], vm.n.write, &line, 1).ok()) return Value::error();
  }
}

}  // namespace

Value iter_next_line(VM& vm, Value self) {
  Value line = call_method(vm, self, vm.n.readline, nullptr, 0);
  if (!line.ok()) return line;
  int64_t n;
  if (!length(vm, line, &n)) return Value::error();
  return n ? line : Value::error();  // empty: exhausted, no exception
}

const MethodDef kCommonMethods[] = {
    {"__enter__", io_enter, METH_METHOD},
    {"__exit__", io_exit, METH_METHOD},
    {"__iter__", io_iter, METH_SLOT},
    {"__next__", io_next, METH_SLOT},
    {"readlines", io_readlines, METH_METHOD, "Return a list of lines from the stream."},
    {"writelines", io_writelines, METH_METHOD, "Write a list of lines to stream."},
    {}};

}  // namespace klass::io
