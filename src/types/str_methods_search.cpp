// str's searching, splitting, joining and stripping methods. Positions are
// code points; the text layer converts them to byte offsets in O(1) for
// ASCII strings and through the str's code-point index otherwise.
#include <optional>
#include <string>
#include <vector>

#include "object/ops.h"
#include "text/unicode_layout.h"
#include "text/unicode_search.h"
#include "text/unicode_whitespace.h"
#include "types/int.h"
#include "types/list.h"
#include "types/native.h"
#include "types/str.h"
#include "types/str_args.h"
#include "types/str_methods_internal.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

// A list of str pieces of `self` (views into its text).
Value str_list(VM& vm, Value self, const std::vector<std::string_view>& parts) {
  Value list = make_list(vm, parts.size());
  if (!list.ok()) return list;
  bool ascii = self.as<Str>()->is_ascii();
  for (std::string_view p : parts) {
    Value item = str_result(vm, self, p);
    (void)ascii;
    if (!item.ok() || !list_append(vm, list.as<List>(), item)) return Value::error();
  }
  return list;
}

// ---- find, count, index ----

enum class Search { kFind, kRFind, kIndex, kRIndex, kCount };

Value s_search(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* fname, Search what) {
  Value a[3] = {Value::error(), Value::error(), Value::error()};
  if (!positional_args(vm, fname, args + 1, nargs - 1, kwnames, 1, 3, ArgWording::kParseTuple, a))
    return Value::error();
  Str* sub;
  int64_t start = 0, end = text::kNoEnd;
  if (!str_arg(vm, a[0], "", &sub) || !slice_bound_arg(vm, a[1], &start) || !slice_bound_arg(vm, a[2], &end))
    return Value::error();
  text::StrRef s = str_ref(args[0].as<Str>()), needle = str_ref(sub);
  int64_t r;
  switch (what) {
    case Search::kCount: return make_int(vm, text::count(s, needle, start, end));
    case Search::kFind:
    case Search::kIndex: r = text::find(s, needle, start, end); break;
    default: r = text::rfind(s, needle, start, end); break;
  }
  if (r < 0 && (what == Search::kIndex || what == Search::kRIndex))
    return raise(vm, vm.e.ValueError, "substring not found");
  return make_int(vm, r);
}
Value s_find(VM& vm, const Value* a, size_t n, Tuple* k) { return s_search(vm, a, n, k, "find", Search::kFind); }
Value s_rfind(VM& vm, const Value* a, size_t n, Tuple* k) { return s_search(vm, a, n, k, "rfind", Search::kRFind); }
Value s_index(VM& vm, const Value* a, size_t n, Tuple* k) { return s_search(vm, a, n, k, "index", Search::kIndex); }
Value s_rindex(VM& vm, const Value* a, size_t n, Tuple* k) { return s_search(vm, a, n, k, "rindex", Search::kRIndex); }
Value s_count(VM& vm, const Value* a, size_t n, Tuple* k) { return s_search(vm, a, n, k, "count", Search::kCount); }

Value s_affix(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* fname, bool at_start) {
  Value a[3] = {Value::error(), Value::error(), Value::error()};
  if (!positional_args(vm, fname, args + 1, nargs - 1, kwnames, 1, 3, ArgWording::kParseTuple, a))
    return Value::error();
  int64_t start = 0, end = text::kNoEnd;
  if (!slice_bound_arg(vm, a[1], &start) || !slice_bound_arg(vm, a[2], &end)) return Value::error();
  text::StrRef s = str_ref(args[0].as<Str>());
  auto test = [&](Str* x) {
    return at_start ? text::starts_with(s, str_ref(x), start, end) : text::ends_with(s, str_ref(x), start, end);
  };
  if (a[0].is_object() && (a[0].as_object()->cls->flags & TF_TUPLE_SUBCLASS)) {
    Tuple* t = a[0].as<Tuple>();
    for (size_t i = 0; i < t->size; ++i) {
      Value item = (*t)[i];
      if (!isinstance_of(vm, item, vm.t.str))
        return raisef(vm, vm.e.TypeError, "tuple for %s must only contain str, not %s", fname, type_name(item));
      if (test(item.as<Str>())) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  if (!isinstance_of(vm, a[0], vm.t.str))
    return raisef(vm, vm.e.TypeError, "%s first arg must be str or a tuple of str, not %s", fname, type_name(a[0]));
  return Value::boolean(test(a[0].as<Str>()));
}
Value s_startswith(VM& vm, const Value* a, size_t n, Tuple* k) { return s_affix(vm, a, n, k, "startswith", true); }
Value s_endswith(VM& vm, const Value* a, size_t n, Tuple* k) { return s_affix(vm, a, n, k, "endswith", false); }

Value s_remove_affix(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* fname, bool prefix) {
  std::string qual = std::string("str.") + fname;
  if (!no_kwargs(vm, qual.c_str(), kwnames) || !check_nargs(vm, qual.c_str(), nargs - 1, 1, 1)) return Value::error();
  if (!isinstance_of(vm, args[1], vm.t.str))
    return raisef(vm, vm.e.TypeError, "%s() argument must be str, not %s", fname, arg_type_name(args[1]));
  std::string_view s = sv(args[0]), x = sv(args[1]);
  if (prefix ? s.starts_with(x) : s.ends_with(x))
    s = prefix ? s.substr(x.size()) : s.substr(0, s.size() - x.size());
  return str_result(vm, args[0], s);
}
Value s_removeprefix(VM& vm, const Value* a, size_t n, Tuple* k) { return s_remove_affix(vm, a, n, k, "removeprefix", true); }
Value s_removesuffix(VM& vm, const Value* a, size_t n, Tuple* k) { return s_remove_affix(vm, a, n, k, "removesuffix", false); }

Value s_replace(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3] = {Value::error(), Value::error(), Value::error()};
  if (!positional_args(vm, "replace", args + 1, nargs - 1, kwnames, 2, 3, ArgWording::kClinic, a))
    return Value::error();
  Str *old_text, *new_text;
  int64_t count = -1;
  if (!str_arg(vm, a[0], "replace() argument 1 ", &old_text) || !str_arg(vm, a[1], "replace() argument 2 ", &new_text))
    return Value::error();
  if (a[2].ok() && !ssize_arg(vm, a[2], &count)) return Value::error();
  return str_result(vm, args[0], text::replace(sv(args[0]), old_text->view(), new_text->view(), count));
}

// ---- split, partition, join ----

Value s_split_impl(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* fname, bool right) {
  static const char* const names[] = {"sep", "maxsplit"};
  Value a[2] = {Value::none(), Value::error()};
  if (!keyword_args(vm, fname, names, 2, 0, args + 1, nargs - 1, kwnames, a)) return Value::error();
  int64_t maxsplit = -1;
  if (a[1].ok() && !ssize_arg(vm, a[1], &maxsplit)) return Value::error();
  std::string_view s = sv(args[0]);
  if (a[0].is_none())
    return str_list(vm, args[0], right ? text::rsplit_whitespace(s, maxsplit) : text::split_whitespace(s, maxsplit));
  if (!isinstance_of(vm, a[0], vm.t.str))
    return raisef(vm, vm.e.TypeError, "must be str or None, not %s", type_name(a[0]));
  auto parts = right ? text::rsplit(s, sv(a[0]), maxsplit) : text::split(s, sv(a[0]), maxsplit);
  if (!parts) return raise_text_error(vm, parts.error());
  return str_list(vm, args[0], *parts);
}
Value s_split(VM& vm, const Value* a, size_t n, Tuple* k) { return s_split_impl(vm, a, n, k, "split", false); }
Value s_rsplit(VM& vm, const Value* a, size_t n, Tuple* k) { return s_split_impl(vm, a, n, k, "rsplit", true); }

Value s_splitlines(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"keepends"};
  Value a[1] = {Value::boolean(false)};
  if (!keyword_args(vm, "splitlines", names, 1, 0, args + 1, nargs - 1, kwnames, a)) return Value::error();
  int64_t keep;
  if (!ssize_arg(vm, a[0], &keep)) return Value::error();
  return str_list(vm, args[0], text::splitlines(sv(args[0]), keep != 0));
}

Value s_partition_impl(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* qualname, bool right) {
  if (!no_kwargs(vm, qualname, kwnames) || !check_nargs(vm, qualname, nargs - 1, 1, 1)) return Value::error();
  Str* sep;
  if (!str_arg(vm, args[1], "", &sep)) return Value::error();
  auto p = right ? text::rpartition(sv(args[0]), sep->view()) : text::partition(sv(args[0]), sep->view());
  if (!p) return raise_text_error(vm, p.error());
  Value parts[3] = {str_result(vm, args[0], p->before), Value::error(), Value::error()};
  if (!parts[0].ok()) return Value::error();
  parts[1] = p->separator.empty() ? vm.empty_str : args[1].as_object()->cls == vm.t.str ? args[1]
                                                                                        : make_str(vm, sep->view());
  parts[2] = str_result(vm, args[0], p->after);
  if (!parts[1].ok() || !parts[2].ok()) return Value::error();
  return make_tuple(vm, parts, 3);
}
Value s_partition(VM& vm, const Value* a, size_t n, Tuple* k) { return s_partition_impl(vm, a, n, k, "str.partition", false); }
Value s_rpartition(VM& vm, const Value* a, size_t n, Tuple* k) { return s_partition_impl(vm, a, n, k, "str.rpartition", true); }

Value s_join(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "str.join", kwnames) || !check_nargs(vm, "str.join", nargs - 1, 1, 1)) return Value::error();
  Value seq = args[1];
  // Keep the items reachable while their views are used: a list of them.
  Value items;
  if (seq.is_object() && (seq.as_object()->cls == vm.t.list || seq.as_object()->cls == vm.t.tuple)) {
    items = seq.as_object()->cls == vm.t.list ? make_list(vm, seq.as<List>()->items, seq.as<List>()->size) : seq;
  } else {
    Value it = get_iter(vm, seq);
    if (!it.ok()) {
      if (!exc_matches(vm, vm.e.TypeError)) return it;
      clear_exc(vm);
      return raise(vm, vm.e.TypeError, "can only join an iterable");
    }
    items = list_from_iterable(vm, it);
  }
  if (!items.ok()) return items;
  const Value* data;
  size_t n;
  if (items.as_object()->cls == vm.t.tuple) {
    data = items.as<Tuple>()->items();
    n = items.as<Tuple>()->size;
  } else {
    data = items.as<List>()->items;
    n = items.as<List>()->size;
  }
  if (n == 1 && data[0].is_object() && data[0].as_object()->cls == vm.t.str) return data[0];
  std::vector<std::string_view> parts;
  parts.reserve(n);
  bool ascii = args[0].as<Str>()->is_ascii();
  for (size_t i = 0; i < n; ++i) {
    if (!isinstance_of(vm, data[i], vm.t.str))
      return raisef(vm, vm.e.TypeError, "sequence item %zu: expected str instance, %s found", i, type_name(data[i]));
    parts.push_back(sv(data[i]));
    ascii = ascii && data[i].as<Str>()->is_ascii();
  }
  std::string out = text::join(sv(args[0]), parts);
  keep_alive(items);
  return ascii ? make_ascii_str(vm, out) : make_str(vm, out);
}

// ---- strip ----

Value s_strip_impl(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* fname, text::StripSide side) {
  Value a[1] = {Value::none()};
  if (!positional_args(vm, fname, args + 1, nargs - 1, kwnames, 0, 1, ArgWording::kClinic, a)) return Value::error();
  std::string_view s = sv(args[0]);
  if (a[0].is_none()) return str_result(vm, args[0], text::strip_whitespace(s, side));
  if (!isinstance_of(vm, a[0], vm.t.str))
    return raisef(vm, vm.e.TypeError, "%s arg must be None or str", fname);
  return str_result(vm, args[0], text::strip_chars(s, sv(a[0]), side));
}
Value s_strip(VM& vm, const Value* a, size_t n, Tuple* k) { return s_strip_impl(vm, a, n, k, "strip", text::StripSide::kBoth); }
Value s_lstrip(VM& vm, const Value* a, size_t n, Tuple* k) { return s_strip_impl(vm, a, n, k, "lstrip", text::StripSide::kLeft); }
Value s_rstrip(VM& vm, const Value* a, size_t n, Tuple* k) { return s_strip_impl(vm, a, n, k, "rstrip", text::StripSide::kRight); }

const MethodDef kStrSearchMethods[] = {
    {"count", s_count, METH_METHOD, "Return the number of non-overlapping occurrences of substring sub in string S[start:end]."},
    {"endswith", s_endswith, METH_METHOD, "Return True if S ends with the specified suffix, False otherwise."},
    {"find", s_find, METH_METHOD, "Return the lowest index in S where substring sub is found."},
    {"index", s_index, METH_METHOD, "Return the lowest index in S where substring sub is found."},
    {"join", s_join, METH_METHOD, "Concatenate any number of strings."},
    {"lstrip", s_lstrip, METH_METHOD, "Return a copy of the string with leading whitespace removed."},
    {"partition", s_partition, METH_METHOD, "Partition the string into three parts using the given separator."},
    {"removeprefix", s_removeprefix, METH_METHOD, "Return a str with the given prefix string removed if present."},
    {"removesuffix", s_removesuffix, METH_METHOD, "Return a str with the given suffix string removed if present."},
    {"replace", s_replace, METH_METHOD, "Return a copy with all occurrences of substring old replaced by new."},
    {"rfind", s_rfind, METH_METHOD, "Return the highest index in S where substring sub is found."},
    {"rindex", s_rindex, METH_METHOD, "Return the highest index in S where substring sub is found."},
    {"rpartition", s_rpartition, METH_METHOD, "Partition the string into three parts using the given separator."},
    {"rsplit", s_rsplit, METH_METHOD, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rstrip", s_rstrip, METH_METHOD, "Return a copy of the string with trailing whitespace removed."},
    {"split", s_split, METH_METHOD, "Return a list of the substrings in the string, using sep as the separator string."},
    {"splitlines", s_splitlines, METH_METHOD, "Return a list of the lines in the string, breaking at line boundaries."},
    {"startswith", s_startswith, METH_METHOD, "Return True if S starts with the specified prefix, False otherwise."},
    {"strip", s_strip, METH_METHOD, "Return a copy of the string with leading and trailing whitespace removed."},
    {}};

}  // namespace

void add_str_search_methods(VM& vm) { add_methods(vm, vm.t.str, kStrSearchMethods); }

}  // namespace klass
