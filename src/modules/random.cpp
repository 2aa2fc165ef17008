// The _random module: the Mersenne Twister MT19937 core under lib/random.py.
//
// Seeding follows CPython exactly (an int's absolute value is cut into 32-bit
// words, least significant first, and fed to the reference init_by_array;
// other hashable values seed by their hash), so a seeded klass program draws
// the same numbers as CPython.
#include <gmp.h>
#include <sys/random.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "modules/os_error.h"
#include "modules/registry.h"
#include "modules/sha512.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/bytes.h"
#include "types/dict.h"
#include "types/float.h"
#include "types/int.h"
#include "types/module.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

constexpr int kN = 624;
constexpr int kM = 397;

// The generator's state (the reference MT19937 of Matsumoto and Nishimura).
struct MersenneTwister {
  uint32_t mt[kN];
  int index;

  void init_genrand(uint32_t s) {
    mt[0] = s;
    for (int i = 1; i < kN; ++i) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
    index = kN;
  }

  void init_by_array(const uint32_t* key, size_t length) {
    init_genrand(19650218u);
    size_t i = 1, j = 0;
    for (size_t k = kN > length ? kN : length; k; --k) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
      ++i;
      ++j;
      if (i >= kN) {
        mt[0] = mt[kN - 1];
        i = 1;
      }
      if (j >= length) j = 0;
    }
    for (size_t k = kN - 1; k; --k) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
      ++i;
      if (i >= kN) {
        mt[0] = mt[kN - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000u;  // the most significant bit is 1: a non-zero initial state
    index = kN;
  }

  uint32_t next() {
    static constexpr uint32_t kMatrixA = 0x9908b0dfu, kUpper = 0x80000000u, kLower = 0x7fffffffu;
    if (index >= kN) {
      auto twist = [](uint32_t a, uint32_t b, uint32_t far) {
        uint32_t y = (a & kUpper) | (b & kLower);
        return far ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
      };
      int k = 0;
      for (; k < kN - kM; ++k) mt[k] = twist(mt[k], mt[k + 1], mt[k + kM]);
      for (; k < kN - 1; ++k) mt[k] = twist(mt[k], mt[k + 1], mt[k + (kM - kN)]);
      mt[kN - 1] = twist(mt[kN - 1], mt[0], mt[kM - 1]);
      index = 0;
    }
    uint32_t y = mt[index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
  }

  // A double in [0, 1) with 53 random bits.
  double next_double() {
    uint32_t a = next() >> 5, b = next() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
};

struct RandomObj : Obj {
  MersenneTwister gen;
};

const Layout kRandomLayout{"_random.Random", nullptr, nullptr, sizeof(RandomObj)};

MersenneTwister& gen_of(Value self) { return self.as<RandomObj>()->gen; }

bool check_self(VM& vm, const char* method, Value self, Type* type) {
  if (self.is_object() && isinstance_of(vm, self, type)) return true;
  raisef(vm, vm.e.TypeError, "descriptor '%s' for '_random.Random' objects doesn't apply to a '%s' object", method,
         type_name(self));
  return false;
}

Type* random_type(VM& vm) { return dict_get_cstr(vm, vm.registry, "_random.Random").as<Type>(); }

bool seed_from_os(VM& vm, MersenneTwister& g) {
  uint32_t key[kN];
  size_t got = 0;
  while (got < sizeof key) {
    ssize_t r = getrandom(reinterpret_cast<char*>(key) + got, sizeof key - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      raise_os_error(vm, errno);
      return false;
    }
    got += static_cast<size_t>(r);
  }
  g.init_by_array(key, kN);
  return true;
}

// Seeds from `arg` as CPython's _random.Random.seed does.
bool seed(VM& vm, MersenneTwister& g, Value arg) {
  if (!arg.ok() || arg.is_none()) return seed_from_os(vm, g);
  mpz_t n;
  mpz_init(n);
  if (is_int(vm, arg)) {
    int_to_mpz(arg, n);
    mpz_abs(n, n);
  } else {
    int64_t h;
    if (!hash(vm, arg, &h)) {
      mpz_clear(n);
      return false;
    }
    mpz_set_ui(n, static_cast<uint64_t>(h));  // the hash as an unsigned machine word
  }
  // 32-bit words, least significant first; zero still gives one word.
  size_t words = (mpz_sizeinbase(n, 2) + 31) / 32;
  std::vector<uint32_t> key(words ? words : 1, 0);
  size_t count = 0;
  mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, n);
  mpz_clear(n);
  g.init_by_array(key.data(), key.size());
  return true;
}

Value random_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = args[0].as<Type>();
  if (cls == random_type(vm) && kwnames && kwnames->size)
    return raise(vm, vm.e.TypeError, "Random() takes no keyword arguments");
  if (nargs > 2) return raise(vm, vm.e.TypeError, "Random() requires 0 or 1 argument");
  Obj* o = alloc_object(vm, cls);
  if (!o) return Value::error();
  if (!seed(vm, static_cast<RandomObj*>(o)->gen, nargs == 2 ? args[1] : Value::none())) return Value::error();
  return val(o);
}

Value random_random(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_self(vm, "random", args[0], random_type(vm))) return Value::error();
  if (!no_kwargs(vm, "random", kw) || !check_nargs(vm, "Random.random", nargs - 1, 0, 0)) return Value::error();
  return make_float(vm, gen_of(args[0]).next_double());
}

Value random_seed(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_self(vm, "seed", args[0], random_type(vm))) return Value::error();
  if (!no_kwargs(vm, "seed", kw) || !check_nargs(vm, "Random.seed", nargs - 1, 0, 1)) return Value::error();
  if (!seed(vm, gen_of(args[0]), nargs == 2 ? args[1] : Value::none())) return Value::error();
  return Value::none();
}

Value random_getstate(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_self(vm, "getstate", args[0], random_type(vm))) return Value::error();
  if (!no_kwargs(vm, "getstate", kw) || !check_nargs(vm, "Random.getstate", nargs - 1, 0, 0)) return Value::error();
  MersenneTwister& g = gen_of(args[0]);
  Tuple* t = tuple_alloc(vm, kN + 1);
  if (!t) return Value::error();
  for (int i = 0; i < kN; ++i) (*t)[i] = make_int(vm, g.mt[i]);
  (*t)[kN] = make_int(vm, g.index);
  return val(t);
}

// A state word: an int that fits an unsigned C long, kept to 32 bits.
bool state_word(VM& vm, Value v, uint64_t* out) {
  if (!is_int(vm, v)) {
    raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    return false;
  }
  if (int_sign(v) < 0) {
    raise(vm, vm.e.OverflowError, "can't convert negative value to unsigned int");
    return false;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  bool fits = mpz_sizeinbase(z, 2) <= 64;
  *out = fits ? mpz_getlimbn(z, 0) : 0;
  mpz_clear(z);
  if (!fits) raise(vm, vm.e.OverflowError, "Python int too large to convert to C unsigned long");
  return fits;
}

Value random_setstate(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_self(vm, "setstate", args[0], random_type(vm))) return Value::error();
  if (!no_kwargs(vm, "setstate", kw) || !check_nargs(vm, "Random.setstate", nargs - 1, 1, 1)) return Value::error();
  Value state = args[1];
  if (!isinstance_of(vm, state, vm.t.tuple)) return raise(vm, vm.e.TypeError, "state vector must be a tuple");
  Tuple* t = state.as<Tuple>();
  if (t->size != kN + 1) return raise(vm, vm.e.ValueError, "state vector is the wrong size");
  uint32_t words[kN];
  for (int i = 0; i < kN; ++i) {
    uint64_t w;
    if (!state_word(vm, (*t)[i], &w)) return Value::error();
    words[i] = static_cast<uint32_t>(w);
  }
  int64_t index;
  if (!is_int(vm, (*t)[kN]))
    return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name((*t)[kN]));
  if (!to_int64(vm, (*t)[kN], &index)) return Value::error();
  if (index < 0 || index > kN) return raise(vm, vm.e.ValueError, "invalid state");
  MersenneTwister& g = gen_of(args[0]);
  std::memcpy(g.mt, words, sizeof words);
  g.index = static_cast<int>(index);
  return Value::none();
}

Value random_getrandbits(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_self(vm, "getrandbits", args[0], random_type(vm))) return Value::error();
  if (!no_kwargs(vm, "getrandbits", kw) || !check_nargs(vm, "Random.getrandbits", nargs - 1, 1, 1)) return Value::error();
  Value kv = args[1];
  if (!is_int(vm, kv))
    return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(kv));
  int64_t k;
  if (!int_to_int64(kv, &k) || k > INT32_MAX || k < INT32_MIN)
    return raise(vm, vm.e.OverflowError, "Python int too large to convert to C int");
  if (k < 0) return raise(vm, vm.e.ValueError, "number of bits must be non-negative");
  MersenneTwister& g = gen_of(args[0]);
  if (k == 0) return Value::small_int(0);
  if (k <= 32) return make_int(vm, g.next() >> (32 - k));
  // Whole 32-bit words, least significant first; the last one keeps only
  // its top bits when k is not a multiple of 32.
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  std::vector<uint32_t> w(words);
  for (size_t i = 0; i < words; ++i, k -= 32) {
    uint32_t r = g.next();
    if (k < 32) r >>= (32 - k);
    w[i] = r;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w.data());
  Value result = make_int_adopt(vm, z);
  mpz_clear(z);
  return result;
}

// int.from_bytes(data + sha512(data).digest(), 'big'): how random.seed()
// turns a str (as UTF-8) or bytes into an int seed in CPython.
Value seed_int_from_bytes(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "_seed_int_from_bytes", kw) || !check_nargs(vm, "_seed_int_from_bytes", nargs, 1, 1))
    return Value::error();
  std::string_view data;
  if (isinstance_of(vm, args[0], vm.t.str))
    data = sv(args[0]);
  else if (!bytes_like(vm, args[0], &data))
    return raisef(vm, vm.e.TypeError, "expected str or bytes, not %s", type_name(args[0]));
  Sha512 h;
  h.update(data);
  auto digest = h.digest();
  std::string all(data);
  all.append(reinterpret_cast<const char*>(digest.data()), digest.size());
  mpz_t z;
  mpz_init(z);
  mpz_import(z, all.size(), 1, 1, 0, 0, all.data());
  Value result = make_int_adopt(vm, z);
  mpz_clear(z);
  return result;
}

const MethodDef kRandomMethods[] = {
    {"__new__", random_new, METH_STATIC},
    {"random", random_random, METH_METHOD, "random() -> x in the interval [0, 1)."},
    {"seed", random_seed, METH_METHOD, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
    {"getstate", random_getstate, METH_METHOD, "getstate() -> tuple containing the current state."},
    {"setstate", random_setstate, METH_METHOD, "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", random_getrandbits, METH_METHOD, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {}};

const MethodDef kModuleFunctions[] = {
    {"_seed_int_from_bytes", seed_int_from_bytes, METH_FUNCTION, "The int CPython's random.seed() makes of a str or bytes seed."},
    {}};

}  // namespace

bool init__random_module(VM& vm, Module* m) {
  Value existing = dict_get_cstr(vm, vm.registry, "_random.Random");
  Type* t;
  if (existing.ok()) {
    t = existing.as<Type>();
  } else {
    t = alloc_type_object(vm, vm.t.type);
    if (!t) return false;
    setup_builtin_type(vm, t, "Random", vm.t.object, &kRandomLayout, sizeof(RandomObj), TF_BASETYPE, random_new);
    if (!dict_set_cstr(vm, t->dict, "__module__", make_str(vm, "_random")) ||
        !dict_set_cstr(vm, t->dict, "__doc__", make_str(vm, "Random() -> create a random number generator with its own internal state.")))
      return false;
    add_methods(vm, t, kRandomMethods);
    if (!dict_set_cstr(vm, vm.registry, "_random.Random", val(t))) return false;
  }
  add_functions(vm, m->dict, val(m), kModuleFunctions);
  return dict_set_cstr(vm, m->dict, "Random", val(t));
}

}  // namespace klass
