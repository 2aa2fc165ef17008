// BaseException, its subclasses' extra attributes, and traceback objects.
#include "types/exception.h"

#include <cerrno>
#include <cstring>
#include <string>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/bytes.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/list.h"
#include "types/misc.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

void trace_exception(Obj* o, Tracer& t) {
  auto* e = static_cast<ExceptionObj*>(o);
  t.visit(e->args);
  t.visit(e->traceback);
  t.visit(e->cause);
  t.visit(e->context);
  t.visit(e->notes);
  t.visit(e->dict);
}
void trace_traceback(Obj* o, Tracer& t) {
  auto* tb = static_cast<Traceback*>(o);
  t.visit(tb->next);
  t.visit(tb->frame);
}
const Layout kExceptionLayout{"BaseException", trace_exception, nullptr};
const Layout kTracebackLayout{"traceback", trace_traceback, nullptr};

ExceptionObj* exc(Value v) { return v.as<ExceptionObj>(); }

Value base_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Type* cls = args[0].as<Type>();
  Obj* o = alloc_object(vm, cls);
  if (!o) return Value::error();
  auto* e = static_cast<ExceptionObj*>(o);
  e->traceback = e->cause = e->context = Value::none();
  e->notes = Value::error();
  e->args = nargs > 1 ? make_tuple(vm, args + 1, nargs - 1) : vm.empty_tuple;
  if (!e->args.ok()) return Value::error();
  return val(o);
}

Value base_init(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size)
    return raisef(vm, vm.e.TypeError, "%s() takes no keyword arguments", type_name(args[0]));
  Value a = nargs > 1 ? make_tuple(vm, args + 1, nargs - 1) : vm.empty_tuple;
  if (!a.ok()) return a;
  exc(args[0])->args = a;
  return Value::none();
}

Value base_str(VM& vm, const Value* args, size_t, Tuple*) {
  Value a = exc(args[0])->args;
  if (!is_exact(vm, a, vm.t.tuple)) return to_str(vm, a);
  Tuple* t = a.as<Tuple>();
  if (t->size == 0) return vm.empty_str;
  if (t->size == 1) return to_str(vm, (*t)[0]);
  return to_str(vm, a);
}

Value base_repr(VM& vm, const Value* args, size_t, Tuple*) {
  Type* t = type_of(vm, args[0]);
  Value a = exc(args[0])->args;
  std::string name(t->name->view());
  if (is_exact(vm, a, vm.t.tuple) && a.as<Tuple>()->size == 1) {
    Value r = repr(vm, (*a.as<Tuple>())[0]);
    if (!r.ok()) return r;
    return make_str(vm, name + "(" + std::string(sv(r)) + ")");
  }
  Value r = repr(vm, a);
  if (!r.ok()) return r;
  std::string body(sv(r));
  if (is_exact(vm, a, vm.t.tuple) && a.as<Tuple>()->size == 0) body = "()";
  return make_str(vm, name + body);
}

Value base_with_traceback(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raise(vm, vm.e.TypeError, "with_traceback() takes exactly one argument");
  if (!args[1].is_none() && !is_exact(vm, args[1], vm.t.traceback))
    return raise(vm, vm.e.TypeError, "__traceback__ must be a traceback or None");
  exc(args[0])->traceback = args[1];
  return args[0];
}

Value base_add_note(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raise(vm, vm.e.TypeError, "add_note() takes exactly one argument");
  if (!isinstance_of(vm, args[1], vm.t.str))
    return raisef(vm, vm.e.TypeError, "note must be a str, not '%s'", type_name(args[1]));
  Value notes = getattr_opt(vm, args[0], vm.intern("__notes__"));
  if (!notes.ok()) {
    if (vm.has_exc()) return notes;
    notes = make_list(vm);
    if (!notes.ok() || !setattr(vm, args[0], vm.intern("__notes__"), notes)) return Value::error();
  }
  if (!isinstance_of(vm, notes, vm.t.list)) return raise(vm, vm.e.TypeError, "Cannot add note: __notes__ is not a list");
  return list_append(vm, notes.as<List>(), args[1]) ? Value::none() : Value::error();
}

Value base_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  auto* e = exc(args[0]);
  if (Dict** d = instance_dict_slot(args[0]); d && *d && (*d)->used)
    return make_tuple(vm, {val(type_of(vm, args[0])), e->args, val(*d)});
  return make_tuple(vm, {val(type_of(vm, args[0])), e->args});
}

Value get_args(VM& vm, Value s) { return exc(s)->args; }
bool set_args(VM& vm, Value s, Value v) {
  if (!v.ok()) {
    raise(vm, vm.e.TypeError, "args may not be deleted");
    return false;
  }
  Value t = tuple_from_iterable(vm, v);
  if (!t.ok()) return false;
  exc(s)->args = t;
  return true;
}
Value get_tb(VM& vm, Value s) { return exc(s)->traceback; }
bool set_tb(VM& vm, Value s, Value v) {
  if (!v.ok()) {
    raise(vm, vm.e.TypeError, "__traceback__ may not be deleted");
    return false;
  }
  if (!v.is_none() && !is_exact(vm, v, vm.t.traceback)) {
    raise(vm, vm.e.TypeError, "__traceback__ must be a traceback or None");
    return false;
  }
  exc(s)->traceback = v;
  return true;
}
Value get_cause(VM& vm, Value s) { return exc(s)->cause; }
bool set_cause(VM& vm, Value s, Value v) {
  if (!v.ok()) {
    raise(vm, vm.e.TypeError, "__cause__ may not be deleted");
    return false;
  }
  if (!v.is_none() && !is_exception_instance(vm, v)) {
    raisef(vm, vm.e.TypeError, "exception cause must be None or derive from BaseException");
    return false;
  }
  exc(s)->cause = v;
  exc(s)->suppress_context = true;
  return true;
}
Value get_context(VM& vm, Value s) { return exc(s)->context; }
bool set_context(VM& vm, Value s, Value v) {
  if (!v.ok()) {
    raise(vm, vm.e.TypeError, "__context__ may not be deleted");
    return false;
  }
  if (!v.is_none() && !is_exception_instance(vm, v)) {
    raise(vm, vm.e.TypeError, "exception context must be None or derive from BaseException");
    return false;
  }
  exc(s)->context = v;
  return true;
}
Value get_suppress(VM& vm, Value s) { return Value::boolean(exc(s)->suppress_context); }
bool set_suppress(VM& vm, Value s, Value v) {
  int t = v.ok() ? truthy(vm, v) : 0;
  if (t < 0) return false;
  exc(s)->suppress_context = t;
  return true;
}
Value get_dict(VM& vm, Value s) {
  auto* e = exc(s);
  if (!e->dict) {
    Value d = make_dict(vm);
    if (!d.ok()) return d;
    e->dict = d.as<Dict>();
  }
  return val(e->dict);
}

// ---- subclasses with extra attributes ----

// Sets attributes on the instance dict from the init arguments.
bool set_attr(VM& vm, Value self, const char* name, Value v) { return setattr(vm, self, vm.intern(name), v); }

Value stop_iteration_init(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!base_init(vm, args, nargs, kw).ok()) return Value::error();
  return set_attr(vm, args[0], "value", nargs > 1 ? args[1] : Value::none()) ? Value::none() : Value::error();
}

Value system_exit_init(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!base_init(vm, args, nargs, kw).ok()) return Value::error();
  Value code = nargs == 1 ? Value::none() : nargs == 2 ? args[1] : exc(args[0])->args;
  return set_attr(vm, args[0], "code", code) ? Value::none() : Value::error();
}

Value key_error_str(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Value a = exc(args[0])->args;
  if (is_exact(vm, a, vm.t.tuple) && a.as<Tuple>()->size == 1) return repr(vm, (*a.as<Tuple>())[0]);
  return base_str(vm, args, nargs, kw);
}

Value name_error_init(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->size : 0;
  Value name = Value::none(), obj = Value::none();
  bool is_attr = isinstance_of(vm, args[0], vm.e.AttributeError);
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = sv((*kwnames)[i]);
    if (k == "name")
      name = args[nargs + i];
    else if (k == "obj" && is_attr)
      obj = args[nargs + i];
    else
      return raisef(vm, vm.e.TypeError, "%s() got an unexpected keyword argument '%.*s'", type_name(args[0]),
                    static_cast<int>(k.size()), k.data());
  }
  if (!base_init(vm, args, nargs, nullptr).ok()) return Value::error();
  if (!set_attr(vm, args[0], "name", name)) return Value::error();
  if (is_attr && !set_attr(vm, args[0], "obj", obj)) return Value::error();
  return Value::none();
}

Value import_error_init(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->size : 0;
  Value name = Value::none(), path = Value::none();
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = sv((*kwnames)[i]);
    if (k == "name")
      name = args[nargs + i];
    else if (k == "path")
      path = args[nargs + i];
    else
      return raisef(vm, vm.e.TypeError, "'%.*s' is an invalid keyword argument for %s()",
                    static_cast<int>(k.size()), k.data(), type_name(args[0]));
  }
  if (!base_init(vm, args, nargs, nullptr).ok()) return Value::error();
  Value msg = nargs == 2 ? args[1] : Value::none();
  if (!set_attr(vm, args[0], "name", name) || !set_attr(vm, args[0], "path", path) ||
      !set_attr(vm, args[0], "msg", msg))
    return Value::error();
  return Value::none();
}

Value import_error_str(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Value msg = getattr_opt(vm, args[0], vm.intern("msg"));
  if (msg.ok() && !msg.is_none()) return to_str(vm, msg);
  return base_str(vm, args, nargs, kw);
}

// OSError(errno, strerror, ...) makes the subclass matching errno.
Type* os_error_subclass(VM& vm, int64_t e) {
  switch (e) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return vm.e.BlockingIOError;
    case ECHILD: return vm.e.ChildProcessError;
    case EPIPE: case ESHUTDOWN: return vm.e.BrokenPipeError;
    case ECONNABORTED: return vm.e.ConnectionAbortedError;
    case ECONNREFUSED: return vm.e.ConnectionRefusedError;
    case ECONNRESET: return vm.e.ConnectionResetError;
    case EEXIST: return vm.e.FileExistsError;
    case ENOENT: return vm.e.FileNotFoundError;
    case EISDIR: return vm.e.IsADirectoryError;
    case ENOTDIR: return vm.e.NotADirectoryError;
    case EINTR: return vm.e.InterruptedError;
    case EACCES: case EPERM: return vm.e.PermissionError;
    case ESRCH: return vm.e.ProcessLookupError;
    case ETIMEDOUT: return vm.e.TimeoutError;
    default: return vm.e.OSError;
  }
}

Value os_error_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Type* cls = args[0].as<Type>();
  if (cls == vm.e.OSError && nargs >= 3 && is_int(vm, args[1]) && !args[1].is_bool()) {
    int64_t e;
    if (int_to_int64(args[1], &e)) {
      Value full[8];
      size_t n = nargs < 8 ? nargs : 8;
      for (size_t i = 0; i < n; ++i) full[i] = args[i];
      full[0] = val(os_error_subclass(vm, e));
      return base_new(vm, full, n, kw);
    }
  }
  return base_new(vm, args, nargs, kw);
}

Value os_error_init(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!base_init(vm, args, nargs, kw).ok()) return Value::error();
  Value errno_v = Value::none(), strerror = Value::none(), filename = Value::none(), filename2 = Value::none();
  if (nargs >= 3 && nargs <= 6) {
    errno_v = args[1];
    strerror = args[2];
    if (nargs >= 4) filename = args[3];
    if (nargs >= 6) filename2 = args[5];
    if (nargs >= 4) {
      Value a = make_tuple(vm, {args[1], args[2]});
      if (!a.ok()) return a;
      exc(args[0])->args = a;
    }
  }
  if (!set_attr(vm, args[0], "errno", errno_v) || !set_attr(vm, args[0], "strerror", strerror) ||
      !set_attr(vm, args[0], "filename", filename) || !set_attr(vm, args[0], "filename2", filename2))
    return Value::error();
  return Value::none();
}

Value os_error_str(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Value e = getattr_opt(vm, args[0], vm.n.errno_);
  Value s = getattr_opt(vm, args[0], vm.n.strerror);
  Value f = getattr_opt(vm, args[0], vm.n.filename);
  if (e.ok() && s.ok() && !e.is_none() && !s.is_none()) {
    Value es = to_str(vm, e), ss = to_str(vm, s);
    if (!es.ok() || !ss.ok()) return Value::error();
    std::string out = "[Errno " + std::string(sv(es)) + "] " + std::string(sv(ss));
    if (f.ok() && !f.is_none()) {
      Value fr = repr(vm, f);
      if (!fr.ok()) return fr;
      out += ": " + std::string(sv(fr));
    }
    return make_str(vm, out);
  }
  return base_str(vm, args, nargs, kw);
}

Value syntax_error_init(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!base_init(vm, args, nargs, kw).ok()) return Value::error();
  Value msg = nargs >= 2 ? args[1] : Value::none();
  Value fields[6] = {Value::none(), Value::none(), Value::none(), Value::none(), Value::none(), Value::none()};
  if (nargs == 3) {
    Value info = tuple_from_iterable(vm, args[2]);
    if (!info.ok()) return info;
    Tuple* t = info.as<Tuple>();
    if (t->size < 4 || t->size > 6) return raise(vm, vm.e.IndexError, "tuple index out of range");
    for (size_t i = 0; i < t->size; ++i) fields[i] = (*t)[i];
  }
  const char* names[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
  if (!set_attr(vm, args[0], "msg", msg)) return Value::error();
  for (int i = 0; i < 6; ++i)
    if (!set_attr(vm, args[0], names[i], fields[i])) return Value::error();
  return set_attr(vm, args[0], "print_file_and_line", Value::none()) ? Value::none() : Value::error();
}

Value syntax_error_str(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Value msg = getattr_opt(vm, args[0], vm.intern("msg"));
  Value file = getattr_opt(vm, args[0], vm.n.filename);
  Value line = getattr_opt(vm, args[0], vm.intern("lineno"));
  Value ms = msg.ok() ? to_str(vm, msg) : base_str(vm, args, nargs, kw);
  if (!ms.ok()) return ms;
  std::string out(sv(ms));
  bool has_file = file.ok() && isinstance_of(vm, file, vm.t.str);
  bool has_line = line.ok() && is_int(vm, line) && !line.is_bool();
  std::string fname;
  if (has_file) {
    fname = std::string(sv(file));
    size_t slash = fname.rfind('/');
    if (slash != std::string::npos) fname = fname.substr(slash + 1);
  }
  if (has_file && has_line)
    out += " (" + fname + ", line " + int_to_decimal(line) + ")";
  else if (has_file)
    out += " (" + fname + ")";
  else if (has_line)
    out += " (line " + int_to_decimal(line) + ")";
  return make_str(vm, out);
}

Value unicode_error_init(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!base_init(vm, args, nargs, kw).ok()) return Value::error();
  bool translate = isinstance_of(vm, args[0], vm.e.UnicodeTranslateError);
  size_t want = translate ? 4 : 5;
  if (nargs - 1 != want) {
    if (nargs == 1) return Value::none();
    return raisef(vm, vm.e.TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs - 1);
  }
  const char* names5[] = {"encoding", "object", "start", "end", "reason"};
  const char* names4[] = {"object", "start", "end", "reason"};
  for (size_t i = 0; i < want; ++i)
    if (!set_attr(vm, args[0], translate ? names4[i] : names5[i], args[1 + i])) return Value::error();
  return Value::none();
}

Value unicode_error_str(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Value obj = getattr_opt(vm, args[0], vm.intern("object"));
  Value start = getattr_opt(vm, args[0], vm.intern("start"));
  Value end = getattr_opt(vm, args[0], vm.intern("end"));
  Value reason = getattr_opt(vm, args[0], vm.intern("reason"));
  Value enc = getattr_opt(vm, args[0], vm.intern("encoding"));
  if (!obj.ok() || !start.ok() || !end.ok() || !reason.ok()) return base_str(vm, args, nargs, kw);
  int64_t s, e;
  if (!int_to_int64(start, &s) || !int_to_int64(end, &e)) return base_str(vm, args, nargs, kw);
  std::string r(sv(reason));
  std::string encs = enc.ok() && isinstance_of(vm, enc, vm.t.str) ? std::string(sv(enc)) : "";
  char buf[64];
  if (isinstance_of(vm, args[0], vm.e.UnicodeDecodeError)) {
    std::string_view data;
    if (bytes_like(vm, obj, &data) && e == s + 1 && s >= 0 && static_cast<size_t>(s) < data.size()) {
      std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned char>(data[s]));
      return make_str(vm, "'" + encs + "' codec can't decode byte " + buf + " in position " + std::to_string(s) +
                              ": " + r);
    }
    return make_str(vm, "'" + encs + "' codec can't decode bytes in position " + std::to_string(s) + "-" +
                            std::to_string(e - 1) + ": " + r);
  }
  if (isinstance_of(vm, obj, vm.t.str) && e == s + 1 && s >= 0 && static_cast<size_t>(s) < obj.as<Str>()->length) {
    uint32_t cp = str_char_at(vm, obj.as<Str>(), s);
    if (cp <= 0xff)
      std::snprintf(buf, sizeof buf, "'\\x%02x'", cp);
    else if (cp <= 0xffff)
      std::snprintf(buf, sizeof buf, "'\\u%04x'", cp);
    else
      std::snprintf(buf, sizeof buf, "'\\U%08x'", cp);
    std::string what = isinstance_of(vm, args[0], vm.e.UnicodeEncodeError) ? "'" + encs + "' codec can't encode"
                                                                           : "can't translate";
    return make_str(vm, what + " character " + buf + " in position " + std::to_string(s) + ": " + r);
  }
  std::string what = isinstance_of(vm, args[0], vm.e.UnicodeEncodeError) ? "'" + encs + "' codec can't encode"
                                                                         : "can't translate";
  return make_str(vm, what + " characters in position " + std::to_string(s) + "-" + std::to_string(e - 1) + ": " + r);
}

// ---- traceback ----

Value tb_get_next(VM& vm, Value s) { return s.as<Traceback>()->next; }
bool tb_set_next(VM& vm, Value s, Value v) {
  if (!v.ok() || (!v.is_none() && !is_exact(vm, v, vm.t.traceback))) {
    raise(vm, vm.e.TypeError, "expected traceback object or None");
    return false;
  }
  s.as<Traceback>()->next = v;
  return true;
}
Value tb_get_frame(VM& vm, Value s) { return s.as<Traceback>()->frame; }
Value tb_get_lasti(VM& vm, Value s) { return make_int(vm, s.as<Traceback>()->lasti * 2); }
Value tb_get_lineno(VM& vm, Value s) { return make_int(vm, s.as<Traceback>()->lineno); }

const MethodDef kBaseMethods[] = {{"__new__", base_new, METH_STATIC},
                                  {"__init__", base_init, METH_SLOT},
                                  {"__str__", base_str, METH_SLOT},
                                  {"__repr__", base_repr, METH_SLOT},
                                  {"with_traceback", base_with_traceback, 0},
                                  {"add_note", base_add_note, 0},
                                  {"__reduce__", base_reduce, 0},
                                  {}};
const GetSetDef kBaseGetSets[] = {{"args", get_args, set_args},
                                  {"__traceback__", get_tb, set_tb},
                                  {"__cause__", get_cause, set_cause},
                                  {"__context__", get_context, set_context},
                                  {"__suppress_context__", get_suppress, set_suppress},
                                  {"__dict__", get_dict},
                                  {}};
const MethodDef kStopIterationMethods[] = {{"__init__", stop_iteration_init, METH_SLOT}, {}};
const MethodDef kSystemExitMethods[] = {{"__init__", system_exit_init, METH_SLOT}, {}};
const MethodDef kKeyErrorMethods[] = {{"__str__", key_error_str, METH_SLOT}, {}};
const MethodDef kNameErrorMethods[] = {{"__init__", name_error_init, METH_SLOT}, {}};
const MethodDef kImportErrorMethods[] = {
    {"__init__", import_error_init, METH_SLOT}, {"__str__", import_error_str, METH_SLOT}, {}};
const MethodDef kOSErrorMethods[] = {{"__new__", os_error_new, METH_STATIC},
                                     {"__init__", os_error_init, METH_SLOT},
                                     {"__str__", os_error_str, METH_SLOT},
                                     {}};
const MethodDef kSyntaxErrorMethods[] = {
    {"__init__", syntax_error_init, METH_SLOT}, {"__str__", syntax_error_str, METH_SLOT}, {}};
const MethodDef kUnicodeErrorMethods[] = {
    {"__init__", unicode_error_init, METH_SLOT}, {"__str__", unicode_error_str, METH_SLOT}, {}};
const GetSetDef kTracebackGetSets[] = {{"tb_next", tb_get_next, tb_set_next},
                                       {"tb_frame", tb_get_frame},
                                       {"tb_lasti", tb_get_lasti},
                                       {"tb_lineno", tb_get_lineno},
                                       {}};

}  // namespace

bool is_exception_instance(VM& vm, Value v) { return v.is_object() && (v.as_object()->cls->flags & TF_EXC_SUBCLASS); }

bool is_exception_class(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.as_object()->cls, vm.t.type) && (v.as<Type>()->flags & TF_EXC_SUBCLASS);
}

Value make_exception(VM& vm, Type* type, Value args_tuple) {
  // Exceptions raised by the runtime itself skip __init__ lookups when the
  // class is a built-in one; user subclasses get the full call.
  if (!(type->flags & TF_HEAPTYPE)) {
    Tuple* a = args_tuple.as<Tuple>();
    Value full[8];
    size_t n = a->size < 7 ? a->size : 7;
    full[0] = val(type);
    for (size_t i = 0; i < n; ++i) full[i + 1] = (*a)[i];
    Value e = base_new(vm, full, n + 1, nullptr);
    if (!e.ok()) return e;
    exc(e)->args = args_tuple;
    Value init = lookup_special(vm, type, SM::init);
    if (init.ok() && init.as<MethodDescriptor>()->def->fn != base_init) {
      full[0] = e;
      if (!call(vm, init, full, n + 1).ok()) return Value::error();
      // Keep the exact args tuple (OSError may have rewritten it).
    }
    return e;
  }
  return call(vm, val(type), args_tuple.as<Tuple>()->items(), args_tuple.as<Tuple>()->size);
}

bool add_traceback(VM& vm, Value e, Value frame, int lasti, int lineno) {
  if (!is_exception_instance(vm, e)) return true;
  Obj* o = alloc_object(vm, vm.t.traceback);
  if (!o) return false;
  auto* tb = static_cast<Traceback*>(o);
  tb->next = exc(e)->traceback;
  tb->frame = frame;
  tb->lasti = lasti;
  tb->lineno = lineno;
  exc(e)->traceback = val(o);
  return true;
}

void init_exception_types(VM& vm) {
  setup_builtin_type(vm, vm.e.BaseException, "BaseException", vm.t.object, &kExceptionLayout, sizeof(ExceptionObj),
                     TF_BASETYPE | TF_EXC_SUBCLASS, base_new);
  vm.e.BaseException->dict_offset = offsetof(ExceptionObj, dict);
  add_methods(vm, vm.e.BaseException, kBaseMethods);
  add_getsets(vm, vm.e.BaseException, kBaseGetSets);
#define KLASS_EXC_SETUP(n, b)                                                                          \
  if (vm.e.n != vm.e.BaseException)                                                                    \
    setup_builtin_type(vm, vm.e.n, #n, vm.e.b, &kExceptionLayout, sizeof(ExceptionObj),                \
                       TF_BASETYPE | TF_EXC_SUBCLASS);
  KLASS_EXCEPTION_TYPES(KLASS_EXC_SETUP)
#undef KLASS_EXC_SETUP
  // ExceptionGroup derives from both BaseExceptionGroup and Exception.
  set_type_bases(vm, vm.e.ExceptionGroup, make_tuple(vm, {val(vm.e.BaseExceptionGroup), val(vm.e.Exception)}).as<Tuple>());
  add_methods(vm, vm.e.StopIteration, kStopIterationMethods);
  add_methods(vm, vm.e.SystemExit, kSystemExitMethods);
  add_methods(vm, vm.e.KeyError, kKeyErrorMethods);
  add_methods(vm, vm.e.NameError, kNameErrorMethods);
  add_methods(vm, vm.e.AttributeError, kNameErrorMethods);
  add_methods(vm, vm.e.ImportError, kImportErrorMethods);
  add_methods(vm, vm.e.OSError, kOSErrorMethods);
  add_methods(vm, vm.e.SyntaxError, kSyntaxErrorMethods);
  add_methods(vm, vm.e.UnicodeEncodeError, kUnicodeErrorMethods);
  add_methods(vm, vm.e.UnicodeDecodeError, kUnicodeErrorMethods);
  add_methods(vm, vm.e.UnicodeTranslateError, kUnicodeErrorMethods);
  for (Type* t : {vm.e.Exception, vm.e.BaseException}) {
    (void)t;
  }
  setup_builtin_type(vm, vm.t.traceback, "traceback", vm.t.object, &kTracebackLayout, sizeof(Traceback), 0);
  add_getsets(vm, vm.t.traceback, kTracebackGetSets);
}

}  // namespace klass
