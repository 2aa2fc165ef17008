// _io.BufferedReader, BufferedWriter and BufferedRandom: one implementation
// (a read-ahead buffer plus pending output) over any raw stream, under the
// three class names CPython uses. Over a native FileIO the pending output is
// kept inside the FileIO, so an unclosed file still gets its data written
// when the collector reclaims it.
#include <string>

#include "modules/io_internal.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/bytes.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass::io {

namespace {

struct Buffered : Obj {
  Value raw;
  std::string* rbuf;         // read ahead, owned
  size_t rpos;               // consumed part of rbuf
  std::string* own_pending;  // pending output when raw is not a native FileIO, owned
  int64_t buffer_size;
  bool can_read, can_write;  // by class: reader, writer, random
  bool detached;
};

void trace_buffered(Obj* o, Tracer& t) {
  t.visit(static_cast<Buffered*>(o)->raw);
  if (o->cls->flags & TF_HEAPTYPE) trace_instance_extras(o, t);
}

void finalize_buffered(Obj* o) {
  auto* b = static_cast<Buffered*>(o);
  delete b->rbuf;
  delete b->own_pending;
  b->rbuf = b->own_pending = nullptr;
}

const Layout kBufferedLayout{"Buffered", trace_buffered, finalize_buffered, sizeof(Buffered)};

Buffered* self_buf(Value v) { return v.as<Buffered>(); }

std::string& pending(VM& vm, Buffered* b) {
  if (FileIO* f = as_file_io(vm, b->raw)) {
    if (!f->pending) f->pending = new std::string();
    return *f->pending;
  }
  if (!b->own_pending) b->own_pending = new std::string();
  return *b->own_pending;
}

size_t unread(Buffered* b) { return b->rbuf ? b->rbuf->size() - b->rpos : 0; }

void drop_read_ahead(Buffered* b) {
  if (b->rbuf) b->rbuf->clear();
  b->rpos = 0;
}

bool check_usable(VM& vm, Buffered* b) {
  if (!b->detached) return true;
  raise(vm, vm.e.ValueError, "raw stream has been detached");
  return false;
}

// False (with ValueError `message`) when the raw stream is closed.
bool check_open(VM& vm, Buffered* b, const char* message) {
  if (!check_usable(vm, b)) return false;
  int c = stream_closed(vm, b->raw);
  if (c < 0) return false;
  if (c) {
    raise(vm, vm.e.ValueError, message);
    return false;
  }
  return true;
}

// ---- talking to the raw stream ----

Value raw_call(VM& vm, Buffered* b, const char* method, const Value* args = nullptr, size_t nargs = 0) {
  return call_method(vm, b->raw, vm.intern(method), args, nargs);
}

bool write_raw(VM& vm, Buffered* b, std::string_view data) {
  if (FileIO* f = as_file_io(vm, b->raw)) return file_write_all(vm, f, data);
  while (!data.empty()) {
    Value chunk = make_bytes(vm, data);
    Value n = raw_call(vm, b, "write", &chunk, 1);
    if (!n.ok()) return false;
    int64_t written = static_cast<int64_t>(data.size());
    if (!n.is_none() && !to_int64(vm, n, &written)) return false;
    if (written <= 0) continue;
    data.remove_prefix(static_cast<size_t>(written) < data.size() ? static_cast<size_t>(written) : data.size());
  }
  return true;
}

bool flush_pending(VM& vm, Buffered* b) {
  if (FileIO* f = as_file_io(vm, b->raw)) return file_flush_pending(vm, f);
  if (!b->own_pending || b->own_pending->empty()) return true;
  std::string data;
  data.swap(*b->own_pending);
  return write_raw(vm, b, data);
}

// Appends up to `n` bytes from the raw stream to out; returns the count
// (0 at the end of the stream), or -1 on error.
int64_t read_raw(VM& vm, Buffered* b, int64_t n, std::string* out) {
  Value arg = make_int(vm, n);
  Value chunk = raw_call(vm, b, "read", &arg, 1);
  if (!chunk.ok()) return -1;
  if (chunk.is_none()) return 0;
  std::string_view data;
  if (!bytes_like(vm, chunk, &data)) {
    raisef(vm, vm.e.TypeError, "read() should return bytes");
    return -1;
  }
  out->append(data);
  return static_cast<int64_t>(data.size());
}

// Makes sure the read-ahead buffer holds unread data (one raw read if it is
// empty); false on error. At the end of the stream it stays empty.
bool fill(VM& vm, Buffered* b) {
  if (unread(b)) return true;
  if (!b->rbuf) b->rbuf = new std::string();
  drop_read_ahead(b);
  return read_raw(vm, b, b->buffer_size, b->rbuf) >= 0;
}

std::string take(Buffered* b, size_t n) {
  std::string out = b->rbuf->substr(b->rpos, n);
  b->rpos += out.size();
  return out;
}

// ---- reading ----

bool reading(VM& vm, Buffered* b, const char* what, const char* closed_message) {
  if (!b->can_read) {
    unsupported(vm, what);
    return false;
  }
  if (!check_open(vm, b, closed_message)) return false;
  // Switching from writing to reading (BufferedRandom).
  return pending(vm, b).empty() || flush_pending(vm, b);
}

Value buf_read(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Buffered* b = self_buf(args[0]);
  int64_t n = -1;
  if (!no_kwargs(vm, "read", kw) || !check_nargs(vm, "read", nargs - 1, 0, 1) ||
      (nargs > 1 && !size_arg(vm, args[1], &n)))
    return Value::error();
  if (n < -1) return raise(vm, vm.e.ValueError, "read length must be non-negative or -1");
  if (!reading(vm, b, "read", "read of closed file")) return Value::error();
  std::string out = unread(b) ? take(b, n < 0 ? std::string::npos : static_cast<size_t>(n)) : std::string();
  while (n < 0 || static_cast<int64_t>(out.size()) < n) {
    int64_t want = n < 0 ? static_cast<int64_t>(kDefaultBufferSize) * 4 : n - static_cast<int64_t>(out.size());
    if (want < b->buffer_size) want = b->buffer_size;
    std::string chunk;
    int64_t got = read_raw(vm, b, want, &chunk);
    if (got < 0) return Value::error();
    if (got == 0) break;
    if (n >= 0 && static_cast<int64_t>(out.size() + chunk.size()) > n) {
      size_t keep = static_cast<size_t>(n) - out.size();
      out.append(chunk, 0, keep);
      if (!b->rbuf) b->rbuf = new std::string();
      drop_read_ahead(b);
      b->rbuf->assign(chunk, keep, std::string::npos);
      break;
    }
    out += chunk;
  }
  return make_bytes(vm, out);
}

Value buf_read1(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Buffered* b = self_buf(args[0]);
  int64_t n = -1;
  if (!check_nargs(vm, "read1", nargs - 1, 0, 1) || (nargs > 1 && !size_arg(vm, args[1], &n)))
    return Value::error();
  if (!reading(vm, b, "read1", "read of closed file")) return Value::error();
  if (n == 0) return make_bytes(vm, "");
  if (!fill(vm, b)) return Value::error();
  return make_bytes(vm, take(b, n < 0 ? std::string::npos : static_cast<size_t>(n)));
}

Value buf_peek(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Buffered* b = self_buf(args[0]);
  if (!check_nargs(vm, "peek", nargs - 1, 0, 1)) return Value::error();
  if (!reading(vm, b, "peek", "peek of closed file") || !fill(vm, b)) return Value::error();
  return make_bytes(vm, std::string_view(*b->rbuf).substr(b->rpos));
}

Value buf_readline(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Buffered* b = self_buf(args[0]);
  int64_t limit = -1;
  if (!check_nargs(vm, "readline", nargs - 1, 0, 1) || (nargs > 1 && !size_arg(vm, args[1], &limit)))
    return Value::error();
  if (!reading(vm, b, "read", "readline of closed file")) return Value::error();
  std::string line;
  for (;;) {
    if (!fill(vm, b)) return Value::error();
    if (!unread(b)) break;
    std::string_view avail = std::string_view(*b->rbuf).substr(b->rpos);
    size_t nl = avail.find('\n');
    size_t n = nl == std::string_view::npos ? avail.size() : nl + 1;
    if (limit >= 0 && line.size() + n > static_cast<size_t>(limit)) n = static_cast<size_t>(limit) - line.size();
    line += take(b, n);
    if ((nl != std::string_view::npos && n == nl + 1) || (limit >= 0 && line.size() >= static_cast<size_t>(limit)))
      break;
  }
  return make_bytes(vm, line);
}

Value buf_readinto(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs(vm, "readinto", nargs - 1, 1, 1)) return Value::error();
  if (!isinstance_of(vm, args[1], vm.t.bytearray))
    return raisef(vm, vm.e.TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                  type_name(args[1]));
  auto* target = args[1].as<ByteArray>();
  Value n = make_int(vm, static_cast<int64_t>(target->size));
  Value read_args[2] = {args[0], n};
  Value data = buf_read(vm, read_args, 2, nullptr);
  if (!data.ok()) return data;
  std::string_view got = data.as<Bytes>()->view();
  std::copy(got.begin(), got.end(), target->items);
  return make_int(vm, static_cast<int64_t>(got.size()));
}

// ---- writing ----

Value buf_write(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Buffered* b = self_buf(args[0]);
  if (!no_kwargs(vm, "write", kw) || !check_nargs(vm, "write", nargs - 1, 1, 1)) return Value::error();
  if (!b->can_write) return unsupported(vm, "write");
  std::string_view data;
  if (!buffer_arg(vm, args[1], &data) || !check_open(vm, b, "write to closed file")) return Value::error();
  if (unread(b)) {
    // Writing after reading ahead: the raw position must be where the
    // reader stopped, not where the read-ahead ended.
    Value offset[2] = {make_int(vm, -static_cast<int64_t>(unread(b))), Value::small_int(1)};
    if (!raw_call(vm, b, "seek", offset, 2).ok()) return Value::error();
  }
  drop_read_ahead(b);
  std::string& out = pending(vm, b);
  out.append(data);
  if (static_cast<int64_t>(out.size()) >= b->buffer_size && !flush_pending(vm, b)) return Value::error();
  return make_int(vm, static_cast<int64_t>(data.size()));
}

}  // namespace

bool buffered_write_direct(VM& vm, Value buffer, std::string_view data, bool* handled) {
  *handled = buffer.is_object() && buffer.as_object()->cls->layout == &kBufferedLayout;
  if (!*handled) return true;
  Buffered* b = self_buf(buffer);
  if (!b->can_write || unread(b)) {
    *handled = false;  // the general path raises or repositions
    return true;
  }
  if (!check_open(vm, b, "write to closed file")) return false;
  std::string& out = pending(vm, b);
  out.append(data);
  return static_cast<int64_t>(out.size()) < b->buffer_size || flush_pending(vm, b);
}

namespace {

Value buf_flush(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Buffered* b = self_buf(args[0]);
  if (!check_open(vm, b, b->can_write ? "flush of closed file" : "I/O operation on closed file."))
    return Value::error();
  if (b->can_write && !flush_pending(vm, b)) return Value::error();
  return Value::none();
}

// ---- positioning ----

Value buf_seek(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Buffered* b = self_buf(args[0]);
  if (!no_kwargs(vm, "seek", kw) || !check_nargs(vm, "seek", nargs - 1, 1, 2)) return Value::error();
  if (!is_int(vm, args[1]) && !has_index(vm, args[1]))
    return raisef(vm, vm.e.TypeError, "an integer is required (got type %s)", type_name(args[1]));
  int64_t pos, whence = 0;
  if (!to_int64(vm, args[1], &pos) || (nargs > 2 && !to_int64(vm, args[2], &whence))) return Value::error();
  if (whence < 0 || whence > 2)
    return raisef(vm, vm.e.ValueError, "whence value %lld unsupported", static_cast<long long>(whence));
  if (!check_open(vm, b, "seek of closed file") || !flush_pending(vm, b)) return Value::error();
  if (whence == 1) pos -= static_cast<int64_t>(unread(b));
  drop_read_ahead(b);
  Value seek_args[2] = {make_int(vm, pos), make_int(vm, whence)};
  return raw_call(vm, b, "seek", seek_args, 2);
}

Value buf_tell(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Buffered* b = self_buf(args[0]);
  if (!check_usable(vm, b)) return Value::error();
  Value r = raw_call(vm, b, "tell");
  if (!r.ok()) return r;
  int64_t pos;
  if (!to_int64(vm, r, &pos)) return Value::error();
  pos += static_cast<int64_t>(pending(vm, b).size()) - static_cast<int64_t>(unread(b));
  return make_int(vm, pos < 0 ? 0 : pos);
}

Value buf_truncate(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Buffered* b = self_buf(args[0]);
  if (!check_nargs(vm, "truncate", nargs - 1, 0, 1)) return Value::error();
  if (!check_open(vm, b, "truncate of closed file")) return Value::error();
  if (!b->can_write) return unsupported(vm, "truncate");
  Value pos = nargs > 1 ? args[1] : Value::none();
  if (pos.is_none()) {
    pos = buf_tell(vm, args, 1, nullptr);
    if (!pos.ok()) return pos;
  }
  if (!flush_pending(vm, b)) return Value::error();
  // Re-position the raw stream where the reader was before dropping the read-ahead.
  if (unread(b)) {
    Value offset[2] = {make_int(vm, -static_cast<int64_t>(unread(b))), Value::small_int(1)};
    if (!raw_call(vm, b, "seek", offset, 2).ok()) return Value::error();
    drop_read_ahead(b);
  }
  return raw_call(vm, b, "truncate", &pos, 1);
}

// ---- state ----

Value buf_close(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Buffered* b = self_buf(args[0]);
  if (!check_usable(vm, b)) return Value::error();
  int c = stream_closed(vm, b->raw);
  if (c < 0) return Value::error();
  if (c) return Value::none();
  bool flushed = !b->can_write || flush_pending(vm, b);
  Value saved = flushed ? Value::error() : take_exc(vm);
  Value r = raw_call(vm, b, "close");
  if (!flushed) {
    if (r.ok()) return raise_value(vm, saved);
    return r;  // the close error wins, as in CPython (the flush error is its context)
  }
  drop_read_ahead(b);
  return r.ok() ? Value::none() : r;
}

Value buf_detach(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Buffered* b = self_buf(args[0]);
  if (!check_usable(vm, b) || (b->can_write && !flush_pending(vm, b))) return Value::error();
  b->detached = true;
  return b->raw;
}

Value delegate(VM& vm, const Value* args, const char* method) {
  Buffered* b = self_buf(args[0]);
  if (!check_usable(vm, b)) return Value::error();
  return raw_call(vm, b, method);
}
Value buf_fileno(VM& vm, const Value* a, size_t, Tuple*) { return delegate(vm, a, "fileno"); }
Value buf_isatty(VM& vm, const Value* a, size_t, Tuple*) { return delegate(vm, a, "isatty"); }
Value buf_seekable(VM& vm, const Value* a, size_t, Tuple*) { return delegate(vm, a, "seekable"); }
Value buf_readable(VM& vm, const Value* a, size_t, Tuple*) {
  return self_buf(a[0])->can_read ? delegate(vm, a, "readable") : Value::boolean(false);
}
Value buf_writable(VM& vm, const Value* a, size_t, Tuple*) {
  return self_buf(a[0])->can_write ? delegate(vm, a, "writable") : Value::boolean(false);
}

Value buf_repr(VM& vm, const Value* args, size_t, Tuple*) {
  std::string cls = "_io." + std::string(type_of(vm, args[0])->name->view());
  Buffered* b = self_buf(args[0]);
  Value name = b->detached ? Value::error() : getattr_opt(vm, b->raw, vm.n.name);
  if (!name.ok()) {
    if (vm.has_exc()) {
      if (!exc_matches(vm, vm.e.ValueError)) return Value::error();
      clear_exc(vm);
    }
    return make_str(vm, "<" + cls + ">");
  }
  Value r = repr(vm, name);
  if (!r.ok()) return r;
  return make_str(vm, "<" + cls + " name=" + std::string(sv(r)) + ">");
}

Value raw_attr(VM& vm, Value self, const char* name) {
  Buffered* b = self_buf(self);
  if (!check_usable(vm, b)) return Value::error();
  return getattr_cstr(vm, b->raw, name);
}
Value get_closed(VM& vm, Value self) { return raw_attr(vm, self, "closed"); }
Value get_name(VM& vm, Value self) { return raw_attr(vm, self, "name"); }
Value get_mode(VM& vm, Value self) { return raw_attr(vm, self, "mode"); }
Value get_raw(VM& vm, Value self) { return self_buf(self)->raw; }

const MethodDef kBufferedMethods[] = {
    {"read", buf_read, METH_METHOD, "Read and return up to n bytes."},
    {"read1", buf_read1, METH_METHOD, "Read and return up to n bytes, with at most one raw read."},
    {"peek", buf_peek, METH_METHOD, "Return buffered bytes without advancing the position."},
    {"readline", buf_readline, METH_METHOD, "Read and return a line from the stream."},
    {"readinto", buf_readinto, METH_METHOD, "Read bytes into a pre-allocated, writable bytes-like object b."},
    {"write", buf_write, METH_METHOD, "Write the given buffer to the IO stream."},
    {"flush", buf_flush, METH_METHOD, "Flush the write buffers of the stream."},
    {"seek", buf_seek, METH_METHOD, "Change the stream position to the given byte offset."},
    {"tell", buf_tell, METH_METHOD, "Return current stream position."},
    {"truncate", buf_truncate, METH_METHOD, "Truncate file to size bytes."},
    {"close", buf_close, METH_METHOD, "Flush and close the IO object."},
    {"detach", buf_detach, METH_METHOD, "Disconnect this buffer from its underlying raw stream and return it."},
    {"fileno", buf_fileno, METH_METHOD, "Returns underlying file descriptor if one exists."},
    {"isatty", buf_isatty, METH_METHOD, "Return whether this is an 'interactive' stream."},
    {"seekable", buf_seekable, METH_METHOD, "Return whether object supports random access."},
    {"readable", buf_readable, METH_METHOD, "Return whether object was opened for reading."},
    {"writable", buf_writable, METH_METHOD, "Return whether object was opened for writing."},
    {"__repr__", buf_repr, METH_SLOT},
    {}};

const GetSetDef kBufferedGetSets[] = {
    {"closed", get_closed}, {"name", get_name}, {"mode", get_mode}, {"raw", get_raw}, {}};

Value buffered_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"raw", "buffer_size"};
  Value a[2] = {Value::none(), make_int(vm, static_cast<int64_t>(kDefaultBufferSize))};
  Type* cls = args[0].as<Type>();
  if (!bind_args(vm, {cls->name->data(), kNames, 2, 1}, args + 1, nargs - 1, kw, a)) return Value::error();
  int64_t size;
  if (!to_int64(vm, a[1], &size)) return Value::error();
  return make_buffered(vm, cls, a[0], size);
}

const MethodDef kBufferedNew[] = {{"__new__", buffered_new, METH_STATIC}, {}};

Type* make_type(VM& vm, const char* name) {
  Type* type = alloc_type_object(vm, vm.t.type);
  setup_builtin_type(vm, type, name, vm.t.object, &kBufferedLayout, sizeof(Buffered), TF_BASETYPE, buffered_new);
  dict_set_cstr(vm, type->dict, "__module__", make_str(vm, "_io"));
  add_methods(vm, type, kCommonMethods);
  add_methods(vm, type, kBufferedNew);
  add_methods(vm, type, kBufferedMethods);
  add_getsets(vm, type, kBufferedGetSets);
  type->iternext = iter_next_line;
  return type;
}

}  // namespace

Value make_buffered(VM& vm, Type* cls, Value raw, int64_t buffer_size) {
  if (buffer_size <= 0) return raise(vm, vm.e.ValueError, "buffer size must be strictly positive");
  IoTypes t;
  if (!io_types(vm, &t)) return Value::error();
  bool reader = is_subtype(cls, t.buffered_reader), writer = is_subtype(cls, t.buffered_writer);
  // The raw stream must be able to do what the class does.
  if (!writer) {
    Value ok = call_method(vm, raw, vm.intern("readable"), nullptr, 0);
    if (!ok.ok()) return ok;
    if (!truthy(vm, ok)) return raise(vm, vm.e.OSError, "\"raw\" argument must be readable.");
  }
  if (!reader) {
    Value ok = call_method(vm, raw, vm.intern("writable"), nullptr, 0);
    if (!ok.ok()) return ok;
    if (!truthy(vm, ok)) return raise(vm, vm.e.OSError, "\"raw\" argument must be writable.");
  }
  Obj* o = alloc_object(vm, cls);
  if (!o) return Value::error();
  auto* b = static_cast<Buffered*>(o);
  b->raw = raw;
  b->buffer_size = buffer_size;
  b->can_read = !writer;
  b->can_write = !reader;
  return val(o);
}

void init_buffered_types(VM& vm, IoTypes& t) {
  t.buffered_reader = make_type(vm, "BufferedReader");
  t.buffered_writer = make_type(vm, "BufferedWriter");
  t.buffered_random = make_type(vm, "BufferedRandom");
}

}  // namespace klass::io
