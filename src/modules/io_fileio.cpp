// _io.FileIO: unbuffered binary I/O on a file descriptor.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <string>

#include "modules/io_internal.h"
#include "modules/os_error.h"
#include "modules/posix_internal.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/bytes.h"
#include "types/dict.h"
#include "types/float.h"
#include "types/int.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass::io {

namespace {

void trace_file(Obj* o, Tracer& t) {
  t.visit(static_cast<FileIO*>(o)->name);
  if (o->cls->flags & TF_HEAPTYPE) trace_instance_extras(o, t);
}

// A file dropped without close(): write what the buffered layer left
// pending, then close the descriptor (CPython does this when the last
// reference goes).
void finalize_file(Obj* o) {
  auto* f = static_cast<FileIO*>(o);
  if (f->pending) {
    if (f->fd >= 0) {
      const char* p = f->pending->data();
      size_t n = f->pending->size();
      while (n) {
        ssize_t w = ::write(f->fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) break;
        p += w;
        n -= static_cast<size_t>(w);
      }
    }
    delete f->pending;
    f->pending = nullptr;
  }
  if (f->fd >= 0 && f->closefd) ::close(f->fd);
  f->fd = -1;
}

const Layout kFileLayout{"FileIO", trace_file, finalize_file, sizeof(FileIO)};

FileIO* self_file(Value v) { return v.as<FileIO>(); }

bool check_file_open(VM& vm, FileIO* f) {
  if (f->fd >= 0) return true;
  closed_error(vm, false);
  return false;
}

bool retry(VM& vm, ssize_t r) { return r < 0 && errno == EINTR && !vm.pending_signal; }

Value interrupted(VM& vm, int err) {
  if (err == EINTR && vm.pending_signal) {
    vm.pending_signal = 0;
    return raise(vm, vm.e.KeyboardInterrupt, "");
  }
  return raise_os_error(vm, err);
}

std::string mode_string(const FileIO* f) {
  if (f->created) return f->readable ? "xb+" : "xb";
  if (f->appending) return f->readable ? "ab+" : "ab";
  if (f->readable) return f->writable ? "rb+" : "rb";
  return "wb";
}

// ---- construction ----

Value file_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"file", "mode", "closefd", "opener"};
  Value a[4] = {Value::none(), Value::error(), Value::boolean(true), Value::none()};
  if (!bind_args(vm, {"FileIO", kNames, 4, 1}, args + 1, nargs - 1, kw, a)) return Value::error();
  std::string_view mode = "r";
  if (a[1].ok()) {
    if (!isinstance_of(vm, a[1], vm.t.str))
      return raisef(vm, vm.e.TypeError, "FileIO() argument 'mode' must be str, not %s", type_name(a[1]));
    mode = sv(a[1]);
  }
  int closefd = truthy(vm, a[2]);
  if (closefd < 0) return Value::error();
  return make_file_io(vm, args[0].as<Type>(), a[0], mode, closefd, a[3]);
}

// ---- reading and writing ----

Value file_read(VM& vm, const Value* args, size_t nargs, Tuple* kw);

Value file_readall(VM& vm, FileIO* f) {
  std::string out;
  // Start from the file's remaining size when it is a regular file.
  struct stat st;
  off_t pos = ::lseek(f->fd, 0, SEEK_CUR);
  size_t chunk = kDefaultBufferSize;
  if (::fstat(f->fd, &st) == 0 && pos >= 0 && st.st_size > pos) chunk = static_cast<size_t>(st.st_size - pos) + 1;
  for (;;) {
    size_t old = out.size();
    out.resize(old + chunk);
    ssize_t r = ::read(f->fd, out.data() + old, chunk);
    if (r < 0) {
      out.resize(old);
      if (retry(vm, r)) continue;
      return interrupted(vm, errno);
    }
    out.resize(old + static_cast<size_t>(r));
    if (r == 0) break;
    if (chunk < (1u << 20)) chunk *= 2;
  }
  return make_bytes(vm, out);
}

Value file_read(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  FileIO* f = self_file(args[0]);
  if (!no_kwargs(vm, "read", kw) || !check_nargs(vm, "read", nargs - 1, 0, 1)) return Value::error();
  int64_t n = -1;
  if (nargs > 1 && !size_arg(vm, args[1], &n)) return Value::error();
  if (!check_file_open(vm, f)) return Value::error();
  if (!f->readable) return unsupported(vm, "File not open for reading");
  if (n < 0) return file_readall(vm, f);
  std::string buf(static_cast<size_t>(n), '\0');
  ssize_t r;
  do r = ::read(f->fd, buf.data(), buf.size());
  while (retry(vm, r));
  if (r < 0) {
    if (errno == EAGAIN) return Value::none();
    return interrupted(vm, errno);
  }
  buf.resize(static_cast<size_t>(r));
  return make_bytes(vm, buf);
}

Value file_readall_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  FileIO* f = self_file(args[0]);
  if (!check_nargs(vm, "readall", nargs - 1, 0, 0) || !check_file_open(vm, f)) return Value::error();
  if (!f->readable) return unsupported(vm, "File not open for reading");
  return file_readall(vm, f);
}

Value file_readinto(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  FileIO* f = self_file(args[0]);
  if (!check_nargs(vm, "readinto", nargs - 1, 1, 1) || !check_file_open(vm, f)) return Value::error();
  if (!f->readable) return unsupported(vm, "File not open for reading");
  if (!isinstance_of(vm, args[1], vm.t.bytearray))
    return raisef(vm, vm.e.TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                  type_name(args[1]));
  auto* b = args[1].as<ByteArray>();
  ssize_t r;
  do r = ::read(f->fd, b->items, b->size);
  while (retry(vm, r));
  if (r < 0) return interrupted(vm, errno);
  return make_int(vm, r);
}

}  // namespace

bool file_write_all(VM& vm, FileIO* f, std::string_view data) {
  while (!data.empty()) {
    ssize_t w = ::write(f->fd, data.data(), data.size());
    if (w < 0) {
      if (retry(vm, w)) continue;
      interrupted(vm, errno);
      return false;
    }
    data.remove_prefix(static_cast<size_t>(w));
  }
  return true;
}

bool file_flush_pending(VM& vm, FileIO* f) {
  if (!f->pending || f->pending->empty()) return true;
  std::string data;
  data.swap(*f->pending);
  if (f->fd < 0) return true;
  return file_write_all(vm, f, data);
}

namespace {

Value file_write(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  FileIO* f = self_file(args[0]);
  std::string_view data;
  if (!no_kwargs(vm, "write", kw) || !check_nargs(vm, "write", nargs - 1, 1, 1) || !buffer_arg(vm, args[1], &data))
    return Value::error();
  if (!check_file_open(vm, f)) return Value::error();
  if (!f->writable) return unsupported(vm, "File not open for writing");
  ssize_t w;
  do w = ::write(f->fd, data.data(), data.size());
  while (retry(vm, w));
  if (w < 0) {
    if (errno == EAGAIN) return Value::none();
    return interrupted(vm, errno);
  }
  return make_int(vm, w);
}

// ---- positioning ----

Value file_seek(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  FileIO* f = self_file(args[0]);
  if (!no_kwargs(vm, "seek", kw) || !check_nargs(vm, "seek", nargs - 1, 1, 2)) return Value::error();
  if (!is_int(vm, args[1]) && !has_index(vm, args[1]))
    return raisef(vm, vm.e.TypeError, "an integer is required (got type %s)", type_name(args[1]));
  int64_t pos, whence = 0;
  if (!to_int64(vm, args[1], &pos) || (nargs > 2 && !to_int64(vm, args[2], &whence))) return Value::error();
  if (!check_file_open(vm, f)) return Value::error();
  off_t r = ::lseek(f->fd, pos, static_cast<int>(whence));
  if (r < 0) return raise_os_error(vm, errno);
  f->seekable = 1;
  return make_int(vm, r);
}

Value file_tell(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  FileIO* f = self_file(args[0]);
  if (!check_nargs(vm, "tell", nargs - 1, 0, 0) || !check_file_open(vm, f)) return Value::error();
  off_t r = ::lseek(f->fd, 0, SEEK_CUR);
  if (r < 0) return raise_os_error(vm, errno);
  return make_int(vm, r);
}

Value file_truncate(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  FileIO* f = self_file(args[0]);
  if (!check_nargs(vm, "truncate", nargs - 1, 0, 1) || !check_file_open(vm, f)) return Value::error();
  if (!f->writable) return unsupported(vm, "File not open for writing");
  int64_t size;
  if (nargs > 1 && !args[1].is_none()) {
    if (!to_int64(vm, args[1], &size)) return Value::error();
  } else {
    off_t r = ::lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) return raise_os_error(vm, errno);
    size = r;
  }
  if (::ftruncate(f->fd, size) != 0) return raise_os_error(vm, errno);
  return make_int(vm, size);
}

// ---- state ----

Value file_close(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  FileIO* f = self_file(args[0]);
  if (f->fd < 0) return Value::none();
  bool flushed = file_flush_pending(vm, f);
  int fd = f->fd;
  f->fd = -1;
  if (f->closefd && ::close(fd) != 0 && flushed) return raise_os_error(vm, errno);
  return flushed ? Value::none() : Value::error();
}

Value file_fileno(VM& vm, const Value* args, size_t nargs, Tuple*) {
  FileIO* f = self_file(args[0]);
  if (!check_file_open(vm, f)) return Value::error();
  return make_int(vm, f->fd);
}

Value file_isatty(VM& vm, const Value* args, size_t nargs, Tuple*) {
  FileIO* f = self_file(args[0]);
  if (!check_file_open(vm, f)) return Value::error();
  return Value::boolean(::isatty(f->fd));
}

Value file_readable(VM& vm, const Value* args, size_t, Tuple*) {
  FileIO* f = self_file(args[0]);
  return check_file_open(vm, f) ? Value::boolean(f->readable) : Value::error();
}

Value file_writable(VM& vm, const Value* args, size_t, Tuple*) {
  FileIO* f = self_file(args[0]);
  return check_file_open(vm, f) ? Value::boolean(f->writable) : Value::error();
}

Value file_seekable(VM& vm, const Value* args, size_t, Tuple*) {
  FileIO* f = self_file(args[0]);
  if (!check_file_open(vm, f)) return Value::error();
  if (f->seekable < 0) f->seekable = ::lseek(f->fd, 0, SEEK_CUR) >= 0;
  return Value::boolean(f->seekable);
}

Value file_flush(VM& vm, const Value* args, size_t, Tuple*) {
  FileIO* f = self_file(args[0]);
  if (f->fd < 0) return closed_error(vm);
  return Value::none();
}

Value file_readline(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  // Raw files read a line a byte at a time, as IOBase.readline does.
  FileIO* f = self_file(args[0]);
  int64_t limit = -1;
  if (!check_nargs(vm, "readline", nargs - 1, 0, 1) || (nargs > 1 && !size_arg(vm, args[1], &limit)))
    return Value::error();
  if (!check_file_open(vm, f)) return Value::error();
  if (!f->readable) return unsupported(vm, "File not open for reading");
  std::string line;
  while (limit < 0 || static_cast<int64_t>(line.size()) < limit) {
    char c;
    ssize_t r = ::read(f->fd, &c, 1);
    if (r < 0) {
      if (retry(vm, r)) continue;
      return interrupted(vm, errno);
    }
    if (r == 0) break;
    line += c;
    if (c == '\n') break;
  }
  return make_bytes(vm, line);
}

Value file_repr(VM& vm, const Value* args, size_t, Tuple*) {
  FileIO* f = self_file(args[0]);
  std::string cls = std::string(type_of(vm, args[0])->name->view());
  if (f->fd < 0) return make_str(vm, "<_io." + cls + " [closed]>");
  Value name = repr(vm, f->name);
  if (!name.ok()) return name;
  return make_str(vm, "<_io." + cls + " name=" + std::string(sv(name)) + " mode='" + mode_string(f) +
                          "' closefd=" + (f->closefd ? "True" : "False") + ">");
}

Value get_closed(VM& vm, Value self) { return Value::boolean(self_file(self)->fd < 0); }
Value get_name(VM& vm, Value self) { return self_file(self)->name; }
bool set_name(VM& vm, Value self, Value v) {
  self_file(self)->name = v.ok() ? v : Value::none();
  return true;
}
Value get_mode(VM& vm, Value self) { return make_str(vm, mode_string(self_file(self))); }
Value get_closefd(VM& vm, Value self) { return Value::boolean(self_file(self)->closefd); }

const MethodDef kFileMethods[] = {
    {"__new__", file_new, METH_STATIC},
    {"read", file_read, METH_METHOD, "Read at most size bytes, returned as bytes."},
    {"readall", file_readall_m, METH_METHOD, "Read all data from the file, returned as bytes."},
    {"readinto", file_readinto, METH_METHOD, "Same as RawIOBase.readinto()."},
    {"readline", file_readline, METH_METHOD, "Read and return a line from the stream."},
    {"write", file_write, METH_METHOD, "Write buffer b to file, return number of bytes written."},
    {"seek", file_seek, METH_METHOD, "Move to new file position and return the file position."},
    {"tell", file_tell, METH_METHOD, "Current file position."},
    {"truncate", file_truncate, METH_METHOD, "Truncate the file to at most size bytes and return the truncated size."},
    {"close", file_close, METH_METHOD, "Close the file."},
    {"fileno", file_fileno, METH_METHOD, "Return the underlying file descriptor (an integer)."},
    {"isatty", file_isatty, METH_METHOD, "True if the file is connected to a TTY device."},
    {"readable", file_readable, METH_METHOD, "True if file was opened in a read mode."},
    {"writable", file_writable, METH_METHOD, "True if file was opened in a write mode."},
    {"seekable", file_seekable, METH_METHOD, "True if file supports random-access."},
    {"flush", file_flush, METH_METHOD, "Does nothing for raw files."},
    {"__repr__", file_repr, METH_SLOT},
    {}};

const GetSetDef kFileGetSets[] = {{"closed", get_closed}, {"name", get_name, set_name},
                                  {"mode", get_mode},     {"closefd", get_closefd}, {}};

}  // namespace

FileIO* as_file_io(VM& vm, Value v) {
  return v.is_object() && v.as_object()->cls->layout == &kFileLayout ? v.as<FileIO>() : nullptr;
}

Value make_file_io(VM& vm, Type* cls, Value file, std::string_view mode, bool closefd, Value opener) {
  bool r = false, w = false, x = false, a = false, plus = false;
  int count = 0;
  for (char c : mode) {
    switch (c) {
      case 'r': r = true, ++count; break;
      case 'w': w = true, ++count; break;
      case 'x': x = true, ++count; break;
      case 'a': a = true, ++count; break;
      case '+': plus = true; break;
      case 'b': break;
      default: return raisef(vm, vm.e.ValueError, "invalid mode: %.*s", static_cast<int>(mode.size()), mode.data());
    }
  }
  if (count != 1)
    return raise(vm, vm.e.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  int flags = O_CLOEXEC;
  bool readable = r || plus, writable = w || x || a || plus;
  flags |= readable && writable ? O_RDWR : readable ? O_RDONLY : O_WRONLY;
  if (w) flags |= O_CREAT | O_TRUNC;
  if (x) flags |= O_CREAT | O_EXCL;
  if (a) flags |= O_CREAT | O_APPEND;

  Obj* o = alloc_object(vm, cls);
  if (!o) return Value::error();
  auto* f = static_cast<FileIO*>(o);
  f->fd = -1;
  f->seekable = -1;
  f->closefd = true;
  f->name = file;
  f->readable = readable;
  f->writable = writable;
  f->appending = a;
  f->created = x;
  Value result = val(o);

  if (is_int(vm, file) && !file.is_bool()) {
    int64_t fd;
    if (!to_int64(vm, file, &fd)) return Value::error();
    if (fd < 0) return raise(vm, vm.e.ValueError, "negative file descriptor");
    f->fd = static_cast<int>(fd);
    f->closefd = closefd;
  } else {
    if (!closefd) return raise(vm, vm.e.ValueError, "Cannot use closefd=False with file name");
    posix_module::PathArg p;
    if (!posix_module::path_arg(vm, file, "FileIO", "file", false, &p)) {
      if (exc_matches(vm, vm.e.TypeError)) {
        clear_exc(vm);
        return raisef(vm, vm.e.TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(file));
      }
      return Value::error();
    }
    if (!opener.is_none()) {
      Value oargs[2] = {file, make_int(vm, flags)};
      Value fdv = call(vm, opener, oargs, 2);
      if (!fdv.ok()) return fdv;
      int64_t fd;
      if (!is_int(vm, fdv)) return raise(vm, vm.e.TypeError, "expected integer from opener");
      if (!to_int64(vm, fdv, &fd)) return Value::error();
      if (fd < 0) return raisef(vm, vm.e.ValueError, "opener returned %lld", static_cast<long long>(fd));
      f->fd = static_cast<int>(fd);
    } else {
      int fd;
      do fd = ::open(p.path.c_str(), flags, 0666);
      while (fd < 0 && errno == EINTR && !vm.pending_signal);
      if (fd < 0) return raise_os_error(vm, errno, file);
      f->fd = fd;
    }
  }
  struct stat st;
  if (::fstat(f->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    int fd = f->fd;
    f->fd = -1;
    if (f->closefd) ::close(fd);
    return raise_os_error(vm, EISDIR, file);
  }
  if (a) ::lseek(f->fd, 0, SEEK_END);
  return result;
}

void init_file_io_type(VM& vm, IoTypes& t) {
  Type* type = alloc_type_object(vm, vm.t.type);
  setup_builtin_type(vm, type, "FileIO", vm.t.object, &kFileLayout, sizeof(FileIO), TF_BASETYPE, file_new);
  dict_set_cstr(vm, type->dict, "__module__", make_str(vm, "_io"));
  add_methods(vm, type, kCommonMethods);
  add_methods(vm, type, kFileMethods);
  add_getsets(vm, type, kFileGetSets);
  type->iternext = iter_next_line;
  t.file_io = type;
}

}  // namespace klass::io
