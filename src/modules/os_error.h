// Raising OSError for a failed system call the way CPython does: the class is
// chosen by errno (FileNotFoundError for ENOENT, PermissionError for EACCES,
// ...), and the exception carries errno, strerror and the file name(s).
// Shared by the posix, _io and time modules.
#pragma once
#include "object/object.h"

namespace klass {

class VM;
struct Type;

// The OSError subclass CPython raises for error number `err`.
Type* os_error_type_for(VM& vm, int err);
// Raises that class with (err, strerror(err)[, filename[, None, filename2]]);
// pass error() for an absent file name. Always returns error().
Value raise_os_error(VM& vm, int err, Value filename = Value::error(), Value filename2 = Value::error());

}  // namespace klass
