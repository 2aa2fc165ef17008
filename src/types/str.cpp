// The core of str: creation, interning, hashing, equality, indexing and the
// handful of dunders everything else relies on. The many text methods live in
// str_methods.cpp.
#include "types/str.h"

#include <cstring>
#include <string>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "text/unicode_repr.h"
#include "text/unicode_utf8.h"
#include "types/int.h"
#include "types/misc.h"
#include "types/native.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

void str_finalize(Obj* o) {
  auto* s = static_cast<Str*>(o);
  delete static_cast<text::CodePointIndex*>(s->cp_index);
  s->cp_index = nullptr;
}
size_t str_var_bytes(const Obj* o) { return static_cast<const Str*>(o)->size + 1; }
const Layout kStrLayout{"str", nullptr, str_finalize, sizeof(Str), str_var_bytes};

text::StrRef ref(VM& vm, Str* s) {
  if (!s->is_ascii() && !s->cp_index && s->length > 64) s->cp_index = new text::CodePointIndex(s->view());
  return text::StrRef(s->view(), s->length, static_cast<const text::CodePointIndex*>(s->cp_index));
}

}  // namespace

Str* str_alloc(VM& vm, size_t size) {
  // Subclass instances of str are made by str_new with alloc_object.
  auto* s = static_cast<Str*>(vm.heap.allocate(sizeof(Str) + size + 1));
  if (!s) return nullptr;
  s->cls = vm.t.str;
  s->hash = -1;
  s->size = size;
  return s;
}

void str_seal(Str* s) {
  s->data()[s->size] = '\0';
  s->length = text::count_code_points(s->view());
  s->aux = (s->aux & ~1u) | (s->length == s->size ? 1u : 0u);
}

Value make_str(VM& vm, std::string_view utf8) {
  if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 128 && vm.small_chars[0].ok())
    return vm.small_chars[static_cast<unsigned char>(utf8[0])];
  if (utf8.empty() && vm.empty_str.ok()) return vm.empty_str;
  Str* s = str_alloc(vm, utf8.size());
  if (!s) return raise_memory_error(vm);
  std::memcpy(s->data(), utf8.data(), utf8.size());
  str_seal(s);
  return val(s);
}

Value make_ascii_str(VM& vm, std::string_view ascii) {
  Str* s = str_alloc(vm, ascii.size());
  if (!s) return raise_memory_error(vm);
  std::memcpy(s->data(), ascii.data(), ascii.size());
  s->data()[s->size] = '\0';
  s->length = ascii.size();
  s->aux |= 1;
  return val(s);
}

// FNV-1a, finished with a multiply-xorshift so short keys spread well. klass
// does not randomise str hashes; dict/set iteration order is insertion order
// or defined by the table, and deterministic runs help reproducing bugs.
int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < s->size; ++i) {
    h ^= static_cast<unsigned char>(s->data()[i]);
    h *= 1099511628211ull;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  int64_t r = static_cast<int64_t>(h);
  if (r == -1) r = -2;
  s->hash = r;
  return r;
}

bool str_equal(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->size != b->size) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data(), b->data(), a->size) == 0;
}

size_t str_byte_offset(VM& vm, Str* s, size_t cp_index) { return ref(vm, s).offset(cp_index); }

uint32_t str_char_at(VM& vm, Str* s, size_t index) { return ref(vm, s).at(index); }

Value str_substring(VM& vm, Str* s, size_t start, size_t stop) {
  if (start == 0 && stop == s->length && s->cls == vm.t.str) return val(s);
  text::StrRef r = ref(vm, s);
  size_t b = r.offset(start), e = r.offset(stop);
  return make_str(vm, s->view().substr(b, e - b));
}

Value str_from_codepoint(VM& vm, uint32_t cp) {
  if (cp < 128) return vm.small_chars[cp];
  return make_str(vm, text::utf8_encode(cp));
}

Value str_repr(VM& vm, Str* s) { return make_str(vm, text::repr_str(s->view())); }

Value str_concat(VM& vm, Str* a, Str* b) {
  if (a->size == 0 && b->cls == vm.t.str) return val(b);
  if (b->size == 0 && a->cls == vm.t.str) return val(a);
  Str* s = str_alloc(vm, a->size + b->size);
  if (!s) return raise_memory_error(vm);
  std::memcpy(s->data(), a->data(), a->size);
  std::memcpy(s->data() + a->size, b->data(), b->size);
  s->data()[s->size] = '\0';
  s->length = a->length + b->length;
  s->aux |= (a->is_ascii() && b->is_ascii()) ? 1 : 0;
  return val(s);
}

// ---- interning ----

StrTable::~StrTable() { delete[] slots_; }

Str* StrTable::find(std::string_view s, int64_t hash) const {
  if (!slots_) return nullptr;
  for (size_t i = static_cast<size_t>(hash) & mask_;; i = (i + 1) & mask_) {
    Str* e = slots_[i];
    if (!e) return nullptr;
    if (e->hash == hash && e->view() == s) return e;
  }
}

void StrTable::insert(Str* s) {
  if (!slots_ || (used_ + 1) * 2 > mask_ + 1) grow();
  for (size_t i = static_cast<size_t>(s->hash) & mask_;; i = (i + 1) & mask_) {
    if (!slots_[i]) {
      slots_[i] = s;
      ++used_;
      return;
    }
  }
}

void StrTable::grow() {
  size_t n = slots_ ? (mask_ + 1) * 2 : 1024;
  Str** old = slots_;
  size_t old_n = slots_ ? mask_ + 1 : 0;
  slots_ = new Str*[n]();
  mask_ = n - 1;
  used_ = 0;
  for (size_t i = 0; i < old_n; ++i)
    if (old[i]) insert(old[i]);
  delete[] old;
}

void StrTable::trace(Tracer& t) const {
  if (!slots_) return;
  for (size_t i = 0; i <= mask_; ++i)
    if (slots_[i]) t.visit(slots_[i]);
}

Str* VM::intern(std::string_view s) {
  // Hash the text the same way str_hash does, without allocating.
  Str probe;
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  int64_t hash = static_cast<int64_t>(h);
  if (hash == -1) hash = -2;
  (void)probe;
  if (Str* found = interned->find(s, hash)) return found;
  Str* str = str_alloc(*this, s.size());
  if (!str) return nullptr;
  std::memcpy(str->data(), s.data(), s.size());
  str_seal(str);
  str->hash = hash;
  str->aux |= 2;
  interned->insert(str);
  return str;
}

// ---- the core dunders ----

namespace {

Str* self_str(const Value* args) { return args[0].as<Str>(); }

Value str_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"object", "encoding", "errors"};
  Value a[3] = {Value::error(), Value::error(), Value::error()};
  Signature sig{"str", names, 3, 0, 0};
  if (!bind_args(vm, sig, args + 1, nargs - 1, kwnames, a)) return Value::error();
  Type* cls = args[0].as<Type>();
  Value r;
  if (!a[0].ok()) {
    r = vm.empty_str;
  } else if (a[1].ok() || a[2].ok()) {
    Value enc = a[1].ok() ? a[1] : make_str(vm, "utf-8");
    Value dargs[2] = {enc, a[2].ok() ? a[2] : make_str(vm, "strict")};
    r = call_method(vm, a[0], vm.intern("decode"), dargs, 2);
    if (!r.ok() && exc_matches(vm, vm.e.AttributeError)) {
      clear_exc(vm);
      return raisef(vm, vm.e.TypeError, "decoding to str: need a bytes-like object, %s found", type_name(a[0]));
    }
  } else {
    r = to_str(vm, a[0]);
  }
  if (!r.ok() || cls == vm.t.str) return r;
  // A subclass instance: a copy of the text in an object of the subclass.
  Str* src = r.as<Str>();
  auto* s = static_cast<Str*>(alloc_object_var(vm, cls, src->size + 1));
  if (!s) return Value::error();
  s->hash = -1;
  s->size = src->size;
  std::memcpy(s->data(), src->data(), src->size);
  str_seal(s);
  return val(s);
}

Value str_repr_m(VM& vm, const Value* args, size_t, Tuple*) { return str_repr(vm, self_str(args)); }
Value str_str_m(VM& vm, const Value* args, size_t, Tuple*) {
  Str* s = self_str(args);
  if (s->cls == vm.t.str) return args[0];
  return make_str(vm, s->view());
}
Value str_hash_m(VM& vm, const Value* args, size_t, Tuple*) { return make_int(vm, str_hash(self_str(args))); }
Value str_len_m(VM& vm, const Value* args, size_t, Tuple*) {
  return make_int(vm, static_cast<int64_t>(self_str(args)->length));
}

// Rich comparison of two str by code points (UTF-8 byte order is code-point order).
Value str_compare(VM& vm, const Value* args, CompareOp op) {
  if (!isinstance_of(vm, args[1], vm.t.str)) return vm.not_implemented;
  Str* a = args[0].as<Str>();
  Str* b = args[1].as<Str>();
  if (op == CompareOp::Eq) return Value::boolean(str_equal(a, b));
  if (op == CompareOp::Ne) return Value::boolean(!str_equal(a, b));
  int c = a->view().compare(b->view());
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}
Value str_eq(VM& vm, const Value* a, size_t, Tuple*) { return str_compare(vm, a, CompareOp::Eq); }
Value str_ne(VM& vm, const Value* a, size_t, Tuple*) { return str_compare(vm, a, CompareOp::Ne); }
Value str_lt(VM& vm, const Value* a, size_t, Tuple*) { return str_compare(vm, a, CompareOp::Lt); }
Value str_le(VM& vm, const Value* a, size_t, Tuple*) { return str_compare(vm, a, CompareOp::Le); }
Value str_gt(VM& vm, const Value* a, size_t, Tuple*) { return str_compare(vm, a, CompareOp::Gt); }
Value str_ge(VM& vm, const Value* a, size_t, Tuple*) { return str_compare(vm, a, CompareOp::Ge); }

Value str_add(VM& vm, const Value* args, size_t, Tuple*) {
  if (!isinstance_of(vm, args[1], vm.t.str))
    return raisef(vm, vm.e.TypeError, "can only concatenate str (not \"%s\") to str", type_name(args[1]));
  return str_concat(vm, args[0].as<Str>(), args[1].as<Str>());
}

Value str_mul(VM& vm, const Value* args, size_t, Tuple*) {
  if (!is_int(vm, args[1]) && !lookup_special(vm, type_of(vm, args[1]), SM::index).ok())
    return vm.not_implemented;
  int64_t n;
  if (!to_ssize(vm, args[1], &n)) {
    if (exc_matches(vm, vm.e.IndexError)) {
      clear_exc(vm);
      return raisef(vm, vm.e.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return Value::error();
  }
  Str* s = args[0].as<Str>();
  if (n <= 0) return vm.empty_str;
  if (n == 1 && s->cls == vm.t.str) return args[0];
  if (s->size && static_cast<uint64_t>(n) > (uint64_t(1) << 40) / s->size) return raise_memory_error(vm);
  Str* r = str_alloc(vm, s->size * n);
  if (!r) return raise_memory_error(vm);
  for (int64_t i = 0; i < n; ++i) std::memcpy(r->data() + i * s->size, s->data(), s->size);
  r->data()[r->size] = '\0';
  r->length = s->length * n;
  r->aux |= s->is_ascii() ? 1 : 0;
  return val(r);
}

Value str_contains(VM& vm, const Value* args, size_t, Tuple*) {
  if (!isinstance_of(vm, args[1], vm.t.str))
    return raisef(vm, vm.e.TypeError, "'in <string>' requires string as left operand, not %s", type_name(args[1]));
  return Value::boolean(args[0].as<Str>()->view().find(args[1].as<Str>()->view()) != std::string_view::npos);
}

Value str_getitem(VM& vm, const Value* args, size_t, Tuple*) {
  Str* s = args[0].as<Str>();
  Value key = args[1];
  if (key.is_object() && key.as_object()->cls == vm.t.slice) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, key.as<Slice>(), static_cast<int64_t>(s->length), &start, &stop, &step, &count))
      return Value::error();
    if (step == 1) return str_substring(vm, s, start, start + count);
    return make_str(vm, text::slice(ref(vm, s), start, step, count));
  }
  if (!is_int(vm, key) && !lookup_special(vm, type_of(vm, key), SM::index).ok())
    return raisef(vm, vm.e.TypeError, "string indices must be integers, not '%s'", type_name(key));
  int64_t i;
  if (!to_ssize(vm, key, &i)) return Value::error();
  if (i < 0) i += static_cast<int64_t>(s->length);
  if (i < 0 || i >= static_cast<int64_t>(s->length)) return raise(vm, vm.e.IndexError, "string index out of range");
  return str_from_codepoint(vm, str_char_at(vm, s, static_cast<size_t>(i)));
}

// str iterator: walks the bytes, decoding one code point at a time.
struct StrIterator : Obj {
  Value str;
  size_t pos;
};
void trace_str_iter(Obj* o, Tracer& t) { t.visit(static_cast<StrIterator*>(o)->str); }
const Layout kStrIterLayout{"str_ascii_iterator", trace_str_iter, nullptr};

Value str_iter(VM& vm, const Value* args, size_t, Tuple*) {
  Obj* o = alloc_object(vm, vm.t.str_iterator);
  if (!o) return Value::error();
  auto* it = static_cast<StrIterator*>(o);
  it->str = args[0];
  it->pos = 0;
  return val(o);
}
Value str_iternext(VM& vm, Value itv) {
  auto* it = itv.as<StrIterator>();
  if (!it->str.ok()) return Value::error();
  Str* s = it->str.as<Str>();
  if (it->pos >= s->size) {
    it->str = Value::error();
    return Value::error();
  }
  char32_t cp = text::decode_utf8(s->view(), it->pos);
  return str_from_codepoint(vm, cp);
}
Value str_iter_next_m(VM& vm, const Value* args, size_t, Tuple*) {
  Value r = str_iternext(vm, args[0]);
  if (!r.ok() && !vm.has_exc()) return raise_stop_iteration(vm, Value::none());
  return r;
}
Value iter_self(VM& vm, const Value* args, size_t, Tuple*) { return args[0]; }

const MethodDef kStrCoreMethods[] = {
    {"__new__", str_new, METH_STATIC},
    {"__repr__", str_repr_m, METH_SLOT},
    {"__str__", str_str_m, METH_SLOT},
    {"__hash__", str_hash_m, METH_SLOT},
    {"__len__", str_len_m, METH_SLOT},
    {"__eq__", str_eq, METH_SLOT},
    {"__ne__", str_ne, METH_SLOT},
    {"__lt__", str_lt, METH_SLOT},
    {"__le__", str_le, METH_SLOT},
    {"__gt__", str_gt, METH_SLOT},
    {"__ge__", str_ge, METH_SLOT},
    {"__add__", str_add, METH_SLOT},
    {"__mul__", str_mul, METH_SLOT},
    {"__rmul__", str_mul, METH_SLOT},
    {"__contains__", str_contains, METH_SLOT},
    {"__getitem__", str_getitem, METH_SLOT},
    {"__iter__", str_iter, METH_SLOT},
    {}};
const MethodDef kStrIterMethods[] = {
    {"__iter__", iter_self, METH_SLOT}, {"__next__", str_iter_next_m, METH_SLOT}, {}};

}  // namespace

void init_str_type(VM& vm) {
  setup_builtin_type(vm, vm.t.str, "str", vm.t.object, &kStrLayout, sizeof(Str),
                     TF_BASETYPE | TF_STR_SUBCLASS, str_new);
  add_methods(vm, vm.t.str, kStrCoreMethods);
  add_str_methods(vm);
  setup_builtin_type(vm, vm.t.str_iterator, "str_ascii_iterator", vm.t.object, &kStrIterLayout,
                     sizeof(StrIterator), 0);
  vm.t.str_iterator->iternext = str_iternext;
  add_methods(vm, vm.t.str_iterator, kStrIterMethods);
}

}  // namespace klass
