// re.Pattern: compiled patterns and their matching methods.
#include <algorithm>
#include <cstdio>
#include <vector>

#include "modules/re_objects.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/bytes.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/iterators.h"
#include "types/list.h"
#include "types/misc.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/rooted.h"
#include "vm/vm.h"

namespace klass {

namespace {

void trace_pattern(Obj* o, Tracer& t) {
  auto* p = static_cast<PatternObj*>(o);
  t.visit(p->pattern);
  t.visit(p->groupindex);
  t.visit(p->match_type);
}

void finalize_pattern(Obj* o) {
  auto* p = static_cast<PatternObj*>(o);
  delete p->regex;
  p->regex = nullptr;
}

PatternObj* pat(Value v) { return v.as<PatternObj>(); }

// The (string, pos, endpos) arguments shared by the matching methods.
struct RunArgs {
  Value string, pos, endpos;
};

bool bind_run_args(VM& vm, const char* fname, const Value* args, size_t nargs, Tuple* kw, RunArgs* out) {
  static const char* const kNames[] = {"string", "pos", "endpos"};
  Value a[3] = {Value::error(), Value::error(), Value::error()};
  Signature sig{fname, kNames, 3, 1};
  if (!bind_args(vm, sig, args + 1, nargs - 1, kw, a)) return false;
  *out = {a[0], a[1], a[2]};
  return true;
}

Value run(VM& vm, const Value* args, size_t nargs, Tuple* kw, const char* fname, re::Anchor anchor) {
  RunArgs a;
  if (!bind_run_args(vm, fname, args, nargs, kw, &a)) return Value::error();
  PatternObj* p = pat(args[0]);
  Subject s;
  if (!s.init(vm, a.string, p->regex->is_bytes())) return Value::error();
  int64_t pos, endpos;
  if (!re_positions(vm, a.pos, a.endpos, s.length(), &pos, &endpos)) return Value::error();
  int64_t start_byte = static_cast<int64_t>(s.byte_at(vm, pos));
  return re_exec(vm, p, s, pos, endpos, pos, start_byte, anchor, false);
}

Value pattern_match(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return run(vm, args, nargs, kw, "match", re::Anchor::Match);
}
Value pattern_search(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return run(vm, args, nargs, kw, "search", re::Anchor::Search);
}
Value pattern_fullmatch(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return run(vm, args, nargs, kw, "fullmatch", re::Anchor::FullMatch);
}

// Walks the successive matches of p in s[pos:endpos] with CPython's rule for
// empty matches, calling on_match(spans) until it returns false, `limit`
// matches were seen (0: no limit) or there are no more. Returns -1 on error.
template <class F>
int for_each_match(VM& vm, PatternObj* p, Subject& s, int64_t pos, int64_t endpos, int64_t limit, F on_match) {
  if (pos > endpos) return 0;
  std::vector<int64_t> spans(2 * (p->regex->groups() + 1));
  int64_t byte_end = static_cast<int64_t>(s.byte_at(vm, endpos));
  int64_t at = static_cast<int64_t>(s.byte_at(vm, pos));
  s.set_hint(at, pos);
  bool must_advance = false;
  for (int64_t n = 0; limit == 0 || n < limit; ++n) {
    int rc = re_search_bytes(vm, p, s, byte_end, at, re::Anchor::Search, must_advance, spans.data());
    if (rc < 0) return -1;
    if (rc == 0) break;
    if (!on_match(spans.data())) return -1;
    must_advance = spans[0] == spans[1];
    at = spans[1];
  }
  return 0;
}

Value group_or(VM& vm, Subject& s, const int64_t* spans, uint32_t g, Value missing) {
  if (spans[2 * g] < 0) return missing;
  return s.slice(vm, spans[2 * g], spans[2 * g + 1]);
}

Value pattern_findall(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  RunArgs a;
  if (!bind_run_args(vm, "findall", args, nargs, kw, &a)) return Value::error();
  PatternObj* p = pat(args[0]);
  Subject s;
  if (!s.init(vm, a.string, p->regex->is_bytes())) return Value::error();
  int64_t pos, endpos;
  if (!re_positions(vm, a.pos, a.endpos, s.length(), &pos, &endpos)) return Value::error();
  Value list = make_list(vm);
  if (!list.ok()) return list;
  Value empty = s.slice(vm, 0, 0);
  if (!empty.ok()) return empty;
  uint32_t groups = p->regex->groups();
  int rc = for_each_match(vm, p, s, pos, endpos, 0, [&](const int64_t* spans) {
    Value item;
    if (groups == 0) {
      item = s.slice(vm, spans[0], spans[1]);
    } else if (groups == 1) {
      item = group_or(vm, s, spans, 1, empty);
    } else {
      Tuple* t = tuple_alloc(vm, groups);
      if (!t) return false;
      item = val(t);
      for (uint32_t g = 1; g <= groups; ++g) {
        Value v = group_or(vm, s, spans, g, empty);
        if (!v.ok()) return false;
        (*t)[g - 1] = v;
      }
    }
    return item.ok() && list_append(vm, list.as<List>(), item);
  });
  return rc < 0 ? Value::error() : list;
}

Value make_scanner(VM& vm, PatternObj* p, const RunArgs& a) {
  Subject s;
  if (!s.init(vm, a.string, p->regex->is_bytes())) return Value::error();
  int64_t pos, endpos;
  if (!re_positions(vm, a.pos, a.endpos, s.length(), &pos, &endpos)) return Value::error();
  Obj* o = alloc_object(vm, re_scanner_type(vm));
  if (!o) return Value::error();
  auto* sc = static_cast<ScannerObj*>(o);
  sc->pattern = val(p);
  sc->string = a.string;
  sc->pos = pos;
  sc->endpos = endpos;
  sc->cp_pos = pos;
  sc->byte_pos = static_cast<int64_t>(s.byte_at(vm, pos));
  sc->must_advance = false;
  sc->done = false;
  return val(o);
}

Value pattern_scanner(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  RunArgs a;
  if (!bind_run_args(vm, "scanner", args, nargs, kw, &a)) return Value::error();
  return make_scanner(vm, pat(args[0]), a);
}

Value pattern_finditer(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  RunArgs a;
  if (!bind_run_args(vm, "finditer", args, nargs, kw, &a)) return Value::error();
  Value sc = make_scanner(vm, pat(args[0]), a);
  if (!sc.ok()) return sc;
  Value search = getattr_cstr(vm, sc, "search");
  if (!search.ok()) return search;
  return make_callable_iterator(vm, search, Value::none());
}

bool count_arg(VM& vm, Value v, int64_t* out) {
  if (!v.ok()) {
    *out = 0;
    return true;
  }
  return index_to_ssize(vm, v, nullptr, out);
}

Value pattern_split(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"string", "maxsplit"};
  Value a[2] = {Value::error(), Value::error()};
  if (!bind_args(vm, Signature{"split", kNames, 2, 1}, args + 1, nargs - 1, kw, a)) return Value::error();
  PatternObj* p = pat(args[0]);
  Subject s;
  if (!s.init(vm, a[0], p->regex->is_bytes())) return Value::error();
  int64_t maxsplit;
  if (!count_arg(vm, a[1], &maxsplit)) return Value::error();
  Value list = make_list(vm);
  if (!list.ok()) return list;
  if (maxsplit < 0) return list_append(vm, list.as<List>(), s.slice(vm, 0, static_cast<int64_t>(s.data().size())))
                               ? list : Value::error();
  uint32_t groups = p->regex->groups();
  int64_t last = 0;
  int rc = for_each_match(vm, p, s, 0, s.length(), maxsplit, [&](const int64_t* spans) {
    Value piece = s.slice(vm, last, spans[0]);
    if (!piece.ok() || !list_append(vm, list.as<List>(), piece)) return false;
    for (uint32_t g = 1; g <= groups; ++g) {
      Value v = group_or(vm, s, spans, g, Value::none());
      if (!v.ok() || !list_append(vm, list.as<List>(), v)) return false;
    }
    last = spans[1];
    return true;
  });
  if (rc < 0) return Value::error();
  Value rest = s.slice(vm, last, static_cast<int64_t>(s.data().size()));
  if (!rest.ok() || !list_append(vm, list.as<List>(), rest)) return Value::error();
  return list;
}

// sub() and subn(): the replacement is a callable, or a template that may be
// plain text.
Value substitute(VM& vm, const Value* args, size_t nargs, Tuple* kw, const char* fname, bool with_count) {
  static const char* const kNames[] = {"repl", "string", "count"};
  Value a[3] = {Value::error(), Value::error(), Value::error()};
  if (!bind_args(vm, Signature{fname, kNames, 3, 2}, args + 1, nargs - 1, kw, a)) return Value::error();
  PatternObj* p = pat(args[0]);
  Value repl = a[0];
  Subject s;
  if (!s.init(vm, a[1], p->regex->is_bytes())) return Value::error();
  int64_t count;
  if (!count_arg(vm, a[2], &count)) return Value::error();
  bool subject_bytes = !s.is_str();
  bool callable = is_callable(vm, repl);
  ReTemplate tmpl;
  if (!callable && !compile_template(vm, p, repl, &tmpl)) return Value::error();

  std::string out;
  size_t items = 0;  // pieces CPython would have joined so far (for its error message)
  int64_t last = 0, n = 0;
  if (count < 0) count = -1;  // no substitution at all, as CPython
  int rc = count < 0 ? 0 : for_each_match(vm, p, s, 0, s.length(), count, [&](const int64_t* spans) {
    if (last < spans[0]) {
      out.append(s.data().substr(static_cast<size_t>(last), static_cast<size_t>(spans[0] - last)));
      ++items;
    }
    if (callable) {
      Value m = make_match(vm, p, s, 0, s.length(), spans);
      if (!m.ok()) return false;
      Value r = call1(vm, repl, m);
      if (!r.ok()) return false;
      if (!r.is_none()) {
        std::string_view piece;
        bool ok = subject_bytes ? bytes_like(vm, r, &piece)
                                : (r.is_object() && (r.as_object()->cls->flags & TF_STR_SUBCLASS));
        if (!ok) return raise_join_error(vm, subject_bytes, items, r).ok();
        out.append(subject_bytes ? piece : sv(r));
        ++items;
      }
    } else if (tmpl.literal_only && tmpl.is_bytes != subject_bytes) {
      return raise_join_error(vm, subject_bytes, items, repl).ok();
    } else {
      if (!expand_template(vm, tmpl, s.data(), subject_bytes, spans, &out)) return false;
      ++items;
    }
    last = spans[1];
    ++n;
    return true;
  });
  if (rc < 0) return Value::error();
  int64_t size = static_cast<int64_t>(s.data().size());
  Value result;
  if (n == 0) {
    result = s.slice(vm, 0, size);
  } else {
    out.append(s.data().substr(static_cast<size_t>(last)));
    result = subject_bytes ? make_bytes(vm, out) : make_str(vm, out);
  }
  if (!result.ok() || !with_count) return result;
  return make_tuple(vm, {result, make_int(vm, n)});
}

Value pattern_sub(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return substitute(vm, args, nargs, kw, "sub", false);
}
Value pattern_subn(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return substitute(vm, args, nargs, kw, "subn", true);
}

// re.compile('a+', re.IGNORECASE): the pattern's repr cut at 200 characters
// and the flags by name, UNICODE left out where it is implied.
Value pattern_repr(VM& vm, const Value* args, size_t nargs, Tuple*) {
  PatternObj* p = pat(args[0]);
  Value r = repr(vm, p->pattern);
  if (!r.ok()) return r;
  std::string out = "re.compile(";
  Str* rs = r.as<Str>();
  if (rs->length > 200) {
    Value cut = str_substring(vm, rs, 0, 200);
    if (!cut.ok()) return cut;
    out += sv(cut);
  } else {
    out += rs->view();
  }
  uint32_t flags = p->regex->flags();
  if (!p->regex->is_bytes() && (flags & (re::kLocale | re::kUnicode | re::kAscii)) == re::kUnicode)
    flags &= ~re::kUnicode;
  if (flags) {
    static const struct {
      const char* name;
      uint32_t value;
    } kNames[] = {{"re.TEMPLATE", re::kTemplate},   {"re.IGNORECASE", re::kIgnoreCase}, {"re.LOCALE", re::kLocale},
                  {"re.MULTILINE", re::kMultiline}, {"re.DOTALL", re::kDotAll},        {"re.UNICODE", re::kUnicode},
                  {"re.VERBOSE", re::kVerbose},     {"re.DEBUG", re::kDebug},          {"re.ASCII", re::kAscii}};
    out += ", ";
    bool first = true;
    for (const auto& f : kNames)
      if (flags & f.value) {
        if (!first) out += '|';
        out += f.name;
        first = false;
        flags &= ~f.value;
      }
    if (flags) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%s0x%x", first ? "" : "|", flags);
      out += buf;
    }
  }
  out += ')';
  return make_str(vm, out);
}

Value pattern_eq(VM& vm, const Value* args, size_t nargs, Tuple*) {
  Value other = args[1];
  if (!other.is_object() || other.as_object()->cls != args[0].as_object()->cls) return vm.not_implemented;
  PatternObj* a = pat(args[0]);
  PatternObj* b = pat(other);
  if (a == b) return Value::boolean(true);
  if (a->regex->flags() != b->regex->flags() || a->regex->is_bytes() != b->regex->is_bytes())
    return Value::boolean(false);
  int eq = equals(vm, a->pattern, b->pattern);
  if (eq < 0) return Value::error();
  return Value::boolean(eq == 1);
}

Value pattern_ne(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  Value r = pattern_eq(vm, args, nargs, kw);
  if (!r.ok() || r == vm.not_implemented) return r;
  return Value::boolean(!r.is_true());
}

Value pattern_hash(VM& vm, const Value* args, size_t, Tuple*) {
  PatternObj* p = pat(args[0]);
  int64_t h;
  if (!hash(vm, p->pattern, &h)) return Value::error();
  h ^= static_cast<int64_t>(p->regex->flags()) * 1000003;
  if (h == -1) h = -2;
  return make_int(vm, h);
}

Value pattern_copy(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__copy__", kw) || !check_nargs(vm, "__copy__", nargs - 1, 0, 0)) return Value::error();
  return args[0];
}

Value pattern_deepcopy(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "__deepcopy__", kw) || !check_nargs(vm, "__deepcopy__", nargs - 1, 1, 1)) return Value::error();
  return args[0];
}

Value get_pattern(VM& vm, Value self) { return pat(self)->pattern; }
Value get_flags(VM& vm, Value self) { return make_int(vm, pat(self)->regex->flags()); }
Value get_groups(VM& vm, Value self) { return make_int(vm, pat(self)->regex->groups()); }
Value get_groupindex(VM& vm, Value self) {
  Value copy = dict_copy(vm, pat(self)->groupindex.as<Dict>());
  if (!copy.ok()) return copy;
  return make_mappingproxy(vm, copy);
}

// Patterns come from re.compile() only.
Value pattern_new(VM& vm, const Value*, size_t, Tuple*) {
  return raise(vm, vm.e.TypeError, "cannot create 're.Pattern' instances");
}

const MethodDef kPatternMethods[] = {
    {"__new__", pattern_new, METH_STATIC, nullptr},
    {"match", pattern_match, METH_METHOD, "Match at the start of string (from pos): a Match object or None."},
    {"fullmatch", pattern_fullmatch, METH_METHOD, "Match the whole of string[pos:endpos]: a Match object or None."},
    {"search", pattern_search, METH_METHOD, "The first match anywhere in string[pos:endpos], or None."},
    {"sub", pattern_sub, METH_METHOD, "string with the first count (0: all) matches replaced by repl."},
    {"subn", pattern_subn, METH_METHOD, "Like sub(), returning (new_string, number_of_substitutions)."},
    {"findall", pattern_findall, METH_METHOD, "A list of all non-overlapping matches (or their groups) in string."},
    {"split", pattern_split, METH_METHOD, "Split string at the matches (at most maxsplit times if it is > 0)."},
    {"finditer", pattern_finditer, METH_METHOD, "An iterator of Match objects for all non-overlapping matches."},
    {"scanner", pattern_scanner, METH_METHOD, nullptr},
    {"__copy__", pattern_copy, METH_METHOD, nullptr},
    {"__deepcopy__", pattern_deepcopy, METH_METHOD, nullptr},
    {"__repr__", pattern_repr, METH_SLOT, nullptr},
    {"__eq__", pattern_eq, METH_SLOT, nullptr},
    {"__ne__", pattern_ne, METH_SLOT, nullptr},
    {"__hash__", pattern_hash, METH_SLOT, nullptr},
    {}};

const GetSetDef kPatternGetSets[] = {
    {"pattern", get_pattern, nullptr, "The str or bytes the pattern was compiled from."},
    {"flags", get_flags, nullptr, "The flags, given and inline, as an int."},
    {"groups", get_groups, nullptr, "How many capturing groups the pattern has."},
    {"groupindex", get_groupindex, nullptr, "Group names mapped to group numbers."},
    {}};

}  // namespace

const Layout kPatternLayout{"re.Pattern", trace_pattern, finalize_pattern};

bool init_re_pattern_type(VM& vm, Type* t) {
  setup_builtin_type(vm, t, "Pattern", vm.t.object, &kPatternLayout, sizeof(PatternObj), 0, pattern_new);
  add_methods(vm, t, kPatternMethods);
  add_getsets(vm, t, kPatternGetSets);
  return dict_set_cstr(vm, t->dict, "__module__", make_str(vm, "re")) &&
         dict_set_cstr(vm, t->dict, "__doc__", make_str(vm, "A compiled regular expression."));
}

}  // namespace klass
