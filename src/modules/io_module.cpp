// The _io module and open(): validates the mode, opens the FileIO and
// stacks the buffered and text layers on it, as CPython's io.open does.
// builtins.open is this same function, installed at start-up without
// importing anything (the types are made on first use).
#include <unistd.h>

#include <string>

#include "modules/io_internal.h"
#include "modules/registry.h"
#include "object/ops.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/module.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace io {

namespace {

struct OpenMode {
  bool creating = false, reading = false, writing = false, appending = false, updating = false;
  bool text = false, binary = false;
};

bool parse_open_mode(VM& vm, Value mode_value, OpenMode* m) {
  std::string_view mode = sv(mode_value);
  std::string seen;
  for (char c : mode) {
    if (std::string_view("axrwb+t").find(c) == std::string_view::npos || seen.find(c) != std::string::npos) {
      raisef(vm, vm.e.ValueError, "invalid mode: %s", repr_string(vm, mode_value).c_str());
      return false;
    }
    seen += c;
    switch (c) {
      case 'x': m->creating = true; break;
      case 'r': m->reading = true; break;
      case 'w': m->writing = true; break;
      case 'a': m->appending = true; break;
      case '+': m->updating = true; break;
      case 't': m->text = true; break;
      case 'b': m->binary = true; break;
    }
  }
  if (m->text && m->binary) {
    raise(vm, vm.e.ValueError, "can't have text and binary mode at once");
    return false;
  }
  if (m->creating + m->reading + m->writing + m->appending != 1) {
    raise(vm, vm.e.ValueError, "must have exactly one of create/read/write/append mode");
    return false;
  }
  return true;
}

// Closes `raw` after a later layer failed, keeping that failure pending.
Value close_after_failure(VM& vm, Value raw) {
  Value saved = take_exc(vm);
  Value r = call_method(vm, raw, vm.n.close, nullptr, 0);
  if (!r.ok()) clear_exc(vm);
  return raise_value(vm, saved);
}

Value io_open(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"file",   "mode",    "buffering", "encoding",
                                       "errors", "newline", "closefd",   "opener"};
  Value a[8] = {Value::none(), Value::error(), Value::small_int(-1), Value::none(),
                Value::none(), Value::none(),  Value::boolean(true), Value::none()};
  if (!bind_args(vm, {"open", kNames, 8, 1}, args, nargs, kw, a)) return Value::error();
  Value file = a[0];
  Value mode = a[1].ok() ? a[1] : make_str(vm, "r");
  if (!isinstance_of(vm, mode, vm.t.str))
    return raisef(vm, vm.e.TypeError, "open() argument 'mode' must be str, not %s", type_name(mode));
  int64_t buffering;
  if (!is_int(vm, a[2]))
    return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(a[2]));
  if (!to_int64(vm, a[2], &buffering)) return Value::error();
  for (int i = 3; i <= 5; ++i)
    if (!a[i].is_none() && !isinstance_of(vm, a[i], vm.t.str))
      return raisef(vm, vm.e.TypeError, "open() argument '%s' must be str or None, not %s", kNames[i],
                    type_name(a[i]));
  OpenMode m;
  if (!parse_open_mode(vm, mode, &m)) return Value::error();
  if (m.binary) {
    if (!a[3].is_none()) return raise(vm, vm.e.ValueError, "binary mode doesn't take an encoding argument");
    if (!a[4].is_none()) return raise(vm, vm.e.ValueError, "binary mode doesn't take an errors argument");
    if (!a[5].is_none()) return raise(vm, vm.e.ValueError, "binary mode doesn't take a newline argument");
  }
  int closefd = truthy(vm, a[6]);
  if (closefd < 0) return Value::error();
  IoTypes t;
  if (!io_types(vm, &t)) return Value::error();

  std::string raw_mode = m.creating ? "x" : m.reading ? "r" : m.writing ? "w" : "a";
  if (m.updating) raw_mode += "+";
  Value raw = make_file_io(vm, t.file_io, file, raw_mode, closefd, a[7]);
  if (!raw.ok()) return raw;

  bool line_buffering = false;
  if (buffering == 1 || (buffering < 0 && isatty(as_file_io(vm, raw)->fd))) {
    buffering = -1;
    line_buffering = true;
  }
  if (buffering < 0) buffering = static_cast<int64_t>(kDefaultBufferSize);
  if (buffering == 0) {
    if (m.binary) return raw;
    raise(vm, vm.e.ValueError, "can't have unbuffered text I/O");
    return close_after_failure(vm, raw);
  }
  Type* buffered_type = m.updating ? t.buffered_random
                        : (m.creating || m.writing || m.appending) ? t.buffered_writer
                                                                   : t.buffered_reader;
  Value buffer = make_buffered(vm, buffered_type, raw, buffering);
  if (!buffer.ok()) return close_after_failure(vm, raw);
  if (m.binary) return buffer;
  Value text = make_text_wrapper(vm, t.text_io_wrapper, buffer, a[3], a[4], a[5], line_buffering, false);
  if (!text.ok()) return close_after_failure(vm, raw);
  set_text_mode(vm, text, mode);
  return text;
}

// io.text_encoding(encoding, stacklevel=2): what open() will use.
Value io_text_encoding(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"encoding", "stacklevel"};
  Value a[2] = {Value::none(), Value::small_int(2)};
  if (!bind_args(vm, {"text_encoding", kNames, 2, 1, 2}, args, nargs, kw, a)) return Value::error();
  return a[0].is_none() ? make_str(vm, "locale") : a[0];
}

const MethodDef kOpen = {"open", io_open, METH_FUNCTION,
                         "Open file and return a stream.  Raise OSError upon failure."};

const MethodDef kIoFunctions[] = {
    kOpen,
    {"text_encoding", io_text_encoding, METH_FUNCTION, "A helper function to choose the text encoding."},
    {}};

}  // namespace
}  // namespace io

bool install_builtin_open(VM& vm) {
  Value io_name = make_str(vm, "io");
  Value f = make_builtin_function(vm, &io::kOpen, Value::error(), io_name);
  return f.ok() && dict_set_cstr(vm, vm.builtins, "open", f);
}

bool init__io_module(VM& vm, Module* m) {
  io::IoTypes t;
  if (!io::io_types(vm, &t)) return false;
  add_functions(vm, m->dict, val(m), io::kIoFunctions);
  // The same function object as builtins.open, as in CPython.
  Value open = dict_get_cstr(vm, vm.builtins, "open");
  if (open.ok() && !dict_set_cstr(vm, m->dict, "open", open)) return false;
  struct Entry {
    const char* name;
    Type* type;
  };
  const Entry types[] = {{"FileIO", t.file_io},
                         {"BufferedReader", t.buffered_reader},
                         {"BufferedWriter", t.buffered_writer},
                         {"BufferedRandom", t.buffered_random},
                         {"TextIOWrapper", t.text_io_wrapper},
                         {"StringIO", t.string_io},
                         {"BytesIO", t.bytes_io},
                         {"UnsupportedOperation", t.unsupported_operation}};
  for (const Entry& e : types)
    if (!dict_set_cstr(vm, m->dict, e.name, val(e.type))) return false;
  return dict_set_cstr(vm, m->dict, "DEFAULT_BUFFER_SIZE", make_int(vm, static_cast<int64_t>(io::kDefaultBufferSize))) &&
         dict_set_cstr(vm, m->dict, "BlockingIOError", val(vm.e.BlockingIOError));
}

}  // namespace klass
