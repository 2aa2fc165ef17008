// The text streams behind sys.stdin, sys.stdout and sys.stderr: UTF-8 over a
// file descriptor, line-buffered on a terminal and block-buffered otherwise
// (as CPython's), flushed at exit.
#pragma once
#include "object/object.h"
namespace klass {
class VM;
struct Type;
// Creates the stream type (once per VM) and a stream for `fd`.
Value make_std_stream(VM& vm, int fd, const char* name, bool writable);
// Flushes a stream made by make_std_stream (no-op for other objects).
void flush_std_stream(VM& vm, Value stream);
}  // namespace klass
