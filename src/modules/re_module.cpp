// The native `_re` module under lib/re.py: compile(), the Pattern, Match and
// scanner types, and re.error.
#include <string>

#include "modules/re_objects.h"
#include "modules/registry.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/bytes.h"
#include "types/dict.h"
#include "types/exception.h"
#include "types/int.h"
#include "types/module.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "text/unicode_utf8.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

bool is_str_value(Value v) { return v.is_object() && (v.as_object()->cls->flags & TF_STR_SUBCLASS); }
bool is_bytes_value(Value v) { return v.is_object() && (v.as_object()->cls->flags & TF_BYTES_SUBCLASS); }

// _re.compile(pattern, flags): a new Pattern (lib/re.py caches them).
Value re_compile(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"pattern", "flags"};
  Value a[2] = {Value::error(), Value::small_int(0)};
  if (!bind_args(vm, Signature{"compile", kNames, 2, 1}, args, nargs, kw, a)) return Value::error();
  Value pattern = a[0];
  bool is_bytes = is_bytes_value(pattern);
  if (!is_str_value(pattern) && !is_bytes)
    return raise(vm, vm.e.TypeError, "first argument must be string or compiled pattern");
  int64_t flags;
  if (!index_to_ssize(vm, a[1], nullptr, &flags)) return Value::error();
  re::PatternError err;
  std::unique_ptr<re::Regex> rx =
      re::Regex::compile(code_points_of(vm, pattern, is_bytes), is_bytes, static_cast<uint32_t>(flags), &err);
  if (!rx) return raise_pattern_error(vm, err, pattern);

  Value groupindex = make_dict(vm);
  if (!groupindex.ok()) return groupindex;
  for (const auto& [name, group] : rx->names()) {
    Value n = make_str(vm, text::encode_all(name));
    if (!n.ok() || !dict_set(vm, groupindex.as<Dict>(), n, make_int(vm, group))) return Value::error();
  }
  Obj* o = alloc_object(vm, re_pattern_type(vm));
  if (!o) return Value::error();
  auto* p = static_cast<PatternObj*>(o);
  p->pattern = pattern;
  p->groupindex = groupindex;
  p->match_type = re_match_type(vm);
  p->regex = rx.release();
  return val(p);
}

// re.error(msg, pattern=None, pos=None): the message gains the position, and
// line and column when the pattern has several lines.
Value error_init(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"msg", "pattern", "pos"};
  Value a[3] = {Value::error(), Value::none(), Value::none()};
  if (!bind_args(vm, Signature{"error", kNames, 3, 1}, args + 1, nargs - 1, kw, a)) return Value::error();
  Value self = args[0], msg = a[0], pattern = a[1], pos = a[2];
  Value full = msg;
  Value lineno = Value::none(), colno = Value::none();
  if (!pattern.is_none() && !pos.is_none()) {
    int64_t p;
    if (!index_to_ssize(vm, pos, nullptr, &p)) return Value::error();
    Value ms = to_str(vm, msg);
    if (!ms.ok()) return ms;
    std::string text(sv(ms));
    text += " at position " + std::to_string(p);
    bool is_str = is_str_value(pattern);
    std::string_view bytes;
    if (is_str || bytes_like(vm, pattern, &bytes)) {
      std::u32string cps = code_points_of(vm, pattern, !is_str);
      int64_t upto = std::min<int64_t>(std::max<int64_t>(p, 0), static_cast<int64_t>(cps.size()));
      int64_t line = 1, last_newline = -1;
      for (int64_t i = 0; i < upto; ++i)
        if (cps[i] == U'\n') {
          ++line;
          last_newline = i;
        }
      lineno = make_int(vm, line);
      colno = make_int(vm, p - last_newline);
      if (cps.find(U'\n') != std::u32string::npos)
        text += " (line " + std::to_string(line) + ", column " + std::to_string(p - last_newline) + ")";
    }
    full = make_str(vm, text);
    if (!full.ok()) return full;
  }
  Value t = make_tuple(vm, {full});
  if (!t.ok()) return t;
  self.as<ExceptionObj>()->args = t;
  const std::pair<const char*, Value> attrs[] = {
      {"msg", msg}, {"pattern", pattern}, {"pos", pos}, {"lineno", lineno}, {"colno", colno}};
  for (const auto& [name, v] : attrs)
    if (!setattr(vm, self, vm.intern(name), v)) return Value::error();
  return Value::none();
}

const MethodDef kErrorMethods[] = {{"__init__", error_init, METH_SLOT, nullptr}, {}};

const MethodDef kFunctions[] = {
    {"compile", re_compile, METH_FUNCTION, "A new Pattern for a str or bytes pattern and int flags (re.compile caches)."},
    {}};

// The type registered under `key`, made by `init` the first time a VM asks.
Type* registered_type(VM& vm, const char* key, bool (*init)(VM&, Type*)) {
  Value existing = dict_get_cstr(vm, vm.registry, key);
  if (existing.ok()) return existing.as<Type>();
  Type* t = alloc_type_object(vm, vm.t.type);
  if (!t || !init(vm, t) || !dict_set_cstr(vm, vm.registry, key, val(t))) return nullptr;
  return t;
}

}  // namespace

bool init_re_error_type(VM& vm, Type* t) {
  Type* base = vm.e.Exception;
  setup_builtin_type(vm, t, "error", base, base->layout, base->instance_size, TF_BASETYPE);
  add_methods(vm, t, kErrorMethods);
  return dict_set_cstr(vm, t->dict, "__module__", make_str(vm, "re")) &&
         dict_set_cstr(vm, t->dict, "__doc__",
                       make_str(vm, "A pattern or a replacement template is not valid.\n\n"
                                    "msg is the message without position, pattern the text, pos the index of the\n"
                                    "problem (or None), lineno and colno its line and column (or None)."));
}

bool init__re_module(VM& vm, Module* m) {
  Type* pattern = registered_type(vm, "_re.Pattern", init_re_pattern_type);
  Type* match = registered_type(vm, "_re.Match", init_re_match_type);
  Type* scanner = registered_type(vm, "_re.SRE_Scanner", init_re_scanner_type);
  Type* error = registered_type(vm, "_re.error", init_re_error_type);
  if (!pattern || !match || !scanner || !error) return false;
  add_functions(vm, m->dict, val(m), kFunctions);
  return dict_set_cstr(vm, m->dict, "Pattern", val(pattern)) && dict_set_cstr(vm, m->dict, "Match", val(match)) &&
         dict_set_cstr(vm, m->dict, "SRE_Scanner", val(scanner)) && dict_set_cstr(vm, m->dict, "error", val(error)) &&
         dict_set_cstr(vm, m->dict, "MAXREPEAT", make_int(vm, static_cast<int64_t>(re::kMaxRepeat))) &&
         dict_set_cstr(vm, m->dict, "MAXGROUPS", make_int(vm, re::kMaxGroups));
}

}  // namespace klass
