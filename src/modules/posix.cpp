// The posix module: the operating system interface under lib/os.py (files
// and directories, the environment, process ids, urandom, strerror).
// Errors are OSError subclasses chosen by errno, carrying the file name.
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>

#include "modules/os_error.h"
#include "modules/posix_internal.h"
#include "modules/registry.h"
#include "modules/structseq.h"
#include "object/ops.h"
#include "text/unicode_codecs.h"
#include "types/bytes.h"
#include "types/dict.h"
#include "types/float.h"
#include "types/int.h"
#include "types/list.h"
#include "types/module.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

extern char** environ;

namespace klass {

namespace posix_module {

// ---- path arguments ----

namespace {

// The bytes of a str path: its UTF-8, with surrogate escapes (from
// undecodable file names) turned back into the bytes they stand for.
bool str_path_bytes(VM& vm, Value s, std::string* out) {
  std::string_view text = sv(s);
  if (s.as<Str>()->is_ascii()) {
    *out = std::string(text);
    return true;
  }
  auto r = text::encode(text, "utf-8", "surrogateescape");
  if (!r) {
    raise(vm, vm.e.UnicodeEncodeError, r.error().message);
    return false;
  }
  *out = std::move(*r);
  return true;
}

}  // namespace

bool path_arg(VM& vm, Value v, const char* fname, const char* argname, bool allow_fd, PathArg* out) {
  out->original = v;
  out->fd = -1;
  Value p = v;
  if (allow_fd && is_int(vm, v) && !v.is_bool()) {
    int64_t fd;
    if (!to_int64(vm, v, &fd)) return false;
    if (fd < 0 || fd > INT_MAX) {
      raise(vm, vm.e.ValueError, "fd is negative");  // CPython: "fd is less than 0" on some paths
      return false;
    }
    out->fd = static_cast<int>(fd);
    return true;
  }
  if (!isinstance_of(vm, p, vm.t.str) && !isinstance_of(vm, p, vm.t.bytes)) {
    Value r = call_special(vm, p, SM::fspath, nullptr, 0);
    if (!r.ok()) {
      if (vm.has_exc()) return false;
      // Functions taking a directory also accept None (the current one).
      bool none_ok = allow_fd && (std::strcmp(fname, "listdir") == 0 || std::strcmp(fname, "scandir") == 0);
      raisef(vm, vm.e.TypeError, "%s: %s should be string, bytes%s os.PathLike%s, not %s", fname, argname,
             allow_fd ? "," : " or", !allow_fd ? "" : none_ok ? ", integer or None" : " or integer", type_name(v));
      return false;
    }
    if (!isinstance_of(vm, r, vm.t.str) && !isinstance_of(vm, r, vm.t.bytes)) {
      raisef(vm, vm.e.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", type_name(v), type_name(r));
      return false;
    }
    p = r;
  }
  if (isinstance_of(vm, p, vm.t.str)) {
    out->is_bytes = false;
    if (!str_path_bytes(vm, p, &out->path)) return false;
  } else {
    out->is_bytes = true;
    out->path = std::string(p.as<Bytes>()->view());
  }
  if (out->path.find('\0') != std::string::npos) {
    raise(vm, vm.e.ValueError, "embedded null byte");
    return false;
  }
  return true;
}

Value fs_name(VM& vm, std::string_view name, bool as_bytes) {
  if (as_bytes) return make_bytes(vm, name);
  auto r = text::decode(name, "utf-8", "surrogateescape");
  return r ? make_str(vm, *r) : make_str(vm, name);
}

Value path_error(VM& vm, const PathArg& p) { return raise_os_error(vm, errno, p.original); }

Value fspath(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path"};
  Value path = Value::none();
  if (!bind_args(vm, {"fspath", kNames, 1, 1, 0}, args, nargs, kw, &path)) return Value::error();
  if (isinstance_of(vm, path, vm.t.str) || isinstance_of(vm, path, vm.t.bytes)) return path;
  Value r = call_special(vm, path, SM::fspath, nullptr, 0);
  if (!r.ok()) {
    if (vm.has_exc()) return r;
    return raisef(vm, vm.e.TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(path));
  }
  if (!isinstance_of(vm, r, vm.t.str) && !isinstance_of(vm, r, vm.t.bytes))
    return raisef(vm, vm.e.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", type_name(path),
                  type_name(r));
  return r;
}

namespace {

// ---- files and directories ----

// Binds `def fname(path, <extra...>, *, dir_fd=None, follow_symlinks=True)`:
// the keyword-only options klass accepts only at their defaults.
bool simple_path_call(VM& vm, const char* fname, const Value* args, size_t nargs, Tuple* kw, PathArg* p,
                      const char* const* names, size_t count, size_t required, Value* out) {
  if (!bind_args(vm, {fname, names, count, required, 0, SIZE_MAX}, args, nargs, kw, out)) return false;
  return path_arg(vm, out[0], fname, "path", false, p);
}

Value posix_getcwd(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "getcwd", kw) || !check_nargs(vm, "posix.getcwd", nargs, 0, 0)) return Value::error();
  char buf[PATH_MAX];
  if (!::getcwd(buf, sizeof buf)) return raise_os_error(vm, errno);
  return fs_name(vm, buf, false);
}

Value posix_getcwdb(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "getcwdb", kw) || !check_nargs(vm, "posix.getcwdb", nargs, 0, 0)) return Value::error();
  char buf[PATH_MAX];
  if (!::getcwd(buf, sizeof buf)) return raise_os_error(vm, errno);
  return make_bytes(vm, buf);
}

Value posix_chdir(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path"};
  Value a[1];
  PathArg p;
  if (!bind_args(vm, {"chdir", kNames, 1, 1, 0}, args, nargs, kw, a) ||
      !path_arg(vm, a[0], "chdir", "path", true, &p))
    return Value::error();
  int rc = p.fd >= 0 ? ::fchdir(p.fd) : ::chdir(p.path.c_str());
  return rc == 0 ? Value::none() : path_error(vm, p);
}

Value posix_mkdir(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "mode", "dir_fd"};
  Value a[3] = {Value::none(), Value::small_int(0777), Value::none()};
  PathArg p;
  if (!bind_args(vm, {"mkdir", kNames, 3, 1, 0, 2}, args, nargs, kw, a) ||
      !path_arg(vm, a[0], "mkdir", "path", false, &p))
    return Value::error();
  int64_t mode;
  if (!to_int64(vm, a[1], &mode)) return Value::error();
  return ::mkdir(p.path.c_str(), static_cast<mode_t>(mode)) == 0 ? Value::none() : path_error(vm, p);
}

template <int (*Fn)(const char*)>
Value one_path(VM& vm, const char* fname, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "dir_fd"};
  Value a[2] = {Value::none(), Value::none()};
  PathArg p;
  if (!simple_path_call(vm, fname, args, nargs, kw, &p, kNames, 2, 1, a)) return Value::error();
  return Fn(p.path.c_str()) == 0 ? Value::none() : path_error(vm, p);
}
Value posix_rmdir(VM& vm, const Value* a, size_t n, Tuple* kw) { return one_path<::rmdir>(vm, "rmdir", a, n, kw); }
Value posix_remove(VM& vm, const Value* a, size_t n, Tuple* kw) { return one_path<::unlink>(vm, "remove", a, n, kw); }
Value posix_unlink(VM& vm, const Value* a, size_t n, Tuple* kw) { return one_path<::unlink>(vm, "unlink", a, n, kw); }

Value two_paths(VM& vm, const char* fname, int (*fn)(const char*, const char*), const Value* args, size_t nargs,
                Tuple* kw) {
  static const char* const kNames[] = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
  Value a[4] = {Value::none(), Value::none(), Value::none(), Value::none()};
  PathArg src, dst;
  if (!bind_args(vm, {fname, kNames, 4, 2, 0, 2}, args, nargs, kw, a) ||
      !path_arg(vm, a[0], fname, "src", false, &src) || !path_arg(vm, a[1], fname, "dst", false, &dst))
    return Value::error();
  if (fn(src.path.c_str(), dst.path.c_str()) == 0) return Value::none();
  return raise_os_error(vm, errno, src.original, dst.original);
}
int do_rename(const char* a, const char* b) { return ::rename(a, b); }
int do_link(const char* a, const char* b) { return ::link(a, b); }
int do_symlink(const char* a, const char* b) { return ::symlink(a, b); }
Value posix_rename(VM& vm, const Value* a, size_t n, Tuple* kw) { return two_paths(vm, "rename", do_rename, a, n, kw); }
Value posix_replace(VM& vm, const Value* a, size_t n, Tuple* kw) { return two_paths(vm, "replace", do_rename, a, n, kw); }
Value posix_link(VM& vm, const Value* a, size_t n, Tuple* kw) { return two_paths(vm, "link", do_link, a, n, kw); }
Value posix_symlink(VM& vm, const Value* a, size_t n, Tuple* kw) {
  return two_paths(vm, "symlink", do_symlink, a, n, kw);
}

Value posix_readlink(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "dir_fd"};
  Value a[2] = {Value::none(), Value::none()};
  PathArg p;
  if (!simple_path_call(vm, "readlink", args, nargs, kw, &p, kNames, 2, 1, a)) return Value::error();
  char buf[PATH_MAX];
  ssize_t n = ::readlink(p.path.c_str(), buf, sizeof buf);
  if (n < 0) return path_error(vm, p);
  return fs_name(vm, std::string_view(buf, static_cast<size_t>(n)), p.is_bytes);
}

Value posix_access(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"};
  Value a[5] = {Value::none(), Value::none(), Value::none(), Value::boolean(false), Value::boolean(true)};
  PathArg p;
  if (!bind_args(vm, {"access", kNames, 5, 2, 0, 2}, args, nargs, kw, a) ||
      !path_arg(vm, a[0], "access", "path", false, &p))
    return Value::error();
  int64_t mode;
  if (!to_int64(vm, a[1], &mode)) return Value::error();
  return Value::boolean(::access(p.path.c_str(), static_cast<int>(mode)) == 0);
}

Value posix_chmod(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "mode", "dir_fd", "follow_symlinks"};
  Value a[4] = {Value::none(), Value::none(), Value::none(), Value::boolean(true)};
  PathArg p;
  if (!bind_args(vm, {"chmod", kNames, 4, 2, 0, 2}, args, nargs, kw, a) ||
      !path_arg(vm, a[0], "chmod", "path", true, &p))
    return Value::error();
  int64_t mode;
  if (!to_int64(vm, a[1], &mode)) return Value::error();
  int rc = p.fd >= 0 ? ::fchmod(p.fd, static_cast<mode_t>(mode)) : ::chmod(p.path.c_str(), static_cast<mode_t>(mode));
  return rc == 0 ? Value::none() : path_error(vm, p);
}

Value posix_truncate(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  PathArg p;
  int64_t length;
  if (!no_kwargs(vm, "truncate", kw) || !check_nargs(vm, "truncate", nargs, 2, 2) ||
      !path_arg(vm, args[0], "truncate", "path", true, &p) || !to_int64(vm, args[1], &length))
    return Value::error();
  int rc = p.fd >= 0 ? ::ftruncate(p.fd, length) : ::truncate(p.path.c_str(), length);
  return rc == 0 ? Value::none() : path_error(vm, p);
}

Value posix_utime(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
  Value a[5] = {Value::none(), Value::none(), Value::error(), Value::none(), Value::boolean(true)};
  PathArg p;
  if (!bind_args(vm, {"utime", kNames, 5, 1, 0, 2}, args, nargs, kw, a) ||
      !path_arg(vm, a[0], "utime", "path", true, &p))
    return Value::error();
  timespec ts[2];
  timespec* times = nullptr;
  if (!a[1].is_none()) {
    if (!isinstance_of(vm, a[1], vm.t.tuple) || a[1].as<Tuple>()->size != 2)
      return raise(vm, vm.e.TypeError, "utime: 'times' must be either a tuple of two ints or None");
    for (int i = 0; i < 2; ++i) {
      Value t = (*a[1].as<Tuple>())[i];
      double d;
      if (is_int(vm, t)) {
        int64_t s;
        if (!to_int64(vm, t, &s)) return Value::error();
        ts[i] = {static_cast<time_t>(s), 0};
      } else {
        if (!to_double(vm, t, &d)) return Value::error();
        double whole = std::floor(d);
        ts[i] = {static_cast<time_t>(whole), static_cast<long>((d - whole) * 1e9)};
      }
    }
    times = ts;
  } else if (a[2].ok()) {
    if (!isinstance_of(vm, a[2], vm.t.tuple) || a[2].as<Tuple>()->size != 2)
      return raise(vm, vm.e.TypeError, "utime: 'ns' must be a tuple of two ints");
    for (int i = 0; i < 2; ++i) {
      int64_t ns;
      if (!to_int64(vm, (*a[2].as<Tuple>())[i], &ns)) return Value::error();
      ts[i] = {static_cast<time_t>(ns / 1000000000), static_cast<long>(ns % 1000000000)};
    }
    times = ts;
  }
  int rc = p.fd >= 0 ? ::futimens(p.fd, times) : ::utimensat(AT_FDCWD, p.path.c_str(), times, 0);
  return rc == 0 ? Value::none() : path_error(vm, p);
}

// ---- file descriptors ----

Value posix_open(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "flags", "mode", "dir_fd"};
  Value a[4] = {Value::none(), Value::none(), Value::small_int(0777), Value::none()};
  PathArg p;
  int64_t flags, mode;
  if (!bind_args(vm, {"open", kNames, 4, 2, 0, 3}, args, nargs, kw, a) ||
      !path_arg(vm, a[0], "open", "path", false, &p) || !to_int64(vm, a[1], &flags) || !to_int64(vm, a[2], &mode))
    return Value::error();
  int fd;
  do fd = ::open(p.path.c_str(), static_cast<int>(flags) | O_CLOEXEC, static_cast<mode_t>(mode));
  while (fd < 0 && errno == EINTR && !vm.pending_signal);
  return fd >= 0 ? make_int(vm, fd) : path_error(vm, p);
}

bool fd_arg(VM& vm, Value v, int* fd) {
  int64_t i;
  if (!is_int(vm, v))
    return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v)), false;
  if (!to_int64(vm, v, &i)) return false;
  *fd = static_cast<int>(i);
  return true;
}

Value posix_close(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int fd;
  if (!check_nargs(vm, "close", nargs, 1, 1) || !fd_arg(vm, args[0], &fd)) return Value::error();
  return ::close(fd) == 0 ? Value::none() : raise_os_error(vm, errno);
}

Value posix_read(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int fd;
  int64_t n;
  if (!no_kwargs(vm, "read", kw) || !check_nargs(vm, "read", nargs, 2, 2) || !fd_arg(vm, args[0], &fd) ||
      !to_int64(vm, args[1], &n))
    return Value::error();
  if (n < 0) return raise_os_error(vm, EINVAL);
  std::string buf(static_cast<size_t>(n), '\0');
  ssize_t r;
  do r = ::read(fd, buf.data(), buf.size());
  while (r < 0 && errno == EINTR && !vm.pending_signal);
  if (r < 0) return raise_os_error(vm, errno);
  buf.resize(static_cast<size_t>(r));
  return make_bytes(vm, buf);
}

Value posix_write(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int fd;
  std::string_view data;
  if (!no_kwargs(vm, "write", kw) || !check_nargs(vm, "write", nargs, 2, 2) || !fd_arg(vm, args[0], &fd))
    return Value::error();
  if (!bytes_like(vm, args[1], &data))
    return raisef(vm, vm.e.TypeError, "a bytes-like object is required, not '%s'", type_name(args[1]));
  ssize_t r;
  do r = ::write(fd, data.data(), data.size());
  while (r < 0 && errno == EINTR && !vm.pending_signal);
  return r < 0 ? raise_os_error(vm, errno) : make_int(vm, r);
}

Value posix_isatty(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int fd;
  if (!check_nargs(vm, "isatty", nargs, 1, 1) || !fd_arg(vm, args[0], &fd)) return Value::error();
  return Value::boolean(::isatty(fd));
}

Value posix_pipe(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!check_nargs(vm, "posix.pipe", nargs, 0, 0)) return Value::error();
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return raise_os_error(vm, errno);
  return make_tuple(vm, {make_int(vm, fds[0]), make_int(vm, fds[1])});
}

Value posix_dup(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int fd;
  if (!check_nargs(vm, "dup", nargs, 1, 1) || !fd_arg(vm, args[0], &fd)) return Value::error();
  int r = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  return r >= 0 ? make_int(vm, r) : raise_os_error(vm, errno);
}

Value posix_dup2(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int fd, fd2;
  if (!check_nargs(vm, "dup2", nargs, 2, 3) || !fd_arg(vm, args[0], &fd) || !fd_arg(vm, args[1], &fd2))
    return Value::error();
  int r = ::dup2(fd, fd2);
  return r >= 0 ? make_int(vm, r) : raise_os_error(vm, errno);
}

Value posix_lseek(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int fd, whence;
  int64_t pos;
  if (!check_nargs(vm, "lseek", nargs, 3, 3) || !fd_arg(vm, args[0], &fd) || !to_int64(vm, args[1], &pos) ||
      !fd_arg(vm, args[2], &whence))
    return Value::error();
  off_t r = ::lseek(fd, pos, whence);
  return r >= 0 ? make_int(vm, r) : raise_os_error(vm, errno);
}

Value posix_fsync(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int fd;
  if (!check_nargs(vm, "fsync", nargs, 1, 1)) return Value::error();
  Value v = args[0];
  if (!is_int(vm, v)) {  // an object with fileno()
    v = call_method(vm, v, vm.intern("fileno"), nullptr, 0);
    if (!v.ok()) return v;
  }
  if (!fd_arg(vm, v, &fd)) return Value::error();
  return ::fsync(fd) == 0 ? Value::none() : raise_os_error(vm, errno);
}

// ---- the process ----

template <auto Fn>
Value process_id(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!check_nargs(vm, "getpid", nargs, 0, 0)) return Value::error();
  return make_int(vm, static_cast<int64_t>(Fn()));
}

Value posix_strerror(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int code;
  if (!no_kwargs(vm, "strerror", kw) || !check_nargs(vm, "strerror", nargs, 1, 1) || !fd_arg(vm, args[0], &code))
    return Value::error();
  return make_str(vm, std::strerror(code));
}

Value posix_urandom(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int64_t n;
  if (!no_kwargs(vm, "urandom", kw) || !check_nargs(vm, "urandom", nargs, 1, 1)) return Value::error();
  if (!is_int(vm, args[0]))
    return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[0]));
  if (!to_int64(vm, args[0], &n)) return Value::error();
  if (n < 0) return raise(vm, vm.e.ValueError, "negative argument not allowed");
  std::string buf(static_cast<size_t>(n), '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t r = getrandom(buf.data() + got, buf.size() - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      return raise_os_error(vm, errno);
    }
    got += static_cast<size_t>(r);
  }
  return make_bytes(vm, buf);
}

Value posix_system(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"command"};
  Value a[1];
  PathArg p;
  if (!bind_args(vm, {"system", kNames, 1, 1, 0}, args, nargs, kw, a) ||
      !path_arg(vm, a[0], "system", "command", false, &p))
    return Value::error();
  // Output written by the program so far must come before the command's.
  Value out = dict_get_cstr(vm, module_dict(val(vm.sys_module)), "stdout");
  if (out.ok() && !out.is_none()) {
    Value r = call_method(vm, out, vm.n.flush, nullptr, 0);
    if (!r.ok()) clear_exc(vm);
  }
  int status = std::system(p.path.c_str());
  return make_int(vm, status);
}

Value posix_cpu_count(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!check_nargs(vm, "posix.cpu_count", nargs, 0, 0)) return Value::error();
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? make_int(vm, n) : Value::none();
}

Value posix_umask(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int mask;
  if (!check_nargs(vm, "umask", nargs, 1, 1) || !fd_arg(vm, args[0], &mask)) return Value::error();
  return make_int(vm, ::umask(static_cast<mode_t>(mask)));
}

Value posix_kill(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int pid, sig;
  if (!check_nargs(vm, "kill", nargs, 2, 2) || !fd_arg(vm, args[0], &pid) || !fd_arg(vm, args[1], &sig))
    return Value::error();
  return ::kill(pid, sig) == 0 ? Value::none() : raise_os_error(vm, errno);
}

// Wait-status decoding for os.system results.
template <int Which>
Value wait_status(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  int status;
  if (!check_nargs(vm, "wait_status", nargs, 1, 1) || !fd_arg(vm, args[0], &status)) return Value::error();
  switch (Which) {
    case 0: return Value::boolean(WIFEXITED(status));
    case 1: return make_int(vm, WEXITSTATUS(status));
    case 2: return Value::boolean(WIFSIGNALED(status));
    case 3: return make_int(vm, WTERMSIG(status));
    default: {
      if (WIFEXITED(status)) return make_int(vm, WEXITSTATUS(status));
      if (WIFSIGNALED(status)) return make_int(vm, -WTERMSIG(status));
      return raisef(vm, vm.e.ValueError, "invalid wait status: %d", status);
    }
  }
}

// ---- the environment ----

bool env_text(VM& vm, Value v, const char* what, std::string* out) {
  if (isinstance_of(vm, v, vm.t.str)) return str_path_bytes(vm, v, out);
  std::string_view b;
  if (bytes_like(vm, v, &b)) {
    *out = std::string(b);
    return true;
  }
  raisef(vm, vm.e.TypeError, "str expected, not %s", type_name(v));
  return false;
}

Value posix_putenv(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  std::string key, value;
  if (!no_kwargs(vm, "putenv", kw) || !check_nargs(vm, "putenv", nargs, 2, 2) ||
      !env_text(vm, args[0], "name", &key) || !env_text(vm, args[1], "value", &value))
    return Value::error();
  if (key.empty() || key.find('=') != std::string::npos)
    return raise(vm, vm.e.ValueError, "illegal environment variable name");
  if (key.find('\0') != std::string::npos || value.find('\0') != std::string::npos)
    return raise(vm, vm.e.ValueError, "embedded null byte");
  return ::setenv(key.c_str(), value.c_str(), 1) == 0 ? Value::none() : raise_os_error(vm, errno);
}

Value posix_unsetenv(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  std::string key;
  if (!no_kwargs(vm, "unsetenv", kw) || !check_nargs(vm, "unsetenv", nargs, 1, 1) ||
      !env_text(vm, args[0], "name", &key))
    return Value::error();
  if (key.empty() || key.find('=') != std::string::npos)
    return raise(vm, vm.e.ValueError, "illegal environment variable name");
  return ::unsetenv(key.c_str()) == 0 ? Value::none() : raise_os_error(vm, errno);
}

// posix.environ: a snapshot of the process environment as a dict of str
// (lib/os.py wraps it in a mapping that writes through putenv/unsetenv).
Value environ_dict(VM& vm) {
  Value d = make_dict(vm);
  if (!d.ok()) return d;
  for (char** e = ::environ; e && *e; ++e) {
    std::string_view entry = *e;
    size_t eq = entry.find('=', 1);
    if (eq == std::string_view::npos) continue;
    Value k = fs_name(vm, entry.substr(0, eq), false);
    Value v = fs_name(vm, entry.substr(eq + 1), false);
    if (!k.ok() || !v.ok()) return Value::error();
    if (dict_contains(vm, d.as<Dict>(), k) == 0 && !dict_set(vm, d.as<Dict>(), k, v)) return Value::error();
  }
  return d;
}

const StructSeqField kUnameFields[] = {{"sysname"}, {"nodename"}, {"release"}, {"version"}, {"machine"}};
const StructSeqDesc kUnameDesc = {"posix", "uname_result",
                                  "uname_result: Result from os.uname().", kUnameFields, 5, 5};

Value posix_uname(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!check_nargs(vm, "posix.uname", nargs, 0, 0)) return Value::error();
  struct utsname u;
  if (::uname(&u) != 0) return raise_os_error(vm, errno);
  Value v[5] = {make_str(vm, u.sysname), make_str(vm, u.nodename), make_str(vm, u.release), make_str(vm, u.version),
                make_str(vm, u.machine)};
  return make_structseq(vm, kUnameDesc, v);
}

const MethodDef kPosixFunctions[] = {
    {"getcwd", posix_getcwd, METH_FUNCTION, "Return a unicode string representing the current working directory."},
    {"getcwdb", posix_getcwdb, METH_FUNCTION, "Return a bytes string representing the current working directory."},
    {"chdir", posix_chdir, METH_FUNCTION, "Change the current working directory to the specified path."},
    {"listdir", listdir, METH_FUNCTION, "Return a list containing the names of the files in the directory."},
    {"_scandir_entries", scandir_entries, METH_FUNCTION, "(name, is_dir, is_file, is_symlink, inode) for os.scandir."},
    {"mkdir", posix_mkdir, METH_FUNCTION, "Create a directory."},
    {"rmdir", posix_rmdir, METH_FUNCTION, "Remove a directory."},
    {"remove", posix_remove, METH_FUNCTION, "Remove a file (same as unlink())."},
    {"unlink", posix_unlink, METH_FUNCTION, "Remove a file (same as remove())."},
    {"rename", posix_rename, METH_FUNCTION, "Rename a file or directory."},
    {"replace", posix_replace, METH_FUNCTION, "Rename a file or directory, overwriting the destination."},
    {"link", posix_link, METH_FUNCTION, "Create a hard link to a file."},
    {"symlink", posix_symlink, METH_FUNCTION, "Create a symbolic link pointing to src named dst."},
    {"readlink", posix_readlink, METH_FUNCTION, "Return a string representing the path to which the symbolic link points."},
    {"stat", stat, METH_FUNCTION, "Perform a stat system call on the given path."},
    {"lstat", lstat, METH_FUNCTION, "Perform a stat system call on the given path, without following symbolic links."},
    {"fstat", fstat, METH_FUNCTION, "Perform a stat system call on the given file descriptor."},
    {"access", posix_access, METH_FUNCTION, "Use the real uid/gid to test for access to a path."},
    {"chmod", posix_chmod, METH_FUNCTION, "Change the access permissions of a file."},
    {"truncate", posix_truncate, METH_FUNCTION, "Truncate a file, specified by path, to a specific length."},
    {"utime", posix_utime, METH_FUNCTION, "Set the access and modified time of path."},
    {"open", posix_open, METH_FUNCTION, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", posix_close, METH_FUNCTION, "Close a file descriptor."},
    {"read", posix_read, METH_FUNCTION, "Read from a file descriptor.  Returns a bytes object."},
    {"write", posix_write, METH_FUNCTION, "Write a bytes object to a file descriptor."},
    {"isatty", posix_isatty, METH_FUNCTION, "Return True if the fd is connected to a terminal."},
    {"pipe", posix_pipe, METH_FUNCTION, "Create a pipe: a pair of file descriptors (r, w)."},
    {"dup", posix_dup, METH_FUNCTION, "Return a duplicate of a file descriptor."},
    {"dup2", posix_dup2, METH_FUNCTION, "Duplicate file descriptor."},
    {"lseek", posix_lseek, METH_FUNCTION, "Set the position of a file descriptor.  Return the new position."},
    {"fsync", posix_fsync, METH_FUNCTION, "Force write of fd to disk."},
    {"fspath", fspath, METH_FUNCTION, "Return the file system path representation of the object."},
    {"getpid", process_id<::getpid>, METH_FUNCTION, "Return the current process id."},
    {"getppid", process_id<::getppid>, METH_FUNCTION, "Return the parent's process id."},
    {"getuid", process_id<::getuid>, METH_FUNCTION, "Return the current process's user id."},
    {"geteuid", process_id<::geteuid>, METH_FUNCTION, "Return the current process's effective user id."},
    {"getgid", process_id<::getgid>, METH_FUNCTION, "Return the current process's group id."},
    {"getegid", process_id<::getegid>, METH_FUNCTION, "Return the current process's effective group id."},
    {"strerror", posix_strerror, METH_FUNCTION, "Translate an error code to a message string."},
    {"urandom", posix_urandom, METH_FUNCTION, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"system", posix_system, METH_FUNCTION, "Execute the command in a subshell."},
    {"cpu_count", posix_cpu_count, METH_FUNCTION, "Return the number of CPUs in the system; return None if indeterminable."},
    {"umask", posix_umask, METH_FUNCTION, "Set the current numeric umask and return the previous umask."},
    {"kill", posix_kill, METH_FUNCTION, "Kill a process with a signal."},
    {"putenv", posix_putenv, METH_FUNCTION, "Change or add an environment variable."},
    {"unsetenv", posix_unsetenv, METH_FUNCTION, "Delete an environment variable."},
    {"uname", posix_uname, METH_FUNCTION, "Return an object identifying the current operating system."},
    {"WIFEXITED", wait_status<0>, METH_FUNCTION, "Return True if the process returning status exited via the exit() system call."},
    {"WEXITSTATUS", wait_status<1>, METH_FUNCTION, "Return the process return code from status."},
    {"WIFSIGNALED", wait_status<2>, METH_FUNCTION, "Return True if the process returning status was terminated by a signal."},
    {"WTERMSIG", wait_status<3>, METH_FUNCTION, "Return the signal that terminated the process that provided the status value."},
    {"waitstatus_to_exitcode", wait_status<4>, METH_FUNCTION, "Convert a wait status to an exit code."},
    {}};

}  // namespace
}  // namespace posix_module

bool init_posix_module(VM& vm, Module* m) {
  using namespace posix_module;
  add_functions(vm, m->dict, val(m), kPosixFunctions);
  Value env = environ_dict(vm);
  if (!env.ok() || !dict_set_cstr(vm, m->dict, "environ", env) || !add_stat_types(vm, m->dict)) return false;
  Type* uname = structseq_type(vm, kUnameDesc);
  if (!uname || !dict_set_cstr(vm, m->dict, "uname_result", val(uname))) return false;
  struct Constant {
    const char* name;
    int64_t value;
  };
  const Constant constants[] = {
      {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
      {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
      {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK},
      {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
      {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
      {"EX_OK", 0},
  };
  for (const Constant& c : constants)
    if (!dict_set_cstr(vm, m->dict, c.name, make_int(vm, c.value))) return false;
  return true;
}

}  // namespace klass
