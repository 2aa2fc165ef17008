// os.stat_result and the stat family.
#include <fcntl.h>
#include <sys/stat.h>

#include <cerrno>

#include "modules/os_error.h"
#include "modules/posix_internal.h"
#include "modules/structseq.h"
#include "types/dict.h"
#include "types/float.h"
#include "types/int.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass::posix_module {

namespace {

// The integer times are unnamed sequence items; the float and nanosecond
// times are attributes (st_mtime is the float).
const StructSeqField kStatFields[] = {
    {"st_mode"}, {"st_ino"}, {"st_dev"}, {"st_nlink"}, {"st_uid"}, {"st_gid"}, {"st_size"},
    {nullptr, "st_atime"}, {nullptr, "st_mtime"}, {nullptr, "st_ctime"},
    {"st_atime", nullptr, 7}, {"st_mtime", nullptr, 8}, {"st_ctime", nullptr, 9},
    {"st_atime_ns"}, {"st_mtime_ns"}, {"st_ctime_ns"}, {"st_blksize"}, {"st_blocks"}, {"st_rdev"},
};

const StructSeqDesc kStatDesc = {
    "os", "stat_result",
    "stat_result: Result from stat, fstat, or lstat.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
    "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.",
    kStatFields, 10, 19};

Value time_ns(VM& vm, const timespec& ts) {
  // seconds * 10**9 + nanoseconds may pass 2**63 only in the far future.
  return make_int(vm, static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec);
}

Value stat_result(VM& vm, const struct stat& st) {
  Value v[19] = {
      make_int(vm, st.st_mode), make_int(vm, static_cast<int64_t>(st.st_ino)),
      make_int(vm, static_cast<int64_t>(st.st_dev)), make_int(vm, static_cast<int64_t>(st.st_nlink)),
      make_int(vm, st.st_uid), make_int(vm, st.st_gid), make_int(vm, st.st_size),
      make_int(vm, st.st_atim.tv_sec), make_int(vm, st.st_mtim.tv_sec), make_int(vm, st.st_ctim.tv_sec),
      make_float(vm, st.st_atim.tv_sec + st.st_atim.tv_nsec * 1e-9),
      make_float(vm, st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9),
      make_float(vm, st.st_ctim.tv_sec + st.st_ctim.tv_nsec * 1e-9),
      time_ns(vm, st.st_atim), time_ns(vm, st.st_mtim), time_ns(vm, st.st_ctim),
      make_int(vm, st.st_blksize), make_int(vm, st.st_blocks), make_int(vm, static_cast<int64_t>(st.st_rdev)),
  };
  return make_structseq(vm, kStatDesc, v);
}

Value do_stat(VM& vm, const char* fname, bool follow_default, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "dir_fd", "follow_symlinks"};
  Value a[3] = {Value::none(), Value::none(), Value::boolean(follow_default)};
  PathArg p;
  if (!bind_args(vm, {fname, kNames, 3, 1, 0, 1}, args, nargs, kw, a) ||
      !path_arg(vm, a[0], fname, "path", follow_default, &p))
    return Value::error();
  bool follow = !a[2].is_false();
  struct stat st;
  int rc = p.fd >= 0 ? ::fstat(p.fd, &st) : follow ? ::stat(p.path.c_str(), &st) : ::lstat(p.path.c_str(), &st);
  if (rc != 0) return path_error(vm, p);
  return stat_result(vm, st);
}

}  // namespace

Value stat(VM& vm, const Value* a, size_t n, Tuple* kw) { return do_stat(vm, "stat", true, a, n, kw); }
Value lstat(VM& vm, const Value* a, size_t n, Tuple* kw) { return do_stat(vm, "lstat", false, a, n, kw); }

Value fstat(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "fstat", kw) || !check_nargs(vm, "fstat", nargs, 1, 1)) return Value::error();
  int64_t fd;
  if (!is_int(vm, args[0]))
    return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[0]));
  if (!int_to_int64(args[0], &fd)) return raise(vm, vm.e.OverflowError, "fd is greater than maximum");
  struct stat st;
  if (::fstat(static_cast<int>(fd), &st) != 0) return raise_os_error(vm, errno);
  return stat_result(vm, st);
}

bool add_stat_types(VM& vm, Dict* module_dict) {
  Type* t = structseq_type(vm, kStatDesc);
  return t && dict_set_cstr(vm, module_dict, "stat_result", val(t));
}

}  // namespace klass::posix_module
