// _io.BytesIO: a binary stream over an in-memory buffer.
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

struct BytesIO : Obj {
  std::string* buf;  // owned; null once closed
  size_t pos;
};

void trace_bytesio(Obj* o, Tracer& t) {
  if (o->cls->flags & TF_HEAPTYPE) trace_instance_extras(o, t);
}
void finalize_bytesio(Obj* o) {
  auto* b = static_cast<BytesIO*>(o);
  delete b->buf;
  b->buf = nullptr;
}
const Layout kBytesIOLayout{"BytesIO", trace_bytesio, finalize_bytesio, sizeof(BytesIO)};

BytesIO* self_bio(Value v) { return v.as<BytesIO>(); }

bool check_open(VM& vm, BytesIO* b) {
  if (b->buf) return true;
  closed_error(vm);
  return false;
}

std::string_view remaining(BytesIO* b) {
  return b->pos >= b->buf->size() ? std::string_view() : std::string_view(*b->buf).substr(b->pos);
}

Value bio_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"initial_bytes"};
  Value initial = Value::none();
  if (!bind_args(vm, {"BytesIO", kNames, 1, 0}, args + 1, nargs - 1, kw, &initial)) return Value::error();
  std::string_view data;
  if (!initial.is_none() && !buffer_arg(vm, initial, &data)) return Value::error();
  Obj* o = alloc_object(vm, args[0].as<Type>());
  if (!o) return Value::error();
  auto* b = static_cast<BytesIO*>(o);
  b->buf = new std::string(data);
  return val(o);
}

// BytesIO() may be re-initialised by __init__ (as a subclass's super().__init__ does).
Value bio_init(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"initial_bytes"};
  Value initial = Value::none();
  if (!bind_args(vm, {"BytesIO", kNames, 1, 0}, args + 1, nargs - 1, kw, &initial)) return Value::error();
  std::string_view data;
  if (!initial.is_none() && !buffer_arg(vm, initial, &data)) return Value::error();
  BytesIO* b = self_bio(args[0]);
  if (!b->buf) b->buf = new std::string();
  b->buf->assign(data);
  b->pos = 0;
  return Value::none();
}

Value bio_getvalue(VM& vm, const Value* args, size_t nargs, Tuple*) {
  BytesIO* b = self_bio(args[0]);
  if (!check_nargs(vm, "getvalue", nargs - 1, 0, 0) || !check_open(vm, b)) return Value::error();
  return make_bytes(vm, *b->buf);
}

Value read_n(VM& vm, BytesIO* b, int64_t n) {
  std::string_view rest = remaining(b);
  if (n >= 0 && static_cast<size_t>(n) < rest.size()) rest = rest.substr(0, static_cast<size_t>(n));
  b->pos += rest.size();
  return make_bytes(vm, rest);
}

Value bio_read(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  BytesIO* b = self_bio(args[0]);
  int64_t n = -1;
  if (!no_kwargs(vm, "read", kw) || !check_nargs(vm, "read", nargs - 1, 0, 1) ||
      (nargs > 1 && !size_arg(vm, args[1], &n)) || !check_open(vm, b))
    return Value::error();
  return read_n(vm, b, n);
}

Value bio_readline(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  BytesIO* b = self_bio(args[0]);
  int64_t limit = -1;
  if (!check_nargs(vm, "readline", nargs - 1, 0, 1) || (nargs > 1 && !size_arg(vm, args[1], &limit)) ||
      !check_open(vm, b))
    return Value::error();
  std::string_view rest = remaining(b);
  size_t nl = rest.find('\n');
  int64_t n = nl == std::string_view::npos ? static_cast<int64_t>(rest.size()) : static_cast<int64_t>(nl + 1);
  if (limit >= 0 && limit < n) n = limit;
  return read_n(vm, b, n);
}

Value bio_readinto(VM& vm, const Value* args, size_t nargs, Tuple*) {
  BytesIO* b = self_bio(args[0]);
  if (!check_nargs(vm, "readinto", nargs - 1, 1, 1) || !check_open(vm, b)) return Value::error();
  if (!isinstance_of(vm, args[1], vm.t.bytearray))
    return raisef(vm, vm.e.TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                  type_name(args[1]));
  auto* target = args[1].as<ByteArray>();
  std::string_view rest = remaining(b);
  size_t n = rest.size() < target->size ? rest.size() : target->size;
  std::copy(rest.begin(), rest.begin() + static_cast<ptrdiff_t>(n), target->items);
  b->pos += n;
  return make_int(vm, static_cast<int64_t>(n));
}

Value bio_write(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  BytesIO* b = self_bio(args[0]);
  std::string_view data;
  if (!no_kwargs(vm, "write", kw) || !check_nargs(vm, "write", nargs - 1, 1, 1) || !check_open(vm, b) ||
      !buffer_arg(vm, args[1], &data))
    return Value::error();
  std::string copy(data);  // the argument may be this very buffer's bytes
  if (b->pos > b->buf->size()) b->buf->resize(b->pos, '\0');
  b->buf->replace(b->pos, std::min(copy.size(), b->buf->size() - b->pos), copy);
  b->pos += copy.size();
  return make_int(vm, static_cast<int64_t>(copy.size()));
}

Value bio_seek(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  BytesIO* b = self_bio(args[0]);
  if (!no_kwargs(vm, "seek", kw) || !check_nargs(vm, "seek", nargs - 1, 1, 2)) return Value::error();
  int64_t pos, whence = 0;
  if (!is_int(vm, args[1]) && !has_index(vm, args[1]))
    return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[1]));
  if (!to_int64(vm, args[1], &pos) || (nargs > 2 && !to_int64(vm, args[2], &whence)) || !check_open(vm, b))
    return Value::error();
  if (whence == 0) {
    if (pos < 0) return raisef(vm, vm.e.ValueError, "negative seek value %lld", static_cast<long long>(pos));
  } else if (whence == 1) {
    pos += static_cast<int64_t>(b->pos);
  } else if (whence == 2) {
    pos += static_cast<int64_t>(b->buf->size());
  } else {
    return raisef(vm, vm.e.ValueError, "invalid whence (%lld, should be 0, 1 or 2)", static_cast<long long>(whence));
  }
  b->pos = pos < 0 ? 0 : static_cast<size_t>(pos);
  return make_int(vm, static_cast<int64_t>(b->pos));
}

Value bio_tell(VM& vm, const Value* args, size_t nargs, Tuple*) {
  BytesIO* b = self_bio(args[0]);
  if (!check_open(vm, b)) return Value::error();
  return make_int(vm, static_cast<int64_t>(b->pos));
}

Value bio_truncate(VM& vm, const Value* args, size_t nargs, Tuple*) {
  BytesIO* b = self_bio(args[0]);
  int64_t size = -1;
  if (!check_nargs(vm, "truncate", nargs - 1, 0, 1) || !check_open(vm, b)) return Value::error();
  if (nargs > 1 && !args[1].is_none()) {
    if (!size_arg(vm, args[1], &size)) return Value::error();
    if (size < 0) return raisef(vm, vm.e.ValueError, "negative size value %lld", static_cast<long long>(size));
  } else {
    size = static_cast<int64_t>(b->pos);
  }
  if (static_cast<size_t>(size) < b->buf->size()) b->buf->resize(static_cast<size_t>(size));
  return make_int(vm, size);
}

Value bio_close(VM& vm, const Value* args, size_t, Tuple*) {
  BytesIO* b = self_bio(args[0]);
  delete b->buf;
  b->buf = nullptr;
  return Value::none();
}

Value bio_true(VM& vm, const Value* args, size_t, Tuple*) {
  return check_open(vm, self_bio(args[0])) ? Value::boolean(true) : Value::error();
}
Value bio_false(VM& vm, const Value* args, size_t, Tuple*) {
  return check_open(vm, self_bio(args[0])) ? Value::boolean(false) : Value::error();
}
Value bio_flush(VM& vm, const Value* args, size_t, Tuple*) {
  return check_open(vm, self_bio(args[0])) ? Value::none() : Value::error();
}
Value bio_fileno(VM& vm, const Value* args, size_t, Tuple*) { return unsupported(vm, "fileno"); }
Value get_closed(VM& vm, Value self) { return Value::boolean(!self_bio(self)->buf); }

const MethodDef kBytesIOMethods[] = {
    {"__new__", bio_new, METH_STATIC},
    {"__init__", bio_init, METH_SLOT},
    {"getvalue", bio_getvalue, METH_METHOD, "Retrieve the entire contents of the BytesIO object."},
    {"read", bio_read, METH_METHOD, "Read at most size bytes, returned as a bytes object."},
    {"read1", bio_read, METH_METHOD, "Read at most size bytes, returned as a bytes object."},
    {"readline", bio_readline, METH_METHOD, "Next line from the file, as a bytes object."},
    {"readinto", bio_readinto, METH_METHOD, "Read bytes into buffer."},
    {"write", bio_write, METH_METHOD, "Write bytes to file."},
    {"seek", bio_seek, METH_METHOD, "Change stream position."},
    {"tell", bio_tell, METH_METHOD, "Current file position, an integer."},
    {"truncate", bio_truncate, METH_METHOD, "Truncate the file to at most size bytes."},
    {"close", bio_close, METH_METHOD, "Disable all I/O operations."},
    {"readable", bio_true, METH_METHOD, "Returns True if the IO object can be read."},
    {"writable", bio_true, METH_METHOD, "Returns True if the IO object can be written."},
    {"seekable", bio_true, METH_METHOD, "Returns True if the IO object can be seeked."},
    {"isatty", bio_false, METH_METHOD, "Always returns False."},
    {"flush", bio_flush, METH_METHOD, "Does nothing."},
    {"fileno", bio_fileno, METH_METHOD, "Not supported: an in-memory stream has no file descriptor."},
    {}};

const GetSetDef kBytesIOGetSets[] = {{"closed", get_closed}, {}};

}  // namespace

void init_bytes_io_type(VM& vm, IoTypes& t) {
  Type* type = alloc_type_object(vm, vm.t.type);
  setup_builtin_type(vm, type, "BytesIO", vm.t.object, &kBytesIOLayout, sizeof(BytesIO), TF_BASETYPE, bio_new);
  dict_set_cstr(vm, type->dict, "__module__", make_str(vm, "_io"));
  add_methods(vm, type, kCommonMethods);
  add_methods(vm, type, kBytesIOMethods);
  add_getsets(vm, type, kBytesIOGetSets);
  type->iternext = iter_next_line;
  t.bytes_io = type;
}

}  // namespace klass::io
