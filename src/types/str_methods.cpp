// str's methods beyond the core of str.cpp: case mapping, predicates,
// padding, encode, maketrans/translate, % and the small dunders. Searching,
// splitting and joining are in str_methods_search.cpp, str.format and
// __format__ in str_format.cpp.
#include <string>

#include "object/ops.h"
#include "text/unicode_case.h"
#include "text/unicode_layout.h"
#include "text/unicode_predicates.h"
#include "text/unicode_search.h"
#include "text/unicode_whitespace.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/native.h"
#include "types/str.h"
#include "types/str_args.h"
#include "types/str_codecs.h"
#include "types/str_methods_internal.h"
#include "types/str_percent.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

// ---- shared helpers (str_methods_internal.h) ----

text::StrRef str_ref(Str* s) {
  if (!s->is_ascii() && !s->cp_index && s->length > 64) s->cp_index = new text::CodePointIndex(s->view());
  return text::StrRef(s->view(), s->length, static_cast<const text::CodePointIndex*>(s->cp_index));
}

Value str_result(VM& vm, Value s, std::string_view text) {
  Str* str = s.as<Str>();
  if (text.size() == str->size && text.data() == str->data() && str->cls == vm.t.str) return s;
  if (str->is_ascii()) return make_ascii_str(vm, text);
  return make_str(vm, text);
}

Value str_result(VM& vm, Value s, const text::Result<std::string>& r) {
  if (!r) return raise_text_error(vm, r.error());
  if (*r == s.as<Str>()->view() && s.as_object()->cls == vm.t.str) return s;
  return make_str(vm, *r);
}

bool str_arg(VM& vm, Value v, const char* prefix, Str** out) {
  if (!isinstance_of(vm, v, vm.t.str)) {
    raisef(vm, vm.e.TypeError, "%smust be str, not %s", prefix, *prefix ? arg_type_name(v) : type_name(v));
    return false;
  }
  *out = v.as<Str>();
  return true;
}

bool str_no_args(VM& vm, const char* qualname, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) {
    raisef(vm, vm.e.TypeError, "%s() takes no keyword arguments", qualname);
    return false;
  }
  return check_nargs(vm, qualname, nargs, 0, 0);
}

namespace {

// ---- case mapping and predicates (argument-less) ----

#define KLASS_STR_MAP(name, fn)                                                        \
  Value s_##name(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {            \
    if (!str_no_args(vm, "str." #name, nargs - 1, kwnames)) return Value::error();     \
    std::string r = fn(sv(args[0]));                                                   \
    if (r == sv(args[0]) && args[0].as_object()->cls == vm.t.str) return args[0];      \
    return make_str(vm, r);                                                            \
  }
#define KLASS_STR_PREDICATE(name, fn)                                                  \
  Value s_##name(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {            \
    if (!str_no_args(vm, "str." #name, nargs - 1, kwnames)) return Value::error();     \
    return Value::boolean(fn(sv(args[0])));                                            \
  }
KLASS_STR_MAP(upper, text::to_upper)
KLASS_STR_MAP(lower, text::to_lower)
KLASS_STR_MAP(casefold, text::casefold)
KLASS_STR_MAP(title, text::title)
KLASS_STR_MAP(capitalize, text::capitalize)
KLASS_STR_MAP(swapcase, text::swapcase)
KLASS_STR_PREDICATE(isalnum, text::is_alnum)
KLASS_STR_PREDICATE(isalpha, text::is_alpha)
KLASS_STR_PREDICATE(isascii, text::is_ascii_str)
KLASS_STR_PREDICATE(isdecimal, text::is_decimal)
KLASS_STR_PREDICATE(isdigit, text::is_digit)
KLASS_STR_PREDICATE(isidentifier, text::is_identifier)
KLASS_STR_PREDICATE(islower, text::is_lower)
KLASS_STR_PREDICATE(isnumeric, text::is_numeric)
KLASS_STR_PREDICATE(isprintable, text::is_printable)
KLASS_STR_PREDICATE(isspace, text::is_space)
KLASS_STR_PREDICATE(istitle, text::is_title)
KLASS_STR_PREDICATE(isupper, text::is_upper)
#undef KLASS_STR_MAP
#undef KLASS_STR_PREDICATE

// ---- padding ----

enum class Pad { kCenter, kLeft, kRight };

Value s_pad(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, const char* fname, Pad how) {
  Value a[2] = {Value::error(), Value::error()};
  if (!positional_args(vm, fname, args + 1, nargs - 1, kwnames, 1, 2, ArgWording::kClinic, a)) return Value::error();
  int64_t width;
  if (!ssize_arg(vm, a[0], &width)) return Value::error();
  char32_t fill = ' ';
  if (a[1].ok()) {
    if (!isinstance_of(vm, a[1], vm.t.str))
      return raisef(vm, vm.e.TypeError, "The fill character must be a unicode character, not %s", type_name(a[1]));
    if (a[1].as<Str>()->length != 1)
      return raise(vm, vm.e.TypeError, "The fill character must be exactly one character long");
    std::size_t pos = 0;
    fill = text::decode_utf8(sv(a[1]), pos);
  }
  Str* s = args[0].as<Str>();
  if (width <= static_cast<int64_t>(s->length) && s->cls == vm.t.str) return args[0];
  text::StrRef r = str_ref(s);
  switch (how) {
    case Pad::kCenter: return str_result(vm, args[0], text::center(r, width, fill));
    case Pad::kLeft: return str_result(vm, args[0], text::ljust(r, width, fill));
    default: return str_result(vm, args[0], text::rjust(r, width, fill));
  }
}
Value s_center(VM& vm, const Value* a, size_t n, Tuple* k) { return s_pad(vm, a, n, k, "center", Pad::kCenter); }
Value s_ljust(VM& vm, const Value* a, size_t n, Tuple* k) { return s_pad(vm, a, n, k, "ljust", Pad::kLeft); }
Value s_rjust(VM& vm, const Value* a, size_t n, Tuple* k) { return s_pad(vm, a, n, k, "rjust", Pad::kRight); }

Value s_zfill(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "str.zfill", kwnames) || !check_nargs(vm, "str.zfill", nargs - 1, 1, 1)) return Value::error();
  int64_t width;
  if (!ssize_arg(vm, args[1], &width)) return Value::error();
  Str* s = args[0].as<Str>();
  if (width <= static_cast<int64_t>(s->length) && s->cls == vm.t.str) return args[0];
  return str_result(vm, args[0], text::zfill(str_ref(s), width));
}

Value s_expandtabs(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"tabsize"};
  Value a[1] = {Value::small_int(8)};
  if (!keyword_args(vm, "expandtabs", names, 1, 0, args + 1, nargs - 1, kwnames, a)) return Value::error();
  int64_t tabsize;
  if (!ssize_arg(vm, a[0], &tabsize)) return Value::error();
  if (tabsize > INT32_MAX) tabsize = INT32_MAX;
  if (tabsize < INT32_MIN) tabsize = INT32_MIN;
  if (sv(args[0]).find('\t') == std::string_view::npos) return str_result(vm, args[0], sv(args[0]));
  return str_result(vm, args[0], text::expandtabs(sv(args[0]), static_cast<int>(tabsize)));
}

// ---- encode ----

Value s_encode(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"encoding", "errors"};
  Value a[2] = {Value::error(), Value::error()};
  if (!keyword_args(vm, "encode", names, 2, 0, args + 1, nargs - 1, kwnames, a)) return Value::error();
  std::string_view encoding = "utf-8", errors = "strict";
  if (!codec_name_arg(vm, a[0], "encode", "encoding", &encoding) ||
      !codec_name_arg(vm, a[1], "encode", "errors", &errors))
    return Value::error();
  return encode_text(vm, args[0], encoding, errors);
}

// ---- maketrans / translate ----

Value s_maketrans(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3] = {Value::error(), Value::error(), Value::error()};
  if (!positional_args(vm, "maketrans", args, nargs, kwnames, 1, 3, ArgWording::kClinic, a)) return Value::error();
  Value result = make_dict(vm);
  if (!result.ok()) return result;
  Dict* table = result.as<Dict>();
  if (!a[1].ok()) {
    if (!isinstance_of(vm, a[0], vm.t.dict))
      return raise(vm, vm.e.TypeError, "if you give only one argument to maketrans it must be a dict");
    Dict* d = a[0].as<Dict>();
    size_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value)) {
      if (isinstance_of(vm, key, vm.t.str)) {
        if (key.as<Str>()->length != 1)
          return raise(vm, vm.e.ValueError, "string keys in translate table must be of length 1");
        key = Value::small_int(str_char_at(vm, key.as<Str>(), 0));
      } else if (!is_int(vm, key)) {
        return raise(vm, vm.e.TypeError, "keys in translate table must be strings or integers");
      }
      if (!dict_set(vm, table, key, value)) return Value::error();
    }
    return result;
  }
  Str *from, *to, *drop = nullptr;
  if (!str_arg(vm, a[1], "maketrans() argument 2 ", &to)) return Value::error();
  if (a[2].ok() && !str_arg(vm, a[2], "maketrans() argument 3 ", &drop)) return Value::error();
  if (!isinstance_of(vm, a[0], vm.t.str))
    return raise(vm, vm.e.TypeError, "first maketrans argument must be a string if there is a second argument");
  from = a[0].as<Str>();
  if (from->length != to->length)
    return raise(vm, vm.e.ValueError, "the first two maketrans arguments must have equal length");
  std::u32string f = text::decode_all(from->view()), t = text::decode_all(to->view());
  for (size_t i = 0; i < f.size(); ++i)
    if (!dict_set(vm, table, Value::small_int(f[i]), Value::small_int(t[i]))) return Value::error();
  if (drop)
    for (char32_t c : text::decode_all(drop->view()))
      if (!dict_set(vm, table, Value::small_int(c), Value::none())) return Value::error();
  return result;
}

Value s_translate(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "str.translate", kwnames) || !check_nargs(vm, "str.translate", nargs - 1, 1, 1))
    return Value::error();
  Value table = args[1];
  std::string source(sv(args[0])), out;
  bool ok = text::translate(source, out, [&](char32_t cp, std::string& dest) {
    Value mapped = get_item(vm, table, Value::small_int(cp));
    if (!mapped.ok()) {
      if (exc_matches(vm, vm.e.LookupError)) {
        clear_exc(vm);
        return text::TranslateStep::kKeep;
      }
      return text::TranslateStep::kError;
    }
    if (mapped.is_none()) return text::TranslateStep::kMapped;
    if (is_int(vm, mapped)) {
      int64_t c;
      if (!int_to_int64(mapped, &c) || c < 0 || c > 0x10FFFF) {
        raise(vm, vm.e.ValueError, "character mapping must be in range(0x110000)");
        return text::TranslateStep::kError;
      }
      text::append_utf8(dest, static_cast<char32_t>(c));
      return text::TranslateStep::kMapped;
    }
    if (isinstance_of(vm, mapped, vm.t.str)) {
      dest.append(sv(mapped));
      return text::TranslateStep::kMapped;
    }
    raise(vm, vm.e.TypeError, "character mapping must return integer, None or str");
    return text::TranslateStep::kError;
  });
  if (!ok) return Value::error();
  return str_result(vm, args[0], text::Result<std::string>(std::move(out)));
}

// ---- operators and small dunders ----

Value s_mod(VM& vm, const Value* args, size_t, Tuple*) {
  std::string out;
  if (!percent_format(vm, sv(args[0]), args[1], false, &out)) return Value::error();
  return make_str(vm, out);
}

Value s_rmod(VM& vm, const Value*, size_t, Tuple*) { return vm.not_implemented; }

Value s_sizeof(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!str_no_args(vm, "str.__sizeof__", nargs - 1, kwnames)) return Value::error();
  return make_int(vm, static_cast<int64_t>(sizeof(Str) + args[0].as<Str>()->size + 1));
}

Value s_getnewargs(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!str_no_args(vm, "str.__getnewargs__", nargs - 1, kwnames)) return Value::error();
  Value copy = make_str(vm, sv(args[0]));
  if (!copy.ok()) return copy;
  return make_tuple(vm, {copy});
}

const MethodDef kStrMethods[] = {
    {"__mod__", s_mod, METH_SLOT},
    {"__rmod__", s_rmod, METH_SLOT},
    {"__sizeof__", s_sizeof, METH_METHOD, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", s_getnewargs, METH_METHOD},
    {"capitalize", s_capitalize, METH_METHOD, "Return a capitalized version of the string."},
    {"casefold", s_casefold, METH_METHOD, "Return a version of the string suitable for caseless comparisons."},
    {"center", s_center, METH_METHOD, "Return a centered string of length width."},
    {"encode", s_encode, METH_METHOD, "Encode the string using the codec registered for encoding."},
    {"expandtabs", s_expandtabs, METH_METHOD, "Return a copy where all tab characters are expanded using spaces."},
    {"isalnum", s_isalnum, METH_METHOD, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isalpha", s_isalpha, METH_METHOD, "Return True if the string is an alphabetic string, False otherwise."},
    {"isascii", s_isascii, METH_METHOD, "Return True if all characters in the string are ASCII, False otherwise."},
    {"isdecimal", s_isdecimal, METH_METHOD, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", s_isdigit, METH_METHOD, "Return True if the string is a digit string, False otherwise."},
    {"isidentifier", s_isidentifier, METH_METHOD, "Return True if the string is a valid Python identifier, False otherwise."},
    {"islower", s_islower, METH_METHOD, "Return True if the string is a lowercase string, False otherwise."},
    {"isnumeric", s_isnumeric, METH_METHOD, "Return True if the string is a numeric string, False otherwise."},
    {"isprintable", s_isprintable, METH_METHOD, "Return True if the string is printable, False otherwise."},
    {"isspace", s_isspace, METH_METHOD, "Return True if the string is a whitespace string, False otherwise."},
    {"istitle", s_istitle, METH_METHOD, "Return True if the string is a title-cased string, False otherwise."},
    {"isupper", s_isupper, METH_METHOD, "Return True if the string is an uppercase string, False otherwise."},
    {"ljust", s_ljust, METH_METHOD, "Return a left-justified string of length width."},
    {"lower", s_lower, METH_METHOD, "Return a copy of the string converted to lowercase."},
    {"maketrans", s_maketrans, METH_STATIC, "Return a translation table usable for str.translate()."},
    {"rjust", s_rjust, METH_METHOD, "Return a right-justified string of length width."},
    {"swapcase", s_swapcase, METH_METHOD, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"title", s_title, METH_METHOD, "Return a version of the string where each word is titlecased."},
    {"translate", s_translate, METH_METHOD, "Replace each character in the string using the given translation table."},
    {"upper", s_upper, METH_METHOD, "Return a copy of the string converted to uppercase."},
    {"zfill", s_zfill, METH_METHOD, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {}};

}  // namespace

void add_str_methods(VM& vm) {
  add_methods(vm, vm.t.str, kStrMethods);
  add_str_search_methods(vm);
  add_str_format_methods(vm);
}

}  // namespace klass
