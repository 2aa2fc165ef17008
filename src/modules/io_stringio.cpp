// _io.StringIO: a text stream over an in-memory string. Positions count code
// points, so the text is kept as UTF-32.
#include <string>

#include "modules/io_internal.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "text/unicode_utf8.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass::io {

namespace {

enum class Newline : uint8_t { kUniversal /* None */, kUntranslated /* '' */, kLf, kCr, kCrLf };

struct StringIO : Obj {
  std::u32string* text;  // owned; null once closed
  size_t pos;
  Newline newline;
};

void trace_stringio(Obj* o, Tracer& t) {
  if (o->cls->flags & TF_HEAPTYPE) trace_instance_extras(o, t);
}
void finalize_stringio(Obj* o) {
  auto* s = static_cast<StringIO*>(o);
  delete s->text;
  s->text = nullptr;
}
const Layout kStringIOLayout{"StringIO", trace_stringio, finalize_stringio, sizeof(StringIO)};

StringIO* self_sio(Value v) { return v.as<StringIO>(); }

bool check_open(VM& vm, StringIO* s) {
  if (s->text) return true;
  closed_error(vm, false);  // StringIO's message has no period
  return false;
}

bool parse_newline(VM& vm, Value v, Newline* out) {
  if (v.is_none()) {
    *out = Newline::kUniversal;
    return true;
  }
  if (!isinstance_of(vm, v, vm.t.str)) {
    raisef(vm, vm.e.TypeError, "newline must be str or None, not %s", type_name(v));
    return false;
  }
  std::string_view n = sv(v);
  if (n.empty()) *out = Newline::kUntranslated;
  else if (n == "\n") *out = Newline::kLf;
  else if (n == "\r") *out = Newline::kCr;
  else if (n == "\r\n") *out = Newline::kCrLf;
  else {
    raisef(vm, vm.e.ValueError, "illegal newline value: %s", repr_string(vm, v).c_str());
    return false;
  }
  return true;
}

// Text as it is stored after newline translation on write.
std::u32string translate_in(std::u32string_view in, Newline mode) {
  std::u32string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char32_t c = in[i];
    if (mode == Newline::kUniversal && c == U'\r') {
      out += U'\n';
      if (i + 1 < in.size() && in[i + 1] == U'\n') ++i;
    } else if (c == U'\n' && mode == Newline::kCr) {
      out += U'\r';
    } else if (c == U'\n' && mode == Newline::kCrLf) {
      out += U"\r\n";
    } else {
      out += c;
    }
  }
  return out;
}

size_t write_text(StringIO* s, std::string_view utf8) {
  std::u32string cps = text::decode_all(utf8);
  size_t count = cps.size();
  std::u32string stored = translate_in(cps, s->newline);
  if (s->pos > s->text->size()) s->text->resize(s->pos, U'\0');
  s->text->replace(s->pos, std::min(stored.size(), s->text->size() - s->pos), stored);
  s->pos += stored.size();
  return count;
}

bool init_from(VM& vm, StringIO* s, Value initial, Value newline) {
  if (!parse_newline(vm, newline, &s->newline)) return false;
  if (!initial.is_none() && !isinstance_of(vm, initial, vm.t.str)) {
    raisef(vm, vm.e.TypeError, "initial_value must be str or None, not %s", type_name(initial));
    return false;
  }
  if (!s->text) s->text = new std::u32string();
  s->text->clear();
  s->pos = 0;
  if (!initial.is_none()) write_text(s, sv(initial));
  s->pos = 0;
  return true;
}

const char* const kInitNames[] = {"initial_value", "newline"};

Value sio_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2] = {Value::none(), make_str(vm, "\n")};
  if (!bind_args(vm, {"StringIO", kInitNames, 2, 0}, args + 1, nargs - 1, kw, a)) return Value::error();
  Obj* o = alloc_object(vm, args[0].as<Type>());
  if (!o) return Value::error();
  if (!init_from(vm, static_cast<StringIO*>(o), a[0], a[1])) return Value::error();
  return val(o);
}

Value sio_init(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2] = {Value::none(), make_str(vm, "\n")};
  if (!bind_args(vm, {"StringIO", kInitNames, 2, 0}, args + 1, nargs - 1, kw, a)) return Value::error();
  return init_from(vm, self_sio(args[0]), a[0], a[1]) ? Value::none() : Value::error();
}

Value text_value(VM& vm, std::u32string_view cps) { return make_str(vm, text::encode_all(cps)); }

Value sio_getvalue(VM& vm, const Value* args, size_t nargs, Tuple*) {
  StringIO* s = self_sio(args[0]);
  if (!check_nargs(vm, "getvalue", nargs - 1, 0, 0) || !check_open(vm, s)) return Value::error();
  return text_value(vm, *s->text);
}

std::u32string_view remaining(StringIO* s) {
  return s->pos >= s->text->size() ? std::u32string_view() : std::u32string_view(*s->text).substr(s->pos);
}

Value sio_read(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  StringIO* s = self_sio(args[0]);
  int64_t n = -1;
  if (!no_kwargs(vm, "read", kw) || !check_nargs(vm, "read", nargs - 1, 0, 1) ||
      (nargs > 1 && !size_arg(vm, args[1], &n)) || !check_open(vm, s))
    return Value::error();
  std::u32string_view rest = remaining(s);
  if (n >= 0 && static_cast<size_t>(n) < rest.size()) rest = rest.substr(0, static_cast<size_t>(n));
  s->pos += rest.size();
  return text_value(vm, rest);
}

// The length of the first line of `rest` (with its terminator).
size_t line_length(std::u32string_view rest, Newline mode) {
  for (size_t i = 0; i < rest.size(); ++i) {
    char32_t c = rest[i];
    switch (mode) {
      case Newline::kUntranslated:
        if (c == U'\n') return i + 1;
        if (c == U'\r') return i + 1 < rest.size() && rest[i + 1] == U'\n' ? i + 2 : i + 1;
        break;
      case Newline::kCr:
        if (c == U'\r') return i + 1;
        break;
      case Newline::kCrLf:
        if (c == U'\r' && i + 1 < rest.size() && rest[i + 1] == U'\n') return i + 2;
        break;
      default:
        if (c == U'\n') return i + 1;
    }
  }
  return rest.size();
}

Value sio_readline(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  StringIO* s = self_sio(args[0]);
  int64_t limit = -1;
  if (!check_nargs(vm, "readline", nargs - 1, 0, 1) || (nargs > 1 && !size_arg(vm, args[1], &limit)) ||
      !check_open(vm, s))
    return Value::error();
  std::u32string_view rest = remaining(s);
  size_t n = line_length(rest, s->newline);
  if (limit >= 0 && static_cast<size_t>(limit) < n) n = static_cast<size_t>(limit);
  s->pos += n;
  return text_value(vm, rest.substr(0, n));
}

Value sio_write(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  StringIO* s = self_sio(args[0]);
  if (!no_kwargs(vm, "write", kw) || !check_nargs(vm, "write", nargs - 1, 1, 1)) return Value::error();
  if (!isinstance_of(vm, args[1], vm.t.str))
    return raisef(vm, vm.e.TypeError, "string argument expected, got '%s'", type_name(args[1]));
  if (!check_open(vm, s)) return Value::error();
  return make_int(vm, static_cast<int64_t>(write_text(s, sv(args[1]))));
}

Value sio_seek(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  StringIO* s = self_sio(args[0]);
  if (!no_kwargs(vm, "seek", kw) || !check_nargs(vm, "seek", nargs - 1, 1, 2)) return Value::error();
  int64_t pos, whence = 0;
  if (!is_int(vm, args[1]) && !has_index(vm, args[1]))
    return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[1]));
  if (!to_int64(vm, args[1], &pos) || (nargs > 2 && !to_int64(vm, args[2], &whence)) || !check_open(vm, s))
    return Value::error();
  if (whence < 0 || whence > 2)
    return raisef(vm, vm.e.ValueError, "Invalid whence (%lld, should be 0, 1 or 2)", static_cast<long long>(whence));
  if (whence == 0 && pos < 0)
    return raisef(vm, vm.e.ValueError, "Negative seek position %lld", static_cast<long long>(pos));
  if (whence != 0 && pos != 0) return raise(vm, vm.e.OSError, "Can't do nonzero cur-relative seeks");
  if (whence == 1) pos = static_cast<int64_t>(s->pos);
  if (whence == 2) pos = static_cast<int64_t>(s->text->size());
  s->pos = static_cast<size_t>(pos);
  return make_int(vm, pos);
}

Value sio_tell(VM& vm, const Value* args, size_t nargs, Tuple*) {
  StringIO* s = self_sio(args[0]);
  if (!check_open(vm, s)) return Value::error();
  return make_int(vm, static_cast<int64_t>(s->pos));
}

Value sio_truncate(VM& vm, const Value* args, size_t nargs, Tuple*) {
  StringIO* s = self_sio(args[0]);
  int64_t size = -1;
  if (!check_nargs(vm, "truncate", nargs - 1, 0, 1) || !check_open(vm, s)) return Value::error();
  if (nargs > 1 && !args[1].is_none()) {
    if (!size_arg(vm, args[1], &size)) return Value::error();
    if (size < 0) return raisef(vm, vm.e.ValueError, "Negative size value %lld", static_cast<long long>(size));
  } else {
    size = static_cast<int64_t>(s->pos);
  }
  if (static_cast<size_t>(size) < s->text->size()) s->text->resize(static_cast<size_t>(size));
  return make_int(vm, size);
}

Value sio_close(VM& vm, const Value* args, size_t, Tuple*) {
  StringIO* s = self_sio(args[0]);
  delete s->text;
  s->text = nullptr;
  return Value::none();
}

Value sio_true(VM& vm, const Value* args, size_t, Tuple*) {
  return check_open(vm, self_sio(args[0])) ? Value::boolean(true) : Value::error();
}
Value sio_false(VM& vm, const Value* args, size_t, Tuple*) {
  return check_open(vm, self_sio(args[0])) ? Value::boolean(false) : Value::error();
}
Value sio_flush(VM& vm, const Value* args, size_t, Tuple*) {
  return check_open(vm, self_sio(args[0])) ? Value::none() : Value::error();
}
Value sio_fileno(VM& vm, const Value* args, size_t, Tuple*) { return unsupported(vm, "fileno"); }
Value sio_detach(VM& vm, const Value* args, size_t, Tuple*) { return unsupported(vm, "detach"); }

Value get_closed(VM& vm, Value self) { return Value::boolean(!self_sio(self)->text); }
Value get_newlines(VM& vm, Value self) { return Value::none(); }
Value get_line_buffering(VM& vm, Value self) { return Value::boolean(false); }
Value get_none(VM& vm, Value self) { return Value::none(); }

const MethodDef kStringIOMethods[] = {
    {"__new__", sio_new, METH_STATIC},
    {"__init__", sio_init, METH_SLOT},
    {"getvalue", sio_getvalue, METH_METHOD, "Retrieve the entire contents of the object."},
    {"read", sio_read, METH_METHOD, "Read at most size characters, returned as a string."},
    {"readline", sio_readline, METH_METHOD, "Read until newline or EOF."},
    {"write", sio_write, METH_METHOD, "Write string to file."},
    {"seek", sio_seek, METH_METHOD, "Change stream position."},
    {"tell", sio_tell, METH_METHOD, "Tell the current file position."},
    {"truncate", sio_truncate, METH_METHOD, "Truncate size to pos."},
    {"close", sio_close, METH_METHOD, "Close the IO object."},
    {"readable", sio_true, METH_METHOD, "Returns True if the IO object can be read."},
    {"writable", sio_true, METH_METHOD, "Returns True if the IO object can be written."},
    {"seekable", sio_true, METH_METHOD, "Returns True if the IO object can be seeked."},
    {"isatty", sio_false, METH_METHOD, "Always returns False."},
    {"flush", sio_flush, METH_METHOD, "Does nothing."},
    {"fileno", sio_fileno, METH_METHOD, "Not supported: an in-memory stream has no file descriptor."},
    {"detach", sio_detach, METH_METHOD, "Not supported."},
    {}};

const GetSetDef kStringIOGetSets[] = {{"closed", get_closed},
                                      {"newlines", get_newlines},
                                      {"line_buffering", get_line_buffering},
                                      {"encoding", get_none},
                                      {"errors", get_none},
                                      {}};

}  // namespace

void init_string_io_type(VM& vm, IoTypes& t) {
  Type* type = alloc_type_object(vm, vm.t.type);
  setup_builtin_type(vm, type, "StringIO", vm.t.object, &kStringIOLayout, sizeof(StringIO), TF_BASETYPE, sio_new);
  dict_set_cstr(vm, type->dict, "__module__", make_str(vm, "_io"));
  add_methods(vm, type, kCommonMethods);
  add_methods(vm, type, kStringIOMethods);
  add_getsets(vm, type, kStringIOGetSets);
  type->iternext = iter_next_line;
  t.string_io = type;
}

}  // namespace klass::io
