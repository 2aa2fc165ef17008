// int's representation: tagged small ints, BigInt objects for the rest, and
// the conversions every other file uses to read an int whatever its form.
#include "types/int.h"
#include "types/int_internal.h"

#include <cstring>

#include "object/instance.h"
#include "object/ops.h"
#include "text/number_convert.h"
#include "text/number_hash.h"
#include "text/number_int_text.h"
#include "types/str.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

// A BigInt owns its limbs outside the GC heap. alloc_object zero-fills, and a
// zeroed mpz has no limbs to free, so finalizing an object that never got its
// mpz_init (an allocation interrupted by an error) is harmless.
void finalize_bigint(Obj* o) {
  auto* b = static_cast<BigInt*>(o);
  if (b->z->_mp_d) mpz_clear(b->z);
}

bool mpz_fits_small(mpz_srcptr z) {
  if (!mpz_fits_slong_p(z)) return false;
  return Value::fits_small(mpz_get_si(z));
}

BigInt* alloc_bigint(VM& vm, Type* cls) {
  Obj* o = alloc_object(vm, cls);
  if (!o) return nullptr;
  auto* b = static_cast<BigInt*>(o);
  mpz_init(b->z);
  return b;
}

}  // namespace

const Layout kIntLayout{"int", nullptr, finalize_bigint};

Value make_int(VM& vm, int64_t i) {
  if (Value::fits_small(i)) return Value::small_int(i);
  BigInt* b = alloc_bigint(vm, vm.t.int_);
  if (!b) return Value::error();
  mpz_set_si(b->z, i);
  return val(b);
}

Value make_int_from_mpz(VM& vm, mpz_srcptr z) {
  if (mpz_fits_small(z)) return Value::small_int(mpz_get_si(z));
  BigInt* b = alloc_bigint(vm, vm.t.int_);
  if (!b) return Value::error();
  mpz_set(b->z, z);
  return val(b);
}

Value make_int_adopt(VM& vm, mpz_ptr z) {
  if (mpz_fits_small(z)) return Value::small_int(mpz_get_si(z));
  BigInt* b = alloc_bigint(vm, vm.t.int_);
  if (!b) return Value::error();
  mpz_swap(b->z, z);
  return val(b);
}

Value make_int_from_integer(VM& vm, text::Integer&& i) {
  if (i.index() == 0) return make_int(vm, std::get<0>(i));
  return make_int_adopt(vm, std::get<1>(i).get());
}

Value make_int_from_double(VM& vm, double d) {
  auto r = text::double_to_int(d);
  if (!r) return raise_text_error(vm, r.error());
  return make_int_from_integer(vm, std::move(*r));
}

Value make_int_of_type(VM& vm, Type* cls, Value v) {
  if (cls == vm.t.int_) return int_exact(vm, v);
  BigInt* b = alloc_bigint(vm, cls);
  if (!b) return Value::error();
  int_to_mpz(v, b->z);
  return val(b);
}

bool is_int_value(Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  return v.is_object() && (v.as_object()->cls->flags & TF_INT_SUBCLASS);
}

bool is_int(VM&, Value v) { return is_int_value(v); }

bool is_exact_int(VM& vm, Value v) {
  return v.is_small_int() || (v.is_object() && v.as_object()->cls == vm.t.int_);
}

text::IntView int_view(Value v) {
  if (v.is_small_int()) return text::IntView(v.as_small_int());
  if (v.is_bool()) return text::IntView(int64_t{v.is_true() ? 1 : 0});
  return text::IntView(static_cast<mpz_srcptr>(v.as<BigInt>()->z));
}

Value int_exact(VM& vm, Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::small_int(v.is_true() ? 1 : 0);
  if (v.as_object()->cls == vm.t.int_) return v;
  return make_int_from_mpz(vm, v.as<BigInt>()->z);
}

void int_to_mpz(Value v, mpz_t out) {
  if (v.is_small_int())
    mpz_set_si(out, v.as_small_int());
  else if (v.is_bool())
    mpz_set_si(out, v.is_true() ? 1 : 0);
  else
    mpz_set(out, v.as<BigInt>()->z);
}

bool int_to_int64(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.is_true() ? 1 : 0;
    return true;
  }
  mpz_srcptr z = v.as<BigInt>()->z;
  if (!mpz_fits_slong_p(z)) return false;
  *out = mpz_get_si(z);
  return true;
}

int int_sign(Value v) { return int_view(v).sign(); }

double int_to_double(VM& vm, Value v, bool* overflow) {
  *overflow = false;
  auto r = text::int_to_double(int_view(v));
  if (!r) {
    *overflow = true;
    raise_text_error(vm, r.error());
    return 0.0;
  }
  return *r;
}

std::string int_to_decimal(Value v) { return text::int_to_decimal_unlimited(int_view(v)); }

int int_compare(Value a, Value b) {
  if ((a.is_small_int() || a.is_bool()) && (b.is_small_int() || b.is_bool())) {
    int64_t x = int_view(a).small(), y = int_view(b).small();
    return (x > y) - (x < y);
  }
  text::MpzOf x(int_view(a)), y(int_view(b));
  int c = mpz_cmp(x.get(), y.get());
  return (c > 0) - (c < 0);
}

int64_t int_hash(Value v) { return text::hash_int(int_view(v)); }

Value raise_text_error(VM& vm, const text::TextError& e) {
  Type* t = vm.e.ValueError;
  const std::string& n = e.type;
  if (n == "OverflowError") t = vm.e.OverflowError;
  else if (n == "ZeroDivisionError") t = vm.e.ZeroDivisionError;
  else if (n == "TypeError") t = vm.e.TypeError;
  else if (n == "IndexError") t = vm.e.IndexError;
  else if (n == "UnicodeEncodeError" || n == "UnicodeDecodeError" || n == "UnicodeError") t = vm.e.UnicodeError;
  else if (n == "MemoryError") return raise_memory_error(vm);
  if (e.message.empty()) return raise_with_args(vm, t, vm.empty_tuple);
  return raise(vm, t, e.message);
}

}  // namespace klass
