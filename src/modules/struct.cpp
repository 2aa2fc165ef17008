// The _struct module under lib/struct.py: converting between Python values and
// C structs packed into bytes (pack/unpack/calcsize/iter_unpack and Struct).
//
// A format is parsed into runs (a code with its repeat count and byte offset);
// runs are never expanded, so a huge repeat count costs nothing until values
// are packed. Error messages follow CPython 3.11, including its quirks: with
// '@', '<' and '=' the integer codes whose standard size equals the native one
// use the native range messages ("short format requires ..."), the others the
// standard ones ("'h' format requires ...").
#include <cmath>
#include <cstring>
#include <vector>

#include "modules/registry.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/bytes.h"
#include "types/dict.h"
#include "types/float.h"
#include "types/int.h"
#include "types/iterators.h"
#include "types/module.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

enum class Order { Native, Little, Big };  // '@'; '<' and '='; '>' and '!'

// How an integer code is range-checked, which decides the error message.
enum class IntRule : uint8_t {
  None,        // not an integer code
  Named,       // native b/B/h/H: "short format requires lo <= number <= hi"
  StdSigned,   // "'i' format requires lo <= number <= hi"
  StdUnsigned, // "'I' format requires 0 <= number <= hi"
  Machine,     // 8-byte native: only "argument out of range" past the C type
  Bytes64,     // 8-byte standard big-endian: "int too large to convert"
  Pointer,     // 'P': any value of a signed or unsigned 64-bit word
};

struct Run {
  char code;
  uint8_t size;      // bytes of one value (1 for s/p/x)
  bool is_signed;
  IntRule rule;
  size_t offset;     // of the first value
  size_t count;      // repetitions; the byte length for s/p; pad bytes for x
};

struct Format {
  Order order = Order::Native;
  std::vector<Run> runs;
  size_t size = 0;    // total bytes
  size_t nitems = 0;  // values packed / unpacked
};

Type* struct_error(VM& vm) { return dict_get_cstr(vm, vm.registry, "_struct.error").as<Type>(); }

Value struct_raise(VM& vm, std::string_view message) { return raise(vm, struct_error(vm), message); }

template <class... A>
Value struct_raisef(VM& vm, const char* fmt, A... args) {
  char buf[256];
  std::snprintf(buf, sizeof buf, fmt, args...);
  return struct_raise(vm, buf);
}

// ---- format parsing ----

struct CodeInfo {
  uint8_t size;
  uint8_t align;  // native alignment
  bool is_signed;
};

// Sizes and alignments with '@' (this machine: LP64).
bool native_info(char c, CodeInfo* info) {
  switch (c) {
    case 'x': case 'c': case 's': case 'p': case 'B': case '?': *info = {1, 1, false}; return true;
    case 'b': *info = {1, 1, true}; return true;
    case 'h': *info = {2, 2, true}; return true;
    case 'H': *info = {2, 2, false}; return true;
    case 'e': *info = {2, 2, false}; return true;
    case 'i': *info = {4, 4, true}; return true;
    case 'I': *info = {4, 4, false}; return true;
    case 'f': *info = {4, 4, false}; return true;
    case 'l': case 'q': case 'n': *info = {8, 8, true}; return true;
    case 'L': case 'Q': case 'N': case 'P': *info = {8, 8, false}; return true;
    case 'd': *info = {8, 8, false}; return true;
    default: return false;
  }
}

// Standard sizes ('<', '>', '=', '!'): no alignment, no n/N/P.
bool standard_info(char c, CodeInfo* info) {
  switch (c) {
    case 'n': case 'N': case 'P': return false;
    case 'l': *info = {4, 0, true}; return true;
    case 'L': *info = {4, 0, false}; return true;
    default:
      if (!native_info(c, info)) return false;
      info->align = 0;
      return true;
  }
}

IntRule int_rule(char c, Order order, uint8_t size) {
  switch (c) {
    case 'b': case 'B': return IntRule::Named;
    case 'h': case 'H': return order == Order::Big ? (c == 'h' ? IntRule::StdSigned : IntRule::StdUnsigned)
                                                   : IntRule::Named;
    case 'i': case 'l': return size == 8 ? IntRule::Machine : IntRule::StdSigned;
    case 'I': case 'L': return size == 8 ? IntRule::Machine : IntRule::StdUnsigned;
    case 'q': case 'Q': return order == Order::Big ? IntRule::Bytes64 : IntRule::Machine;
    case 'n': case 'N': return IntRule::Machine;
    case 'P': return IntRule::Pointer;
    default: return IntRule::None;
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

bool parse_format(VM& vm, std::string_view fmt, Format* out) {
  size_t i = 0;
  if (!fmt.empty()) {
    switch (fmt[0]) {
      case '@': out->order = Order::Native; ++i; break;
      case '<': case '=': out->order = Order::Little; ++i; break;
      case '>': case '!': out->order = Order::Big; ++i; break;
    }
  }
  constexpr size_t kLimit = static_cast<size_t>(INT64_MAX);
  auto too_long = [&] {
    struct_raise(vm, "total struct size too long");
    return false;
  };
  size_t size = 0;
  while (i < fmt.size()) {
    char c = fmt[i++];
    if (is_space(c)) continue;
    size_t num = 1;
    if (c >= '0' && c <= '9') {
      num = static_cast<size_t>(c - '0');
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        if (num > (kLimit - 9) / 10) return too_long();
        num = num * 10 + static_cast<size_t>(fmt[i++] - '0');
      }
      if (i >= fmt.size()) {
        struct_raise(vm, "repeat count given without format specifier");
        return false;
      }
      c = fmt[i++];
    }
    CodeInfo info;
    bool known = out->order == Order::Native ? native_info(c, &info) : standard_info(c, &info);
    if (!known) {
      struct_raise(vm, "bad char in struct format");
      return false;
    }
    if (info.align > 1 && size % info.align) {
      size_t padded = size + (info.align - size % info.align);
      if (padded > kLimit) return too_long();
      size = padded;
    }
    Run run{c, info.size, info.is_signed, int_rule(c, out->order, info.size), size, num};
    size_t bytes;
    if (c == 's' || c == 'p' || c == 'x') {
      bytes = num;
      if (c != 'x') out->nitems += 1;
    } else {
      if (num > (kLimit - size) / info.size) return too_long();
      bytes = num * info.size;
      out->nitems += num;
    }
    if (bytes > kLimit - size) return too_long();
    size += bytes;
    out->runs.push_back(run);
  }
  out->size = size;
  return true;
}

// The format argument of the module functions and Struct(): str or bytes.
bool format_text(VM& vm, Value fmt, std::string_view* out) {
  if (fmt.ok() && isinstance_of(vm, fmt, vm.t.str)) {
    *out = sv(fmt);
    return true;
  }
  if (fmt.ok() && bytes_like(vm, fmt, out) && isinstance_of(vm, fmt, vm.t.bytes)) return true;
  raisef(vm, vm.e.TypeError, "Struct() argument 1 must be a str or bytes object, not %s", type_name(fmt));
  return false;
}

// ---- byte order ----

void put_uint(unsigned char* p, uint64_t v, int size, bool big) {
  for (int k = 0; k < size; ++k) {
    int shift = 8 * (big ? size - 1 - k : k);
    p[k] = static_cast<unsigned char>(v >> shift);
  }
}

uint64_t get_uint(const unsigned char* p, int size, bool big) {
  uint64_t v = 0;
  for (int k = 0; k < size; ++k) {
    int shift = 8 * (big ? size - 1 - k : k);
    v |= static_cast<uint64_t>(p[k]) << shift;
  }
  return v;
}

// ---- packing one value ----

// The int a value packs as: an int, or what its __index__ returns.
Value integer_arg(VM& vm, Value v) {
  if (is_int(vm, v)) return v;
  if (!lookup_special(vm, type_of(vm, v), SM::index).ok())
    return struct_raise(vm, "required argument is not an integer");
  return to_index(vm, v);
}

// v as a signed or unsigned 64-bit word; false (no exception) if it does not fit.
bool fits_int64(Value v, int64_t* out) { return int_to_int64(v, out); }

bool fits_uint64(Value v, uint64_t* out) {
  if (int_sign(v) < 0) return false;
  int64_t small;
  if (int_to_int64(v, &small)) {
    *out = static_cast<uint64_t>(small);
    return true;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  bool fits = mpz_sizeinbase(z, 2) <= 64;
  if (fits) *out = mpz_getlimbn(z, 0);
  mpz_clear(z);
  return fits;
}

const char* named_type(char c) {
  switch (c) {
    case 'b': return "byte";
    case 'B': return "ubyte";
    case 'h': return "short";
    default: return "ushort";
  }
}

bool pack_int(VM& vm, const Run& run, Value arg, unsigned char* p, bool big) {
  Value v = integer_arg(vm, arg);
  if (!v.ok()) return false;
  uint64_t word;
  int bits = 8 * run.size;
  switch (run.rule) {
    case IntRule::Named: {
      int64_t x;
      if (!fits_int64(v, &x)) return struct_raise(vm, "argument out of range"), false;
      int64_t lo = run.is_signed ? -(int64_t(1) << (bits - 1)) : 0;
      int64_t hi = run.is_signed ? (int64_t(1) << (bits - 1)) - 1 : (int64_t(1) << bits) - 1;
      if (x < lo || x > hi) {
        struct_raisef(vm, "%s format requires %lld <= number <= %lld", named_type(run.code),
                      static_cast<long long>(lo), static_cast<long long>(hi));
        return false;
      }
      word = static_cast<uint64_t>(x);
      break;
    }
    case IntRule::StdSigned: {
      int64_t x;
      if (!fits_int64(v, &x)) return struct_raise(vm, "argument out of range"), false;
      int64_t lo = -(int64_t(1) << (bits - 1)), hi = (int64_t(1) << (bits - 1)) - 1;
      if (x < lo || x > hi) {
        struct_raisef(vm, "'%c' format requires %lld <= number <= %lld", run.code, static_cast<long long>(lo),
                      static_cast<long long>(hi));
        return false;
      }
      word = static_cast<uint64_t>(x);
      break;
    }
    case IntRule::StdUnsigned: {
      uint64_t x;
      if (!fits_uint64(v, &x)) return struct_raise(vm, "argument out of range"), false;
      uint64_t hi = (uint64_t(1) << bits) - 1;
      if (x > hi) {
        struct_raisef(vm, "'%c' format requires 0 <= number <= %llu", run.code, static_cast<unsigned long long>(hi));
        return false;
      }
      word = x;
      break;
    }
    case IntRule::Machine:
    case IntRule::Bytes64: {
      bool ok;
      if (run.is_signed) {
        int64_t x;
        ok = fits_int64(v, &x);
        word = static_cast<uint64_t>(x);
      } else {
        ok = fits_uint64(v, &word);
      }
      if (!ok)
        return struct_raise(vm, run.rule == IntRule::Machine ? "argument out of range" : "int too large to convert"),
               false;
      break;
    }
    case IntRule::Pointer: {
      int64_t x;
      if (fits_int64(v, &x))
        word = static_cast<uint64_t>(x);
      else if (!fits_uint64(v, &word))
        return struct_raise(vm, "int too large to convert"), false;
      break;
    }
    default:
      word = 0;
  }
  put_uint(p, word, run.size, big);
  return true;
}

// The double a float code packs; any failure becomes "required argument is not a float".
bool float_arg(VM& vm, Value v, double* out) {
  if (is_float(vm, v)) {
    *out = float_value(v);
    return true;
  }
  if (to_double(vm, v, out)) return true;
  clear_exc(vm);
  struct_raise(vm, "required argument is not a float");
  return false;
}

// IEEE 754 binary16 with round-half-even; false when x is too large.
bool half_bits(double x, uint16_t* out) {
  uint16_t sign = std::signbit(x) ? 1 : 0;
  if (std::isnan(x)) {
    *out = static_cast<uint16_t>((sign << 15) | 0x7e00);
    return true;
  }
  if (std::isinf(x)) {
    *out = static_cast<uint16_t>((sign << 15) | 0x7c00);
    return true;
  }
  if (x == 0.0) {
    *out = static_cast<uint16_t>(sign << 15);
    return true;
  }
  int e;
  double f = std::frexp(std::fabs(x), &e);  // 0.5 <= f < 1
  f *= 2.0;
  e -= 1;  // now 1 <= f < 2 and |x| = f * 2**e
  if (e >= 16) return false;
  if (e < -25) {
    f = 0.0;  // underflows to zero
    e = 0;
  } else if (e < -14) {
    f = std::ldexp(f, 14 + e);  // subnormal
    e = 0;
  } else {
    e += 15;
    f -= 1.0;  // drop the implicit leading bit
  }
  f *= 1024.0;
  auto mantissa = static_cast<uint32_t>(f);
  double rest = f - mantissa;
  if (rest > 0.5 || (rest == 0.5 && (mantissa & 1))) {
    if (++mantissa == 1024) {
      mantissa = 0;
      if (++e == 31) return false;
    }
  }
  *out = static_cast<uint16_t>((sign << 15) | (e << 10) | mantissa);
  return true;
}

double half_value(uint16_t bits) {
  bool negative = bits >> 15;
  int e = (bits >> 10) & 0x1f;
  int mantissa = bits & 0x3ff;
  if (e == 0x1f) {
    if (mantissa == 0) return negative ? -HUGE_VAL : HUGE_VAL;
    return negative ? -std::fabs(NAN) : std::fabs(NAN);
  }
  double x = mantissa / 1024.0;
  if (e == 0)
    e = -14;
  else {
    x += 1.0;
    e -= 15;
  }
  x = std::ldexp(x, e);
  return negative ? -x : x;
}

bool pack_float(VM& vm, const Run& run, Value arg, unsigned char* p, bool big) {
  double d;
  if (!float_arg(vm, arg, &d)) return false;
  if (run.code == 'e') {
    uint16_t bits;
    if (!half_bits(d, &bits)) return raise(vm, vm.e.OverflowError, "float too large to pack with e format"), false;
    put_uint(p, bits, 2, big);
  } else if (run.code == 'f') {
    float f = static_cast<float>(d);
    if (std::isinf(f) && !std::isinf(d))
      return raise(vm, vm.e.OverflowError, "float too large to pack with f format"), false;
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    put_uint(p, bits, 4, big);
  } else {
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    put_uint(p, bits, 8, big);
  }
  return true;
}

bool pack_bytes(VM& vm, const Run& run, Value arg, unsigned char* p) {
  std::string_view data;
  if (!bytes_like(vm, arg, &data)) {
    struct_raisef(vm, "argument for '%c' must be a bytes object", run.code);
    return false;
  }
  if (run.code == 's') {
    std::memcpy(p, data.data(), std::min(data.size(), run.count));
    return true;
  }
  // 'p': a length byte (at most 255) followed by up to count - 1 bytes.
  if (run.count == 0) return true;
  size_t n = std::min(data.size(), run.count - 1);
  std::memcpy(p + 1, data.data(), n);
  p[0] = static_cast<unsigned char>(std::min<size_t>(n, 255));
  return true;
}

// Packs args[0..nitems) into buf (zeroed, layout.size bytes).
bool pack_values(VM& vm, const Format& layout, const Value* args, unsigned char* buf) {
  bool big = layout.order == Order::Big;
  size_t next = 0;
  for (const Run& run : layout.runs) {
    unsigned char* p = buf + run.offset;
    switch (run.code) {
      case 'x':
        continue;
      case 's':
      case 'p':
        if (!pack_bytes(vm, run, args[next++], p)) return false;
        continue;
      default:
        break;
    }
    for (size_t k = 0; k < run.count; ++k, p += run.size) {
      Value arg = args[next++];
      switch (run.code) {
        case 'c': {
          std::string_view data;
          if (!bytes_like(vm, arg, &data) || data.size() != 1)
            return struct_raise(vm, "char format requires a bytes object of length 1"), false;
          *p = static_cast<unsigned char>(data[0]);
          break;
        }
        case '?': {
          int t = truthy(vm, arg);
          if (t < 0) return false;
          *p = static_cast<unsigned char>(t);
          break;
        }
        case 'e':
        case 'f':
        case 'd':
          if (!pack_float(vm, run, arg, p, big)) return false;
          break;
        default:
          if (!pack_int(vm, run, arg, p, big)) return false;
      }
    }
  }
  return true;
}

// ---- unpacking ----

Value make_uint(VM& vm, uint64_t v) {
  if (v <= static_cast<uint64_t>(INT64_MAX)) return make_int(vm, static_cast<int64_t>(v));
  mpz_t z;
  mpz_init_set_ui(z, v);
  Value r = make_int_adopt(vm, z);
  mpz_clear(z);
  return r;
}

Value unpack_one(VM& vm, const Run& run, const unsigned char* p, bool big) {
  switch (run.code) {
    case 'c':
      return make_bytes(vm, std::string_view(reinterpret_cast<const char*>(p), 1));
    case '?':
      return Value::boolean(*p != 0);
    case 'e':
      return make_float(vm, half_value(static_cast<uint16_t>(get_uint(p, 2, big))));
    case 'f': {
      uint32_t bits = static_cast<uint32_t>(get_uint(p, 4, big));
      float f;
      std::memcpy(&f, &bits, 4);
      return make_float(vm, f);
    }
    case 'd': {
      uint64_t bits = get_uint(p, 8, big);
      double d;
      std::memcpy(&d, &bits, 8);
      return make_float(vm, d);
    }
    default: {
      uint64_t word = get_uint(p, run.size, big);
      if (!run.is_signed) return make_uint(vm, word);
      int bits = 8 * run.size;
      if (bits < 64 && (word >> (bits - 1)) & 1) word |= ~uint64_t(0) << bits;  // sign-extend
      return make_int(vm, static_cast<int64_t>(word));
    }
  }
}

Value unpack_values(VM& vm, const Format& layout, const unsigned char* buf) {
  Tuple* result = tuple_alloc(vm, layout.nitems);
  if (!result) return Value::error();
  bool big = layout.order == Order::Big;
  size_t next = 0;
  for (const Run& run : layout.runs) {
    const unsigned char* p = buf + run.offset;
    if (run.code == 'x') continue;
    if (run.code == 's' || run.code == 'p') {
      size_t n = run.count;
      const unsigned char* data = p;
      if (run.code == 'p') {
        n = run.count == 0 ? 0 : std::min<size_t>(p[0], run.count - 1);
        data = p + 1;
      }
      Value b = make_bytes(vm, std::string_view(reinterpret_cast<const char*>(data), n));
      if (!b.ok()) return Value::error();
      (*result)[next++] = b;
      continue;
    }
    for (size_t k = 0; k < run.count; ++k, p += run.size) {
      Value v = unpack_one(vm, run, p, big);
      if (!v.ok()) return Value::error();
      (*result)[next++] = v;
    }
  }
  return val(result);
}

// ---- Struct objects ----

struct StructObj : Obj {
  Value format;       // the format as a str
  Format* layout;    // owned (freed by finalize); null until initialised
};

void trace_struct(Obj* o, Tracer& t) {
  auto* s = static_cast<StructObj*>(o);
  t.visit(s->format);
  if (o->cls->flags & TF_HEAPTYPE) trace_instance_extras(o, t);
}

void finalize_struct(Obj* o) {
  auto* s = static_cast<StructObj*>(o);
  delete s->layout;
  s->layout = nullptr;
}

const Layout kStructLayout{"_struct.Struct", trace_struct, finalize_struct, sizeof(StructObj)};

Type* struct_type(VM& vm) { return dict_get_cstr(vm, vm.registry, "_struct.Struct").as<Type>(); }

StructObj* struct_self(VM& vm, Value self, const char* method) {
  if (self.is_object() && isinstance_of(vm, self, struct_type(vm)) && self.as<StructObj>()->layout)
    return self.as<StructObj>();
  raisef(vm, vm.e.TypeError, "descriptor '%s' for '_struct.Struct' objects doesn't apply to a '%s' object", method,
         type_name(self));
  return nullptr;
}

// The module functions parse their format argument on every call (it is cheap).
bool parse_format_arg(VM& vm, Value fmt, Format* out) {
  std::string_view text;
  return format_text(vm, fmt, &text) && parse_format(vm, text, out);
}

Value struct_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"format"};
  Value fmt = Value::error();
  if (!bind_args(vm, Signature{"Struct", kNames, 1, 1}, args + 1, nargs - 1, kwnames, &fmt)) return Value::error();
  std::string_view text;
  if (!format_text(vm, fmt, &text)) return Value::error();
  auto* layout = new (std::nothrow) Format;
  if (!layout) return raise_memory_error(vm);
  if (!parse_format(vm, text, layout)) {
    delete layout;
    return Value::error();
  }
  Value format_str = isinstance_of(vm, fmt, vm.t.str) ? fmt : make_str(vm, text);
  if (!format_str.ok()) {
    delete layout;
    return Value::error();
  }
  Obj* o = alloc_object(vm, args[0].as<Type>());
  if (!o) {
    delete layout;
    return Value::error();
  }
  auto* s = static_cast<StructObj*>(o);
  s->format = format_str;
  s->layout = layout;
  return val(o);
}

// ---- the operations, shared by Struct methods and module functions ----

Value do_pack(VM& vm, const Format& layout, const Value* args, size_t nargs) {
  if (nargs != layout.nitems)
    return struct_raisef(vm, "pack expected %zu items for packing (got %zu)", layout.nitems, nargs);
  std::string buf(layout.size, '\0');
  if (!pack_values(vm, layout, args, reinterpret_cast<unsigned char*>(buf.data()))) return Value::error();
  return make_bytes(vm, buf);
}

bool readable_buffer(VM& vm, Value v, std::string_view* out) {
  if (bytes_like(vm, v, out)) return true;
  raisef(vm, vm.e.TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return false;
}

Value do_unpack(VM& vm, const Format& layout, Value buffer) {
  std::string_view data;
  if (!readable_buffer(vm, buffer, &data)) return Value::error();
  if (data.size() != layout.size) return struct_raisef(vm, "unpack requires a buffer of %zu bytes", layout.size);
  return unpack_values(vm, layout, reinterpret_cast<const unsigned char*>(data.data()));
}

Value do_unpack_from(VM& vm, const Format& layout, Value buffer, Value offset_arg) {
  std::string_view data;
  if (!readable_buffer(vm, buffer, &data)) return Value::error();
  int64_t offset = 0;
  if (offset_arg.ok() && !to_ssize(vm, offset_arg, &offset)) return Value::error();
  auto len = static_cast<int64_t>(data.size());
  auto size = static_cast<int64_t>(layout.size);
  if (offset < 0) {
    if (offset + len < 0)
      return struct_raisef(vm, "offset %lld out of range for %lld-byte buffer", static_cast<long long>(offset),
                           static_cast<long long>(len));
    if (-offset < size)
      return struct_raisef(vm, "not enough data to unpack %lld bytes at offset %lld", static_cast<long long>(size),
                           static_cast<long long>(offset));
    offset += len;
  }
  if (len - offset < size)
    return struct_raisef(vm,
                         "unpack_from requires a buffer of at least %llu bytes for unpacking %lld bytes at offset "
                         "%lld (actual buffer size is %lld)",
                         static_cast<unsigned long long>(size + offset), static_cast<long long>(size),
                         static_cast<long long>(offset), static_cast<long long>(len));
  return unpack_values(vm, layout, reinterpret_cast<const unsigned char*>(data.data()) + offset);
}

Value do_pack_into(VM& vm, const Format& layout, const Value* args, size_t nargs) {
  // args: buffer, offset, values...
  if (nargs < 1) return struct_raise(vm, "pack_into expected buffer argument");
  if (nargs < 2) return struct_raise(vm, "pack_into expected offset argument");
  if (nargs - 2 != layout.nitems)
    return struct_raisef(vm, "pack_into expected %zu items for packing (got %zu)", layout.nitems, nargs - 2);
  Value buffer = args[0];
  if (!buffer.is_object() || !isinstance_of(vm, buffer, vm.t.bytearray))
    return raisef(vm, vm.e.TypeError, "argument must be read-write bytes-like object, not %s", type_name(buffer));
  int64_t offset;
  if (!to_ssize(vm, args[1], &offset)) return Value::error();
  auto len = static_cast<int64_t>(buffer.as<ByteArray>()->size);
  auto size = static_cast<int64_t>(layout.size);
  if (offset < 0) {
    if (offset + len < 0)
      return struct_raisef(vm, "offset %lld out of range for %lld-byte buffer", static_cast<long long>(offset),
                           static_cast<long long>(len));
    if (-offset < size)
      return struct_raisef(vm, "no space to pack %lld bytes at offset %lld", static_cast<long long>(size),
                           static_cast<long long>(offset));
    offset += len;
  }
  if (len - offset < size)
    return struct_raisef(vm,
                         "pack_into requires a buffer of at least %llu bytes for packing %lld bytes at offset %lld "
                         "(actual buffer size is %lld)",
                         static_cast<unsigned long long>(size + offset), static_cast<long long>(size),
                         static_cast<long long>(offset), static_cast<long long>(len));
  // Packed into a scratch buffer first: packing may run Python code (__index__)
  // that resizes the bytearray, and a failure must leave it untouched.
  std::string scratch(layout.size, '\0');
  if (!pack_values(vm, layout, args + 2, reinterpret_cast<unsigned char*>(scratch.data()))) return Value::error();
  ByteArray* ba = buffer.as<ByteArray>();
  if (static_cast<int64_t>(ba->size) < offset + size) return struct_raise(vm, "buffer changed size while packing");
  std::memcpy(ba->items + offset, scratch.data(), scratch.size());
  return Value::none();
}

// ---- iter_unpack ----

struct UnpackIter : Obj {
  Value owner;   // the Struct (its layout is used)
  Value buffer;
  size_t offset;
};

void trace_unpack_iter(Obj* o, Tracer& t) {
  auto* it = static_cast<UnpackIter*>(o);
  t.visit(it->owner);
  t.visit(it->buffer);
}

const Layout kUnpackIterLayout{"_struct.unpack_iterator", trace_unpack_iter, nullptr, sizeof(UnpackIter)};

Value unpack_iter_next(VM& vm, Value self) {
  auto* it = self.as<UnpackIter>();
  if (!it->owner.ok()) return Value::error();
  const Format& layout = *it->owner.as<StructObj>()->layout;
  std::string_view data;
  if (!bytes_like(vm, it->buffer, &data) || it->offset + layout.size > data.size()) {
    it->owner = Value::error();
    it->buffer = Value::error();
    return Value::error();
  }
  Value r = unpack_values(vm, layout, reinterpret_cast<const unsigned char*>(data.data()) + it->offset);
  if (r.ok()) it->offset += layout.size;
  return r;
}

Value unpack_iter_length_hint(VM& vm, const Value* args, size_t nargs, Tuple*) {
  auto* it = args[0].as<UnpackIter>();
  if (!it->owner.ok()) return Value::small_int(0);
  const Format& layout = *it->owner.as<StructObj>()->layout;
  std::string_view data;
  if (!bytes_like(vm, it->buffer, &data) || layout.size == 0) return Value::small_int(0);
  size_t left = data.size() > it->offset ? data.size() - it->offset : 0;
  return make_int(vm, static_cast<int64_t>(left / layout.size));
}

const MethodDef kUnpackIterMethods[] = {
    {"__iter__", iterator_iter_self, METH_SLOT, nullptr},
    {"__next__", iterator_next, METH_SLOT, nullptr},
    {"__length_hint__", unpack_iter_length_hint, METH_METHOD, nullptr},
    {}};

Value do_iter_unpack(VM& vm, Value owner, Value buffer) {
  const Format& layout = *owner.as<StructObj>()->layout;
  std::string_view data;
  if (!readable_buffer(vm, buffer, &data)) return Value::error();
  if (layout.size == 0) return struct_raise(vm, "cannot iteratively unpack with a struct of length 0");
  if (data.size() % layout.size)
    return struct_raisef(vm, "iterative unpacking requires a buffer of a multiple of %zu bytes", layout.size);
  Type* cls = dict_get_cstr(vm, vm.registry, "_struct.unpack_iterator").as<Type>();
  Obj* o = alloc_object(vm, cls);
  if (!o) return Value::error();
  auto* it = static_cast<UnpackIter*>(o);
  it->owner = owner;
  it->buffer = buffer;
  it->offset = 0;
  return val(o);
}

// ---- Struct methods ----

Value struct_pack_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  StructObj* s = struct_self(vm, args[0], "pack");
  if (!s || !no_kwargs(vm, "Struct.pack", kw)) return Value::error();
  return do_pack(vm, *s->layout, args + 1, nargs - 1);
}

Value struct_pack_into_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  StructObj* s = struct_self(vm, args[0], "pack_into");
  if (!s || !no_kwargs(vm, "Struct.pack_into", kw)) return Value::error();
  return do_pack_into(vm, *s->layout, args + 1, nargs - 1);
}

Value struct_unpack_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  StructObj* s = struct_self(vm, args[0], "unpack");
  if (!s || !no_kwargs(vm, "Struct.unpack", kw) || !check_nargs(vm, "Struct.unpack", nargs - 1, 1, 1))
    return Value::error();
  return do_unpack(vm, *s->layout, args[1]);
}

Value struct_unpack_from_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  StructObj* s = struct_self(vm, args[0], "unpack_from");
  if (!s) return Value::error();
  static const char* const kNames[] = {"buffer", "offset"};
  Value a[2] = {Value::error(), Value::small_int(0)};
  if (!bind_args(vm, Signature{"unpack_from", kNames, 2, 1}, args + 1, nargs - 1, kw, a)) return Value::error();
  return do_unpack_from(vm, *s->layout, a[0], a[1]);
}

Value struct_iter_unpack_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  StructObj* s = struct_self(vm, args[0], "iter_unpack");
  if (!s || !no_kwargs(vm, "Struct.iter_unpack", kw) || !check_nargs(vm, "Struct.iter_unpack", nargs - 1, 1, 1))
    return Value::error();
  return do_iter_unpack(vm, args[0], args[1]);
}

Value struct_sizeof_m(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  StructObj* s = struct_self(vm, args[0], "__sizeof__");
  if (!s) return Value::error();
  return make_int(vm, static_cast<int64_t>(sizeof(StructObj) + sizeof(Format) + s->layout->runs.size() * sizeof(Run)));
}

Value struct_get_format(VM& vm, Value self) {
  StructObj* s = struct_self(vm, self, "format");
  return s ? s->format : Value::error();
}

Value struct_get_size(VM& vm, Value self) {
  StructObj* s = struct_self(vm, self, "size");
  return s ? make_int(vm, static_cast<int64_t>(s->layout->size)) : Value::error();
}

const MethodDef kStructMethods[] = {
    {"__new__", struct_new, METH_STATIC, "Create and return a new object."},
    {"pack", struct_pack_m, METH_METHOD,
     "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\n"
     "to the format string S.format.  See help(struct) for more on format\nstrings."},
    {"pack_into", struct_pack_into_m, METH_METHOD,
     "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string "
     "S.format\nand write the packed bytes into the writable buffer buf starting at\noffset."},
    {"unpack", struct_unpack_m, METH_METHOD,
     "Return a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The "
     "buffer's size\nin bytes must be Struct.size."},
    {"unpack_from", struct_unpack_from_m, METH_METHOD,
     "Return a tuple containing unpacked values.\n\nValues are unpacked according to the format string "
     "Struct.format.\n\nThe buffer's size in bytes, starting at position offset, must be\nat least Struct.size."},
    {"iter_unpack", struct_iter_unpack_m, METH_METHOD,
     "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\n"
     "invocation of unpack_from()."},
    {"__sizeof__", struct_sizeof_m, METH_METHOD, "S.__sizeof__() -> size of S in memory, in bytes"},
    {}};

const GetSetDef kStructGetSets[] = {
    {"format", struct_get_format, nullptr, "struct format string"},
    {"size", struct_get_size, nullptr, "struct size in bytes"},
    {}};

// ---- module functions ----

Value mod_calcsize(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_struct.calcsize", kw) || !check_nargs(vm, "_struct.calcsize", nargs, 1, 1))
    return Value::error();
  Format f;
  if (!parse_format_arg(vm, args[0], &f)) return Value::error();
  return make_int(vm, static_cast<int64_t>(f.size));
}

Value mod_pack(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_struct.pack", kw)) return Value::error();
  if (nargs == 0) return raise(vm, vm.e.TypeError, "missing format argument");
  Format f;
  if (!parse_format_arg(vm, args[0], &f)) return Value::error();
  return do_pack(vm, f, args + 1, nargs - 1);
}

Value mod_pack_into(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_struct.pack_into", kw)) return Value::error();
  if (nargs == 0) return raise(vm, vm.e.TypeError, "missing format argument");
  Format f;
  if (!parse_format_arg(vm, args[0], &f)) return Value::error();
  return do_pack_into(vm, f, args + 1, nargs - 1);
}

Value mod_unpack(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_struct.unpack", kw) || !check_nargs(vm, "unpack", nargs, 2, 2)) return Value::error();
  Format f;
  if (!parse_format_arg(vm, args[0], &f)) return Value::error();
  return do_unpack(vm, f, args[1]);
}

Value mod_unpack_from(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"format", "buffer", "offset"};
  Value a[3] = {Value::error(), Value::error(), Value::small_int(0)};
  if (nargs == 0) return raise(vm, vm.e.TypeError, "unpack_from() takes at least 1 positional argument (0 given)");
  if (!bind_args(vm, Signature{"unpack_from", kNames, 3, 2, 1}, args, nargs, kw, a)) return Value::error();
  Format f;
  if (!parse_format_arg(vm, a[0], &f)) return Value::error();
  return do_unpack_from(vm, f, a[1], a[2]);
}

Value mod_iter_unpack(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_struct.iter_unpack", kw) || !check_nargs(vm, "iter_unpack", nargs, 2, 2))
    return Value::error();
  // The iterator keeps a Struct so the parsed format lives as long as it does.
  Value s = call1(vm, val(struct_type(vm)), args[0]);
  if (!s.ok()) return Value::error();
  return do_iter_unpack(vm, s, args[1]);
}

Value mod_clearcache(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_clearcache", kw) || !check_nargs(vm, "_clearcache", nargs, 0, 0)) return Value::error();
  return Value::none();  // formats are parsed on each call: there is no cache
}

const MethodDef kFunctions[] = {
    {"calcsize", mod_calcsize, METH_FUNCTION, "Return size in bytes of the struct described by the format string."},
    {"pack", mod_pack, METH_FUNCTION,
     "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed "
     "according\nto the format string.  See help(struct) for more on format strings."},
    {"pack_into", mod_pack_into, METH_FUNCTION,
     "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format "
     "string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset "
     "is a required argument.  See help(struct) for more\non format strings."},
    {"unpack", mod_unpack, METH_FUNCTION,
     "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes "
     "must be calcsize(format).\n\nSee help(struct) for more on format strings."},
    {"unpack_from", mod_unpack_from, METH_FUNCTION,
     "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus "
     "offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings."},
    {"iter_unpack", mod_iter_unpack, METH_FUNCTION,
     "Return an iterator yielding tuples unpacked from the given bytes.\n\nThe bytes are unpacked according to "
     "the format string, like\na repeated invocation of unpack_from().\n\nRequires that the bytes length be a "
     "multiple of the format struct size."},
    {"_clearcache", mod_clearcache, METH_FUNCTION, "Clear the internal cache."},
    {}};

// The per-VM types, made the first time a VM imports _struct.
bool make_types(VM& vm) {
  if (dict_get_cstr(vm, vm.registry, "_struct.Struct").ok()) return true;
  Type* error = alloc_type_object(vm, vm.t.type);
  if (!error) return false;
  Type* base = vm.e.Exception;
  setup_builtin_type(vm, error, "error", base, base->layout, base->instance_size, TF_BASETYPE);
  if (!dict_set_cstr(vm, error->dict, "__module__", make_str(vm, "struct")) ||
      !dict_set_cstr(vm, vm.registry, "_struct.error", val(error)))
    return false;

  Type* st = alloc_type_object(vm, vm.t.type);
  if (!st) return false;
  setup_builtin_type(vm, st, "Struct", vm.t.object, &kStructLayout, sizeof(StructObj), TF_BASETYPE, struct_new);
  add_methods(vm, st, kStructMethods);
  add_getsets(vm, st, kStructGetSets);
  if (!dict_set_cstr(vm, st->dict, "__module__", make_str(vm, "_struct")) ||
      !dict_set_cstr(vm, st->dict, "__doc__",
                     make_str(vm, "Struct(format)\n--\n\nCreate a compiled struct object.\n\nReturn a new Struct "
                                  "object which writes and reads binary data according to\nthe format string.\n\n"
                                  "See help(struct) for more on format strings.")) ||
      !dict_set_cstr(vm, vm.registry, "_struct.Struct", val(st)))
    return false;

  Type* it = alloc_type_object(vm, vm.t.type);
  if (!it) return false;
  setup_builtin_type(vm, it, "unpack_iterator", vm.t.object, &kUnpackIterLayout, sizeof(UnpackIter), 0);
  it->iternext = unpack_iter_next;
  add_methods(vm, it, kUnpackIterMethods);
  return dict_set_cstr(vm, it->dict, "__module__", make_str(vm, "_struct")) &&
         dict_set_cstr(vm, vm.registry, "_struct.unpack_iterator", val(it));
}

}  // namespace

bool init__struct_module(VM& vm, Module* m) {
  if (!make_types(vm)) return false;
  add_functions(vm, m->dict, val(m), kFunctions);
  return dict_set_cstr(vm, m->dict, "Struct", val(struct_type(vm))) &&
         dict_set_cstr(vm, m->dict, "error", val(struct_error(vm)));
}

}  // namespace klass
