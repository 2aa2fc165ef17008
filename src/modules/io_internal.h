// Shared pieces of the _io module: the file, buffered, text and in-memory
// stream types (io_fileio.cpp, io_buffered.cpp, io_textio.cpp,
// io_bytesio.cpp, io_stringio.cpp), open() (io_module.cpp) and the
// behaviour all of them share (io_common.cpp).
#pragma once
#include <string>
#include <string_view>
#include "object/object.h"
#include "types/native.h"

namespace klass {

class VM;
struct Type;
struct Tuple;
struct Dict;

namespace io {

constexpr size_t kDefaultBufferSize = 8192;

// The _io types of one VM, created on first use (open() works without
// importing io).
struct IoTypes {
  Type* file_io;
  Type* buffered_reader;
  Type* buffered_writer;
  Type* buffered_random;
  Type* text_io_wrapper;
  Type* string_io;
  Type* bytes_io;
  Type* unsupported_operation;  // class UnsupportedOperation(OSError, ValueError)
};
bool io_types(VM& vm, IoTypes* out);

// ---- errors ----
// ValueError("I/O operation on closed file." / without the period: CPython
// uses both, depending on the layer).
Value closed_error(VM& vm, bool period = true);
Value unsupported(VM& vm, const char* what);  // io.UnsupportedOperation(what)

// ---- behaviour shared by every stream type ----
// __enter__, __exit__, __iter__, readlines, writelines, and iternext (via
// the type's readline), for the native types; `closed` is read through the
// `closed` attribute so that it works for every layer.
extern const MethodDef kCommonMethods[];
Value iter_next_line(VM& vm, Value self);
// Whether the stream is closed (via its `closed` attribute); -1 on error.
int stream_closed(VM& vm, Value self);

// ---- argument helpers ----
// A size argument: None or an int (negative: "all").
bool size_arg(VM& vm, Value v, int64_t* out);
// The data of a bytes-like argument, or TypeError "a bytes-like object is
// required, not 'str'".
bool buffer_arg(VM& vm, Value v, std::string_view* out);

// ---- the layers, as open() assembles them ----
struct FileIO;
Value make_file_io(VM& vm, Type* cls, Value file, std::string_view mode, bool closefd, Value opener);
Value make_buffered(VM& vm, Type* cls, Value raw, int64_t buffer_size);
Value make_text_wrapper(VM& vm, Type* cls, Value buffer, Value encoding, Value errors, Value newline,
                        bool line_buffering, bool write_through);
// open()'s mode string, kept on the text wrapper for its `mode` attribute.
bool set_text_mode(VM& vm, Value wrapper, Value mode);

void init_file_io_type(VM& vm, IoTypes& t);
void init_buffered_types(VM& vm, IoTypes& t);
void init_text_io_type(VM& vm, IoTypes& t);
void init_bytes_io_type(VM& vm, IoTypes& t);
void init_string_io_type(VM& vm, IoTypes& t);

// The native FileIO under a stream, or null (the buffered layer keeps its
// pending output inside the FileIO, so the FileIO's finalizer can flush it
// when a program drops an unclosed file).
struct FileIO : Obj {
  int fd;                 // -1 once closed
  bool readable, writable, appending, created, closefd;
  int seekable;           // -1 unknown
  std::string* pending;   // buffered writes not yet written (owned)
  Value name;
};
FileIO* as_file_io(VM& vm, Value v);
// buffer.write(data) without a Python-level call when `buffer` is one of the
// native buffered types: *handled tells whether it was; false on error.
bool buffered_write_direct(VM& vm, Value buffer, std::string_view data, bool* handled);
// Writes all of `data` to the file's descriptor; false with OSError.
bool file_write_all(VM& vm, FileIO* f, std::string_view data);
// Writes out f->pending.
bool file_flush_pending(VM& vm, FileIO* f);

}  // namespace io
}  // namespace klass
