// int.to_bytes and int.from_bytes: ints as fixed-size two's complement or
// unsigned byte strings, in either byte order.
#include <algorithm>
#include <string>

#include "object/ops.h"
#include "types/bytes.h"
#include "types/int.h"
#include "types/int_internal.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

// The byteorder argument: true for 'little'; false with an exception otherwise.
bool parse_byteorder(VM& vm, const char* fname, Value v, bool* little) {
  if (!v.is_object() || !(v.as_object()->cls->flags & TF_STR_SUBCLASS)) {
    raisef(vm, vm.e.TypeError, "%s() argument 'byteorder' must be str, not %s", fname, type_name(v));
    return false;
  }
  std::string_view s = sv(v);
  if (s != "little" && s != "big") {
    raise(vm, vm.e.ValueError, "byteorder must be either 'little' or 'big'");
    return false;
  }
  *little = s == "little";
  return true;
}

int64_t bit_length(mpz_srcptr z) { return mpz_sgn(z) == 0 ? 0 : static_cast<int64_t>(mpz_sizeinbase(z, 2)); }

// int.to_bytes(length=1, byteorder='big', *, signed=False)
Value int_to_bytes(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"length", "byteorder", "signed"};
  Value a[3] = {Value::small_int(1), Value::error(), Value::boolean(false)};
  Signature sig{"to_bytes", names, 3, 0, 0, 2};
  if (!bind_args(vm, sig, args + 1, nargs - 1, kwnames, a)) return Value::error();
  Value len_v = to_index(vm, a[0]);
  if (!len_v.ok()) return len_v;
  if (int_sign(len_v) < 0) return raise(vm, vm.e.ValueError, "length argument must be non-negative");
  bool little = false;
  if (a[1].ok() && !parse_byteorder(vm, "to_bytes", a[1], &little)) return Value::error();
  int is_signed = truthy(vm, a[2]);
  if (is_signed < 0) return Value::error();

  text::MpzOf x(int_view(args[0]));
  bool negative = mpz_sgn(x.get()) < 0;
  if (negative && !is_signed) return raise(vm, vm.e.OverflowError, "can't convert negative int to unsigned");
  int64_t length;
  if (!int_to_int64(len_v, &length) || length > kMaxIntBits / 8) return raise_memory_error(vm);

  // Bits the value needs besides the sign bit: |x| for positives, |x| - 1
  // (the complement) for negatives; signed values need the sign bit too
  // when there is any byte at all.
  mpz_t body;
  mpz_init(body);
  if (negative) {
    mpz_neg(body, x.get());
    mpz_sub_ui(body, body, 1);
  } else {
    mpz_set(body, x.get());
  }
  int64_t needed = bit_length(body) + ((is_signed && length > 0) ? 1 : 0);
  if (needed > length * 8) {
    mpz_clear(body);
    return raise(vm, vm.e.OverflowError, "int too big to convert");
  }
  // The bytes of body, big-endian and zero-padded; a negative value is the
  // complement of its body's bytes.
  std::string out(static_cast<size_t>(length), '\0');
  size_t count = 0;
  if (mpz_sgn(body) != 0) {
    size_t size = (mpz_sizeinbase(body, 2) + 7) / 8;
    mpz_export(out.data() + out.size() - size, &count, 1, 1, 1, 0, body);
  }
  mpz_clear(body);
  if (negative)
    for (char& c : out) c = static_cast<char>(~static_cast<unsigned char>(c));
  if (little) std::reverse(out.begin(), out.end());
  return make_bytes(vm, out);
}

// The bytes of from_bytes' first argument: a bytes-like object, __bytes__, or
// an iterable of ints in range(256) (what bytes(x) accepts, minus ints).
bool collect_bytes(VM& vm, Value x, std::string* out) {
  std::string_view view;
  if (bytes_like(vm, x, &view)) {
    out->assign(view);
    return true;
  }
  Type* t = type_of(vm, x);
  if (lookup_special(vm, t, SM::bytes).ok()) {
    Value b = call_special(vm, x, SM::bytes, nullptr, 0);
    if (!b.ok()) return false;
    if (!bytes_like(vm, b, &view) || !isinstance_of(vm, b, vm.t.bytes)) {
      raisef(vm, vm.e.TypeError, "__bytes__ returned non-bytes (type %s)", type_name(b));
      return false;
    }
    out->assign(view);
    return true;
  }
  // str is iterable but has no bytes without an encoding.
  bool iterable = lookup_special(vm, t, SM::iter).ok() || lookup_special(vm, t, SM::getitem).ok();
  if (!iterable || (t->flags & TF_STR_SUBCLASS)) {
    raisef(vm, vm.e.TypeError, "cannot convert '%s' object to bytes", type_name(x));
    return false;
  }
  Value it = get_iter(vm, x);
  if (!it.ok()) return false;
  for (;;) {
    Value item = iter_next(vm, it);
    if (!item.ok()) return !vm.has_exc();
    Value i = to_index(vm, item);
    if (!i.ok()) return false;
    int64_t byte;
    if (!int_to_int64(i, &byte) || byte < 0 || byte > 255) {
      raise(vm, vm.e.ValueError, "bytes must be in range(0, 256)");
      return false;
    }
    out->push_back(static_cast<char>(byte));
  }
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod.
Value int_from_bytes(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"bytes", "byteorder", "signed"};
  Value a[3] = {Value::error(), Value::error(), Value::boolean(false)};
  Signature sig{"from_bytes", names, 3, 1, 0, 2};
  if (!bind_args(vm, sig, args + 1, nargs - 1, kwnames, a)) return Value::error();
  bool little = false;
  if (a[1].ok() && !parse_byteorder(vm, "from_bytes", a[1], &little)) return Value::error();
  int is_signed = truthy(vm, a[2]);
  if (is_signed < 0) return Value::error();
  std::string data;
  if (!collect_bytes(vm, a[0], &data)) return Value::error();

  mpz_t z;
  mpz_init(z);
  if (!data.empty()) mpz_import(z, data.size(), little ? -1 : 1, 1, 1, 0, data.data());
  // A set top bit makes a signed value negative: subtract 2**(8 * size).
  unsigned char top = data.empty() ? 0 : static_cast<unsigned char>(little ? data.back() : data.front());
  if (is_signed && (top & 0x80)) {
    mpz_t range;
    mpz_init(range);
    mpz_setbit(range, static_cast<mp_bitcnt_t>(data.size() * 8));
    mpz_sub(z, z, range);
    mpz_clear(range);
  }
  Value v = make_int_adopt(vm, z);
  mpz_clear(z);
  if (!v.ok()) return v;
  Value cls = args[0];
  if (cls.as_object() == vm.t.int_) return v;
  return call1(vm, cls, v);
}

const MethodDef kIntBytesMethods[] = {
    {"to_bytes", int_to_bytes, METH_METHOD, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, METH_CLASS, "Return the integer represented by the given array of bytes."},
    {}};

}  // namespace

void add_int_conversion_methods(VM& vm) { add_methods(vm, vm.t.int_, kIntBytesMethods); }

}  // namespace klass
