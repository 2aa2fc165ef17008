// str.format(), str.format_map() and str.__format__.
//
// The replacement-field grammar, as CPython 3.11 parses it:
//   "{" [arg_name ("." attr | "[" key "]")*] ["!" conversion] [":" spec] "}"
// with "{{" / "}}" for literal braces, automatic ("{}") or manual ("{0}")
// numbering (never both), and replacement fields nested inside the spec
// ("{:{width}}"), expanded up to two levels deep. The scanning order, and so
// which error a malformed format reports first, follows CPython's.
#include <string>
#include <string_view>

#include "object/ops.h"
#include "text/number_format.h"
#include "types/int.h"
#include "types/native.h"
#include "types/str.h"
#include "types/str_methods_internal.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

// What the fields are looked up in.
struct FormatSource {
  const Value* args = nullptr;  // positional arguments (null for format_map)
  size_t nargs = 0;
  Value kwargs;                 // a mapping (dict of keywords or format_map's argument), or error()
  Tuple* kwnames = nullptr;     // str.format's keyword names (when kwargs is not used)
  const Value* kwvalues = nullptr;
};

// Automatic vs manual field numbering, shared by nested specs.
struct Numbering {
  enum State { kInit, kAuto, kManual } state = kInit;
  int64_t next = 0;
};

Value value_error(VM& vm, const char* message) { return raise(vm, vm.e.ValueError, message); }

// A run of ASCII digits as an index; -1 when `s` is empty or not all digits;
// -2 (ValueError raised) when it overflows.
int64_t parse_index(VM& vm, std::string_view s) {
  if (s.empty()) return -1;
  int64_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    if (n > (INT64_MAX - (c - '0')) / 10) {
      value_error(vm, "Too many decimal digits in format string");
      return -2;
    }
    n = n * 10 + (c - '0');
  }
  return n;
}

// The pieces of one replacement field.
struct Field {
  std::string_view name;
  char32_t conversion = 0;
  std::string_view spec;
  bool spec_has_fields = false;
};

// Parses the field that starts after a '{' at fmt[pos]; moves pos past it.
bool parse_field(VM& vm, std::string_view fmt, size_t& pos, Field* f) {
  size_t start = pos;
  char c = 0;
  while (pos < fmt.size()) {
    c = fmt[pos++];
    if (c == '{') {
      value_error(vm, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (pos < fmt.size() && fmt[pos] != ']') ++pos;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
    c = 0;
  }
  if (c != '}' && c != ':' && c != '!') {
    value_error(vm, "expected '}' before end of string");
    return false;
  }
  f->name = fmt.substr(start, pos - 1 - start);
  if (c == '}') return true;
  if (c == '!') {
    if (pos >= fmt.size()) {
      value_error(vm, "end of string while looking for conversion specifier");
      return false;
    }
    f->conversion = text::decode_utf8(fmt, pos);
    if (pos < fmt.size()) {
      char next = fmt[pos++];
      if (next == '}') return true;
      if (next != ':') {
        value_error(vm, "expected ':' after conversion specifier");
        return false;
      }
    }
  }
  size_t spec_start = pos;
  int depth = 1;
  while (pos < fmt.size()) {
    char s = fmt[pos++];
    if (s == '{') {
      f->spec_has_fields = true;
      ++depth;
    } else if (s == '}' && --depth == 0) {
      f->spec = fmt.substr(spec_start, pos - 1 - spec_start);
      return true;
    }
  }
  value_error(vm, "unmatched '{' in format spec");
  return false;
}

Value lookup_keyword(VM& vm, const FormatSource& src, std::string_view name) {
  Value key = make_str(vm, name);
  if (!key.ok()) return key;
  if (src.kwargs.ok()) return get_item(vm, src.kwargs, key);
  if (src.kwnames)
    for (size_t i = 0; i < src.kwnames->size; ++i)
      if (sv((*src.kwnames)[i]) == name) return src.kwvalues[i];
  return raise_key_error(vm, key);
}

// The object a field name designates: an argument, then its attributes and items.
Value field_object(VM& vm, const FormatSource& src, Numbering& numbering, std::string_view name) {
  size_t first_end = name.find_first_of(".[");
  if (first_end == std::string_view::npos) first_end = name.size();
  std::string_view first = name.substr(0, first_end);
  int64_t index = parse_index(vm, first);
  if (index == -2) return Value::error();
  bool empty = first.empty();
  if (empty || index >= 0) {
    if (numbering.state == Numbering::kInit) numbering.state = empty ? Numbering::kAuto : Numbering::kManual;
    if (numbering.state == Numbering::kManual && empty)
      return value_error(vm, "cannot switch from manual field specification to automatic field numbering");
    if (numbering.state == Numbering::kAuto && !empty)
      return value_error(vm, "cannot switch from automatic field numbering to manual field specification");
    if (empty) index = numbering.next++;
  }
  Value obj;
  if (index < 0) {
    obj = lookup_keyword(vm, src, first);
  } else {
    if (!src.args) return value_error(vm, "Format string contains positional fields");
    if (static_cast<uint64_t>(index) >= src.nargs)
      return raisef(vm, vm.e.IndexError, "Replacement index %lld out of range for positional args tuple",
                    static_cast<long long>(index));
    obj = src.args[index];
  }
  size_t pos = first_end;
  while (obj.ok() && pos < name.size()) {
    char c = name[pos++];
    std::string_view part;
    bool attribute = c == '.';
    if (attribute) {
      size_t end = name.find_first_of(".[", pos);
      if (end == std::string_view::npos) end = name.size();
      part = name.substr(pos, end - pos);
      pos = end;
    } else if (c == '[') {
      size_t end = name.find(']', pos);
      if (end == std::string_view::npos) return value_error(vm, "Missing ']' in format string");
      part = name.substr(pos, end - pos);
      pos = end + 1;
    } else {
      return value_error(vm, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part.empty()) return value_error(vm, "Empty attribute in format string");
    if (attribute) {
      Str* attr = vm.intern(part);
      if (!attr) return raise_memory_error(vm);
      obj = getattr(vm, obj, attr);
      continue;
    }
    int64_t key_index = parse_index(vm, part);
    if (key_index == -2) return Value::error();
    Value key = key_index >= 0 ? make_int(vm, key_index) : make_str(vm, part);
    if (!key.ok()) return key;
    obj = get_item(vm, obj, key);
  }
  return obj;
}

Value convert(VM& vm, Value obj, char32_t conversion) {
  switch (conversion) {
    case 0: return obj;
    case 'r': return repr(vm, obj);
    case 's': return to_str(vm, obj);
    case 'a': return ascii(vm, obj);
    default:
      if (conversion > 32 && conversion < 127)
        return raisef(vm, vm.e.ValueError, "Unknown conversion specifier %c", static_cast<char>(conversion));
      return raisef(vm, vm.e.ValueError, "Unknown conversion specifier \\x%x", static_cast<unsigned>(conversion));
  }
}

bool build(VM& vm, std::string_view fmt, const FormatSource& src, Numbering& numbering, int depth, std::string* out) {
  if (depth <= 0) {
    value_error(vm, "Max string recursion exceeded");
    return false;
  }
  size_t pos = 0;
  while (pos < fmt.size()) {
    size_t brace = fmt.find_first_of("{}", pos);
    if (brace == std::string_view::npos) {
      out->append(fmt.substr(pos));
      break;
    }
    out->append(fmt.substr(pos, brace - pos));
    char c = fmt[brace];
    bool at_end = brace + 1 >= fmt.size();
    if (c == '}' && (at_end || fmt[brace + 1] != '}')) {
      value_error(vm, "Single '}' encountered in format string");
      return false;
    }
    if (c == '{' && at_end) {
      value_error(vm, "Single '{' encountered in format string");
      return false;
    }
    if (fmt[brace + 1] == c) {  // "{{" or "}}"
      out->push_back(c);
      pos = brace + 2;
      continue;
    }
    pos = brace + 1;
    Field field;
    if (!parse_field(vm, fmt, pos, &field)) return false;
    Value obj = field_object(vm, src, numbering, field.name);
    if (!obj.ok()) return false;
    obj = convert(vm, obj, field.conversion);
    if (!obj.ok()) return false;
    std::string spec_text(field.spec);
    if (field.spec_has_fields) {
      spec_text.clear();
      if (!build(vm, field.spec, src, numbering, depth - 1, &spec_text)) return false;
    }
    Value spec = make_str(vm, spec_text);
    if (!spec.ok()) return false;
    Value piece = format(vm, obj, spec);
    if (!piece.ok()) return false;
    out->append(sv(piece));
  }
  return true;
}

Value format_with(VM& vm, Value self, const FormatSource& src) {
  // Copy the format: field lookups run Python code, which cannot change a
  // str but keeps this code independent of that.
  std::string fmt(sv(self)), out;
  Numbering numbering;
  if (!build(vm, fmt, src, numbering, 2, &out)) return Value::error();
  return make_str(vm, out);
}

Value s_format(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  FormatSource src;
  src.args = args + 1;
  src.nargs = nargs - 1;
  src.kwnames = kwnames;
  src.kwvalues = args + nargs;
  return format_with(vm, args[0], src);
}

Value s_format_map(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "str.format_map", kwnames) || !check_nargs(vm, "str.format_map", nargs - 1, 1, 1))
    return Value::error();
  FormatSource src;
  src.kwargs = args[1];
  return format_with(vm, args[0], src);
}

Value s_dunder_format(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "str.__format__", kwnames) || !check_nargs(vm, "str.__format__", nargs - 1, 1, 1))
    return Value::error();
  if (!isinstance_of(vm, args[1], vm.t.str))
    return raisef(vm, vm.e.TypeError, "__format__() argument must be str, not %s", type_name(args[1]));
  if (args[1].as<Str>()->size == 0) return args[0].as_object()->cls == vm.t.str ? args[0] : to_str(vm, args[0]);
  auto r = text::format_str(sv(args[0]), sv(args[1]), type_name(args[0]));
  if (!r) return raise_text_error(vm, r.error());
  return make_str(vm, *r);
}

const MethodDef kStrFormatMethods[] = {
    {"format", s_format, METH_METHOD, "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", s_format_map, METH_METHOD, "Return a formatted version of S, using substitutions from mapping."},
    {"__format__", s_dunder_format, METH_METHOD, "Return a formatted version of the string as described by format_spec."},
    {}};

}  // namespace

void add_str_format_methods(VM& vm) { add_methods(vm, vm.t.str, kStrFormatMethods); }

}  // namespace klass
