#include "modules/stdio.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

struct StdStream : Obj {
  int fd;
  bool writable;
  bool tty;
  bool closed;
  std::string* buffer;  // pending output, or input read ahead
  Value name;
  Dict* dict;
};

void trace_stream(Obj* o, Tracer& t) {
  auto* s = static_cast<StdStream*>(o);
  t.visit(s->name);
  t.visit(s->dict);
}
void finalize_stream(Obj* o) {
  auto* s = static_cast<StdStream*>(o);
  if (s->buffer && s->writable && !s->buffer->empty()) {
    // Last chance to get pending output out.
    (void)!::write(s->fd, s->buffer->data(), s->buffer->size());
  }
  delete s->buffer;
  s->buffer = nullptr;
}
const Layout kStreamLayout{"_klass_stdio", trace_stream, finalize_stream};

StdStream* stream(Value v) { return v.as<StdStream>(); }

bool write_all(VM& vm, int fd, const char* p, size_t n) {
  while (n) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) return true;  // a closed pipe: drop output quietly, as at exit
      raisef(vm, vm.e.OSError, "[Errno %d] %s", errno, std::strerror(errno));
      return false;
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

bool flush(VM& vm, StdStream* s) {
  if (!s->writable || s->buffer->empty()) return true;
  bool ok = write_all(vm, s->fd, s->buffer->data(), s->buffer->size());
  s->buffer->clear();
  return ok;
}

Value stream_write(VM& vm, const Value* args, size_t nargs, Tuple*) {
  StdStream* s = stream(args[0]);
  if (nargs != 2) return raise(vm, vm.e.TypeError, "write() takes exactly one argument");
  if (!isinstance_of(vm, args[1], vm.t.str))
    return raisef(vm, vm.e.TypeError, "write() argument must be str, not %s", type_name(args[1]));
  if (s->closed) return raise(vm, vm.e.ValueError, "I/O operation on closed file.");
  if (!s->writable) return raise(vm, vm.e.OSError, "not writable");
  std::string_view text = sv(args[1]);
  s->buffer->append(text.data(), text.size());
  // stderr is unbuffered-ish (line buffered), stdout on a tty is line buffered.
  bool line_flush = (s->tty || s->fd == 2) && text.find('\n') != std::string_view::npos;
  if (line_flush || s->buffer->size() >= 8192 || s->fd == 2) {
    if (!flush(vm, s)) return Value::error();
  }
  return make_int(vm, static_cast<int64_t>(args[1].as<Str>()->length));
}

Value stream_flush(VM& vm, const Value* args, size_t, Tuple*) {
  StdStream* s = stream(args[0]);
  if (s->closed) return raise(vm, vm.e.ValueError, "I/O operation on closed file.");
  return flush(vm, s) ? Value::none() : Value::error();
}

Value stream_readline(VM& vm, const Value* args, size_t nargs, Tuple*) {
  StdStream* s = stream(args[0]);
  if (s->writable) return raise(vm, vm.e.OSError, "not readable");
  std::string& buf = *s->buffer;
  for (;;) {
    size_t nl = buf.find('\n');
    if (nl != std::string::npos) {
      std::string line = buf.substr(0, nl + 1);
      buf.erase(0, nl + 1);
      return make_str(vm, line);
    }
    char chunk[4096];
    ssize_t r = ::read(s->fd, chunk, sizeof chunk);
    if (r < 0) {
      if (errno == EINTR) {
        if (vm.pending_signal) {
          vm.pending_signal = 0;
          return raise(vm, vm.e.KeyboardInterrupt, "");
        }
        continue;
      }
      return raisef(vm, vm.e.OSError, "[Errno %d] %s", errno, std::strerror(errno));
    }
    if (r == 0) {
      std::string line = buf;
      buf.clear();
      return make_str(vm, line);
    }
    buf.append(chunk, static_cast<size_t>(r));
  }
}

Value stream_read(VM& vm, const Value* args, size_t nargs, Tuple*) {
  StdStream* s = stream(args[0]);
  if (s->writable) return raise(vm, vm.e.OSError, "not readable");
  std::string& buf = *s->buffer;
  char chunk[4096];
  for (;;) {
    ssize_t r = ::read(s->fd, chunk, sizeof chunk);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    buf.append(chunk, static_cast<size_t>(r));
  }
  std::string all = buf;
  buf.clear();
  return make_str(vm, all);
}

Value stream_fileno(VM& vm, const Value* args, size_t, Tuple*) { return make_int(vm, stream(args[0])->fd); }
Value stream_isatty(VM& vm, const Value* args, size_t, Tuple*) { return Value::boolean(stream(args[0])->tty); }
Value stream_true(VM& vm, const Value*, size_t, Tuple*) { return Value::boolean(true); }
Value stream_readable(VM& vm, const Value* args, size_t, Tuple*) { return Value::boolean(!stream(args[0])->writable); }
Value stream_writable(VM& vm, const Value* args, size_t, Tuple*) { return Value::boolean(stream(args[0])->writable); }
Value stream_close(VM& vm, const Value* args, size_t, Tuple*) {
  StdStream* s = stream(args[0]);
  if (!flush(vm, s)) return Value::error();
  s->closed = true;
  return Value::none();
}
Value stream_repr(VM& vm, const Value* args, size_t, Tuple*) {
  StdStream* s = stream(args[0]);
  Value r = repr(vm, s->name);
  if (!r.ok()) return r;
  return make_str(vm, "<_io.TextIOWrapper name=" + std::string(sv(r)) + " mode='" + (s->writable ? "w" : "r") +
                          "' encoding='utf-8'>");
}
Value get_name(VM& vm, Value self) { return stream(self)->name; }
Value get_encoding(VM& vm, Value self) { return make_str(vm, "utf-8"); }
Value get_errors(VM& vm, Value self) { return make_str(vm, "strict"); }
Value get_mode(VM& vm, Value self) { return make_str(vm, stream(self)->writable ? "w" : "r"); }
Value get_closed(VM& vm, Value self) { return Value::boolean(stream(self)->closed); }

const MethodDef kStreamMethods[] = {{"write", stream_write, 0},       {"flush", stream_flush, 0},
                                    {"readline", stream_readline, 0}, {"read", stream_read, 0},
                                    {"fileno", stream_fileno, 0},     {"isatty", stream_isatty, 0},
                                    {"readable", stream_readable, 0}, {"writable", stream_writable, 0},
                                    {"seekable", stream_true, 0},     {"close", stream_close, 0},
                                    {"__repr__", stream_repr, METH_SLOT}, {}};
const GetSetDef kStreamGetSets[] = {{"name", get_name},     {"encoding", get_encoding}, {"errors", get_errors},
                                    {"mode", get_mode},     {"closed", get_closed},     {}};

Type* stream_type(VM& vm) {
  Value t = dict_get_cstr(vm, vm.registry, "stdio_type");
  if (t.ok()) return t.as<Type>();
  Type* type = alloc_type_object(vm, vm.t.type);
  setup_builtin_type(vm, type, "TextIOWrapper", vm.t.object, &kStreamLayout, sizeof(StdStream), 0);
  type->dict_offset = offsetof(StdStream, dict);
  dict_set_cstr(vm, type->dict, "__module__", make_str(vm, "_io"));
  add_methods(vm, type, kStreamMethods);
  add_getsets(vm, type, kStreamGetSets);
  dict_set_cstr(vm, vm.registry, "stdio_type", val(type));
  return type;
}

}  // namespace

Value make_std_stream(VM& vm, int fd, const char* name, bool writable) {
  Type* t = stream_type(vm);
  Obj* o = alloc_object(vm, t);
  if (!o) return Value::error();
  auto* s = static_cast<StdStream*>(o);
  s->fd = fd;
  s->writable = writable;
  s->tty = ::isatty(fd);
  s->buffer = new std::string();
  s->name = make_str(vm, name);
  return val(o);
}

void flush_std_stream(VM& vm, Value v) {
  if (!v.is_object() || std::strcmp(v.as_object()->cls->layout->name, "_klass_stdio") != 0) {
    if (v.ok() && !v.is_none()) {
      Value saved = vm.current_exc;
      Value f = getattr_opt(vm, v, vm.n.flush);
      if (f.ok()) call0(vm, f);
      vm.current_exc = saved;
    }
    return;
  }
  Value saved = vm.current_exc;
  flush(vm, stream(v));
  vm.current_exc = saved;
}

}  // namespace klass
