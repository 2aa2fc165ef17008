// re.Match (the result of a successful match) and the scanner behind
// finditer() / Pattern.scanner().
#include <cstdio>

#include "modules/re_objects.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/bytes.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

void trace_match(Obj* o, Tracer& t) {
  auto* m = static_cast<MatchObj*>(o);
  t.visit(m->pattern);
  t.visit(m->string);
}

size_t match_var_bytes(const Obj* o) { return 4 * static_cast<const MatchObj*>(o)->ngroups * sizeof(int64_t); }

void trace_scanner(Obj* o, Tracer& t) {
  auto* s = static_cast<ScannerObj*>(o);
  t.visit(s->pattern);
  t.visit(s->string);
}

MatchObj* mat(Value v) { return v.as<MatchObj>(); }
PatternObj* pattern_of(MatchObj* m) { return m->pattern.as<PatternObj>(); }
bool subject_is_bytes(MatchObj* m) { return pattern_of(m)->regex->is_bytes(); }

// The subject's bytes as they are now (a bytearray may have changed since).
std::string_view subject_text(VM& vm, MatchObj* m) {
  if (!subject_is_bytes(m)) return sv(m->string);
  std::string_view b;
  bytes_like(vm, m->string, &b);
  return b;
}

Value slice_bytes(VM& vm, MatchObj* m, int64_t b, int64_t e) {
  std::string_view text = subject_text(vm, m);
  int64_t size = static_cast<int64_t>(text.size());
  b = std::min(std::max<int64_t>(b, 0), size);
  e = std::min(std::max<int64_t>(e, b), size);
  std::string_view piece = text.substr(static_cast<size_t>(b), static_cast<size_t>(e - b));
  if (subject_is_bytes(m)) return make_bytes(vm, piece);
  if (b == 0 && e == size && m->string.as_object()->cls == vm.t.str) return m->string;
  return make_str(vm, piece);
}

Value group_value(VM& vm, MatchObj* m, uint32_t g, Value missing) {
  const int64_t* b = m->byte_spans();
  if (b[2 * g] < 0) return missing;
  return slice_bytes(vm, m, b[2 * g], b[2 * g + 1]);
}

// A group given by number or name; IndexError "no such group" otherwise.
bool group_index(VM& vm, MatchObj* m, Value g, uint32_t* out) {
  int64_t i = -1;
  if (is_int(vm, g) || has_index(vm, g)) {
    Value iv = to_index(vm, g);
    if (!iv.ok()) return false;
    if (!int_to_int64(iv, &i)) i = -1;
  } else {
    Value idx = dict_get(vm, pattern_of(m)->groupindex.as<Dict>(), g);
    if (!idx.ok() && vm.has_exc()) return false;
    if (idx.ok() && is_int(vm, idx) && !int_to_int64(idx, &i)) i = -1;
  }
  if (i < 0 || i >= static_cast<int64_t>(m->ngroups)) {
    raise(vm, vm.e.IndexError, "no such group");
    return false;
  }
  *out = static_cast<uint32_t>(i);
  return true;
}

Value match_group(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "group", kw)) return Value::error();
  MatchObj* m = mat(args[0]);
  if (nargs == 1) return group_value(vm, m, 0, Value::none());
  if (nargs == 2) {
    uint32_t g;
    if (!group_index(vm, m, args[1], &g)) return Value::error();
    return group_value(vm, m, g, Value::none());
  }
  Tuple* t = tuple_alloc(vm, nargs - 1);
  if (!t) return Value::error();
  Value keep = val(t);
  for (size_t i = 1; i < nargs; ++i) {
    uint32_t g;
    if (!group_index(vm, m, args[i], &g)) return Value::error();
    Value v = group_value(vm, m, g, Value::none());
    if (!v.ok()) return v;
    (*t)[i - 1] = v;
  }
  return keep;
}

Value match_getitem(VM& vm, const Value* args, size_t nargs, Tuple*) {
  MatchObj* m = mat(args[0]);
  uint32_t g;
  if (!group_index(vm, m, args[1], &g)) return Value::error();
  return group_value(vm, m, g, Value::none());
}

bool default_arg(VM& vm, const char* fname, const Value* args, size_t nargs, Tuple* kw, Value* out) {
  static const char* const kNames[] = {"default"};
  Value a[1] = {Value::none()};
  if (!bind_args(vm, Signature{fname, kNames, 1, 0}, args + 1, nargs - 1, kw, a)) return false;
  *out = a[0];
  return true;
}

Value match_groups(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Value dflt;
  if (!default_arg(vm, "groups", args, nargs, kw, &dflt)) return Value::error();
  MatchObj* m = mat(args[0]);
  Tuple* t = tuple_alloc(vm, m->ngroups - 1);
  if (!t) return Value::error();
  Value keep = val(t);
  for (uint32_t g = 1; g < m->ngroups; ++g) {
    Value v = group_value(vm, m, g, dflt);
    if (!v.ok()) return v;
    (*t)[g - 1] = v;
  }
  return keep;
}

Value match_groupdict(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Value dflt;
  if (!default_arg(vm, "groupdict", args, nargs, kw, &dflt)) return Value::error();
  MatchObj* m = mat(args[0]);
  Value d = make_dict(vm);
  if (!d.ok()) return d;
  Dict* gi = pattern_of(m)->groupindex.as<Dict>();
  size_t pos = 0;
  Value name, index;
  while (dict_next(gi, &pos, &name, &index)) {
    Value v = group_value(vm, m, static_cast<uint32_t>(index.as_small_int()), dflt);
    if (!v.ok() || !dict_set(vm, d.as<Dict>(), name, v)) return Value::error();
  }
  return d;
}

bool span_group(VM& vm, const char* fname, const Value* args, size_t nargs, Tuple* kw, uint32_t* g) {
  if (!no_kwargs(vm, fname, kw) || !check_nargs(vm, fname, nargs - 1, 0, 1)) return false;
  *g = 0;
  return nargs < 2 || group_index(vm, mat(args[0]), args[1], g);
}

Value match_start(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  uint32_t g;
  if (!span_group(vm, "start", args, nargs, kw, &g)) return Value::error();
  return make_int(vm, mat(args[0])->spans()[2 * g]);
}

Value match_end(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  uint32_t g;
  if (!span_group(vm, "end", args, nargs, kw, &g)) return Value::error();
  return make_int(vm, mat(args[0])->spans()[2 * g + 1]);
}

Value span_tuple(VM& vm, MatchObj* m, uint32_t g) {
  return make_tuple(vm, {make_int(vm, m->spans()[2 * g]), make_int(vm, m->spans()[2 * g + 1])});
}

Value match_span(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  uint32_t g;
  if (!span_group(vm, "span", args, nargs, kw, &g)) return Value::error();
  return span_tuple(vm, mat(args[0]), g);
}

Value match_expand(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"template"};
  Value a[1] = {Value::error()};
  if (!bind_args(vm, Signature{"expand", kNames, 1, 1}, args + 1, nargs - 1, kw, a)) return Value::error();
  MatchObj* m = mat(args[0]);
  ReTemplate t;
  if (!compile_template(vm, pattern_of(m), a[0], &t)) return Value::error();
  std::string out;
  bool is_bytes = subject_is_bytes(m);
  if (t.literal_only && t.is_bytes != is_bytes) return raise_join_error(vm, is_bytes, 0, a[0]);
  if (!expand_template(vm, t, subject_text(vm, m), is_bytes, m->byte_spans(), &out)) return Value::error();
  return is_bytes ? make_bytes(vm, out) : make_str(vm, out);
}

// <re.Match object; span=(0, 3), match='abc'>, the match's repr cut at 50 characters.
Value match_repr(VM& vm, const Value* args, size_t, Tuple*) {
  MatchObj* m = mat(args[0]);
  Value g = group_value(vm, m, 0, Value::none());
  if (!g.ok()) return g;
  Value r = repr(vm, g);
  if (!r.ok()) return r;
  Str* rs = r.as<Str>();
  if (rs->length > 50) {
    r = str_substring(vm, rs, 0, 50);
    if (!r.ok()) return r;
  }
  char head[96];
  std::snprintf(head, sizeof head, "<re.Match object; span=(%lld, %lld), match=", (long long)m->spans()[0],
                (long long)m->spans()[1]);
  std::string out = head;
  out += sv(r);
  out += '>';
  return make_str(vm, out);
}

Value match_copy(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__copy__", kw) || !check_nargs(vm, "__copy__", nargs - 1, 0, 0)) return Value::error();
  return args[0];
}

Value match_deepcopy(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__deepcopy__", kw) || !check_nargs(vm, "__deepcopy__", nargs - 1, 1, 1)) return Value::error();
  return args[0];
}

Value get_string(VM& vm, Value self) { return mat(self)->string; }
Value get_re(VM& vm, Value self) { return mat(self)->pattern; }
Value get_pos(VM& vm, Value self) { return make_int(vm, mat(self)->pos); }
Value get_endpos(VM& vm, Value self) { return make_int(vm, mat(self)->endpos); }
Value get_lastindex(VM& vm, Value self) {
  MatchObj* m = mat(self);
  return m->lastindex ? make_int(vm, m->lastindex) : Value::none();
}
Value get_lastgroup(VM& vm, Value self) {
  MatchObj* m = mat(self);
  if (!m->lastindex) return Value::none();
  Dict* gi = pattern_of(m)->groupindex.as<Dict>();
  size_t pos = 0;
  Value name, index;
  while (dict_next(gi, &pos, &name, &index))
    if (index.as_small_int() == m->lastindex) return name;
  return Value::none();
}
Value get_regs(VM& vm, Value self) {
  MatchObj* m = mat(self);
  Tuple* t = tuple_alloc(vm, m->ngroups);
  if (!t) return Value::error();
  Value keep = val(t);
  for (uint32_t g = 0; g < m->ngroups; ++g) {
    Value s = span_tuple(vm, m, g);
    if (!s.ok()) return s;
    (*t)[g] = s;
  }
  return keep;
}

// Match objects and scanners are made by patterns only.
Value match_new(VM& vm, const Value*, size_t, Tuple*) {
  return raise(vm, vm.e.TypeError, "cannot create 're.Match' instances");
}
Value scanner_new(VM& vm, const Value*, size_t, Tuple*) {
  return raise(vm, vm.e.TypeError, "cannot create '_sre.SRE_Scanner' instances");
}

const MethodDef kMatchMethods[] = {
    {"__new__", match_new, METH_STATIC, nullptr},
    {"group", match_group, METH_METHOD, "The text of one group (by number or name; 0 is the whole match), or a tuple for several."},
    {"start", match_start, METH_METHOD, "Where the group's text starts (-1 if the group did not match)."},
    {"end", match_end, METH_METHOD, "Where the group's text ends (-1 if the group did not match)."},
    {"span", match_span, METH_METHOD, "(start, end) of the group."},
    {"groups", match_groups, METH_METHOD, "The texts of groups 1 and up; `default` for groups that did not match."},
    {"groupdict", match_groupdict, METH_METHOD, "The named groups' texts by name; `default` for groups that did not match."},
    {"expand", match_expand, METH_METHOD, "template with its group references and escapes replaced, as sub() does."},
    {"__copy__", match_copy, METH_METHOD, nullptr},
    {"__deepcopy__", match_deepcopy, METH_METHOD, nullptr},
    {"__getitem__", match_getitem, METH_SLOT, nullptr},
    {"__repr__", match_repr, METH_SLOT, nullptr},
    {}};

const GetSetDef kMatchGetSets[] = {
    {"string", get_string, nullptr, "The string that was searched."},
    {"re", get_re, nullptr, "The Pattern that matched."},
    {"pos", get_pos, nullptr, "Where the search started."},
    {"endpos", get_endpos, nullptr, "Where the search stopped."},
    {"lastindex", get_lastindex, nullptr, "The number of the last group that matched, or None."},
    {"lastgroup", get_lastgroup, nullptr, "The name of the last group that matched, or None."},
    {"regs", get_regs, nullptr, nullptr},
    {}};

// ---- scanner ----

Value scanner_step(VM& vm, Value self, re::Anchor anchor) {
  auto* sc = self.as<ScannerObj>();
  if (sc->done) return Value::none();
  PatternObj* p = sc->pattern.as<PatternObj>();
  Subject s;
  if (!s.init(vm, sc->string, p->regex->is_bytes())) return Value::error();
  if (sc->endpos > s.length() || sc->byte_pos > static_cast<int64_t>(s.data().size())) {
    sc->done = true;  // the (mutable) subject shrank
    return Value::none();
  }
  Value m = re_exec(vm, p, s, sc->pos, sc->endpos, sc->cp_pos, sc->byte_pos, anchor, sc->must_advance);
  if (!m.ok()) return m;
  if (m.is_none()) {
    sc->done = true;
    return m;
  }
  MatchObj* mo = mat(m);
  sc->must_advance = mo->byte_spans()[0] == mo->byte_spans()[1];
  sc->byte_pos = mo->byte_spans()[1];
  sc->cp_pos = mo->spans()[1];
  return m;
}

Value scanner_match(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "match", kw) || !check_nargs(vm, "match", nargs - 1, 0, 0)) return Value::error();
  return scanner_step(vm, args[0], re::Anchor::Match);
}

Value scanner_search(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "search", kw) || !check_nargs(vm, "search", nargs - 1, 0, 0)) return Value::error();
  return scanner_step(vm, args[0], re::Anchor::Search);
}

Value get_scanner_pattern(VM& vm, Value self) { return self.as<ScannerObj>()->pattern; }

const MethodDef kScannerMethods[] = {
    {"__new__", scanner_new, METH_STATIC, nullptr},
    {"match", scanner_match, METH_METHOD, nullptr}, {"search", scanner_search, METH_METHOD, nullptr}, {}};
const GetSetDef kScannerGetSets[] = {{"pattern", get_scanner_pattern, nullptr, nullptr}, {}};

}  // namespace

const Layout kMatchLayout{"re.Match", trace_match, nullptr, sizeof(MatchObj), match_var_bytes};
const Layout kScannerLayout{"_sre.SRE_Scanner", trace_scanner, nullptr};

bool init_re_match_type(VM& vm, Type* t) {
  setup_builtin_type(vm, t, "Match", vm.t.object, &kMatchLayout, sizeof(MatchObj), 0, match_new);
  add_methods(vm, t, kMatchMethods);
  add_getsets(vm, t, kMatchGetSets);
  return dict_set_cstr(vm, t->dict, "__module__", make_str(vm, "re")) &&
         dict_set_cstr(vm, t->dict, "__doc__", make_str(vm, "A successful match of a Pattern; always true."));
}

bool init_re_scanner_type(VM& vm, Type* t) {
  setup_builtin_type(vm, t, "SRE_Scanner", vm.t.object, &kScannerLayout, sizeof(ScannerObj), 0, scanner_new);
  add_methods(vm, t, kScannerMethods);
  add_getsets(vm, t, kScannerGetSets);
  return dict_set_cstr(vm, t->dict, "__module__", make_str(vm, "_sre"));
}

}  // namespace klass
