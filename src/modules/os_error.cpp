#include "modules/os_error.h"

#include <cerrno>
#include <cstring>

#include "types/exception.h"
#include "types/int.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

Type* os_error_type_for(VM& vm, int err) {
  switch (err) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
      return vm.e.BlockingIOError;
    case ECHILD: return vm.e.ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
      return vm.e.BrokenPipeError;
    case ECONNABORTED: return vm.e.ConnectionAbortedError;
    case ECONNREFUSED: return vm.e.ConnectionRefusedError;
    case ECONNRESET: return vm.e.ConnectionResetError;
    case EEXIST: return vm.e.FileExistsError;
    case ENOENT: return vm.e.FileNotFoundError;
    case EISDIR: return vm.e.IsADirectoryError;
    case ENOTDIR: return vm.e.NotADirectoryError;
    case EINTR: return vm.e.InterruptedError;
    case EACCES:
    case EPERM:
      return vm.e.PermissionError;
    case ESRCH: return vm.e.ProcessLookupError;
    case ETIMEDOUT: return vm.e.TimeoutError;
    default: return vm.e.OSError;
  }
}

Value raise_os_error(VM& vm, int err, Value filename, Value filename2) {
  Value code = make_int(vm, err);
  Value message = make_str(vm, std::strerror(err));
  if (!message.ok()) return Value::error();
  Value args;
  if (filename2.ok())
    args = make_tuple(vm, {code, message, filename.ok() ? filename : Value::none(), Value::none(), filename2});
  else if (filename.ok())
    args = make_tuple(vm, {code, message, filename});
  else
    args = make_tuple(vm, {code, message});
  if (!args.ok()) return args;
  Value exc = make_exception(vm, os_error_type_for(vm, err), args);
  if (!exc.ok()) return exc;
  return raise_value(vm, exc);
}

}  // namespace klass
