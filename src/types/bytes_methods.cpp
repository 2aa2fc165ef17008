// The methods bytes and bytearray share: sequence dunders, comparisons,
// the str-like methods, hex/fromhex, decode and the % operator. Each works on
// the object's bytes and returns an object of the same kind as self
// (b'x'.upper() is bytes, bytearray(b'x').upper() a bytearray).
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "object/ops.h"
#include "text/bytes_text.h"
#include "text/unicode_layout.h"
#include "text/unicode_search.h"
#include "text/unicode_utf8.h"
#include "types/bytes_internal.h"
#include "types/int.h"
#include "types/list.h"
#include "types/misc.h"
#include "types/native.h"
#include "types/str.h"
#include "types/str_args.h"
#include "types/str_codecs.h"
#include "types/str_percent.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

using text::StrRef;

const char* kind_name(Value self) { return (self.as_object()->cls->flags & TF_BYTES_SUBCLASS) ? "bytes" : "bytearray"; }
StrRef raw(std::string_view b) { return StrRef(b, b.size()); }

Value text_error(VM& vm, const text::TextError& e) { return raise_text_error(vm, e); }

// The result of a text-layer function as an object of self's kind.
Value same_kind_result(VM& vm, Value self, const text::Result<std::string>& r) {
  if (!r) return text_error(vm, r.error());
  return make_same_kind(vm, self, *r);
}

// A list of pieces, each an object of self's kind.
Value pieces_list(VM& vm, Value self, const std::vector<std::string_view>& parts) {
  Value list = make_list(vm, parts.size());
  if (!list.ok()) return list;
  for (std::string_view p : parts) {
    Value item = make_same_kind(vm, self, p);
    if (!item.ok() || !list_append(vm, list.as<List>(), item)) return Value::error();
  }
  return list;
}

// ---- sequence protocol ----

Value b_len(VM& vm, const Value* args, size_t, Tuple*) {
  return Value::small_int(static_cast<int64_t>(byte_data(args[0]).size()));
}

Value b_getitem(VM& vm, const Value* args, size_t, Tuple*) {
  Value self = args[0], key = args[1];
  bool is_bytes = self.as_object()->cls->flags & TF_BYTES_SUBCLASS;
  if (key.is_object() && key.as_object()->cls == vm.t.slice) {
    std::string_view data = byte_data(self);
    int64_t start, stop, step, count;
    if (!slice_indices(vm, key.as<Slice>(), static_cast<int64_t>(data.size()), &start, &stop, &step, &count))
      return Value::error();
    data = byte_data(self);  // __index__ of the bounds may have resized a bytearray
    if (step == 1) {
      if (start > static_cast<int64_t>(data.size())) count = 0;
      else count = std::min<int64_t>(count, static_cast<int64_t>(data.size()) - start);
      if (is_bytes && count == static_cast<int64_t>(data.size()) && self.as_object()->cls == vm.t.bytes) return self;
      return make_same_kind(vm, self, data.substr(static_cast<size_t>(start), static_cast<size_t>(count)));
    }
    std::string out;
    for (int64_t i = 0, at = start; i < count; ++i, at += step)
      if (at >= 0 && at < static_cast<int64_t>(data.size())) out.push_back(data[static_cast<size_t>(at)]);
    return make_same_kind(vm, self, out);
  }
  int64_t i;
  if (!seq_subscript_index(vm, key, is_bytes ? "byte" : "bytearray", &i)) return Value::error();
  std::string_view data = byte_data(self);
  if (i < 0) i += static_cast<int64_t>(data.size());
  if (i < 0 || i >= static_cast<int64_t>(data.size()))
    return raise(vm, vm.e.IndexError, is_bytes ? "index out of range" : "bytearray index out of range");
  return Value::small_int(static_cast<unsigned char>(data[static_cast<size_t>(i)]));
}

Value b_iter(VM& vm, const Value* args, size_t, Tuple*) { return make_bytes_iterator(vm, args[0]); }

Value b_contains(VM& vm, const Value* args, size_t, Tuple*) {
  if (has_index(vm, args[1])) {
    int byte;
    if (!byte_value(vm, args[1], &byte)) return Value::error();
    std::string_view data = byte_data(args[0]);
    return Value::boolean(!data.empty() && std::memchr(data.data(), byte, data.size()));
  }
  std::string_view sub;
  if (!buffer_arg(vm, args[1], &sub)) return Value::error();
  return Value::boolean(byte_data(args[0]).find(sub) != std::string_view::npos);
}

Value b_compare(VM& vm, const Value* args, CompareOp op) {
  std::string_view a = byte_data(args[0]), b;
  if (!bytes_like(vm, args[1], &b)) return vm.not_implemented;
  int c = a.compare(b);
  switch (op) {
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}
Value b_eq(VM& vm, const Value* a, size_t, Tuple*) { return b_compare(vm, a, CompareOp::Eq); }
Value b_ne(VM& vm, const Value* a, size_t, Tuple*) { return b_compare(vm, a, CompareOp::Ne); }
Value b_lt(VM& vm, const Value* a, size_t, Tuple*) { return b_compare(vm, a, CompareOp::Lt); }
Value b_le(VM& vm, const Value* a, size_t, Tuple*) { return b_compare(vm, a, CompareOp::Le); }
Value b_gt(VM& vm, const Value* a, size_t, Tuple*) { return b_compare(vm, a, CompareOp::Gt); }
Value b_ge(VM& vm, const Value* a, size_t, Tuple*) { return b_compare(vm, a, CompareOp::Ge); }

Value b_add(VM& vm, const Value* args, size_t, Tuple*) {
  std::string_view b;
  if (!bytes_like(vm, args[1], &b)) {
    if (defer_to_reflected(vm, args[1], SM::radd)) return vm.not_implemented;
    return raisef(vm, vm.e.TypeError, "can't concat %s to %s", type_name(args[1]), kind_name(args[0]));
  }
  std::string out(byte_data(args[0]));
  out.append(b);
  return make_same_kind(vm, args[0], out);
}

Value b_mul(VM& vm, const Value* args, size_t, Tuple*) {
  if (!has_index(vm, args[1])) {
    if (defer_to_reflected(vm, args[1], SM::rmul)) return vm.not_implemented;
    return raisef(vm, vm.e.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(args[1]));
  }
  int64_t n;
  if (!index_to_ssize(vm, args[1], vm.e.OverflowError, &n)) return Value::error();
  std::string_view data = byte_data(args[0]);
  if (n == 1 && args[0].as_object()->cls == vm.t.bytes) return args[0];
  auto r = text::repeat(data, n);
  if (!r) return raise_memory_error(vm);
  return make_same_kind(vm, args[0], *r);
}

// n * b. When n is not an int either, CPython reports the operand a
// sequence repeat was attempted with: the left one if it is a sequence
// itself ('x' * b'x' complains about bytes), else the left operand.
Value b_rmul(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!has_index(vm, args[1])) {
    Value left = args[1];
    std::string_view ignored;
    bool left_is_sequence = left.is_object() && ((left.as_object()->cls->flags &
                                                  (TF_STR_SUBCLASS | TF_LIST_SUBCLASS | TF_TUPLE_SUBCLASS)) ||
                                                 bytes_like(vm, left, &ignored));
    return raisef(vm, vm.e.TypeError, "can't multiply sequence by non-int of type '%s'",
                  type_name(left_is_sequence ? args[0] : left));
  }
  return b_mul(vm, args, nargs, kwnames);
}

Value b_rmod(VM& vm, const Value*, size_t, Tuple*) { return vm.not_implemented; }

Value b_mod(VM& vm, const Value* args, size_t, Tuple*) {
  std::string format(byte_data(args[0]));
  std::string out;
  if (!percent_format(vm, format, args[1], true, &out)) return Value::error();
  return make_same_kind(vm, args[0], out);
}

// ---- search ----

// The `sub` of find/count/index: bytes-like or an int (one byte).
bool sub_arg(VM& vm, Value v, std::string* out) {
  std::string_view data;
  if (bytes_like(vm, v, &data)) {
    out->assign(data);
    return true;
  }
  if (!has_index(vm, v)) {
    raisef(vm, vm.e.TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(v));
    return false;
  }
  int byte;
  if (!byte_value(vm, v, &byte)) return false;
  out->assign(1, static_cast<char>(byte));
  return true;
}

enum class Search { kFind, kRFind, kIndex, kRIndex, kCount };

Value b_search(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* fname, Search what) {
  Value a[3] = {Value::error(), Value::error(), Value::error()};
  if (!positional_args(vm, fname, args + 1, nargs - 1, kwnames, 1, 3, ArgWording::kParseTuple, a))
    return Value::error();
  std::string sub;
  int64_t start = 0, end = text::kNoEnd;
  if (!sub_arg(vm, a[0], &sub) || !slice_bound_arg(vm, a[1], &start) || !slice_bound_arg(vm, a[2], &end))
    return Value::error();
  StrRef s = raw(byte_data(args[0]));
  int64_t r;
  switch (what) {
    case Search::kCount: return make_int(vm, text::count(s, raw(sub), start, end));
    case Search::kFind:
    case Search::kIndex: r = text::find(s, raw(sub), start, end); break;
    default: r = text::rfind(s, raw(sub), start, end); break;
  }
  if (r < 0 && (what == Search::kIndex || what == Search::kRIndex))
    return raise(vm, vm.e.ValueError, "subsection not found");
  return make_int(vm, r);
}

Value b_find(VM& vm, const Value* a, size_t n, Tuple* k) { return b_search(vm, a, n, k, "find", Search::kFind); }
Value b_rfind(VM& vm, const Value* a, size_t n, Tuple* k) { return b_search(vm, a, n, k, "rfind", Search::kRFind); }
Value b_index(VM& vm, const Value* a, size_t n, Tuple* k) { return b_search(vm, a, n, k, "index", Search::kIndex); }
Value b_rindex(VM& vm, const Value* a, size_t n, Tuple* k) { return b_search(vm, a, n, k, "rindex", Search::kRIndex); }
Value b_count(VM& vm, const Value* a, size_t n, Tuple* k) { return b_search(vm, a, n, k, "count", Search::kCount); }

Value b_affix(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* fname, bool at_start) {
  Value a[3] = {Value::error(), Value::error(), Value::error()};
  if (!positional_args(vm, fname, args + 1, nargs - 1, kwnames, 1, 3, ArgWording::kParseTuple, a))
    return Value::error();
  int64_t start = 0, end = text::kNoEnd;
  if (!slice_bound_arg(vm, a[1], &start) || !slice_bound_arg(vm, a[2], &end)) return Value::error();
  std::vector<std::string> affixes;
  std::string_view one;
  if (a[0].is_object() && (a[0].as_object()->cls->flags & TF_TUPLE_SUBCLASS)) {
    Tuple* t = a[0].as<Tuple>();
    for (size_t i = 0; i < t->size; ++i) {
      if (!buffer_arg(vm, (*t)[i], &one)) return Value::error();
      affixes.emplace_back(one);
    }
  } else if (bytes_like(vm, a[0], &one)) {
    affixes.emplace_back(one);
  } else {
    return raisef(vm, vm.e.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", fname,
                  type_name(a[0]));
  }
  StrRef s = raw(byte_data(args[0]));
  for (const std::string& x : affixes)
    if (at_start ? text::starts_with(s, raw(x), start, end) : text::ends_with(s, raw(x), start, end))
      return Value::boolean(true);
  return Value::boolean(false);
}
Value b_startswith(VM& vm, const Value* a, size_t n, Tuple* k) { return b_affix(vm, a, n, k, "startswith", true); }
Value b_endswith(VM& vm, const Value* a, size_t n, Tuple* k) { return b_affix(vm, a, n, k, "endswith", false); }

Value b_remove_affix(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* fname, bool prefix) {
  if (!no_kwargs(vm, fname, kwnames) || !check_nargs(vm, fname, nargs - 1, 1, 1)) return Value::error();
  std::string_view affix;
  if (!buffer_arg(vm, args[1], &affix)) return Value::error();
  std::string x(affix);
  std::string_view s = byte_data(args[0]);
  bool hit = prefix ? s.starts_with(x) : s.ends_with(x);
  if (!hit) {
    if (args[0].as_object()->cls == vm.t.bytes) return args[0];
    return make_same_kind(vm, args[0], s);
  }
  return make_same_kind(vm, args[0], prefix ? s.substr(x.size()) : s.substr(0, s.size() - x.size()));
}
Value b_removeprefix(VM& vm, const Value* a, size_t n, Tuple* k) { return b_remove_affix(vm, a, n, k, "removeprefix", true); }
Value b_removesuffix(VM& vm, const Value* a, size_t n, Tuple* k) { return b_remove_affix(vm, a, n, k, "removesuffix", false); }

Value b_replace(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3] = {Value::error(), Value::error(), Value::error()};
  if (!positional_args(vm, "replace", args + 1, nargs - 1, kwnames, 2, 3, ArgWording::kClinic, a))
    return Value::error();
  std::string_view old_view, new_view;
  int64_t count = -1;
  if (!buffer_arg(vm, a[0], &old_view) || !buffer_arg(vm, a[1], &new_view)) return Value::error();
  std::string old_text(old_view), new_text(new_view);
  if (a[2].ok() && !ssize_arg(vm, a[2], &count)) return Value::error();
  return same_kind_result(vm, args[0], text::bytes_replace(byte_data(args[0]), old_text, new_text, count));
}

// ---- split, partition, join ----

Value b_split_impl(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* fname, bool right) {
  static const char* const names[] = {"sep", "maxsplit"};
  Value a[2] = {Value::none(), Value::error()};
  if (!keyword_args(vm, fname, names, 2, 0, args + 1, nargs - 1, kwnames, a)) return Value::error();
  int64_t maxsplit = -1;
  if (a[1].ok() && !ssize_arg(vm, a[1], &maxsplit)) return Value::error();
  if (a[0].is_none()) {
    std::string_view s = byte_data(args[0]);
    return pieces_list(vm, args[0], right ? text::bytes_rsplit_whitespace(s, maxsplit)
                                          : text::bytes_split_whitespace(s, maxsplit));
  }
  std::string_view sep_view;
  if (!buffer_arg(vm, a[0], &sep_view)) return Value::error();
  std::string sep(sep_view);
  std::string s(byte_data(args[0]));
  auto parts = right ? text::rsplit(s, sep, maxsplit) : text::split(s, sep, maxsplit);
  if (!parts) return text_error(vm, parts.error());
  return pieces_list(vm, args[0], *parts);
}
Value b_split(VM& vm, const Value* a, size_t n, Tuple* k) { return b_split_impl(vm, a, n, k, "split", false); }
Value b_rsplit(VM& vm, const Value* a, size_t n, Tuple* k) { return b_split_impl(vm, a, n, k, "rsplit", true); }

Value b_splitlines(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"keepends"};
  Value a[1] = {Value::boolean(false)};
  if (!keyword_args(vm, "splitlines", names, 1, 0, args + 1, nargs - 1, kwnames, a)) return Value::error();
  int64_t keep;
  if (!ssize_arg(vm, a[0], &keep)) return Value::error();
  return pieces_list(vm, args[0], text::bytes_splitlines(byte_data(args[0]), keep != 0));
}

Value b_partition_impl(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* fname, bool right) {
  if (!no_kwargs(vm, fname, kwnames) || !check_nargs(vm, fname, nargs - 1, 1, 1)) return Value::error();
  std::string_view sep_view;
  if (!buffer_arg(vm, args[1], &sep_view)) return Value::error();
  std::string sep(sep_view);
  std::string_view s = byte_data(args[0]);
  auto p = right ? text::rpartition(s, sep) : text::partition(s, sep);
  if (!p) return text_error(vm, p.error());
  Value parts[3];
  std::string_view views[3] = {p->before, p->separator, p->after};
  for (int i = 0; i < 3; ++i) {
    // bytes returns itself as the unmatched part, like CPython.
    if (views[i].size() == s.size() && args[0].as_object()->cls == vm.t.bytes) parts[i] = args[0];
    else if (i == 1 && !views[i].empty()) parts[i] = make_same_kind(vm, args[0], sep);
    else parts[i] = make_same_kind(vm, args[0], views[i]);
    if (!parts[i].ok()) return Value::error();
  }
  return make_tuple(vm, parts, 3);
}
Value b_partition(VM& vm, const Value* a, size_t n, Tuple* k) { return b_partition_impl(vm, a, n, k, "partition", false); }
Value b_rpartition(VM& vm, const Value* a, size_t n, Tuple* k) { return b_partition_impl(vm, a, n, k, "rpartition", true); }

Value b_join(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* fname = kind_name(args[0])[5] ? "bytearray.join" : "bytes.join";
  if (!no_kwargs(vm, fname, kwnames) || !check_nargs(vm, fname, nargs - 1, 1, 1)) return Value::error();
  Value it = get_iter(vm, args[1]);
  if (!it.ok()) {
    if (!exc_matches(vm, vm.e.TypeError)) return it;
    clear_exc(vm);
    return raise(vm, vm.e.TypeError, "can only join an iterable");
  }
  std::vector<std::string> parts;
  for (size_t i = 0;; ++i) {
    Value item = iter_next(vm, it);
    if (!item.ok()) {
      if (vm.has_exc()) return item;
      break;
    }
    std::string_view data;
    if (!bytes_like(vm, item, &data))
      return raisef(vm, vm.e.TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                    type_name(item));
    parts.emplace_back(data);
  }
  std::string sep(byte_data(args[0])), out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out.append(sep);
    out.append(parts[i]);
  }
  return make_same_kind(vm, args[0], out);
}

// ---- strip, padding, case ----

Value b_strip_impl(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* fname, text::BytesStrip side) {
  Value a[1] = {Value::none()};
  if (!positional_args(vm, fname, args + 1, nargs - 1, kwnames, 0, 1, ArgWording::kClinic, a)) return Value::error();
  std::optional<std::string> chars;
  if (!a[0].is_none()) {
    std::string_view c;
    if (!buffer_arg(vm, a[0], &c)) return Value::error();
    chars.emplace(c);
  }
  std::string_view s = byte_data(args[0]);
  std::string_view r = chars ? text::bytes_strip(s, std::string_view(*chars), side) : text::bytes_strip(s, std::nullopt, side);
  if (r.size() == s.size() && args[0].as_object()->cls == vm.t.bytes) return args[0];
  return make_same_kind(vm, args[0], r);
}
Value b_strip(VM& vm, const Value* a, size_t n, Tuple* k) { return b_strip_impl(vm, a, n, k, "strip", text::BytesStrip::kBoth); }
Value b_lstrip(VM& vm, const Value* a, size_t n, Tuple* k) { return b_strip_impl(vm, a, n, k, "lstrip", text::BytesStrip::kLeft); }
Value b_rstrip(VM& vm, const Value* a, size_t n, Tuple* k) { return b_strip_impl(vm, a, n, k, "rstrip", text::BytesStrip::kRight); }

Value b_pad(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* fname, char align) {
  Value a[2] = {Value::error(), Value::error()};
  if (!positional_args(vm, fname, args + 1, nargs - 1, kwnames, 1, 2, ArgWording::kClinic, a)) return Value::error();
  int64_t width;
  if (!ssize_arg(vm, a[0], &width)) return Value::error();
  char fill = ' ';
  if (a[1].ok()) {
    std::string_view f;
    if (!bytes_like(vm, a[1], &f) || f.size() != 1)
      return raisef(vm, vm.e.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", fname,
                    arg_type_name(a[1]));
    fill = f[0];
  }
  std::string_view s = byte_data(args[0]);
  if (width <= static_cast<int64_t>(s.size()) && args[0].as_object()->cls == vm.t.bytes) return args[0];
  return same_kind_result(vm, args[0], text::bytes_pad(s, width, fill, align));
}
Value b_center(VM& vm, const Value* a, size_t n, Tuple* k) { return b_pad(vm, a, n, k, "center", '^'); }
Value b_ljust(VM& vm, const Value* a, size_t n, Tuple* k) { return b_pad(vm, a, n, k, "ljust", '<'); }
Value b_rjust(VM& vm, const Value* a, size_t n, Tuple* k) { return b_pad(vm, a, n, k, "rjust", '>'); }

Value b_zfill(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  if (!positional_args(vm, "zfill", args + 1, nargs - 1, kwnames, 1, 1, ArgWording::kClinic, a)) return Value::error();
  int64_t width;
  if (!ssize_arg(vm, a[0], &width)) return Value::error();
  std::string_view s = byte_data(args[0]);
  if (width <= static_cast<int64_t>(s.size()) && args[0].as_object()->cls == vm.t.bytes) return args[0];
  return same_kind_result(vm, args[0], text::zfill(raw(s), width));
}

Value b_expandtabs(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"tabsize"};
  Value a[1] = {Value::small_int(8)};
  if (!keyword_args(vm, "expandtabs", names, 1, 0, args + 1, nargs - 1, kwnames, a)) return Value::error();
  int64_t tabsize;
  if (!ssize_arg(vm, a[0], &tabsize)) return Value::error();
  return same_kind_result(vm, args[0], text::bytes_expandtabs(byte_data(args[0]), tabsize));
}

// "bytes.upper() takes no arguments (1 given)"
bool no_args(VM& vm, Value self, const char* name, size_t nargs, Tuple* kwnames) {
  if (nargs == 1 && (!kwnames || kwnames->size == 0)) return true;
  if (nargs == 1) raisef(vm, vm.e.TypeError, "%s.%s() takes no keyword arguments", kind_name(self), name);
  else raisef(vm, vm.e.TypeError, "%s.%s() takes no arguments (%zu given)", kind_name(self), name, nargs - 1);
  return false;
}

bool bytes_is_ascii(std::string_view b) {
  for (unsigned char c : b)
    if (c >= 0x80) return false;
  return true;
}

// The argument-less methods: a byte transformation or a predicate.
#define KLASS_BYTES_MAP(name, fn)                                               \
  Value b_##name(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {     \
    if (!no_args(vm, args[0], #name, nargs, kwnames)) return Value::error();    \
    return make_same_kind(vm, args[0], fn(byte_data(args[0])));                 \
  }
#define KLASS_BYTES_PREDICATE(name, fn)                                         \
  Value b_##name(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {     \
    if (!no_args(vm, args[0], #name, nargs, kwnames)) return Value::error();    \
    return Value::boolean(fn(byte_data(args[0])));                              \
  }
KLASS_BYTES_MAP(capitalize, text::bytes_capitalize)
KLASS_BYTES_MAP(lower, text::bytes_lower)
KLASS_BYTES_MAP(upper, text::bytes_upper)
KLASS_BYTES_MAP(swapcase, text::bytes_swapcase)
KLASS_BYTES_MAP(title, text::bytes_title)
KLASS_BYTES_PREDICATE(isalnum, text::bytes_is_alnum)
KLASS_BYTES_PREDICATE(isalpha, text::bytes_is_alpha)
KLASS_BYTES_PREDICATE(isascii, bytes_is_ascii)
KLASS_BYTES_PREDICATE(isdigit, text::bytes_is_digit)
KLASS_BYTES_PREDICATE(islower, text::bytes_is_lower)
KLASS_BYTES_PREDICATE(isspace, text::bytes_is_space)
KLASS_BYTES_PREDICATE(istitle, text::bytes_is_title)
KLASS_BYTES_PREDICATE(isupper, text::bytes_is_upper)
#undef KLASS_BYTES_MAP
#undef KLASS_BYTES_PREDICATE

// ---- translate, hex, decode ----

Value b_translate(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"table", "delete"};
  Value a[2] = {Value::error(), Value::error()};
  if (!keyword_args(vm, "translate", names, 2, 1, args + 1, nargs - 1, kwnames, a)) return Value::error();
  std::string table, deletions;
  std::string_view view;
  if (!a[0].is_none()) {
    if (!buffer_arg(vm, a[0], &view)) return Value::error();
    if (view.size() != 256) return raise(vm, vm.e.ValueError, "translation table must be 256 characters long");
    table.assign(view);
  }
  if (a[1].ok()) {
    if (!buffer_arg(vm, a[1], &view)) return Value::error();
    deletions.assign(view);
  }
  bool drop[256] = {};
  for (unsigned char c : deletions) drop[c] = true;
  std::string out;
  for (unsigned char c : byte_data(args[0])) {
    if (drop[c]) continue;
    out.push_back(table.empty() ? static_cast<char>(c) : table[c]);
  }
  return make_same_kind(vm, args[0], out);
}

Value b_maketrans(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  if (!positional_args(vm, "maketrans", args, nargs, kwnames, 2, 2, ArgWording::kClinic, a)) return Value::error();
  std::string_view from, to;
  if (!buffer_arg(vm, a[0], &from) || !buffer_arg(vm, a[1], &to)) return Value::error();
  if (from.size() != to.size()) return raise(vm, vm.e.ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return make_bytes(vm, table);
}

Value b_hex(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"sep", "bytes_per_sep"};
  Value a[2] = {Value::error(), Value::error()};
  if (!keyword_args(vm, "hex", names, 2, 0, args + 1, nargs - 1, kwnames, a)) return Value::error();
  char sep = '\0';
  int64_t per = 1;
  if (a[0].ok()) {
    std::string_view s;
    if (isinstance_of(vm, a[0], vm.t.str)) {
      if (a[0].as<Str>()->length != 1) return raise(vm, vm.e.ValueError, "sep must be length 1.");
      s = sv(a[0]);
    } else if (bytes_like(vm, a[0], &s)) {
      if (s.size() != 1) return raise(vm, vm.e.ValueError, "sep must be length 1.");
    } else {
      int64_t ignored;
      if (!length(vm, a[0], &ignored)) return Value::error();
      return raise(vm, vm.e.ValueError, "sep must be length 1.");
    }
    if (static_cast<unsigned char>(s[0]) >= 0x80) return raise(vm, vm.e.ValueError, "sep must be ASCII.");
    sep = s[0];
  }
  if (a[1].ok() && !ssize_arg(vm, a[1], &per)) return Value::error();
  return make_ascii_str(vm, text::bytes_hex(byte_data(args[0]), sep, per));
}

Value b_fromhex(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "fromhex", kwnames) || !check_nargs(vm, "fromhex", nargs - 1, 1, 1)) return Value::error();
  if (!isinstance_of(vm, args[1], vm.t.str))
    return raisef(vm, vm.e.TypeError, "fromhex() argument must be str, not %s", type_name(args[1]));
  auto r = text::bytes_fromhex(sv(args[1]));
  if (!r) return text_error(vm, r.error());
  Type* cls = args[0].as<Type>();
  Value b = is_subtype(cls, vm.t.bytearray) ? make_bytearray(vm, *r) : make_bytes(vm, *r);
  if (!b.ok() || cls == vm.t.bytes || cls == vm.t.bytearray) return b;
  return call1(vm, args[0], b);
}

Value b_decode(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"encoding", "errors"};
  Value a[2] = {Value::error(), Value::error()};
  if (!keyword_args(vm, "decode", names, 2, 0, args + 1, nargs - 1, kwnames, a)) return Value::error();
  std::string_view encoding = "utf-8", errors = "strict";
  if (!codec_name_arg(vm, a[0], "decode", "encoding", &encoding) ||
      !codec_name_arg(vm, a[1], "decode", "errors", &errors))
    return Value::error();
  std::string data(byte_data(args[0]));
  return decode_bytes(vm, args[0], data, encoding, errors);
}

const MethodDef kCommonMethods[] = {
    {"__len__", b_len, METH_SLOT},
    {"__getitem__", b_getitem, METH_SLOT},
    {"__iter__", b_iter, METH_SLOT},
    {"__contains__", b_contains, METH_SLOT},
    {"__eq__", b_eq, METH_SLOT},
    {"__ne__", b_ne, METH_SLOT},
    {"__lt__", b_lt, METH_SLOT},
    {"__le__", b_le, METH_SLOT},
    {"__gt__", b_gt, METH_SLOT},
    {"__ge__", b_ge, METH_SLOT},
    {"__add__", b_add, METH_SLOT},
    {"__mul__", b_mul, METH_SLOT},
    {"__rmul__", b_rmul, METH_SLOT},
    {"__mod__", b_mod, METH_SLOT},
    {"__rmod__", b_rmod, METH_SLOT},
    {"capitalize", b_capitalize, METH_METHOD, "Return a copy with only its first character capitalized."},
    {"center", b_center, METH_METHOD, "Return a centered string of length width."},
    {"count", b_count, METH_METHOD, "Return the number of non-overlapping occurrences of subsection sub."},
    {"decode", b_decode, METH_METHOD, "Decode the bytes using the codec registered for encoding."},
    {"endswith", b_endswith, METH_METHOD, "Return True if the data ends with the specified suffix, False otherwise."},
    {"expandtabs", b_expandtabs, METH_METHOD, "Return a copy where all tab characters are expanded using spaces."},
    {"find", b_find, METH_METHOD, "Return the lowest index in B where subsection sub is found."},
    {"fromhex", b_fromhex, METH_CLASS, "Create a bytes object from a string of hexadecimal numbers."},
    {"hex", b_hex, METH_METHOD, "Create a string of hexadecimal numbers from a bytes object."},
    {"index", b_index, METH_METHOD, "Return the lowest index in B where subsection sub is found."},
    {"isalnum", b_isalnum, METH_METHOD},
    {"isalpha", b_isalpha, METH_METHOD},
    {"isascii", b_isascii, METH_METHOD},
    {"isdigit", b_isdigit, METH_METHOD},
    {"islower", b_islower, METH_METHOD},
    {"isspace", b_isspace, METH_METHOD},
    {"istitle", b_istitle, METH_METHOD},
    {"isupper", b_isupper, METH_METHOD},
    {"join", b_join, METH_METHOD, "Concatenate any number of bytes objects."},
    {"ljust", b_ljust, METH_METHOD, "Return a left-justified string of length width."},
    {"lower", b_lower, METH_METHOD, "Return a copy with all ASCII characters converted to lowercase."},
    {"lstrip", b_lstrip, METH_METHOD, "Strip leading bytes contained in the argument."},
    {"maketrans", b_maketrans, METH_STATIC, "Return a translation table useable for the bytes or bytearray translate method."},
    {"partition", b_partition, METH_METHOD, "Partition the bytes into three parts using the given separator."},
    {"removeprefix", b_removeprefix, METH_METHOD, "Return a bytes object with the given prefix string removed if present."},
    {"removesuffix", b_removesuffix, METH_METHOD, "Return a bytes object with the given suffix string removed if present."},
    {"replace", b_replace, METH_METHOD, "Return a copy with all occurrences of substring old replaced by new."},
    {"rfind", b_rfind, METH_METHOD, "Return the highest index in B where subsection sub is found."},
    {"rindex", b_rindex, METH_METHOD, "Return the highest index in B where subsection sub is found."},
    {"rjust", b_rjust, METH_METHOD, "Return a right-justified string of length width."},
    {"rpartition", b_rpartition, METH_METHOD, "Partition the bytes into three parts using the given separator."},
    {"rsplit", b_rsplit, METH_METHOD, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"rstrip", b_rstrip, METH_METHOD, "Strip trailing bytes contained in the argument."},
    {"split", b_split, METH_METHOD, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"splitlines", b_splitlines, METH_METHOD, "Return a list of the lines in the bytes, breaking at line boundaries."},
    {"startswith", b_startswith, METH_METHOD, "Return True if the data starts with the specified prefix, False otherwise."},
    {"strip", b_strip, METH_METHOD, "Strip leading and trailing bytes contained in the argument."},
    {"swapcase", b_swapcase, METH_METHOD, "Swap the case of ASCII letters."},
    {"title", b_title, METH_METHOD, "Return a titlecased version of B."},
    {"translate", b_translate, METH_METHOD, "Return a copy with each character mapped by the given translation table."},
    {"upper", b_upper, METH_METHOD, "Return a copy with all ASCII characters converted to uppercase."},
    {"zfill", b_zfill, METH_METHOD, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {}};

}  // namespace

void add_bytes_common_methods(VM& vm, Type* type) { add_methods(vm, type, kCommonMethods); }

}  // namespace klass
