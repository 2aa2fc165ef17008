// Directory listing: os.listdir and the entries under os.scandir.
#include <dirent.h>

#include <cerrno>

#include "modules/os_error.h"
#include "modules/posix_internal.h"
#include "types/int.h"
#include "types/list.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass::posix_module {

namespace {

// Calls `each(name, d_type, inode)` for the entries of a directory other than
// "." and ".."; false with OSError raised if it cannot be read.
template <class Each>
bool read_directory(VM& vm, const PathArg& p, Each each) {
  DIR* dir = p.fd >= 0 ? ::fdopendir(p.fd) : ::opendir(p.path.empty() ? "." : p.path.c_str());
  if (!dir) {
    path_error(vm, p);
    return false;
  }
  bool ok = true;
  for (;;) {
    errno = 0;
    dirent* e = ::readdir(dir);
    if (!e) {
      if (errno) {
        path_error(vm, p);
        ok = false;
      }
      break;
    }
    std::string_view name = e->d_name;
    if (name == "." || name == "..") continue;
    if (!each(name, e->d_type, static_cast<int64_t>(e->d_ino))) {
      ok = false;
      break;
    }
  }
  ::closedir(dir);
  return ok;
}

bool directory_arg(VM& vm, const char* fname, const Value* args, size_t nargs, Tuple* kw, PathArg* p) {
  static const char* const kNames[] = {"path"};
  Value a[1] = {Value::none()};
  if (!bind_args(vm, {fname, kNames, 1, 0, 0}, args, nargs, kw, a)) return false;
  if (a[0].is_none()) {
    p->path = ".";
    p->original = Value::none();
    return true;
  }
  return path_arg(vm, a[0], fname, "path", true, p);
}

}  // namespace

Value listdir(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  PathArg p;
  if (!directory_arg(vm, "listdir", args, nargs, kw, &p)) return Value::error();
  if (p.original.is_none()) p.original = make_str(vm, ".");
  Value list = make_list(vm);
  if (!list.ok()) return list;
  bool ok = read_directory(vm, p, [&](std::string_view name, unsigned char, int64_t) {
    Value n = fs_name(vm, name, p.is_bytes);
    return n.ok() && list_append(vm, list.as<List>(), n);
  });
  return ok ? list : Value::error();
}

// [(name, kind, inode)] where kind is 'd', 'f', 'l' or '?' (unknown: the
// caller stats the entry).
Value scandir_entries(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  PathArg p;
  if (!directory_arg(vm, "scandir", args, nargs, kw, &p)) return Value::error();
  if (p.original.is_none()) p.original = make_str(vm, ".");
  Value list = make_list(vm);
  if (!list.ok()) return list;
  bool ok = read_directory(vm, p, [&](std::string_view name, unsigned char type, int64_t inode) {
    const char* kind = type == DT_DIR ? "d" : type == DT_REG ? "f" : type == DT_LNK ? "l" : type == DT_UNKNOWN ? "?" : "o";
    Value n = fs_name(vm, name, p.is_bytes);
    if (!n.ok()) return false;
    Value entry = make_tuple(vm, {n, make_str(vm, kind), make_int(vm, inode)});
    return entry.ok() && list_append(vm, list.as<List>(), entry);
  });
  return ok ? list : Value::error();
}

}  // namespace klass::posix_module
