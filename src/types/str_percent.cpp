// printf-style formatting (see str_percent.h). The text layer parses each
// conversion spec and converts numbers (text/number_printf.h); this file
// walks the format, fetches the arguments in Python's order and turns
// objects into text with str()/repr()/ascii()/__bytes__.
#include "types/str_percent.h"

#include "object/ops.h"
#include "text/number_printf.h"
#include "text/unicode_repr.h"
#include "types/bytes.h"
#include "types/float.h"
#include "types/int.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

// Where the next positional argument comes from. A non-tuple `args` counts
// as one argument; once a %(key) was used, positional ones are exhausted.
struct ArgCursor {
  Value args;
  Tuple* tuple = nullptr;  // when args is a tuple
  int64_t count = -1;      // tuple size, -1 for a single value
  int64_t next = -2;       // index of the next item (-2: single value not yet taken)
  Value mapping;           // error() unless args may serve %(key)s

  Value take(VM& vm) {
    if (next < count) {
      ++next;
      return count < 0 ? args : (*tuple)[static_cast<size_t>(next - 1)];
    }
    return raise(vm, vm.e.TypeError, "not enough arguments for format string");
  }
};

// A value with __getitem__ serves %(key)s, except tuples, str, and for bytes
// formats bytes-like objects.
bool is_mapping_arg(VM& vm, Value args, bool bytes_mode) {
  if (!args.is_object()) return false;
  Type* t = type_of(vm, args);
  if (t->flags & (TF_TUPLE_SUBCLASS | TF_STR_SUBCLASS)) return false;
  std::string_view ignored;
  if (bytes_mode && bytes_like(vm, args, &ignored)) return false;
  return lookup_special(vm, t, SM::getitem).ok();
}

bool text_result(VM& vm, const text::Result<std::string>& r, std::string* out) {
  if (!r) {
    raise_text_error(vm, r.error());
    return false;
  }
  out->append(*r);
  return true;
}

// The int a %d/%x/... conversion formats: ints as they are, floats truncated
// for the decimal conversions, other numbers through __index__ / __int__.
Value integer_operand(VM& vm, Value v, char32_t conversion) {
  if (is_int(vm, v)) return v;
  bool decimal = conversion == 'd' || conversion == 'i' || conversion == 'u';
  Type* t = type_of(vm, v);
  if (decimal) {
    if (is_float(vm, v)) return make_int_from_double(vm, float_value(v));
    if (lookup_special(vm, t, SM::index).ok() || lookup_special(vm, t, SM::int_).ok() ||
        lookup_special(vm, t, SM::float_).ok())
      return int_from_object(vm, v);
    return raisef(vm, vm.e.TypeError, "%%%c format: a real number is required, not %s", static_cast<char>(conversion),
                  type_name(v));
  }
  if (lookup_special(vm, t, SM::index).ok()) return to_index(vm, v);
  return raisef(vm, vm.e.TypeError, "%%%c format: an integer is required, not %s", static_cast<char>(conversion),
                type_name(v));
}

// The bytes %s / %b insert: a bytes-like object or the result of __bytes__.
bool bytes_operand(VM& vm, Value v, std::string* out) {
  std::string_view data;
  if (bytes_like(vm, v, &data)) {
    out->assign(data);
    return true;
  }
  if (lookup_special(vm, type_of(vm, v), SM::bytes).ok()) {
    Value r = call_special(vm, v, SM::bytes, nullptr, 0);
    if (!r.ok()) return false;
    if (!bytes_like(vm, r, &data) || !isinstance_of(vm, r, vm.t.bytes)) {
      raisef(vm, vm.e.TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
      return false;
    }
    out->assign(data);
    return true;
  }
  raisef(vm, vm.e.TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
         type_name(v));
  return false;
}

// The text %c inserts.
bool char_operand(VM& vm, Value v, bool bytes_mode, std::string* out) {
  if (is_int(vm, v)) {
    auto r = text::percent_char_of_int(int_view(v), bytes_mode);
    if (!r) {
      raise_text_error(vm, r.error());
      return false;
    }
    *out = *r;
    return true;
  }
  if (bytes_mode) {
    std::string_view data;
    if (bytes_like(vm, v, &data) && data.size() == 1) {
      out->assign(data);
      return true;
    }
    if (has_index(vm, v)) {
      Value i = to_index(vm, v);
      if (!i.ok()) return false;
      return char_operand(vm, i, bytes_mode, out);
    }
    raise(vm, vm.e.TypeError, "%c requires an integer in range(256) or a single byte");
    return false;
  }
  if (isinstance_of(vm, v, vm.t.str) && v.as<Str>()->length == 1) {
    out->assign(sv(v));
    return true;
  }
  if (has_index(vm, v)) {
    Value i = to_index(vm, v);
    if (!i.ok()) return false;
    return char_operand(vm, i, bytes_mode, out);
  }
  raise(vm, vm.e.TypeError, "%c requires int or char");
  return false;
}

// Converts one value for a spec whose argument is fetched.
bool convert(VM& vm, const text::PercentSpec& spec, std::string_view format, Value v, bool bytes_mode,
             std::string* out) {
  char32_t c = spec.conversion;
  switch (c) {
    case 's':
    case 'r':
    case 'a':
    case 'b': {
      std::string piece;
      if (bytes_mode && (c == 's' || c == 'b')) {
        if (!bytes_operand(vm, v, &piece)) return false;
      } else if (!bytes_mode && c == 'b') {
        text_result(vm, text::unsupported_percent_conversion(format, spec, bytes_mode), out);
        return false;
      } else {
        Value s = c == 's' ? to_str(vm, v) : (c == 'r' && !bytes_mode) ? repr(vm, v) : ascii(vm, v);
        if (!s.ok()) return false;
        piece.assign(sv(s));
      }
      return text_result(vm, text::percent_pad(spec, piece, bytes_mode), out);
    }
    case 'c': {
      std::string piece;
      if (!char_operand(vm, v, bytes_mode, &piece)) return false;
      return text_result(vm, text::percent_pad(spec, piece, bytes_mode), out);
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      Value i = integer_operand(vm, v, c);
      if (!i.ok()) return false;
      return text_result(vm, text::percent_format_int(spec, int_view(i)), out);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      double d;
      if (!to_double(vm, v, &d)) return false;
      return text_result(vm, text::percent_format_float(spec, d), out);
    }
    default:
      text_result(vm, text::unsupported_percent_conversion(format, spec, bytes_mode), out);
      return false;
  }
}

bool is_known_conversion(char32_t c, bool bytes_mode) {
  switch (c) {
    case 's': case 'r': case 'a': case 'c': case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return true;
    case 'b':
      return bytes_mode;
    default:
      return false;
  }
}

}  // namespace

bool percent_format(VM& vm, std::string_view format, Value args, bool bytes_mode, std::string* out) {
  ArgCursor cursor;
  cursor.args = args;
  if (args.is_object() && (args.as_object()->cls->flags & TF_TUPLE_SUBCLASS)) {
    cursor.tuple = args.as<Tuple>();
    cursor.count = static_cast<int64_t>(cursor.tuple->size);
    cursor.next = 0;
  }
  if (is_mapping_arg(vm, args, bytes_mode)) cursor.mapping = args;
  size_t pos = 0;
  while (pos < format.size()) {
    size_t percent = format.find('%', pos);
    if (percent == std::string_view::npos) {
      out->append(format.substr(pos));
      break;
    }
    out->append(format.substr(pos, percent - pos));
    auto parsed = text::parse_percent_spec(format, percent);
    if (!parsed) return text_result(vm, parsed.failure(), out);
    text::PercentSpec spec = *parsed;
    pos = spec.end;
    if (spec.literal_percent) {
      out->push_back('%');
      continue;
    }
    Value value = Value::error();
    if (spec.key) {
      if (!cursor.mapping.ok()) {
        raise(vm, vm.e.TypeError, "format requires a mapping");
        return false;
      }
      Value key = bytes_mode ? make_bytes(vm, *spec.key) : make_str(vm, *spec.key);
      if (!key.ok()) return false;
      value = get_item(vm, cursor.mapping, key);
      if (!value.ok()) return false;
      cursor.count = -1;
      cursor.next = -1;
    }
    if (spec.width_from_arg) {
      Value w = cursor.take(vm);
      if (!w.ok()) return false;
      int64_t width;
      if (!is_int(vm, w)) {
        raise(vm, vm.e.TypeError, "* wants int");
        return false;
      }
      if (!int_to_int64(w, &width) || width > INT32_MAX || width < -INT32_MAX) {
        raise(vm, vm.e.OverflowError, "Python int too large to convert to C int");
        return false;
      }
      spec.set_width(width);
    }
    if (spec.precision_from_arg) {
      Value p = cursor.take(vm);
      if (!p.ok()) return false;
      int64_t precision;
      if (!is_int(vm, p)) {
        raise(vm, vm.e.TypeError, "* wants int");
        return false;
      }
      if (!int_to_int64(p, &precision) || precision > INT32_MAX || precision < -INT32_MAX) {
        raise(vm, vm.e.OverflowError, "Python int too large to convert to C int");
        return false;
      }
      spec.set_precision(precision);
    }
    if (!value.ok()) {
      value = cursor.take(vm);
      if (!value.ok()) return false;
    }
    if (!is_known_conversion(spec.conversion, bytes_mode))
      return text_result(vm, text::unsupported_percent_conversion(format, spec, bytes_mode), out);
    if (spec.conversion == '%') {
      out->push_back('%');
      continue;
    }
    if (!convert(vm, spec, format, value, bytes_mode, out)) return false;
  }
  if (cursor.next < cursor.count && !cursor.mapping.ok()) {
    raisef(vm, vm.e.TypeError, "not all arguments converted during %s formatting", bytes_mode ? "bytes" : "string");
    return false;
  }
  return true;
}

}  // namespace klass
