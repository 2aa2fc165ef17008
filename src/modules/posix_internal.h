// Shared pieces of the posix module (posix.cpp, posix_stat.cpp, posix_dir.cpp).
#pragma once
#include <string>
#include "object/object.h"

namespace klass {

class VM;
struct Tuple;
struct Dict;

namespace posix_module {

// A path argument: str (UTF-8, lone surrogates back to their bytes), bytes,
// or an os.PathLike. `allow_fd`: an int is a file descriptor (only for the
// functions that accept one) and is stored in *fd; otherwise *fd = -1.
struct PathArg {
  std::string path;
  bool is_bytes = false;
  int fd = -1;
  Value original;  // for error messages (OSError.filename)
};
bool path_arg(VM& vm, Value v, const char* fname, const char* argname, bool allow_fd, PathArg* out);
// A file name as the caller gave paths: bytes for bytes paths, else str
// (undecodable bytes become surrogate escapes).
Value fs_name(VM& vm, std::string_view name, bool as_bytes);
// Raises OSError for errno with the path argument as filename.
Value path_error(VM& vm, const PathArg& p);

// os.fspath(path)
Value fspath(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

// stat_result and the stat family (posix_stat.cpp).
Value stat(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value lstat(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value fstat(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
bool add_stat_types(VM& vm, Dict* module_dict);

// Directory listing (posix_dir.cpp).
Value listdir(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value scandir_entries(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace posix_module
}  // namespace klass
